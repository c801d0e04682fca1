"""Traces: the figures an arithmetic finding rests on, the computation, and what would have been consistent."""

from __future__ import annotations

import re
from decimal import Decimal

from factcheck.arithmetic.intervals import Interval, show
from factcheck.models import Amount, Trace, TraceFigure


def figure(text: str, interval: Interval) -> TraceFigure:
    return TraceFigure(text=text, low=interval.low, high=interval.high if interval.bounded else None)


def _upper(high) -> str:
    return "∞" if high is None else show(high)


def trace_lines(trace: Trace) -> list[str]:
    """The trace as lines of the text report."""
    figures = "; ".join(f"{f.text} = {show(f.low)}..{_upper(f.high)}" for f in trace.figures)
    lines = [f"trace: {figures}", f"       {trace.computation}"]
    if trace.consistent:
        lines.append(f"       consistent: {trace.consistent}")
    return lines


_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def restated(text: str, amount: Amount, value: Decimal) -> str | None:
    """`value` written the way `text` writes its own figure: "Rs 7,21,233.82 crore" -> "Rs 7,21,333.82 crore".

    Same scale word, same decimals, same digit grouping (Indian lakh groups kept); None when the
    text's number cannot be read back."""
    match = _NUMBER.search(text)
    if match is None:
        return None
    printed = Decimal(match.group().replace(",", ""))
    if printed == 0 or amount.value == 0:
        return None
    scale = amount.value / printed
    decimals = len(match.group().split(".")[1]) if "." in match.group() else 0
    number = f"{value / scale:,.{decimals}f}"
    if re.search(r"\d,\d\d,\d", match.group()):
        number = _indian(number)
    elif "," not in match.group():
        number = number.replace(",", "")
    return text[: match.start()] + number + text[match.end() :]


def _indian(number: str) -> str:
    """1,234,567.89 grouped the Indian way: 12,34,567.89."""
    whole, _, fraction = number.replace(",", "").partition(".")
    head, tail = whole[:-3], whole[-3:]
    groups: list[str] = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    if head:
        groups.insert(0, head)
    grouped = ",".join([*groups, tail]) if groups else tail
    return grouped + ("." + fraction if fraction else "")

"""Traces: the figures an arithmetic finding rests on, the computation, and what would have been consistent."""

from __future__ import annotations

from factcheck.arithmetic.intervals import Interval, show
from factcheck.models import Trace, TraceFigure


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

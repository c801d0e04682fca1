"""`--format html`: one self-contained review page for an editor.

The article with every claim highlighted by its state; a click on a claim shows its
structured fact, its findings, the registry's evidence and the suggested fix; a findings
list that jumps to the text; and a money-flow diagram drawn as inline SVG.

Safety: every piece of article and registry text goes through Jinja's autoescaping (nothing
is marked safe except our own CSS and JS); registry URLs become links only when they are
http(s); a Content-Security-Policy allows no external load at all and only the page's own
script and style, by hash, so even an escaping bug could not run injected code.
"""

from __future__ import annotations

import base64
import bisect
import hashlib
import math
import re
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from itertools import pairwise

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from factcheck.arithmetic.trace import trace_lines
from factcheck.models import Claim, Evidence, FileReport, Finding, PartyClaim, Report, Span
from factcheck.normalize.money import format_amount
from factcheck.read import LineIndex
from factcheck.report.escape import markup_visible
from factcheck.report.options import PLAIN, FormatOptions
from factcheck.report.rendered import rendered_chars

# Claim states, worst first: the order decides a claim's colour when several apply.
STATES = ("contradicted", "inconsistent", "supported", "unverified")
STATE_LABEL = {
    "contradicted": "contradicted by the registry",
    "inconsistent": "inconsistent within the article",
    "supported": "supported by the registry",
    "unverified": "unverified",
}
# Which way the money goes for each relation: +1 subject pays object, -1 object pays subject.
FLOW_DIRECTION = {"invests_in": 1, "commits_to_purchase": 1, "acquires": 1, "spends_on": 1, "raises": -1}
SAFE_SCHEMES = ("http://", "https://")
_TEMPLATES = "factcheck.report"


@dataclass
class EvidenceView:
    publisher: str | None
    date: str | None
    quote: str | None
    url: str | None
    link: str | None  # the URL when it is safe to link, else None (then shown as text)
    fact: str | None


@dataclass
class FindingView:
    anchor: str
    code: str
    rule: str
    severity: str
    message: str
    line: int
    column: int
    target: str | None  # the DOM id of the claim it is about
    evidence: list[EvidenceView]
    fix: str | None
    trace: list[str] = field(default_factory=list)  # an arithmetic finding's trace, line by line


@dataclass
class ClaimView:
    target: str
    id: str
    kind: str
    text: str
    sentence: str
    line: int
    column: int
    state: str
    amount: str | None
    qualifier: str | None
    subject: str | None
    relation: str | None
    object: str | None
    support: tuple[str, ...]
    findings: list[FindingView] = field(default_factory=list)
    related: list[FindingView] = field(default_factory=list)


@dataclass
class Segment:
    text: str
    target: str | None = None
    state: str | None = None
    anchors: list[str] = field(default_factory=list)


@dataclass
class Node:
    name: str
    x: float
    y: float
    label_x: float
    label_y: float
    anchor: str


@dataclass
class Edge:
    path: str
    label: str
    label_x: float
    label_y: float
    state: str
    hedged: bool
    target: str
    title: str
    source: str = ""  # the payer's and the payee's names, for the list shown on narrow screens
    sink: str = ""


@dataclass
class FileView:
    path: str
    segments: list[Segment]
    claims: list[ClaimView]
    findings: list[FindingView]
    nodes: list[Node]
    edges: list[Edge]
    counts: dict[str, int]


def format_html(report: Report, options: FormatOptions = PLAIN) -> str:
    style, script = _asset("report.css"), _asset("report.js")
    policy = "; ".join(
        (
            "default-src 'none'",
            f"style-src '{_sha256(style)}'",
            f"script-src '{_sha256(script)}'",
            "img-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
        )
    )
    views = [_file_view(number, file) for number, file in enumerate(report.files)]
    return markup_visible(_environment().get_template("report.html.j2").render(  # no raw ESC or bidi override on the page
        files=views,
        version=report.tool_version,
        counts=report.severity_counts(),
        states=[(state, STATE_LABEL[state]) for state in STATES],
        policy=policy,
        style=Markup(style),  # our own file, shipped with the package: the only trusted markup
        script=Markup(script),
    ))


@cache
def _environment() -> Environment:
    return Environment(loader=PackageLoader(_TEMPLATES, "templates"), autoescape=select_autoescape(default=True), keep_trailing_newline=True)


@cache
def _asset(name: str) -> str:
    text = files(_TEMPLATES).joinpath("templates", name).read_text(encoding="utf-8")
    if "</" in text:  # would end the <style>/<script> element early
        raise ValueError(f"{name} must not contain '</'")
    return text


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()


def safe_link(url: str | None) -> str | None:
    """The URL if it is an http(s) link, else None: `javascript:`, `data:` and the rest stay text."""
    if url and url[:8].lower().startswith(SAFE_SCHEMES) and not re.search(r"[\s\x00-\x1f]", url):
        return url
    return None


def _evidence(evidence: Evidence) -> EvidenceView:
    return EvidenceView(evidence.publisher, evidence.date, evidence.quote, evidence.url, safe_link(evidence.url), evidence.fact)


def _overlaps(a: Span, b: Span) -> bool:
    return (a.start < b.end and b.start < a.end) or a.start == b.start


class _ClaimIndex:
    """The claims by start offset, so the claims near a finding are found without a scan of all
    of them (10,000 claims: a scan per finding was quadratic, minutes for the HTML report)."""

    def __init__(self, claims: list[Claim]):
        self.claims = claims
        self.order = sorted(range(len(claims)), key=lambda i: claims[i].span.start)
        self.starts = [claims[i].span.start for i in self.order]
        self.longest = max((c.span.end - c.span.start for c in claims), default=0)

    def overlapping(self, span: Span) -> list[Claim]:
        """The claims that `_overlaps` the span, in the claims' own order."""
        low = bisect.bisect_left(self.starts, span.start - self.longest)
        high = bisect.bisect_right(self.starts, span.end)
        found = sorted(i for i in self.order[low:high] if _overlaps(self.claims[i].span, span))
        return [self.claims[i] for i in found]


def _primary_claim(finding: Finding, claims: list[Claim] | _ClaimIndex) -> Claim | None:
    """The claim a finding points at: one of its claims whose span it overlaps, else any overlap."""
    index = claims if isinstance(claims, _ClaimIndex) else _ClaimIndex(claims)
    overlapping = index.overlapping(finding.span)
    named = [c for c in overlapping if c.id in finding.claims]
    chosen = named or overlapping
    return min(chosen, key=lambda c: c.span.end - c.span.start) if chosen else None


def _state(claim: Claim, primary: Iterable[Finding], support: tuple[str, ...]) -> str:
    codes = [f.code for f in primary]
    if any(code == "FC201" for code in codes):
        return "contradicted"
    if any(code.startswith("FC1") for code in codes):
        return "inconsistent"
    return "supported" if support else "unverified"


def _file_view(number: int, file: FileReport) -> FileView:
    text = file.document.text
    index = LineIndex(text)
    claims = list(file.claims)
    targets = {claim.id: f"f{number}-c{i}" for i, claim in enumerate(claims)}
    attached = _attach_findings(number, file, index, targets)
    claim_views = [_claim_view(claim, targets[claim.id], index, file.support.get(claim.id, ()), attached) for claim in claims]
    states = {view.id: view.state for view in claim_views}
    anchors = [(finding.span.start, view.anchor) for finding, view in zip(file.findings, attached.views, strict=True)]
    nodes, edges = _money_flow(claims, targets, states, _display_names(claims, text))
    return FileView(
        path=file.document.path,
        segments=_segments(text, claims, targets, states, anchors, rendered_chars(file.document)),
        claims=claim_views,
        findings=attached.views,
        nodes=nodes,
        edges=edges,
        counts={state: sum(1 for v in claim_views if v.state == state) for state in STATES},
    )


@dataclass
class _AttachedFindings:
    """The findings of a file as the page shows them, and the claims each is about: its primary
    claim (under which the page lists it) and every claim it names (listed there as related)."""

    views: list[FindingView]  # in the findings' order
    view_of: dict[int, FindingView]  # id(finding) -> its view
    primary: dict[str, list[Finding]]  # claim id -> the findings that point at it
    naming: dict[str, dict[int, Finding]]  # claim id -> the findings that name it, in order


def _attach_findings(number: int, file: FileReport, index: LineIndex, targets: dict[str, str]) -> _AttachedFindings:
    attached = _AttachedFindings([], {}, {claim.id: [] for claim in file.claims}, {})
    by_start = _ClaimIndex(list(file.claims))
    for i, finding in enumerate(file.findings):
        for claim_id in finding.claims:
            attached.naming.setdefault(claim_id, {})[id(finding)] = finding
        claim = _primary_claim(finding, by_start)
        if claim is not None:
            attached.primary[claim.id].append(finding)
        view = _finding_view(f"f{number}-finding{i}", finding, index, targets[claim.id] if claim else None)
        attached.views.append(view)
        attached.view_of[id(finding)] = view
    return attached


def _finding_view(anchor: str, finding: Finding, index: LineIndex, target: str | None) -> FindingView:
    line, column = index.position(finding.span.start)
    return FindingView(
        anchor=anchor,
        code=finding.code,
        rule=finding.rule,
        severity=finding.severity.value,
        message=finding.message,
        line=line,
        column=column,
        target=target,
        evidence=[_evidence(e) for e in finding.evidence],
        fix=finding.fix.replacement if finding.fix else None,
        trace=trace_lines(finding.trace) if finding.trace else [],
    )


def _claim_view(claim: Claim, target: str, index: LineIndex, support: tuple[str, ...], attached: _AttachedFindings) -> ClaimView:
    line, column = index.position(claim.span.start)
    amount = claim.amount if claim.kind == "money" else None
    subject, relation, object_ = _named_parties(claim)
    primary = attached.primary[claim.id]
    return ClaimView(
        target=target,
        id=claim.id,
        kind=claim.kind,
        text=claim.text,
        sentence=claim.sentence,
        line=line,
        column=column,
        state=_state(claim, primary, support),
        amount=format_amount(amount.value, amount.currency, amount.qualifier.value, amount.high) if amount else None,
        qualifier=amount.qualifier.value if amount else None,
        subject=subject,
        relation=relation,
        object=object_,
        support=support,
        findings=[attached.view_of[id(f)] for f in primary],
        related=[attached.view_of[id(f)] for f in attached.naming.get(claim.id, {}).values() if f not in primary],
    )


def _named_parties(claim: Claim) -> tuple[str | None, str | None, str | None]:
    """Subject, relation and object as the article words them; percents and quantities name no party."""
    if claim.kind == "money" or claim.kind == "relation":
        return claim.subject_text or claim.subject, claim.relation, claim.object_text or claim.object
    return None, None, None


def _segments(text: str, claims: list[Claim], targets: dict[str, str], states: dict[str, str], anchors: list[tuple[int, str]], rendered: list[str] | None = None) -> list[Segment]:
    """Cut the text at every claim boundary and finding start; a piece covered by claims is
    marked with the shortest of them (the most specific) and coloured by the worst state.
    With `rendered` (a Markdown or HTML article), each piece shows what a reader sees there."""
    cuts = {0, len(text)} | {a for a, _ in anchors}
    for claim in claims:
        cuts.update((min(claim.span.start, len(text)), min(claim.span.end, len(text))))
    points = sorted(cuts)
    pending = deque(sorted(anchors))
    starting: dict[int, list[int]] = {}
    for i, claim in enumerate(claims):
        starting.setdefault(min(claim.span.start, len(text)), []).append(i)
    active: set[int] = set()  # the claims covering the piece: started at or before it, ending after it
    segments = []
    for start, end in pairwise(points):
        active.update(starting.get(start, ()))
        active = {i for i in active if claims[i].span.end > start}
        covering = [claims[i] for i in sorted(active)]
        segment = Segment(text[start:end] if rendered is None else "".join(rendered[start:end]))
        while pending and pending[0][0] <= start:
            segment.anchors.append(pending.popleft()[1])
        if covering:
            specific = min(covering, key=lambda c: c.span.end - c.span.start)
            segment.target = targets[specific.id]
            segment.state = min((states[c.id] for c in covering), key=STATES.index)
        segments.append(segment)
    if pending:  # a finding at the very end of the text
        segments.append(Segment("", anchors=[anchor for _, anchor in pending]))
    return segments


WIDTH, HEIGHT, NODE_RADIUS = 760, 440, 9


def _display_names(claims: list[Claim], text: str) -> dict[str, str]:
    """Registry id -> the name the article gives it: the longest capitalised wording a claim
    used for that party ("Microsoft Azure" over "Azure"), else the id's words as the text spells
    them ("openai" -> "OpenAI"); ids never show on the page when the article names the party."""
    names: dict[str, str] = {}
    for claim in claims:
        if claim.kind not in ("money", "relation"):
            continue
        single_payer = len(claim.subjects) <= 1
        for key, words in ((claim.subject if single_payer else None, claim.subject_text), (claim.object, claim.object_text)):
            if key and words and words[:1].isupper() and len(words) > len(names.get(key, "")):
                names[key] = words
    ids = {key for claim in claims if claim.kind in ("money", "relation") for key in (*claim.subjects, claim.subject, claim.object) if key}
    for key in ids - names.keys():
        spelled = re.search(r"\b" + r"[\s-]+".join(map(re.escape, key.split("-"))) + r"\b", text, re.IGNORECASE)
        if spelled:
            names[key] = " ".join(spelled.group(0).split())
    return names


def _money_flow(claims: list[Claim], targets: dict[str, str], states: dict[str, str], display: dict[str, str] | None = None) -> tuple[list[Node], list[Edge]]:
    """Who pays whom, from every claim with a subject, an object and a money-moving relation."""
    flows = _flows(claims)
    keys = list(dict.fromkeys(key for source, sink, _ in flows for key in (source, sink)))
    nodes = _layout([(display or {}).get(key, key) for key in keys])
    where = dict(zip(keys, nodes, strict=True))
    pair_count: dict[frozenset[str], int] = {}
    edges = []
    for (source, sink, label), flow_claims in flows.items():
        pair = frozenset((source, sink))
        nth = pair_count.get(pair, 0)
        pair_count[pair] = nth + 1
        state = min((states[c.id] for c in flow_claims), key=STATES.index)
        hedged = any(c.kind == "money" and c.amount is not None and c.amount.qualifier.value != "exact" for c in flow_claims)
        edges.append(_edge(where[source], where[sink], nth, label, state, hedged, targets[flow_claims[0].id], flow_claims))
    return nodes, edges


def _flows(claims: list[Claim]) -> dict[tuple[str, str, str], list[PartyClaim]]:
    """(payer, payee, amount label) -> the claims that state that flow, in the claims' order."""
    flows: dict[tuple[str, str, str], list[PartyClaim]] = {}
    for claim in claims:
        if claim.kind != "money" and claim.kind != "relation":
            continue
        direction = FLOW_DIRECTION.get(claim.relation or "")
        if direction is None or not claim.object or not (claim.subject or claim.subjects):
            continue
        payers = list(claim.subjects) if len(claim.subjects) > 1 else [claim.subject or claim.subjects[0]]
        label = _flow_label(claim, combined=len(payers) > 1)
        for payer in payers:
            source, sink = (payer, claim.object) if direction > 0 else (claim.object, payer)
            if source != sink:
                flows.setdefault((source, sink, label), []).append(claim)
    return flows


def _flow_label(claim: PartyClaim, combined: bool) -> str:
    """The amount on a flow's arrow: "$10B", "$15B combined" (several payers), "amount not stated"."""
    amount = claim.amount if claim.kind == "money" else None
    label = format_amount(amount.value, amount.currency, amount.qualifier.value, amount.high) if amount else "amount not stated"
    return label + " combined" if combined else label


def _layout(names: list[str]) -> list[Node]:
    """Nodes evenly on an ellipse, labels pushed outward so they do not sit on the arrows."""
    cx, cy, rx, ry = WIDTH / 2, HEIGHT / 2, WIDTH / 2 - 150, HEIGHT / 2 - 60
    nodes = []
    for i, name in enumerate(names):
        angle = math.pi + 2 * math.pi * i / max(1, len(names))
        dx, dy = math.cos(angle), math.sin(angle)
        x, y = cx + rx * dx, cy + ry * dy
        anchor = "end" if dx < -0.3 else "start" if dx > 0.3 else "middle"
        nodes.append(Node(name, round(x, 1), round(y, 1), round(x + 16 * dx, 1), round(y + 16 * dy + (5 if abs(dy) < 0.5 else 14 * math.copysign(1, dy)), 1), anchor))
    return nodes


def _edge(a: Node, b: Node, nth: int, label: str, state: str, hedged: bool, target: str, flow_claims: list[PartyClaim]) -> Edge:
    """A quadratic curve from payer to payee, bent sideways so that parallel and opposite
    flows between the same two parties do not overlap."""
    dx, dy = b.x - a.x, b.y - a.y
    length = math.hypot(dx, dy) or 1.0
    nx, ny = -dy / length, dx / length
    bend = 30 + 45 * nth
    mx, my = (a.x + b.x) / 2 + nx * bend, (a.y + b.y) / 2 + ny * bend
    start = _toward(a.x, a.y, mx, my, NODE_RADIUS + 2)
    end = _toward(b.x, b.y, mx, my, NODE_RADIUS + 6)
    label_x = 0.25 * start[0] + 0.5 * mx + 0.25 * end[0]
    label_y = 0.25 * start[1] + 0.5 * my + 0.25 * end[1]
    path = f"M {start[0]:.1f} {start[1]:.1f} Q {mx:.1f} {my:.1f} {end[0]:.1f} {end[1]:.1f}"
    title = "; ".join(f"{c.id}: {c.text}" for c in flow_claims)
    return Edge(path, label, round(label_x, 1), round(label_y, 1), state, hedged, target, f"{a.name} → {b.name}: {label} ({STATE_LABEL[state]}). {title}", a.name, b.name)


def _toward(x: float, y: float, tx: float, ty: float, distance: float) -> tuple[float, float]:
    length = math.hypot(tx - x, ty - y) or 1.0
    return x + (tx - x) / length * distance, y + (ty - y) / length * distance

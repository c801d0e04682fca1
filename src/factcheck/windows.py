"""Articles reach spaCy a bounded amount of text at a time, so memory follows the window, not the input.

spaCy's working memory grows with the text of one batch (about 4 KB per byte: a 200 KB
single-line article peaked near 1 GB, a 5 MB one passed 17 GB), and every Doc of an article
was kept until its claims were extracted. Here articles are grouped so that one call of the
nlp stage sees at most WINDOW_CHARS characters, and an article longer than that is analysed
one window of whole paragraphs at a time, its Docs dropped before the next window.

A window is a copy of the article with everything outside it blanked (offsets kept, so every
span is an offset into the article). It also keeps, as context, the article's first paragraph
(the headline or dateline: the reading of "$" looks there) and the paragraph just before the
window (the line above a claim can name its parties), when they are short; claims found in
them belong to the window that owns them and are dropped here.

What a window cannot see: the article's topic (the organization named most often) and the
currencies it names are counted per window. Every real article is far below WINDOW_CHARS
(the development corpus: 1-10 KB), so it is one window, the article itself, and its claims
are exactly those of a single pass. Once an article's claims pass the cap (`--max-claims`),
the remaining windows are not analysed at all.
"""

from __future__ import annotations

import bisect
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from factcheck.errors import Errors, InputError
from factcheck.models import Claim, Document
from factcheck.nlp.pipeline import Analysis
from factcheck.nlp.prefilter import claim_possible_in
from factcheck.prose.paragraphs import paragraphs

WINDOW_CHARS = 50_000  # text per nlp call: about 200 MB of spaCy working memory at most
CONTEXT_CHARS = 2_000  # a first or previous paragraph longer than this is not repeated as context
MAX_CLAIMS = 5_000  # default per-article cap (`--max-claims`, config `max-claims`, FACTCHECK_MAX_CLAIMS)
CLAIMS_CEILING = 1_000_000

Analyze = Callable[[list[Document]], list[Analysis]]
Extract = Callable[[Analysis], list[Claim]]
Skipped = Callable[[Document], list[Claim]]
Extracted = tuple[Document, list[Claim], tuple[str, ...]]


@dataclass(frozen=True)
class Window:
    document: Document  # the article, blanked outside the window and its context
    start: int  # the window owns the claims that start in [start, end)
    end: int


def extract_all(documents: Iterable[Document], analyze: Analyze, extract: Extract, limit: int = MAX_CLAIMS, skipped: Skipped = lambda document: []) -> Iterator[Extracted]:
    """Each document with its claims (at most `limit`) and notes, in order. Short articles go
    to `analyze` together, up to WINDOW_CHARS of text per call; a long one window by window.
    `skipped` gives the claims of an article that cannot hold a parsed claim (its percents)."""
    group: list[Document] = []
    size = 0
    for document in documents:
        length = len(document.text)
        if group and (size + length > WINDOW_CHARS or length > WINDOW_CHARS):
            yield from _extract_group(group, analyze, extract, limit, skipped)
            group, size = [], 0
        if length > WINDOW_CHARS and claim_possible_in(document):
            yield (document, *_extract_long(document, analyze, extract, limit))
        else:
            group.append(document)
            size += length
    if group:
        yield from _extract_group(group, analyze, extract, limit, skipped)


def _extract_group(group: list[Document], analyze: Analyze, extract: Extract, limit: int, skipped: Skipped) -> Iterator[Extracted]:
    """One nlp call for the articles that can hold a claim (prefilter); the others have none."""
    needed = [document for document in group if claim_possible_in(document)]
    analyses = iter(analyze(needed) if needed else ())
    wanted = {id(document) for document in needed}
    for document in group:
        claims = extract(next(analyses)) if id(document) in wanted else skipped(document)
        yield (document, *cap_claims(claims, limit))


def _extract_long(document: Document, analyze: Analyze, extract: Extract, limit: int) -> tuple[list[Claim], tuple[str, ...]]:
    spans = paragraphs(document.prose_text)
    claims: list[Claim] = []
    for window in windows(document, spans):
        analysis = analyze([window.document])[0]
        claims.extend(c for c in extract(analysis) if window.start <= c.span.start < window.end)
        del analysis  # its Docs go before the next window is analysed
        if len(claims) > limit:
            return _numbered(claims[:limit], spans), (f"more than {limit:,} claims; {cap_note(limit)}",)
    return cap_claims(_numbered(claims, spans), limit)


def windows(document: Document, spans: list[tuple[int, int]]) -> Iterator[Window]:
    """Consecutive paragraphs of at most WINDOW_CHARS (a paragraph is at most 20,000 characters)."""
    first = 0
    for index in range(1, len(spans) + 1):
        if index == len(spans) or spans[index][1] - spans[first][0] > WINDOW_CHARS:
            yield _window(document, spans, first, index)
            first = index


def _window(document: Document, spans: list[tuple[int, int]], first: int, stop: int) -> Window:
    start, end = spans[first][0], spans[stop - 1][1]
    context = [spans[i] for i in dict.fromkeys((0, first - 1)) if 0 <= i < first and spans[i][1] - spans[i][0] <= CONTEXT_CHARS]
    return Window(document=document.model_copy(update={"prose": keep_only(document.prose_text, [*context, (start, end)])}), start=start, end=end)


def keep_only(text: str, ranges: list[tuple[int, int]]) -> str:
    """`text` with everything outside the sorted, disjoint `ranges` blanked, same length. A gap of
    two or more characters becomes a blank line and spaces, so the kept paragraphs stay apart
    (and no line far away is scanned again); a one-character gap is kept as it was."""
    pieces, position = [], 0
    for start, end in ranges:
        gap = start - position
        pieces.append(text[position:start] if gap == 1 else ("\n\n" + " " * (gap - 2) if gap >= 2 and position else " " * gap))
        pieces.append(text[start:end])
        position = end
    pieces.append(" " * (len(text) - position))
    return "".join(pieces)


def _numbered(claims: list[Claim], spans: list[tuple[int, int]]) -> list[Claim]:
    """Ids and paragraph indexes of the whole article (each window numbered its own from 1 and 0)."""
    starts = [start for start, _ in spans]
    return [
        claim.model_copy(update={"id": f"c{i}", "paragraph": max(0, bisect.bisect_right(starts, claim.span.start) - 1)})
        for i, claim in enumerate(claims, start=1)
    ]


def default_max_claims() -> int:
    """FACTCHECK_MAX_CLAIMS when set (for the API, the server and archive workers), else MAX_CLAIMS."""
    raw = os.environ.get("FACTCHECK_MAX_CLAIMS")
    if raw is None:
        return MAX_CLAIMS
    value = int(raw) if raw.strip().isdigit() else 0
    if not 1 <= value <= CLAIMS_CEILING:
        raise InputError(Errors.E136(raw=raw, ceiling=CLAIMS_CEILING))
    return value


def cap_note(limit: int) -> str:
    return f"only the first {limit:,} are checked (the per-article cap; raise it with --max-claims or max-claims)"


def cap_claims(claims: list, limit: int = MAX_CLAIMS) -> tuple[list, tuple[str, ...]]:
    """The first `limit` claims, and a note when some were left out."""
    if len(claims) <= limit:
        return claims, ()
    return claims[:limit], (f"{len(claims):,} claims; {cap_note(limit)}",)

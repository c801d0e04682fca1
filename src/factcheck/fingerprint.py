"""Stable fingerprints of findings: the same finding keeps its fingerprint across edits.

A fingerprint hashes what the finding is about, never where it is: the article's path, the
rule code, the flagged words and the sentence they sit in (both with whitespace and case
normalized), and an occurrence index that tells apart identical findings in one file.
Editing other lines, or moving the paragraph, leaves it unchanged; editing the flagged
sentence itself makes it a new finding, which is what a reviewer wants to see again.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter

from factcheck.models import FileReport

_SPACE = re.compile(r"\s+")


def normalize(text: str) -> str:
    return _SPACE.sub(" ", text).strip().casefold()


def fingerprint(path: str, code: str, flagged: str, context: str, occurrence: int = 0) -> str:
    """sha256 hex of the finding's identity (see the module docstring)."""
    key = "\x1f".join((path, code, normalize(flagged), normalize(context), str(occurrence)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def finding_contexts(file: FileReport) -> list[str]:
    """Per finding, in order: the sentence of its first claim; else the line it starts on."""
    claims = {claim.id: claim for claim in file.claims}  # once per file, not per finding
    text = file.document.text
    contexts = []
    for finding in file.findings:
        claim = claims.get(finding.claims[0]) if finding.claims else None
        if claim is not None:
            contexts.append(claim.sentence)
            continue
        start = text.rfind("\n", 0, finding.span.start) + 1
        end = text.find("\n", finding.span.start)
        contexts.append(text[start : end if end >= 0 else len(text)])
    return contexts


def file_fingerprints(file: FileReport, path: str | None = None) -> list[str]:
    """One fingerprint per finding of the file, in order; `path` overrides the document's."""
    path = file.document.path if path is None else path
    text = file.document.text
    seen: Counter[tuple[str, str, str]] = Counter()
    prints = []
    for finding, context in zip(file.findings, finding_contexts(file), strict=True):
        flagged = text[finding.span.start : finding.span.end]
        key = (finding.code, normalize(flagged), normalize(context))
        prints.append(fingerprint(path, finding.code, flagged, context, seen[key]))
        seen[key] += 1
    return prints

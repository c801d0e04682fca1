"""Language-server benchmark (issue 16): re-checking a 1,000-word draft after an edit.

    make bench-server                # or: .venv/bin/python bench/server.py [--runs 15]

Starts the real `factcheck server` over stdio, drives it with pygls's LSP client as an editor
does, opens a draft of 1,000 words made at run time from the development corpus
(../shared/corpus/dev/articles, never copied), then types one word at a time in its middle: each row is the
median time from a didChange notification to the diagnostics it brings back, with the
debounce set to 0 so only the re-check is timed. Target: under 0.2 s.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "dev" / "articles"
DRAFT_WORDS = 1_000
TARGET_SECONDS = 0.2


def draft(n_words: int) -> str:
    """Whole paragraphs of the corpus articles, in order, until the draft has n_words."""
    paragraphs: list[str] = []
    count = 0
    for path in sorted(CORPUS.glob("*.txt")):
        for paragraph in path.read_text(encoding="utf-8").split("\n\n"):
            words = paragraph.split()
            if count + len(words) > n_words:
                words = words[: n_words - count]
            paragraphs.append(" ".join(words))
            count += len(words)
            if count >= n_words:
                return "\n\n".join(paragraphs) + "\n"
    return "\n\n".join(paragraphs) + "\n"


async def rechecks(text: str, runs: int) -> tuple[float, list[float]]:
    from lsprotocol import types
    from pygls.lsp.client import LanguageClient

    client = LanguageClient("bench", "1")
    published: asyncio.Queue = asyncio.Queue()
    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def on_diagnostics(params) -> None:
        published.put_nowait(params)

    await client.start_io(sys.executable, "-m", "factcheck", "server", "--debounce", "0", cwd=str(ROOT))
    timings = []
    try:
        await client.initialize_async(types.InitializeParams(capabilities=types.ClientCapabilities(), root_uri=ROOT.as_uri()))
        client.initialized(types.InitializedParams())
        uri = (ROOT / "draft.txt").as_uri()
        start = time.perf_counter()
        client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(uri=uri, language_id="plaintext", version=1, text=text)))
        await published.get()
        first = time.perf_counter() - start
        for version in range(2, runs + 2):
            middle = text.find("\n\n", len(text) // 2)
            text = text[:middle] + " word" + text[middle:]  # typing in the middle of the draft: one paragraph changes
            change = types.TextDocumentContentChangeWholeDocument(text=text)
            start = time.perf_counter()
            client.text_document_did_change(types.DidChangeTextDocumentParams(text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version), content_changes=[change]))
            await published.get()
            timings.append(time.perf_counter() - start)
        await client.shutdown_async(None)
        client.exit(None)
    finally:
        await client.stop()
    return first, timings


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"bench/server.py: skipped: development corpus not found at {CORPUS}")
        return 0
    try:
        import pygls  # noqa: F401
    except ImportError:
        print("bench/server.py: skipped: pygls not installed (pip install 'factcheck[server]')")
        return 0
    text = draft(DRAFT_WORDS)
    first, timings = asyncio.run(rechecks(text, args.runs))
    median = statistics.median(timings)
    verdict = "met" if median < TARGET_SECONDS else "MISSED"
    print(f"draft: {len(text.split()):,} words; {args.runs} edits; load average {os.getloadavg()[0]:.1f}")
    print(f"{'measure':<52} {'median':>8} {'target':>8}  verdict")
    print(f"{'first check after didOpen (model load included)':<52} {first:>7.2f}s {'':>8}")
    print(f"{'re-check after an edit (didChange -> diagnostics)':<52} {median:>7.3f}s {TARGET_SECONDS:>7.1f}s  {verdict}")
    print(f"{'re-check, fastest / slowest':<52} {min(timings):.3f}s / {max(timings):.3f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

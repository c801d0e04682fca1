"""`factcheck server` driven by a real LSP client (pygls) over stdio, as an editor drives it:
initialize, didOpen, diagnostics, codeAction, hover, didChange, shutdown."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import pytest

pytest.importorskip("pygls", reason="the language server needs the server extra: pip install 'factcheck[server]'")

from lsprotocol import types
from pygls.lsp.client import LanguageClient

# Written for this test: a headline that drops the "up to" of the body (FC103, with a fix).
DRAFT = "Bolt Makes $10 Billion Cirrus Investment\n\nBolt will invest up to $10 billion in Cirrus, the companies said.\n"
HEDGED = "Bolt Makes Up To $10 Billion Cirrus Investment\n\nBolt will invest up to $10 billion in Cirrus, the companies said.\n"
TIMEOUT = 60
# No registry (the workspace has no sources/): only the article's own consistency rules run.  # the first check loads the model


class Editor(LanguageClient):
    def __init__(self):
        super().__init__("test-editor", "1")
        self.published: asyncio.Queue[types.PublishDiagnosticsParams] = asyncio.Queue()


async def _session(tmp_path: Path) -> dict:
    editor = Editor()

    @editor.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def on_diagnostics(params: types.PublishDiagnosticsParams) -> None:
        editor.published.put_nowait(params)

    await editor.start_io(sys.executable, "-m", "factcheck", "server", "--debounce", "0.05")
    seen: dict = {}
    try:
        result = await asyncio.wait_for(editor.initialize_async(types.InitializeParams(capabilities=types.ClientCapabilities(), root_uri=tmp_path.as_uri())), TIMEOUT)
        seen["capabilities"] = result.capabilities
        editor.initialized(types.InitializedParams())
        uri = (tmp_path / "draft.md").as_uri()
        editor.text_document_did_open(types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(uri=uri, language_id="markdown", version=1, text=DRAFT)))
        seen["opened"] = await asyncio.wait_for(editor.published.get(), TIMEOUT)
        first = seen["opened"].diagnostics[0]
        seen["actions"] = await asyncio.wait_for(
            editor.text_document_code_action_async(types.CodeActionParams(text_document=types.TextDocumentIdentifier(uri=uri), range=first.range, context=types.CodeActionContext(diagnostics=[first]))), TIMEOUT
        )
        seen["hover"] = await asyncio.wait_for(editor.text_document_hover_async(types.HoverParams(text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(line=2, character=30))), TIMEOUT)
        editor.text_document_did_change(
            types.DidChangeTextDocumentParams(text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2), content_changes=[types.TextDocumentContentChangeWholeDocument(text=HEDGED)])
        )
        seen["changed"] = await asyncio.wait_for(editor.published.get(), TIMEOUT)
        await asyncio.wait_for(editor.shutdown_async(None), TIMEOUT)
        editor.exit(None)
    finally:
        await editor.stop()
    return seen


@pytest.fixture(scope="module")
def session(tmp_path_factory) -> dict:
    return asyncio.run(_session(tmp_path_factory.mktemp("lsp")))


def test_initialize_announces_quick_fixes_and_hover(session):
    capabilities = session["capabilities"]
    assert capabilities.hover_provider
    assert capabilities.code_action_provider


def test_did_open_publishes_the_finding_at_the_headline(session):
    published = session["opened"]
    assert [(d.code, d.source, d.range.start.line) for d in published.diagnostics] == [("FC103", "factcheck", 0)]
    assert published.diagnostics[0].severity == types.DiagnosticSeverity.Warning


def test_code_action_is_the_quick_fix(session):
    (action,) = session["actions"]
    assert action.kind == types.CodeActionKind.QuickFix
    (edits,) = action.edit.changes.values()
    assert [(edit.new_text, edit.range.start.line) for edit in edits] == [("up to $10 Billion", 0)]


def test_hover_shows_the_structured_fact(session):
    text = session["hover"].contents.value
    assert "up to $10B" in text and "invests in" in text


def test_did_change_rechecks_after_the_pause(session):
    assert session["changed"].version == 2
    assert list(session["changed"].diagnostics) == []

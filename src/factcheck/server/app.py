"""The pygls wiring of `factcheck server`: documents in, diagnostics, code actions and hovers out.

One Checker is built on the first check (model and registry loaded once) and reused for every
document. An edit is checked after `debounce` seconds without further edits, so typing does
not queue a check per keystroke; opening and saving check at once.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path
from pygls.workspace import TextDocument

from factcheck import __version__
from factcheck.errors import FactcheckError
from factcheck.models import FileReport
from factcheck.read import ARTICLE_SUFFIXES, LineIndex
from factcheck.server import convert

DEBOUNCE_SECONDS = 0.3  # a pause in typing, not a keystroke: about the gap between typed words
PARAGRAPH_CACHE = 4096  # paragraphs kept between re-checks: a few long drafts open at once
LANGUAGE_FORMATS = {"markdown": "markdown", "html": "html", "plaintext": "text", "text": "text"}


class FactcheckServer(LanguageServer):
    def __init__(self, sources: str | None, model: str | None, debounce: float):
        super().__init__("factcheck", __version__)
        self.sources = sources
        self.model = model
        self.debounce = debounce
        self.reports: dict[str, tuple[int | None, FileReport]] = {}  # uri -> (version checked, report)
        self._pending: dict[str, asyncio.Task] = {}
        self._checker = None

    def checker(self):
        """Built once, on the first document: the model load is paid once per session."""
        if self._checker is None:
            from factcheck.api import Checker
            from factcheck.config import resolve_config
            from factcheck.registry import load_registry

            root = Path(self.workspace.root_path or ".")
            cfg = resolve_config(None, str(root), disabled=False)
            sources = self.sources or cfg.sources or (str(root / "sources") if (root / "sources").is_dir() else None)
            registry = load_registry(sources) if sources else None
            self._checker = Checker(registry, model=self.model or cfg.model, settings=_rule_settings(cfg), cache_paragraphs=PARAGRAPH_CACHE)
        return self._checker

    def check(self, uri: str) -> None:
        document = self.workspace.get_text_document(uri)
        try:
            report = self.checker().check_text(document.source, path=to_fs_path(uri) or uri, format=document_format(document))
        except FactcheckError as exc:  # an unknown code in a marker, a bad registry: say it, keep serving
            self.window_show_message(types.ShowMessageParams(type=types.MessageType.Error, message=f"factcheck: {exc}"))
            return
        self.reports[uri] = (document.version, report)
        found = convert.diagnostics(report, client_position(document))
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=found, version=document.version))

    def check_later(self, uri: str) -> None:
        """Restart the debounce timer of this document."""
        pending = self._pending.pop(uri, None)
        if pending is not None:
            pending.cancel()
        self._pending[uri] = asyncio.get_running_loop().create_task(self._check_after_pause(uri))

    async def _check_after_pause(self, uri: str) -> None:
        await asyncio.sleep(self.debounce)
        self._pending.pop(uri, None)
        self.check(uri)

    def current_report(self, uri: str) -> FileReport | None:
        """The report of the text the editor shows now; None while an edit awaits its check."""
        checked = self.reports.get(uri)
        if checked is None:
            return None
        version, report = checked
        return report if version == self.workspace.get_text_document(uri).version else None


def _rule_settings(cfg):
    """The config's select (with extend-select), ignore and severity, read as `factcheck check` reads them."""
    from factcheck.config import rule_codes, rule_levels  # one reading of rule names, shared with the CLI
    from factcheck.engine import RuleSettings
    from factcheck.settings import selection

    return RuleSettings(select=rule_codes(selection(None, None, cfg)), ignore=rule_codes(list(cfg.ignore or ())), severity=rule_levels(cfg.severity))


def document_format(document: TextDocument) -> str:
    """From the file's suffix, else the editor's language id, else plain text."""
    suffix = Path(document.uri).suffix.lower()
    if suffix in ARTICLE_SUFFIXES:
        return ARTICLE_SUFFIXES[suffix]
    return LANGUAGE_FORMATS.get(document.language_id or "", "text")


def client_position(document: TextDocument) -> convert.ToClient:
    codec, lines = document.position_codec, document.lines

    def to_client(line: int, column: int) -> types.Position:
        return codec.position_to_client_units(lines, types.Position(line=line, character=column))

    return to_client


def offset_of(document: TextDocument, position: types.Position) -> int:
    """A client position as a character offset into the text."""
    server = document.position_codec.position_from_client_units(document.lines, position)
    return LineIndex(document.source).offset(server.line + 1, server.character + 1)


def build_server(sources: str | None = None, model: str | None = None, debounce: float | None = None) -> FactcheckServer:
    server = FactcheckServer(sources, model, DEBOUNCE_SECONDS if debounce is None else debounce)

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: FactcheckServer, params: types.DidOpenTextDocumentParams) -> None:
        ls.check(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: FactcheckServer, params: types.DidChangeTextDocumentParams) -> None:
        ls.check_later(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: FactcheckServer, params: types.DidSaveTextDocumentParams) -> None:
        ls.check(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: FactcheckServer, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        ls.reports.pop(uri, None)
        ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    @server.feature(types.TEXT_DOCUMENT_CODE_ACTION, types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]))
    def code_action(ls: FactcheckServer, params: types.CodeActionParams) -> list[types.CodeAction]:
        uri = params.text_document.uri
        report = ls.current_report(uri)
        if report is None:
            return []
        return convert.quick_fixes(report, uri, params.range, client_position(ls.workspace.get_text_document(uri)))

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(ls: FactcheckServer, params: types.HoverParams) -> types.Hover | None:
        uri = params.text_document.uri
        report = ls.current_report(uri)
        if report is None:
            return None
        document = ls.workspace.get_text_document(uri)
        return convert.hover(report, offset_of(document, params.position), client_position(document))

    return server

"""`factcheck server`: a Language Server (LSP over stdio) that keeps the model loaded.

Editors send the draft as it is typed; the server answers with diagnostics (one per finding),
a quick fix where a finding has one, and the claim's structured fact on hover. pygls and
lsprotocol are an optional extra (`pip install 'factcheck[server]'`): `serve` says so when
they are missing instead of failing with an ImportError.
"""

from __future__ import annotations

from factcheck.errors import ConfigError, Errors

INSTALL_HINT = "the language server needs pygls: pip install 'factcheck[server]'"


def serve(sources: str | None = None, model: str | None = None, debounce: float | None = None) -> None:
    """Run the server on stdin/stdout until the client says exit."""
    try:
        from factcheck.server.app import build_server
    except ImportError as exc:  # pygls or lsprotocol absent
        raise ConfigError(Errors.E311(hint=INSTALL_HINT, module=exc.name)) from None
    build_server(sources=sources, model=model, debounce=debounce).start_io()

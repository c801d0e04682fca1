"""The command line: options -> pipeline -> formatter -> exit code. Nothing else lives here.

`factcheck [PATHS]` is `factcheck check [PATHS]`. Heavy modules (spaCy, the pipeline) are
imported inside the commands, so `--version` and `--help` start instantly.
"""

from __future__ import annotations

import os
import sys
import traceback
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from typer.core import TyperGroup

from factcheck import __version__

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
DEFAULT_CLAIMS = "claims"
DEFAULT_SOURCES = "sources"


class DefaultToCheck(TyperGroup):
    """Route `factcheck article.txt` (anything that is not a subcommand) to `factcheck check`."""

    def parse_args(self, ctx, args: list[str]) -> list[str]:
        passthrough = {"--help", "-h", "--version", "--install-completion", "--show-completion"}
        if not args or (args[0] not in self.commands and args[0] not in passthrough):
            args = ["check", *args]
        return super().parse_args(ctx, args)


app = typer.Typer(
    cls=DefaultToCheck,
    help="Fact-check money claims in news articles: against the article itself and a registry of sourced facts.",
    no_args_is_help=False,
    add_completion=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
sources_app = typer.Typer(help="Curate the source registry.", no_args_is_help=True)
app.add_typer(sources_app, name="sources")


class Format(str, Enum):
    text = "text"
    json = "json"


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factcheck {__version__}")
        raise typer.Exit(EXIT_OK)


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", "-V", help="Show the version and exit.", callback=_version, is_eager=True)] = False,
) -> None:
    """Fact-check money claims in news articles.

    Run `factcheck` to check every article in ./claims against ./sources, or
    `factcheck PATH...` for files, directories or - (stdin).
    """


def _error(message: str) -> None:
    typer.echo(f"factcheck: error: {message}", err=True)


@contextmanager
def _failures(debug: bool):
    """Every failure becomes one line on stderr and exit 2; a traceback only with --debug."""
    from factcheck.errors import FactcheckError

    try:
        yield
    except typer.Exit:
        raise
    except FactcheckError as exc:
        if debug:
            traceback.print_exc()
        _error(str(exc))
        raise typer.Exit(EXIT_ERROR) from None
    except KeyboardInterrupt:
        _error("interrupted")
        raise typer.Exit(EXIT_ERROR) from None
    except Exception as exc:  # an unexpected bug is still exit 2, never Python's 1 ("findings")
        if debug:
            traceback.print_exc()
        _error(f"internal error: {type(exc).__name__}: {exc} (rerun with --debug for a traceback)")
        raise typer.Exit(EXIT_ERROR) from None


def _load_sources(sources: str | None):
    """--sources DIR, else ./sources when it exists, else no registry (FC2xx rules do not run)."""
    from factcheck.registry import load_registry

    if sources:
        return load_registry(sources)
    if Path(DEFAULT_SOURCES).is_dir():
        return load_registry(DEFAULT_SOURCES)
    typer.echo("factcheck: note: no ./sources registry; registry rules (FC2xx) are off (see --sources)", err=True)
    return None


def _default_paths(paths: list[str] | None) -> list[str]:
    from factcheck.errors import InputError

    if paths:
        return paths
    if Path(DEFAULT_CLAIMS).is_dir():
        return [DEFAULT_CLAIMS]
    raise InputError("no articles given and no ./claims directory; pass PATH... or - for stdin")


def _rule_settings(select: list[str] | None, ignore: list[str] | None):
    from factcheck.check import RuleSettings
    from factcheck.errors import ConfigError
    from factcheck.rules import rule_by_name

    def codes(values: list[str] | None) -> frozenset[str]:
        found = set()
        for value in values or []:
            for item in filter(None, (v.strip() for v in value.split(","))):
                rule = rule_by_name(item)
                if rule is None:
                    raise ConfigError(f"unknown rule {item!r} (see `factcheck rules`)")
                found.add(rule.code)
        return frozenset(found)

    return RuleSettings(select=codes(select), ignore=codes(ignore))


def _write(text: str, output: str | None) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    from factcheck.report.write import write_atomic

    write_atomic(output, text)


PathsArg = Annotated[list[str] | None, typer.Argument(help="Articles (.txt, .md), directories, or - for stdin. Default: ./claims", show_default=False)]
SourcesOpt = Annotated[str | None, typer.Option("--sources", "-s", help="Registry directory (default: ./sources if present).")]
ModelOpt = Annotated[str | None, typer.Option("--model", help="spaCy model name or path (default: en_core_web_sm, then its PyPI re-upload).")]
DebugOpt = Annotated[bool, typer.Option("--debug", help="Show tracebacks on errors.")]
MaxBytesOpt = Annotated[int, typer.Option("--max-bytes", min=1, help="Refuse articles larger than this many bytes.")]


@app.command()
def check(
    paths: PathsArg = None,
    sources: SourcesOpt = None,
    output_format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.text,
    output: Annotated[str | None, typer.Option("--output", "-o", help="Write the report to FILE (atomically) instead of stdout.")] = None,
    fail_on: Annotated[FailOn, typer.Option("--fail-on", help="Exit 1 when a finding has this severity or higher.")] = FailOn.warning,
    exit_zero: Annotated[bool, typer.Option("--exit-zero", help="Exit 0 even with findings (errors still exit 2).")] = False,
    select: Annotated[list[str] | None, typer.Option("--select", help="Run only these rules (codes or names, comma-separated).")] = None,
    ignore: Annotated[list[str] | None, typer.Option("--ignore", help="Skip these rules (codes or names, comma-separated).")] = None,
    model: ModelOpt = None,
    max_bytes: MaxBytesOpt = 5 * 1024 * 1024,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Check articles in N worker processes (same output, same order).")] = 1,
    debug: DebugOpt = False,
) -> None:
    """Check articles: report every inconsistency and registry disagreement, with evidence and a fix."""
    with _failures(debug):
        from factcheck.api import Checker
        from factcheck.models import Severity
        from factcheck.report import FORMATTERS

        settings = _rule_settings(select, ignore)
        targets = _default_paths(paths)
        registry = _load_sources(sources)
        report = Checker(registry, model=model, settings=settings).check_paths(targets, max_bytes=max_bytes, jobs=jobs)
        if output_format is Format.text:
            color = output is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ
            text = FORMATTERS["text"](report, color=color)
        else:
            text = FORMATTERS[output_format.value](report)
        _write(text, output)
        threshold = Severity(fail_on.value).rank
        failing = any(f.severity.rank >= threshold for file in report.files for f in file.findings)
    raise typer.Exit(EXIT_FINDINGS if failing and not exit_zero else EXIT_OK)


@app.command()
def claims(
    paths: Annotated[list[str], typer.Argument(help="Articles, directories, or - for stdin.")],
    sources: SourcesOpt = None,
    model: ModelOpt = None,
    debug: DebugOpt = False,
) -> None:
    """List the claims extracted from articles, as a table."""
    with _failures(debug):
        from rich.console import Console
        from rich.table import Table

        from factcheck.api import Checker
        from factcheck.normalize.money import format_amount
        from factcheck.read import LineIndex

        report = Checker(_load_sources(sources), model=model).check_paths(paths)
        console = Console() if sys.stdout.isatty() else Console(width=200)  # pipes and files get whole rows
        for file in report.files:
            index = LineIndex(file.document.text)
            table = Table(title=file.document.path, show_lines=False)
            for column in ("id", "line:col", "text", "amount", "subject", "relation", "object", "registry"):
                table.add_column(column)
            for claim in file.claims:
                line, col = index.position(claim.span.start)
                amount = claim.amount
                shown = format_amount(amount.value, amount.currency, amount.qualifier.value, amount.high) if amount else ""
                table.add_row(
                    claim.id,
                    f"{line}:{col}",
                    claim.text,
                    shown,
                    claim.subject or "",
                    claim.relation or "",
                    claim.object or "",
                    ", ".join(file.support.get(claim.id, ())),
                )
            console.print(table)
    raise typer.Exit(EXIT_OK)


@app.command()
def rules() -> None:
    """List the rules: code, name, default severity and summary."""
    from rich.console import Console
    from rich.table import Table

    from factcheck.rules import ALL_RULES

    table = Table(title="factcheck rules")
    for column in ("code", "name", "severity", "summary"):
        table.add_column(column)
    for rule in ALL_RULES:
        table.add_row(rule.code, rule.name, rule.severity.value, rule.summary)
    Console().print(table)
    typer.echo("Run `factcheck explain CODE` for a rule's explanation and examples.")


@app.command()
def explain(code: Annotated[str, typer.Argument(help="Rule code or name, e.g. FC101 or total-mismatch.")]) -> None:
    """Explain a rule: why it matters, a wrong and a right example, tolerance and fix."""
    from factcheck.rules import rule_by_name

    rule = rule_by_name(code)
    if rule is None:
        _error(f"unknown rule {code!r} (see `factcheck rules`)")
        raise typer.Exit(EXIT_ERROR)
    typer.echo(f"{rule.code} {rule.name} ({rule.severity.value})\n{rule.summary}\n\n{rule.explanation()}")


@app.command()
def schema() -> None:
    """Print the JSON Schema of `--format json` output."""
    import json

    from factcheck.report.schema import JsonReport

    typer.echo(json.dumps(JsonReport.model_json_schema(mode="serialization"), indent=2))


@sources_app.command("validate")
def sources_validate(
    directory: Annotated[str, typer.Argument(help="Registry directory.")] = DEFAULT_SOURCES,
    debug: DebugOpt = False,
) -> None:
    """Check a registry: schema, ids, references, quotes, URLs. Lists every problem."""
    with _failures(debug):
        from factcheck.registry import load_registry
        from factcheck.registry.load import RegistryProblems

        try:
            registry = load_registry(directory)
        except RegistryProblems as problems:
            for problem in problems.problems:
                typer.echo(str(problem), err=True)
            typer.echo(f"{len(problems.problems)} problem(s) in {directory}", err=True)
            raise typer.Exit(EXIT_ERROR) from None
        typer.echo(f"{directory}: {len(registry.entities)} entities, {len(registry.facts)} facts: valid")


@sources_app.command("show")
def sources_show(
    identifier: Annotated[str, typer.Argument(help="An entity or fact id.")],
    sources: SourcesOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Show one entity or fact of the registry, as YAML, with its file and line."""
    with _failures(debug):
        import yaml

        from factcheck.errors import RegistryError

        registry = _load_sources(sources)
        if registry is None:
            raise RegistryError("no registry to search (see --sources)")
        item = registry.facts.get(identifier) or registry.entities.get(identifier)
        if item is None:
            raise RegistryError(f"no entity or fact with id {identifier!r}")
        where = registry.where.get(identifier)
        if where:
            typer.echo(f"# {where.path}:{where.line}")
        typer.echo(yaml.safe_dump(item.model_dump(mode="json", exclude_none=True), sort_keys=False, allow_unicode=True).rstrip())


def main(argv: list[str] | None = None) -> None:
    """Console entry point: exit codes 0 (clean), 1 (findings), 2 (any error)."""
    args = sys.argv[1:] if argv is None else argv
    try:
        # Without standalone mode the parser returns the exit code of typer.Exit instead of exiting.
        code = app(args=args, prog_name="factcheck", standalone_mode=False)
    except KeyboardInterrupt:
        _error("interrupted")
        sys.exit(EXIT_ERROR)
    except Exception as exc:  # typer vendors its own click: recognise its exceptions by shape
        if hasattr(exc, "exit_code") and hasattr(exc, "show"):  # a usage error: bad option or value
            exc.show()
            sys.exit(EXIT_ERROR)
        if type(exc).__name__ == "Exit" and isinstance(getattr(exc, "exit_code", None), int):
            sys.exit(exc.exit_code)
        if type(exc).__name__ == "Abort":
            _error("aborted")
            sys.exit(EXIT_ERROR)
        if "--debug" in args:
            traceback.print_exc()
        _error(f"internal error: {type(exc).__name__}: {exc}")  # the last guard: still exit 2
        sys.exit(EXIT_ERROR)
    sys.exit(code if isinstance(code, int) else EXIT_OK)

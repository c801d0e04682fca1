"""The command line: options -> pipeline -> formatter -> exit code. Nothing else lives here.

`factcheck [PATHS]` is `factcheck check [PATHS]`. Heavy modules (spaCy, the pipeline) are
imported inside the commands, so `--version` and `--help` start instantly.
"""

from __future__ import annotations

import gc
import os
import sys
import traceback
from collections.abc import Sequence
from contextlib import suppress
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer
from typer.core import TyperGroup

try:  # typer 0.23 and later vendor click as typer._click; earlier ones use click itself
    from typer._click.exceptions import ClickException
except ImportError:  # pragma: no cover
    from click.exceptions import ClickException  # type: ignore[assignment]

from factcheck import __version__

if TYPE_CHECKING:
    from factcheck.config import RunOptions
    from factcheck.errors import FactcheckError
    from factcheck.models import Severity

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
DEFAULT_SOURCES = "sources"
DEBUG = "factcheck.debug"  # ctx.meta key: --debug was given (tracebacks on errors)


class DefaultToCheck(TyperGroup):
    """Route `factcheck article.txt` (anything that is not a subcommand) to `factcheck check`."""

    def parse_args(self, ctx, args: list[str]) -> list[str]:
        passthrough = {"--help", "-h", "--version", "-V", "--install-completion", "--show-completion"}
        completing_a_command = ctx.resilient_parsing and not args  # `factcheck re<TAB>` offers commands
        if not completing_a_command and (not args or (args[0] not in self.commands and args[0] not in passthrough)):
            args = ["check", *args]
        ctx.meta[DEBUG] = "--debug" in args
        return super().parse_args(ctx, args)

    def invoke(self, ctx):
        """The one place a command's failure becomes its line on stderr and its exit code: a tool
        failure prints its code, location and the offending line (exit 2); Ctrl-C and SIGTERM exit
        as a shell reports them; an unexpected bug is still exit 2, never Python's 1 ("findings").
        A traceback only with --debug. What click raises (usage errors, exits) goes on to `main`."""
        from factcheck.errors import FactcheckError

        try:
            return super().invoke(ctx)
        except (typer.Exit, typer.Abort, ClickException):
            raise
        except FactcheckError as exc:
            _show_traceback(ctx)
            _failure(exc)
            raise typer.Exit(EXIT_ERROR) from None
        except KeyboardInterrupt as exc:  # workers are already stopped, nothing was written
            raise typer.Exit(_interrupted(exc)) from None
        except Exception as exc:
            _show_traceback(ctx)
            _error(f"internal error: {type(exc).__name__}: {exc} (rerun with --debug for a traceback)")
            raise typer.Exit(EXIT_ERROR) from None


def _show_traceback(ctx) -> None:
    if ctx.meta.get(DEBUG):
        traceback.print_exc()


def _interrupted(exc: KeyboardInterrupt) -> int:
    """Ctrl-C or SIGTERM: said on stderr; the exit code a shell gives them (130, 143)."""
    from factcheck.interrupt import exit_code_for

    _error("interrupted")
    return exit_code_for(exc)


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
    jsonl = "jsonl"
    sarif = "sarif"
    gitlab = "gitlab"
    github = "github"
    html = "html"
    concise = "concise"


class InputFormat(str, Enum):
    text = "text"
    markdown = "markdown"
    html = "html"


class Color(str, Enum):
    auto = "auto"
    always = "always"
    never = "never"


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
    from factcheck.report.escape import visible  # a file name with ESC or a newline stays one line

    typer.echo(f"factcheck: error: {visible(message)}", err=True)


def _failure(exc: FactcheckError) -> None:
    """The error's line, then the offending line of its file (numbered, a caret at the column)."""
    from factcheck.report.escape import visible

    _error(str(exc))
    snippet = exc.snippet()
    if snippet:
        typer.echo("\n".join(visible(line) for line in snippet.split("\n")), err=True)


def _load_sources(sources: str | None, required: bool = False):
    """--sources DIR, else ./sources when it exists, else no registry: said on stderr, exit 2 when required.

    A CI job started from the wrong directory must not pass its gate with the registry rules silently off.
    """
    from factcheck.errors import Errors, RegistryError
    from factcheck.registry import load_registry

    if sources:
        return load_registry(sources)
    if Path(DEFAULT_SOURCES).is_dir():
        return load_registry(DEFAULT_SOURCES)
    looked = Path.cwd() / DEFAULT_SOURCES
    if required:
        raise RegistryError(Errors.E202(looked=looked))
    typer.echo(f"factcheck: warning: no registry: looked for {looked}; registry rules (FC2xx) are off (pass --sources DIR; --require-sources makes this an error)", err=True)
    return None


def _write(text: str, output: str | None, inputs: Sequence[str] = ()) -> None:
    """To stdout, or to FILE (refused when FILE is one of `inputs`: it would be overwritten)."""
    from factcheck.report.write import write_atomic, write_stdout

    if output is None:
        write_stdout(text)
        return
    write_atomic(output, text, inputs=inputs)


PathsArg = Annotated[list[str] | None, typer.Argument(help="Articles (.txt, .md, .html), directories, globs ('drafts/**/*.md'), or - for stdin. Default: ./claims", show_default=False)]
SourcesOpt = Annotated[str | None, typer.Option("--sources", "-s", help="Registry directory (default: ./sources if present).")]
RequireSourcesOpt = Annotated[bool, typer.Option("--require-sources", help="Exit 2 when no registry is found (for CI gates).")]
ModelOpt = Annotated[str | None, typer.Option("--model", help="spaCy model name or path (default: en_core_web_sm, then its PyPI re-upload).")]
DebugOpt = Annotated[bool, typer.Option("--debug", help="Show tracebacks on errors.")]
MaxBytesOpt = Annotated[int | None, typer.Option("--max-bytes", min=1, help="Refuse articles larger than this many bytes.", show_default="5242880")]
MaxClaimsOpt = Annotated[int | None, typer.Option("--max-claims", min=1, max=1_000_000, help="Check at most this many claims per article (a note says when an article has more).", show_default="5000")]
SelectOpt = Annotated[list[str] | None, typer.Option("--select", help="Run only these rules (codes or names, comma-separated).")]
ExtendSelectOpt = Annotated[list[str] | None, typer.Option("--extend-select", help="Run these rules too, besides --select or the config's selection.")]
IgnoreOpt = Annotated[list[str] | None, typer.Option("--ignore", help="Skip these rules (codes or names, comma-separated).")]
ConfigOpt = Annotated[str | None, typer.Option("--config", help="Config file (pyproject.toml with a tool.factcheck table, or .factcheck.toml). Default: the nearest one above the first article.")]
NoConfigOpt = Annotated[bool, typer.Option("--no-config", help="Ignore every config file.")]
FailOnOpt = Annotated[FailOn | None, typer.Option("--fail-on", help="Exit 1 when a finding has this severity or higher.", show_default="warning")]
ExitZeroOpt = Annotated[bool, typer.Option("--exit-zero", help="Exit 0 even with findings (errors still exit 2).")]
CurrencyOpt = Annotated[str | None, typer.Option("--currency", help='What a bare "$" (and "¥", "kr") means when the article does not say: an ISO 4217 code such as AUD.')]
StdinFormatOpt = Annotated[InputFormat, typer.Option("--stdin-format", help="How to read - (stdin).")]


ExcludeOpt = Annotated[list[str] | None, typer.Option("--exclude", help="When walking directories, skip these (gitignore patterns), instead of the defaults: hidden and virtual-environment folders.")]
ExtendExcludeOpt = Annotated[list[str] | None, typer.Option("--extend-exclude", help="When walking directories, skip these too (gitignore patterns).")]
NoGitignoreOpt = Annotated[bool, typer.Option("--no-respect-gitignore", help="Walk into what .gitignore files ignore.")]


def _checked_files(options: RunOptions, registry, jobs: int = 1):
    """Each article's report as it is checked (files and archives alike), under a progress bar."""
    from factcheck.api import Checker
    from factcheck.archive.inputs import count_articles
    from factcheck.progress import progress_bar
    from factcheck.read import expand_paths

    checker = Checker.for_run(options, registry)
    files = sorted(expand_paths(options.paths, options.exclusions))  # directories and globs walked once
    with progress_bar(count_articles(files)) as on_file:
        yield from checker.iter_reports(Checker.run_documents(files, options), on_file=on_file, jobs=jobs)


def _noted(reports):
    """Each file's notes (e.g. the claim cap) said on stderr as it passes: the report stays clean."""
    from factcheck.report.escape import visible

    for file in reports:
        for note in file.notes:
            typer.echo(f"factcheck: note: {visible(file.document.path)}: {note}", err=True)
        yield file


def _expanded(options: RunOptions) -> list[str]:
    """The run's articles: an --output among them would be overwritten, so it is refused."""
    from factcheck.read import expand_paths

    return expand_paths(options.paths, options.exclusions)


ArchiveFieldsOpt = Annotated[str | None, typer.Option("--archive-fields", help="Field names of archive records (.jsonl, .parquet), e.g. id=doc_id,text=body,date=published,url=link.")]


@app.command()
def check(
    paths: PathsArg = None,
    sources: SourcesOpt = None,
    require_sources: RequireSourcesOpt = False,
    output_format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.text,
    output: Annotated[str | None, typer.Option("--output", "-o", help="Write the report to FILE (atomically) instead of stdout.")] = None,
    fail_on: FailOnOpt = None,
    exit_zero: ExitZeroOpt = False,
    select: SelectOpt = None,
    extend_select: ExtendSelectOpt = None,
    ignore: IgnoreOpt = None,
    model: ModelOpt = None,
    max_bytes: MaxBytesOpt = None,
    max_claims: MaxClaimsOpt = None,
    baseline: Annotated[str | None, typer.Option("--baseline", help="Report only findings not recorded in this baseline (see `factcheck review`).")] = None,
    config: ConfigOpt = None,
    no_config: NoConfigOpt = False,
    stdin_format: StdinFormatOpt = InputFormat.text,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Check articles in N worker processes (same output, same order).")] = 1,
    currency: CurrencyOpt = None,
    date: Annotated[str | None, typer.Option("--date", help="The articles' publication date (YYYY-MM-DD) when they give none: exchange rates are looked up at it.")] = None,
    archive_fields: ArchiveFieldsOpt = None,
    exclude: ExcludeOpt = None,
    extend_exclude: ExtendExcludeOpt = None,
    no_respect_gitignore: NoGitignoreOpt = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print the findings only, without the summary line.")] = False,
    statistics: Annotated[bool, typer.Option("--statistics", help="Print a count per rule instead of the findings ([*]: has a fix).")] = False,
    color: Annotated[Color | None, typer.Option("--color", help="Colour the text report: auto (a terminal, unless NO_COLOR; FORCE_COLOR forces it), always, never.")] = None,
    stdin_filename: Annotated[str | None, typer.Option("--stdin-filename", help="The name of stdin's article in reports (and its format, from the suffix).")] = None,
    fix: Annotated[bool, typer.Option("--fix", help="Apply the unambiguous fixes in place (atomically), then report what is left.")] = False,
    diff: Annotated[bool, typer.Option("--diff", help="Print the unambiguous fixes as a unified diff instead of the report; change nothing.")] = False,
    show_settings: Annotated[bool, typer.Option("--show-settings", help="Print the settings in force, each with where it came from, and exit.")] = False,
    debug: DebugOpt = False,
) -> None:
    """Check articles: report every inconsistency and registry disagreement, with evidence and a fix."""
    if show_settings:
        from factcheck.settings import show

        raise typer.Exit(show(paths or [], config, no_config, locals()))
    from factcheck.config import run_options

    options = run_options(
        paths, config=config, no_config=no_config, sources=sources, require_sources=require_sources, model=model,
        select=select, extend_select=extend_select, ignore=ignore, max_bytes=max_bytes, max_claims=max_claims,
        fail_on=fail_on.value if fail_on else None, baseline=baseline, currency=currency, date=date,
        exclude=exclude, extend_exclude=extend_exclude, no_respect_gitignore=no_respect_gitignore,
        archive_fields=archive_fields, stdin_format=stdin_format.value, stdin_filename=stdin_filename,
    )
    registry = _load_sources(options.sources, required=options.require_sources)
    reports, hidden = _noted(_checked_files(options, registry, jobs)), [0]  # run as they are read, below
    if options.baseline:
        from factcheck.baseline import filter_stream, load_baseline

        reports = filter_stream(reports, load_baseline(options.baseline), options.baseline, hidden)  # a bad baseline fails before the run
    colored = _colored(output_format, color, output)
    if fix or diff or statistics or quiet or stdin_filename:  # these need the whole report
        code = _whole_report(reports, output_format, output, colored, fix, diff, statistics, quiet, stdin_filename, exit_zero, options.fail_on)
    else:
        code = _streamed_report(reports, output_format, output, colored, _expanded(options), options.fail_on)
    if hidden[0]:
        typer.echo(f"factcheck: note: {_plural(hidden[0], 'finding')} hidden by baseline {options.baseline}", err=True)
    raise typer.Exit(EXIT_OK if exit_zero else code)


def _colored(output_format: Format, color: Color | None, output: str | None) -> bool:
    from factcheck.terminal import use_color

    return output_format is Format.text and use_color((color or Color.auto).value, output is None and sys.stdout.isatty(), os.environ)


def _streamed_report(reports, output_format: Format, output: str | None, colored: bool, inputs: list[str], fail_on: Severity) -> int:
    """Written file by file where the format allows; the exit code of the findings (1 at or above `fail_on`)."""
    from factcheck.report.stream import write_report

    totals = write_report(reports, output_format.value, output, color=colored, inputs=inputs)
    return EXIT_FINDINGS if totals.worst >= fail_on.rank else EXIT_OK


def _whole_report(reports, output_format, output, colored, fix, diff, statistics, quiet, stdin_filename, exit_zero, fail_on: Severity) -> int:
    """--fix, --diff, --statistics, --quiet and --stdin-filename work on the whole report, built here."""
    from factcheck.models import Report
    from factcheck.report import FORMATTERS

    report = Report(files=tuple(reports))
    if fix or diff:
        outcome = _apply_fixes(report, write=fix and not diff)
        if diff:  # the diff is the output; exit 1 when it shows a change, as ruff --diff does
            raise typer.Exit(EXIT_FINDINGS if outcome.fixed and not exit_zero else EXIT_OK)
        report = outcome.report
    if stdin_filename:
        report = _rename_stdin(report, stdin_filename)
    if statistics:
        from factcheck.terminal import format_statistics

        text = format_statistics(report)
    else:
        from factcheck.report import FormatOptions

        text = FORMATTERS[output_format.value](report, FormatOptions(color=colored))
        if quiet and output_format in (Format.text, Format.concise):
            text = _without_summary(text)
    _write(text, output, inputs=[file.document.path for file in report.files])
    return report.exit_code(fail_on)


@app.command()
def archive(
    archives: Annotated[list[str], typer.Argument(help="Archives: JSON Lines (.jsonl: one object per line with id, text, optional date and url) or Parquet (.parquet) files, or globs.", show_default=False)],
    output_dir: Annotated[str, typer.Option("--output-dir", "-d", help="Write DIR/*.jsonl (one per partition, lines as --format jsonl) and DIR/summary.json; a rerun resumes.")],
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, help="Dask workers of the local cluster (one process each).")] = 2,
    scheduler: Annotated[str | None, typer.Option("--scheduler", help="Address of a running Dask scheduler (tcp://host:8786) instead of a local cluster.")] = None,
    partition_size: Annotated[int, typer.Option("--partition-size", min=1, help="Articles per partition (JSON Lines; Parquet partitions are row groups).")] = 500,
    archive_fields: ArchiveFieldsOpt = None,
    sources: SourcesOpt = None,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    model: ModelOpt = None,
    max_bytes: MaxBytesOpt = None,
    config: ConfigOpt = None,
    no_config: NoConfigOpt = False,
    fail_on: FailOnOpt = None,
    exit_zero: ExitZeroOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Check whole archives on Dask (needs the archive extra): partitions written as they finish, resumable."""
    from factcheck.archive.command import archive_command
    from factcheck.config import run_options

    options = run_options(archives, config=config, no_config=no_config, sources=sources, model=model, select=select, ignore=ignore, max_bytes=max_bytes, fail_on=fail_on.value if fail_on else None, archive_fields=archive_fields)
    registry = _load_sources(options.sources, required=options.require_sources)
    totals = archive_command(list(options.paths), output_dir, registry, options.model, options.rule_settings(), options.fields, options.max_bytes, workers, scheduler, partition_size)
    failing = totals.worst >= options.fail_on.rank
    raise typer.Exit(EXIT_FINDINGS if failing and not exit_zero else EXIT_OK)


def _rename_stdin(report, name: str):
    """--stdin-filename: stdin's article is reported under this name (SARIF, JSON, text)."""
    from factcheck.report.locations import STDIN_NAME

    files = tuple(
        file.model_copy(update={"document": file.document.model_copy(update={"path": name})}) if file.document.path == STDIN_NAME else file
        for file in report.files
    )
    return report.model_copy(update={"files": files})


def _without_summary(text: str) -> str:
    """The text report less its last line ("1 file checked, …")."""
    lines = text.rstrip("\n").split("\n")
    return "\n".join(lines[:-1]).rstrip("\n") + ("\n" if len(lines) > 1 else "")


def _apply_fixes(report, write: bool):
    """--fix: rewrite the files and drop the fixed findings; --diff: print the diff on stdout."""
    from factcheck.fix import fix_report

    outcome = fix_report(report, write=write)
    if not write:
        sys.stdout.write(outcome.diff)
    verb = "fixed" if write else "would fix"
    typer.echo(f"factcheck: {verb} {_plural(outcome.fixed, 'finding')} in {_plural(outcome.files, 'file')}", err=True)
    return outcome


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


@app.command()
def review(
    paths: PathsArg = None,
    write_baseline: Annotated[str | None, typer.Option("--write-baseline", help="Record the current findings in FILE (JSON); rewrite it to drop fixed ones. Default: the config's baseline.", show_default=False)] = None,
    reason: Annotated[str | None, typer.Option("--reason", help="Why these findings are accepted (kept for findings already recorded with a reason).")] = None,
    sources: SourcesOpt = None,
    require_sources: RequireSourcesOpt = False,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    model: ModelOpt = None,
    max_bytes: MaxBytesOpt = None,
    config: ConfigOpt = None,
    no_config: NoConfigOpt = False,
    stdin_format: StdinFormatOpt = InputFormat.text,
    debug: DebugOpt = False,
) -> None:
    """Accept the current findings: write a baseline that `factcheck --baseline FILE` leaves out."""
    from factcheck.baseline import build_baseline, dump_baseline, load_baseline
    from factcheck.config import run_options
    from factcheck.errors import ConfigError, Errors
    from factcheck.models import Report
    from factcheck.report.write import write_atomic

    options = run_options(paths, config=config, no_config=no_config, sources=sources, require_sources=require_sources, model=model, select=select, ignore=ignore, max_bytes=max_bytes, stdin_format=stdin_format.value)
    registry = _load_sources(options.sources, required=options.require_sources)
    write_baseline = write_baseline or options.config.baseline
    if not write_baseline:
        raise ConfigError(Errors.E308())
    previous = load_baseline(write_baseline) if Path(write_baseline).exists() else None
    report = Report(files=tuple(_checked_files(options, registry)))
    baseline = build_baseline(report, write_baseline, reason=reason, previous=previous)
    write_atomic(write_baseline, dump_baseline(baseline), inputs=[file.document.path for file in report.files])
    dropped = len(previous.fingerprints() - baseline.fingerprints()) if previous else 0
    typer.echo(f"wrote {_plural(len(baseline.findings), 'finding')} to {write_baseline}" + (f"; {dropped} no longer found, dropped" if dropped else ""))
    raise typer.Exit(EXIT_OK)


class ClaimsFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


@app.command()
def claims(
    paths: PathsArg = None,
    sources: SourcesOpt = None,
    output_format: Annotated[ClaimsFormat, typer.Option("--format", "-f", help="table (fitted to the terminal), json or csv.")] = ClaimsFormat.table,
    stdin_format: StdinFormatOpt = InputFormat.text,
    model: ModelOpt = None,
    currency: CurrencyOpt = None,
    debug: DebugOpt = False,
) -> None:
    """List the claims extracted from articles (default: ./claims), as a table, JSON or CSV."""
    from factcheck.api import Checker
    from factcheck.config import currency_code, default_paths
    from factcheck.report.claims import CLAIM_FORMATTERS

    report = Checker(_load_sources(sources), model=model, currency=currency_code(currency)).check_paths(default_paths(paths), stdin_format=stdin_format.value)
    sys.stdout.write(CLAIM_FORMATTERS[output_format.value](report))
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
def _complete_rule(incomplete: str) -> list[str]:
    from factcheck.terminal import rule_choices

    return [name for name in rule_choices() if name.lower().startswith(incomplete.lower())]


@app.command()
def explain(code: Annotated[str, typer.Argument(help="Rule code or name, e.g. FC101 or total-mismatch.", autocompletion=_complete_rule)]) -> None:
    """Explain a rule: why it matters, a wrong and a right example, tolerance and fix."""
    from factcheck.rules import rule_by_name

    rule = rule_by_name(code)
    if rule is None:
        from factcheck.terminal import did_you_mean, rule_choices

        _error(f"unknown rule {code!r}{did_you_mean(code, rule_choices())} (see `factcheck rules`)")
        raise typer.Exit(EXIT_ERROR)
    typer.echo(f"{rule.code} {rule.name} ({rule.severity.value})\n{rule.summary}\n\n{rule.explanation()}")


@app.command()
def schema() -> None:
    """Print the JSON Schema of `--format json` output."""
    import json

    from factcheck.report.schema import JsonReport

    typer.echo(json.dumps(JsonReport.model_json_schema(mode="serialization"), indent=2))


@app.command()
def server(
    sources: SourcesOpt = None,
    model: ModelOpt = None,
    debounce: Annotated[float | None, typer.Option("--debounce", min=0, help="Seconds without edits before a changed document is checked again.", show_default="0.3")] = None,
    debug: DebugOpt = False,
) -> None:
    """Run the language server (LSP over stdio) for editors: diagnostics, quick fixes, hovers."""
    from factcheck.server import serve

    serve(sources=sources, model=model, debounce=debounce)
    raise typer.Exit(EXIT_OK)


@sources_app.command("validate")
def sources_validate(
    directory: Annotated[str, typer.Argument(help="Registry directory.")] = DEFAULT_SOURCES,
    max_age_days: Annotated[int, typer.Option("--max-age-days", min=0, help="Warn about facts dated more than this many days ago (possibly stale).")] = 730,
    today: Annotated[str | None, typer.Option("--today", help="Measure fact ages from this date (YYYY-MM-DD) instead of today.")] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 when there are warnings (undated sources, stale facts).")] = False,
    debug: DebugOpt = False,
) -> None:
    """Check a registry: schema, ids, references, quotes, URLs, undated sources, stale facts. Lists every problem."""
    from factcheck.config import parse_date
    from factcheck.registry import load_registry
    from factcheck.registry.curate import audit, summary
    from factcheck.registry.load import RegistryProblems

    as_of = parse_date(today, "--today")
    try:
        registry = load_registry(directory)
    except RegistryProblems as problems:
        for problem in problems.problems:
            typer.echo(str(problem), err=True)
        typer.echo(f"{_plural(len(problems.problems), 'problem')} in {directory}", err=True)
        raise typer.Exit(EXIT_ERROR) from None
    notes = audit(directory, max_age_days=max_age_days, today=as_of)
    for note in notes:
        typer.echo(str(note), err=True)
    typer.echo(summary(directory, registry, notes))
    if any(n.severity == "error" for n in notes):
        raise typer.Exit(EXIT_ERROR)
    raise typer.Exit(EXIT_FINDINGS if strict and notes else EXIT_OK)


@sources_app.command("extract")
def sources_extract(
    document: Annotated[str, typer.Argument(help="A primary-source document (press release, filing) as .txt or .md, or - for stdin.")],
    url: Annotated[str, typer.Option("--url", help="The document's http(s) URL, cited as the source of every proposed fact.")],
    publisher: Annotated[str | None, typer.Option("--publisher", help="Who published the document (default: the URL's host).")] = None,
    date: Annotated[str | None, typer.Option("--date", help="Announcement date (YYYY-MM-DD) for the facts and the source (default: today).")] = None,
    sources: SourcesOpt = None,
    output: Annotated[str | None, typer.Option("--output", "-o", help="Write the YAML to FILE (atomically) instead of stdout.")] = None,
    model: ModelOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Propose registry YAML (entities and facts with quotes) from a primary-source document, for review."""
    from factcheck.api import Checker
    from factcheck.config import parse_date
    from factcheck.errors import ConfigError, Errors
    from factcheck.read import read_document
    from factcheck.registry.curate import propose, render

    if not url.lower().startswith(("http://", "https://")):
        raise ConfigError(Errors.E310(url=url))
    when = parse_date(date, "--date")
    registry = _load_sources(sources)
    file = Checker(registry, model=model, thorough=True).check_documents([read_document(document)]).files[0]
    _write(render(propose(file, registry, url, publisher, when), document), output, inputs=[document])
    raise typer.Exit(EXIT_OK)


@sources_app.command("show")
def sources_show(
    identifier: Annotated[str, typer.Argument(help="An entity or fact id.")],
    sources: SourcesOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Show one entity or fact of the registry, as YAML, with its file and line."""
    import yaml

    from factcheck.errors import Errors, RegistryError

    registry = _load_sources(sources)
    if registry is None:
        raise RegistryError(Errors.E203())
    item = registry.facts.get(identifier) or registry.entities.get(identifier)
    if item is None:
        from factcheck.terminal import did_you_mean

        raise RegistryError(Errors.E204(identifier=identifier, hint=did_you_mean(identifier, [*registry.facts, *registry.entities])))
    where = registry.where.get(identifier)
    if where:
        typer.echo(f"# {where.path}:{where.line}")
    typer.echo(yaml.safe_dump(item.model_dump(mode="json", exclude_none=True), sort_keys=False, allow_unicode=True).rstrip())


def main(argv: list[str] | None = None) -> None:
    """Console entry point: exit codes 0 (clean), 1 (findings), 2 (any error)."""
    args = sys.argv[1:] if argv is None else argv
    if "--help" in args or "-h" in args:
        from factcheck.light_help import import_help_renderer

        import_help_renderer()  # help without rich's markdown and traceback modules: ~0.1 s less
    try:
        # Without standalone mode the parser returns the exit code of typer.Exit instead of exiting;
        # what a command raises was handled in DefaultToCheck.invoke, so only click's own outcomes reach here.
        code = app(args=args, prog_name="factcheck", standalone_mode=False)
    except ClickException as exc:  # a usage error: bad option or value
        exc.show()
        code = EXIT_ERROR
    except typer.Abort:
        _error("aborted")
        code = EXIT_ERROR
    except KeyboardInterrupt as exc:  # Ctrl-C before a command started
        code = _interrupted(exc)
    except Exception as exc:  # the last guard, outside any command: still exit 2
        if "--debug" in args:
            traceback.print_exc()
        _error(f"internal error: {type(exc).__name__}: {exc}")
        code = EXIT_ERROR
    sys.exit(code if isinstance(code, int) else EXIT_OK)


# Loading the model creates a few hundred thousand long-lived objects; with CPython's default
# thresholds (700, 10, 10) the collector rescans them again and again during a run (about 0.07 s
# of a 1.2 s cold start). Collecting less often costs a little memory, bounded by the thresholds.
GC_THRESHOLDS = (20_000, 20, 20)


def run() -> NoReturn:
    """The console script: `main`, then exit without tearing the interpreter down.

    Freeing the model object by object at exit takes about 0.1 s and serves no one: the report
    is written (files atomically, before this point), worker pools are joined, and the standard
    streams are flushed here, so a failed write is still reported.
    """
    gc.set_threshold(*GC_THRESHOLDS)
    from factcheck.interrupt import install_handlers

    install_handlers()  # SIGTERM unwinds like Ctrl-C: workers killed, exit 143
    if sys.stdout is None:  # started with stdout closed (`factcheck >&-`): no report can be written
        from factcheck.errors import Errors, InputError

        with suppress(AttributeError, OSError):
            sys.stderr.write(f"factcheck: error: {InputError(Errors.E117(), path='<stdout>')}\n")
            sys.stderr.flush()
        os._exit(EXIT_ERROR)
    try:
        main()
        code = EXIT_OK
    except SystemExit as exc:
        code = _exit_status(exc.code)
    os._exit(_flush_streams(code))


def _exit_status(code: object) -> int:
    if code is None or isinstance(code, int):
        return code or EXIT_OK
    print(code, file=sys.stderr)  # what sys.exit("message") does
    return 1


def _flush_streams(code: int) -> int:
    """Flush stdout and stderr; a write that fails now is an error (exit 2), except a closed
    pipe (`factcheck ... | head`): the reader wanted no more."""
    for stream in (sys.stdout, sys.stderr):
        if stream is None:  # a closed standard stream
            continue
        try:
            stream.flush()
        except BrokenPipeError:
            continue
        except (OSError, ValueError) as exc:
            with suppress(OSError, ValueError):
                sys.stderr.write(f"factcheck: error: cannot write the output: {exc}\n")
                sys.stderr.flush()
            code = EXIT_ERROR
    return code

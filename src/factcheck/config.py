"""Configuration: `[tool.factcheck]` in pyproject.toml, or the top level of `.factcheck.toml`.

The file is found by walking up from the first article's directory (the working directory
for stdin); in each directory `.factcheck.toml` wins over `pyproject.toml`, and a
pyproject.toml without a `[tool.factcheck]` table is passed over. Command-line options
override the file, key by key.

```toml
[tool.factcheck]
sources = "sources"          # relative to this file
model = "en_core_web_sm"
fail-on = "error"
select = ["FC101", "hedge-drift"]  # codes or names; absent: every rule
extend-select = ["FC902"]    # added to select (and to --select)
ignore = ["FC202"]
max-bytes = 1000000
max-claims = 5000            # claims checked per article; past it, a note (default 5000)
baseline = "factcheck-baseline.json"
require-sources = true       # no registry found: exit 2 (CI gates)
currency = "AUD"             # what a bare "$" ("¥", "kr") means when the article does not say
exclude = ["drafts/old"]     # gitignore patterns a directory walk skips, instead of the defaults
extend-exclude = ["vendor"]  # skipped too, besides the defaults (hidden and virtual-environment folders)
respect-gitignore = false    # walk into what .gitignore files ignore
date = 2016-03-22            # publication date of articles that give none (exchange rates)

[tool.factcheck.severity]
FC202 = "warning"
```
Unknown keys and unknown rule codes are errors that name the file (and the line where it
can be found); so is TOML that does not parse.
"""

from __future__ import annotations

import datetime as _dt
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, StrictInt, ValidationError, field_validator

from factcheck.archive.inputs import ArchiveFields
from factcheck.errors import ConfigError, Errors, InputError
from factcheck.exclude import Exclusions
from factcheck.files import HARD_LIMIT, limit_for, read_regular
from factcheck.models import DOCUMENT_FORMATS, DocumentFormat, Severity, one_of
from factcheck.read import ARTICLE_SUFFIXES, DEFAULT_MAX_BYTES, LineIndex
from factcheck.wording import validation_message

CONFIG_FILES = (".factcheck.toml", "pyproject.toml")
SeverityName = Literal["error", "warning", "info"]


class ConfigFile(BaseModel):
    """The table as written; kebab-case keys (snake_case is accepted too)."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    sources: str | None = Field(default=None, description="Registry directory, relative to the config file.")
    model: str | None = Field(default=None, description="spaCy model name or path.")
    fail_on: SeverityName | None = Field(default=None, alias="fail-on")
    select: list[str] | None = None
    extend_select: list[str] | None = Field(default=None, alias="extend-select", description="Rules added to select.")
    ignore: list[str] | None = None
    severity: dict[str, SeverityName] = Field(default_factory=dict)
    max_bytes: StrictInt | None = Field(default=None, alias="max-bytes", ge=1, le=HARD_LIMIT)  # 1e23 is not a size
    max_claims: StrictInt | None = Field(default=None, alias="max-claims", ge=1, le=1_000_000, description="Claims checked per article (default 5000).")
    baseline: str | None = Field(default=None, description="Baseline file, relative to the config file.")
    require_sources: bool | None = Field(default=None, alias="require-sources", description="No registry found is an error (exit 2).")
    currency: str | None = Field(default=None, description='ISO 4217 code a bare "$" (and "¥", "kr") means when the article does not say.')
    exclude: list[str] | None = Field(default=None, description="Gitignore patterns a directory walk skips, instead of the defaults.")
    extend_exclude: list[str] | None = Field(default=None, alias="extend-exclude", description="Gitignore patterns skipped besides the defaults.")
    respect_gitignore: bool | None = Field(default=None, alias="respect-gitignore", description="Leave out what .gitignore files ignore (default true).")
    date: _dt.date | None = Field(default=None, description="The articles' publication date (YYYY-MM-DD) when they do not give one: exchange rates are looked up at it.")

    @field_validator("currency")
    @classmethod
    def _iso_code(cls, value):
        if value is not None and not _is_currency(value):
            raise ValueError(f"{value!r} is not an ISO 4217 currency code in use (such as USD, AUD, CAD)")
        return value

    @field_validator("select", "extend_select", "ignore", "exclude", "extend_exclude", mode="before")
    @classmethod
    def _comma_string(cls, value):
        """`select = "FC101,FC103"` reads like the command line; split it."""
        if isinstance(value, str):
            return [v.strip() for v in value.split(",") if v.strip()]
        return value


@dataclass(frozen=True)
class Config:
    """The configuration in force: what the file says, with paths made absolute."""

    path: Path | None = None
    sources: str | None = None
    model: str | None = None
    fail_on: str | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] | None = None
    severity: dict[str, str] = field(default_factory=dict)
    max_bytes: int | None = None
    max_claims: int | None = None
    baseline: str | None = None
    require_sources: bool | None = None
    currency: str | None = None
    extend_select: tuple[str, ...] | None = None
    exclude: tuple[str, ...] | None = None
    extend_exclude: tuple[str, ...] | None = None
    respect_gitignore: bool | None = None
    date: _dt.date | None = None


def _is_currency(code: str) -> bool:
    from factcheck.normalize.currencies import currency_tables

    return code in currency_tables().codes


def currency_code(value: str | None) -> str | None:
    """`--currency`: an ISO 4217 code in use, upper-cased; anything else is a usage error."""
    if value is None:
        return None
    if not _is_currency(value.upper()):
        raise ConfigError(Errors.E307(value=value))
    return value.upper()


def find_config(start: Path) -> Path | None:
    """The nearest config file in `start` or a directory above it."""
    directory = start.resolve()
    if not directory.is_dir():
        directory = directory.parent
    for folder in (directory, *directory.parents):
        dotfile = folder / CONFIG_FILES[0]
        if dotfile.is_file():
            return dotfile
        pyproject = folder / CONFIG_FILES[1]
        if pyproject.is_file() and "factcheck" in _parse(pyproject).get("tool", {}):
            return pyproject
    return None


def load_config(path: Path) -> Config:
    data = _parse(path)
    table = data.get("tool", {}).get("factcheck", {}) if path.name == "pyproject.toml" else data
    prefix = "tool.factcheck." if path.name == "pyproject.toml" else ""
    try:
        parsed = ConfigFile.model_validate(table)
    except ValidationError as exc:
        raise _config_error(exc, path, prefix) from None
    for key, codes in (("select", parsed.select), ("extend-select", parsed.extend_select), ("ignore", parsed.ignore), ("severity", parsed.severity)):
        for code in codes or ():
            _check_rule(code, key, path, prefix)
    base = path.parent
    return Config(
        path=path,
        sources=str(base / parsed.sources) if parsed.sources else None,
        model=parsed.model,
        fail_on=parsed.fail_on,
        select=tuple(parsed.select) if parsed.select is not None else None,
        ignore=tuple(parsed.ignore) if parsed.ignore is not None else None,
        severity=dict(parsed.severity),
        max_bytes=parsed.max_bytes,
        max_claims=parsed.max_claims,
        baseline=str(base / parsed.baseline) if parsed.baseline else None,
        require_sources=parsed.require_sources,
        currency=parsed.currency,
        extend_select=_tuple(parsed.extend_select),
        exclude=_tuple(parsed.exclude),
        extend_exclude=_tuple(parsed.extend_exclude),
        respect_gitignore=parsed.respect_gitignore,
        date=parsed.date,
    )


def _tuple(values: list[str] | None) -> tuple[str, ...] | None:
    return tuple(values) if values is not None else None


def resolve_config(explicit: str | None, first_path: str | None, disabled: bool = False) -> Config:
    """`--config FILE`, else the file found above the first article (cwd for stdin), else defaults."""
    if disabled:
        return Config()
    if explicit:
        path = Path(explicit)
        if not path.is_file():
            raise ConfigError(Errors.E305(), path=explicit)
        return load_config(path)
    start = Path.cwd() if first_path in (None, "-") or any(ch in first_path for ch in "*?[") else Path(first_path)
    found = find_config(start if start.exists() else Path.cwd())
    return load_config(found) if found else Config()


def _parse(path: Path) -> dict:
    data = read_regular(str(path), limit_for("config"), ConfigError, what="config")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(Errors.E303(problem=f"not valid UTF-8 at byte {exc.start}"), path=str(path), line=data.count(b"\n", 0, exc.start) + 1) from None
    try:
        return tomllib.loads(text)
    except RecursionError:
        raise ConfigError(Errors.E303(problem="nested too deeply"), path=str(path)) from None
    except tomllib.TOMLDecodeError as exc:
        where = re.search(r"at line (\d+), column (\d+)", str(exc))
        message = re.sub(r"\s*\(at (?:line \d+, column \d+|end of document)\)", "", str(exc))
        line, column = (int(where.group(1)), int(where.group(2))) if where else (None, None)
        if "end of document" in str(exc):
            line = path.read_bytes().rstrip(b"\n").count(b"\n") + 1
            message += " at the end of the file"
        raise ConfigError(Errors.E303(problem=message), path=str(path), line=line, column=column) from None


def _check_rule(code: str, key: str, path: Path, prefix: str) -> None:
    from factcheck.rules import rule_by_name

    if rule_by_name(code) is None:
        raise ConfigError(Errors.E302(code=code, where=f"{prefix}{key}"), path=str(path), line=_line_of(path, code))


def _config_error(exc: ValidationError, path: Path, prefix: str) -> ConfigError:
    unknown = [".".join(map(str, e["loc"])) for e in exc.errors() if e["type"] == "extra_forbidden"]
    if unknown:
        keys = ", ".join(f"{prefix}{k}" for k in unknown)
        known = ", ".join(sorted(f.alias or name for name, f in ConfigFile.model_fields.items()))
        return ConfigError(Errors.E301(s="s" if len(unknown) != 1 else "", keys=keys, known=known), path=str(path), line=_line_of(path, unknown[0].split(".")[-1]))
    first = exc.errors()[0]
    key = ".".join(map(str, first["loc"]))
    return ConfigError(Errors.E304(where=f"{prefix}{key}", message=validation_message(first)), path=str(path), line=_line_of(path, str(first["loc"][0])))


def _line_of(path: Path, key: str) -> int | None:
    """The first line that sets `key` (TOML parsers keep no positions; a search is enough for a message)."""
    pattern = re.compile(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*=|[\[,\s\"']{re.escape(key)}[\"',\]]", re.MULTILINE)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return None
    table = text.find("[tool.factcheck") if path.name == "pyproject.toml" else 0
    match = pattern.search(text, max(table, 0))
    return LineIndex(text).position(match.start())[0] if match else None


DEFAULT_CLAIMS = "claims"  # the articles a run checks when it is given none


class RunOptions(BaseModel):
    """What a run does, merged once by `run_options`: an option given on the command line wins
    over the config file, which wins over the defaults. The commands read nothing else."""

    model_config = ConfigDict(frozen=True, extra="forbid", arbitrary_types_allowed=True)

    paths: tuple[str, ...]
    config: Config
    select: frozenset[str] = frozenset()  # rule codes; empty: every rule
    ignore: frozenset[str] = frozenset()
    severity: dict[str, Severity] = Field(default_factory=dict)
    sources: str | None = None  # the registry directory given or configured (None: ./sources if present)
    require_sources: bool = False
    model: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    max_claims: int | None = None
    stdin_format: Literal["text", "markdown", "html"] = "text"
    currency: str | None = None
    date: _dt.date | None = None
    exclusions: Exclusions = Exclusions()
    fields: ArchiveFields = ArchiveFields()
    fail_on: Severity = Severity.WARNING
    baseline: str | None = None

    def rule_settings(self):  # -> engine.RuleSettings; engine (every rule, spaCy) is imported only for a run
        from factcheck.engine import RuleSettings

        return RuleSettings(select=self.select, ignore=self.ignore, severity=dict(self.severity))


def run_options(
    paths: list[str] | None,
    *,
    config: str | None = None,
    no_config: bool = False,
    sources: str | None = None,
    require_sources: bool = False,
    model: str | None = None,
    select: list[str] | None = None,
    extend_select: list[str] | None = None,
    ignore: list[str] | None = None,
    max_bytes: int | None = None,
    max_claims: int | None = None,
    fail_on: str | None = None,
    baseline: str | None = None,
    currency: str | None = None,
    date: str | None = None,
    exclude: list[str] | None = None,
    extend_exclude: list[str] | None = None,
    no_respect_gitignore: bool = False,
    archive_fields: str | None = None,
    stdin_format: str = "text",
    stdin_filename: str | None = None,
) -> RunOptions:
    """The command line's options (None: not given) over the config file found for `paths`."""
    from factcheck.settings import exclusions, selection

    targets = default_paths(paths)
    cfg = resolve_config(config, targets[0], disabled=no_config)
    return RunOptions(
        paths=tuple(targets),
        config=cfg,
        select=rule_codes(selection(select, extend_select, cfg)),
        ignore=rule_codes(ignore if ignore is not None else list(cfg.ignore or ())),
        severity=rule_levels(cfg.severity),
        sources=sources or cfg.sources,
        require_sources=require_sources or bool(cfg.require_sources),
        model=model or cfg.model,
        max_bytes=max_bytes or cfg.max_bytes or DEFAULT_MAX_BYTES,
        max_claims=max_claims or cfg.max_claims,
        stdin_format=_stdin_format(stdin_format, stdin_filename),
        currency=currency_code(currency) or cfg.currency,
        date=parse_date(date, "--date") if date else cfg.date,
        exclusions=exclusions(exclude, extend_exclude, no_respect_gitignore, cfg),
        fields=ArchiveFields.parse(archive_fields),
        fail_on=Severity(fail_on or cfg.fail_on or Severity.WARNING.value),
        baseline=baseline or cfg.baseline,
    )


def default_paths(paths: list[str] | None) -> list[str]:
    """The articles named, else ./claims when it exists; none at all is a usage error."""
    if paths:
        return paths
    if Path(DEFAULT_CLAIMS).is_dir():
        return [DEFAULT_CLAIMS]
    raise InputError(Errors.E111())


def rule_codes(values: list[str] | None) -> frozenset[str]:
    """`--select FC101,hedge-drift`: the codes of the rules named (codes or names, comma-separated)."""
    from factcheck.rules import rule_by_name

    found = set()
    for value in values or []:
        for item in filter(None, (v.strip() for v in value.split(","))):
            rule = rule_by_name(item)
            if rule is None:
                from factcheck.terminal import did_you_mean, rule_choices

                raise ConfigError(Errors.E306(name=item, hint=did_you_mean(item, rule_choices())))
            found.add(rule.code)
    return frozenset(found)


def rule_levels(severity: dict[str, str]) -> dict[str, Severity]:
    """The config's `[severity]` table keyed by rule code (it may name rules by their slug)."""
    return {next(iter(rule_codes([name]))): Severity(level) for name, level in severity.items()}


def parse_date(value: str | None, option: str) -> _dt.date | None:
    """`--date 2016-03-22` (`option` names the option in the error)."""
    if value is None:
        return None
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise ConfigError(Errors.E309(option=option, value=value)) from None


def _stdin_format(given: str, stdin_filename: str | None) -> DocumentFormat:
    """With --stdin-filename draft.md and no --stdin-format, stdin is read as Markdown."""
    if stdin_filename and given == "text":
        return ARTICLE_SUFFIXES.get(Path(stdin_filename).suffix.lower(), "text")
    return one_of(DOCUMENT_FORMATS, given)

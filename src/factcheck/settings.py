"""The settings in force, merged from the command line, the config file and the defaults, and
`--show-settings`, which prints each of them with where it came from (as `ruff check
--show-settings` does): the answer to "why did this rule (not) run, why was this file skipped".

Precedence, key by key: an option given on the command line, else the config file, else the
default. `extend-select` and `extend-exclude` add to what they extend, from both places:
config `extend-select` extends config `select`; `--select` replaces both, and `--extend-select`
adds to whichever selection stands.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from factcheck.config import Config
from factcheck.exclude import DEFAULT_EXCLUDE, Exclusions

COMMAND_LINE = "command line"
DEFAULT = "default"


def _split(values: Sequence[str] | None) -> list[str]:
    """`--select FC101,FC103 --select FC201` as one list (options repeat and take commas)."""
    return [item.strip() for value in values or () for item in value.split(",") if item.strip()]


def selection(cli_select: Sequence[str] | None, cli_extend: Sequence[str] | None, config: Config) -> list[str]:
    """The rules to run; empty means every rule (then extending adds nothing)."""
    if cli_select is not None:
        base = _split(cli_select)
    else:
        base = _split(config.select)
        if base:
            base += _split(config.extend_select)
    return base + _split(cli_extend) if base else []


def exclusions(cli_exclude: Sequence[str] | None, cli_extend: Sequence[str] | None, no_gitignore: bool, config: Config) -> Exclusions:
    exclude = cli_exclude if cli_exclude is not None else config.exclude
    respect = False if no_gitignore else config.respect_gitignore is not False
    return Exclusions(
        exclude=tuple(exclude) if exclude is not None else DEFAULT_EXCLUDE,
        extend=(*(config.extend_exclude or ()), *(cli_extend or ())),
        respect_gitignore=respect,
    )


def _defaults() -> dict[str, object]:
    from factcheck.read import DEFAULT_MAX_BYTES
    from factcheck.windows import MAX_CLAIMS

    sources = Path.cwd() / "sources"
    return {
        "sources": str(sources) if sources.is_dir() else None,
        "model": "en_core_web_sm",
        "fail-on": "warning",
        "select": "every rule",
        "extend-select": [],
        "ignore": [],
        "severity": {},
        "max-bytes": DEFAULT_MAX_BYTES,
        "max-claims": MAX_CLAIMS,
        "baseline": None,
        "require-sources": False,
        "currency": "USD",
        "exclude": list(DEFAULT_EXCLUDE),
        "extend-exclude": [],
        "respect-gitignore": True,
    }


def _from_config(config: Config) -> dict[str, object]:
    lists = {"select": config.select, "extend-select": config.extend_select, "ignore": config.ignore, "exclude": config.exclude, "extend-exclude": config.extend_exclude}
    found: dict[str, object] = {key: list(value) for key, value in lists.items() if value is not None}
    scalars = {
        "sources": config.sources,
        "model": config.model,
        "fail-on": config.fail_on,
        "severity": config.severity or None,
        "max-bytes": config.max_bytes,
        "max-claims": config.max_claims,
        "baseline": config.baseline,
        "require-sources": config.require_sources,
        "currency": config.currency,
        "respect-gitignore": config.respect_gitignore,
    }
    found.update({key: value for key, value in scalars.items() if value is not None})
    return found


def settings_table(command_line: Mapping[str, object], config: Config) -> list[tuple[str, object, str]]:
    """(key, value, origin) for every setting; `command_line` maps keys to what was given (None: not given)."""
    from_config = _from_config(config)
    where = str(config.path) if config.path else ""
    rows = []
    for key, default in _defaults().items():
        given = command_line.get(key)
        if given is not None:
            rows.append((key, given, COMMAND_LINE))
        elif key in from_config:
            rows.append((key, from_config[key], where))
        else:
            rows.append((key, default, DEFAULT))
    return rows


def format_settings(command_line: Mapping[str, object], config: Config, paths: Sequence[str], rules: Sequence[str]) -> str:
    """TOML-like lines, each with its origin as a comment; the config file, the paths and the
    rules that run (the selection resolved) first."""
    lines = [
        f"# config file: {config.path if config.path else 'none found (defaults)'}",
        f"# paths: {json.dumps(list(paths))}",
        f"# rules that run: {', '.join(rules)}",
    ]
    rows = settings_table(command_line, config)
    width = max(len(key) for key, _, _ in rows)
    for key, value, origin in rows:
        shown = "none" if value is None else json.dumps(value, ensure_ascii=False)
        lines.append(f"{key:<{width}} = {shown}  # {origin}")
    return "\n".join(lines) + "\n"


def _given(options: Mapping[str, Any]) -> dict[str, object]:
    """The `check` command's parameters as settings keys; a flag counts only when set."""
    enum_value = getattr(options.get("fail_on"), "value", None)
    currency = options.get("currency")
    lists = {key.replace("_", "-"): _split(options.get(key)) if key.endswith("select") else list(options[key]) for key in ("select", "extend_select", "ignore", "exclude", "extend_exclude") if options.get(key) is not None}
    return {
        **lists,
        "sources": options.get("sources"),
        "model": options.get("model"),
        "fail-on": enum_value,
        "max-bytes": options.get("max_bytes"),
        "max-claims": options.get("max_claims"),
        "baseline": options.get("baseline"),
        "require-sources": True if options.get("require_sources") else None,
        "currency": currency.upper() if currency else None,
        "respect-gitignore": False if options.get("no_respect_gitignore") else None,
    }


def show(paths: Sequence[str], config_file: str | None, no_config: bool, options: Mapping[str, Any]) -> int:
    """--show-settings: print the table for these command-line `options`; exit status 0."""
    import sys

    from factcheck.config import resolve_config
    from factcheck.rules import ALL_RULES

    paths = list(paths) or (["claims"] if Path("claims").is_dir() else [])  # check's default
    config = resolve_config(config_file, paths[0] if paths else None, disabled=no_config)
    given = _given(options)
    chosen = _codes(selection(options.get("select"), options.get("extend_select"), config))
    ignored = _codes(_split(options.get("ignore") if options.get("ignore") is not None else config.ignore))
    rules = [rule.code for rule in ALL_RULES if (not chosen or rule.code in chosen) and rule.code not in ignored]
    sys.stdout.write(format_settings(given, config, paths, rules))
    return 0


def _codes(names: Sequence[str]) -> set[str]:
    from factcheck.errors import ConfigError, Errors
    from factcheck.rules import rule_by_name
    from factcheck.terminal import did_you_mean, rule_choices

    codes = set()
    for name in names:
        rule = rule_by_name(name)
        if rule is None:
            raise ConfigError(Errors.E306(name=name, hint=did_you_mean(name, rule_choices())))
        codes.add(rule.code)
    return codes

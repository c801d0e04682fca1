"""Tool failures: exceptions with a code and a place, never findings.

Every failure has its own code and message template in `Errors` (spaCy's `Errors` style): a
raise site names the template and fills it in, `raise InputError(Errors.E103(), path=raw)`,
so the catalogue lists every way the tool can fail and a code is never shared by two.
E1xx are input errors, E2xx registry errors, E3xx configuration errors, E9xx internal.
The CLI prints `path:line:col: Ecode message`, the offending line of the file under it, and
exits 2. Codes are forever: a retired failure keeps its code unused, a new one takes a new code.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

SNIPPET_MAX_BYTES = 8_000_000  # a file larger than this is not read again just to show one line
SNIPPET_MAX_CHARS = 200  # a long line is cut around the column


class CodedMessage(str):
    """A message filled in from a template; it remembers the template's code."""

    code: str

    def __new__(cls, code: str, text: str) -> CodedMessage:
        message = super().__new__(cls, text)
        message.code = code
        return message


@dataclass(frozen=True)
class ErrorTemplate:
    code: str
    template: str

    def __call__(self, **fields: object) -> CodedMessage:
        return CodedMessage(self.code, self.template.format(**fields))


class Errors:
    """Every failure's code and message template; the README lists them (a meta-test checks it)."""

    # E1xx: the articles, archives and outputs
    E101 = ErrorTemplate("E101", "{reason}")  # the path cannot be reached (no such file, permission denied, ...)
    E102 = ErrorTemplate("E102", "no trained English spaCy model found ({candidates}); {hint}")
    E103 = ErrorTemplate("E103", "no files match this pattern")
    E104 = ErrorTemplate("E104", "no articles ({suffixes}) in directory")
    E105 = ErrorTemplate("E105", "not a regular file")
    E106 = ErrorTemplate("E106", "larger than the {limit:,}-byte limit{hint}")
    E107 = ErrorTemplate("E107", "unknown input format {fmt!r} (one of: {formats})")
    E108 = ErrorTemplate("E108", "encoded as {encoding}, not UTF-8 (convert it: iconv -f {encoding} -t UTF-8)")
    E109 = ErrorTemplate("E109", "looks like a binary file (NUL byte), not an article")
    E110 = ErrorTemplate("E110", "not valid UTF-8 (byte 0x{byte:02x} at byte offset {offset})")
    E111 = ErrorTemplate("E111", "no articles given and no ./claims directory; pass PATH... or - for stdin")
    E112 = ErrorTemplate("E112", "--fix cannot rewrite stdin; use --diff")
    E113 = ErrorTemplate("E113", "changed on disk while it was checked; not fixed")
    E114 = ErrorTemplate("E114", "the output is also an input ({name}); it would be overwritten")
    E115 = ErrorTemplate("E115", "cannot write: symbolic link loop")
    E116 = ErrorTemplate("E116", "cannot write: {reason}")
    E117 = ErrorTemplate("E117", "cannot write: standard output is closed")
    E118 = ErrorTemplate("E118", "FACTCHECK_MAX_{kind}_BYTES={raw!r}: a whole number of bytes from 1 to {limit}")
    E119 = ErrorTemplate("E119", "unknown rule {name!r} in suppression marker (see `factcheck rules`)")
    E120 = ErrorTemplate("E120", "cannot load spaCy model {name!r}: {reason}; {hint}")
    E121 = ErrorTemplate("E121", "record is {reason}")
    E122 = ErrorTemplate("E122", "not a JSON object: {reason}")
    E123 = ErrorTemplate("E123", "a record must be a JSON object")
    E124 = ErrorTemplate("E124", "no column {column!r} (columns: {columns}; see --archive-fields)")
    E125 = ErrorTemplate("E125", "{where}: field {field!r} (the article id) must be a non-empty string")
    E126 = ErrorTemplate("E126", "{where}: field {field!r} (the article text) must be a string")
    E127 = ErrorTemplate("E127", "{where}: article larger than the {limit:,}-byte limit (see --max-bytes)")
    E128 = ErrorTemplate("E128", "{where}: article text holds a NUL character")
    E129 = ErrorTemplate("E129", "{where}: field {field!r} is not a date (YYYY-MM-DD): {value!r}")
    E130 = ErrorTemplate("E130", "cannot read: {reason}")
    E131 = ErrorTemplate("E131", "reading Parquet needs pyarrow: {hint}")
    E132 = ErrorTemplate("E132", "cannot read as Parquet: {reason}")
    E133 = ErrorTemplate("E133", "not a Parquet file: {reason}")
    E134 = ErrorTemplate("E134", "not an archive (.jsonl, .ndjson, .parquet); check articles with `factcheck PATH`")
    E135 = ErrorTemplate("E135", "cannot read {what}: {reason}")
    E136 = ErrorTemplate("E136", "FACTCHECK_MAX_CLAIMS={raw!r}: a whole number of claims from 1 to {ceiling:,}")

    # E2xx: the source registry
    E201 = ErrorTemplate("E201", "{field}: {message}")  # a field the registry schema refuses
    E202 = ErrorTemplate("E202", "no registry: looked for {looked} (pass --sources DIR)")
    E203 = ErrorTemplate("E203", "no registry to search (see --sources)")
    E204 = ErrorTemplate("E204", "no entity or fact with id {identifier!r}{hint}")
    E205 = ErrorTemplate("E205", "registry directory not found")
    E206 = ErrorTemplate("E206", "not a registry directory: {reason}")
    E207 = ErrorTemplate("E207", "no registry files (*.yaml) in directory")
    E208 = ErrorTemplate("E208", "not valid UTF-8 at byte {offset}")
    E209 = ErrorTemplate("E209", "nested too deeply to be a registry file")
    E210 = ErrorTemplate("E210", "a registry file is a mapping with `entities:` and/or `facts:`")
    E211 = ErrorTemplate("E211", "invalid YAML: {problem}")
    E212 = ErrorTemplate("E212", "this anchored entry is reused by a YAML alias (*name); aliases are not supported, write the entry out")
    E213 = ErrorTemplate("E213", "unsupported YAML tag {tag!r} (only plain data is allowed)")
    E214 = ErrorTemplate("E214", "YAML merge keys (<<) are not supported")
    E215 = ErrorTemplate("E215", "duplicate key {key!r} (first on line {first})")
    E216 = ErrorTemplate("E216", "a mapping key must be a plain value")
    E217 = ErrorTemplate("E217", "invalid value: {reason}")
    E218 = ErrorTemplate("E218", "invalid value {value!r}: {reason}")
    E219 = ErrorTemplate("E219", "the value anchored &{anchor} here is reused by the alias *{anchor} on line {line}; aliases are not supported, write the value out")
    E220 = ErrorTemplate("E220", "duplicate entity id {id!r} (first in {first})")
    E221 = ErrorTemplate("E221", "entity {id!r}: parent {parent!r} is not a known entity id")
    E222 = ErrorTemplate("E222", "duplicate fact id {id!r} (first in {first})")
    E223 = ErrorTemplate("E223", "fact {id!r}: {role} {value!r} is not a known entity id")
    E224 = ErrorTemplate("E224", "entity {id!r}: parent chain loops ({loop})")
    E225 = ErrorTemplate("E225", "entity {id!r}: name or alias {name!r} is also on entity {other!r}")
    E226 = ErrorTemplate("E226", "cannot read {what}: {reason}")
    E227 = ErrorTemplate("E227", "larger than the {limit:,}-byte limit{hint}")

    # E3xx: configuration, options and baselines
    E301 = ErrorTemplate("E301", "unknown key{s} {keys} (known: {known})")
    E302 = ErrorTemplate("E302", "unknown rule {code!r} in {where} (see `factcheck rules`)")
    E303 = ErrorTemplate("E303", "invalid TOML: {problem}")
    E304 = ErrorTemplate("E304", "{where}: {message}")  # a config value the schema refuses
    E305 = ErrorTemplate("E305", "no such config file")
    E306 = ErrorTemplate("E306", "unknown rule {name!r}{hint} (see `factcheck rules`)")
    E307 = ErrorTemplate("E307", "--currency {value!r}: not an ISO 4217 currency code in use (such as USD, AUD, CAD)")
    E308 = ErrorTemplate("E308", "no baseline file: pass --write-baseline FILE or set `baseline` in the config")
    E309 = ErrorTemplate("E309", "{option}: {value!r} is not a date (YYYY-MM-DD)")
    E310 = ErrorTemplate("E310", "--url: {url!r} must start with http:// or https://")
    E311 = ErrorTemplate("E311", "{hint} ({module} is not installed)")
    E312 = ErrorTemplate("E312", "no such baseline file (write one with `factcheck review --write-baseline FILE`)")
    E313 = ErrorTemplate("E313", "cannot read baseline: not valid UTF-8 at byte {offset}")
    E314 = ErrorTemplate("E314", "corrupt baseline: {problem}")
    E315 = ErrorTemplate("E315", "--archive-fields: {item!r} is not FIELD=NAME with FIELD one of {fields}")
    E316 = ErrorTemplate("E316", "{path} is not a factcheck archive manifest; choose another --output-dir")
    E317 = ErrorTemplate("E317", "{directory} holds a run with other archives or settings; choose another --output-dir or delete it")
    E318 = ErrorTemplate("E318", "cannot create --output-dir {directory}: {reason}")
    E319 = ErrorTemplate("E319", "`factcheck archive` runs on Dask, which is not installed: {hint}")
    E320 = ErrorTemplate("E320", "cannot read {what}: {reason}")
    E321 = ErrorTemplate("E321", "larger than the {limit:,}-byte limit{hint}")


class FactcheckError(Exception):
    code = "E900"

    def __init__(self, message: str, path: str | None = None, line: int | None = None, column: int | None = None):
        super().__init__(message)
        self.message = str(message)
        if isinstance(message, CodedMessage):
            self.code = message.code
        self.path = path
        self.line = line
        self.column = column

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = self.path
            if self.line:
                where += f":{self.line}"
                if self.column:
                    where += f":{self.column}"
            where += ": "
        return f"{where}{self.code} {self.message}"

    def snippet(self) -> str | None:
        """The offending line of the file, numbered, with a caret under the column; None when
        there is no file line to show (stdin, a directory, a file too large to read again)."""
        if not self.path or not self.line:
            return None
        try:
            if not os.path.isfile(self.path) or os.path.getsize(self.path) > SNIPPET_MAX_BYTES:
                return None
            with open(self.path, encoding="utf-8", errors="replace", newline="") as handle:
                for number, text in enumerate(handle, start=1):
                    if number == self.line:
                        return None if "\x00" in text else _numbered(number, text.rstrip("\r\n"), self.column)  # no binary
        except OSError:
            return None
        return None


def _numbered(number: int, text: str, column: int | None) -> str:
    start = 0
    if column and column > SNIPPET_MAX_CHARS:
        start = column - SNIPPET_MAX_CHARS // 2
    shown = text[start : start + SNIPPET_MAX_CHARS].expandtabs(1)
    gutter = f"{number:>5} | "
    lines = gutter + shown
    if column and 0 < column - start <= len(shown) + 1:
        lines += "\n" + " " * (len(gutter) - 2) + "| " + " " * (column - start - 1) + "^"
    return lines


class InputError(FactcheckError):
    code = "E101"


class ModelError(FactcheckError):
    code = "E102"


class RegistryError(FactcheckError):
    code = "E201"


class ConfigError(FactcheckError):
    code = "E301"

"""Tool failures: exceptions with a code and a place, never findings.

E1xx are input errors, E2xx registry errors, E3xx configuration errors, E9xx internal.
The CLI prints `path:line:col: Ecode message` and exits 2.
"""

from __future__ import annotations


class FactcheckError(Exception):
    code = "E900"

    def __init__(self, message: str, path: str | None = None, line: int | None = None, column: int | None = None):
        super().__init__(message)
        self.message = message
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


class InputError(FactcheckError):
    code = "E101"


class ModelError(FactcheckError):
    code = "E102"


class RegistryError(FactcheckError):
    code = "E201"


class ConfigError(FactcheckError):
    code = "E301"

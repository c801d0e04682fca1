"""Schema of the source registry (`sources/*.yaml`): entities, and facts with their sources."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from factcheck.models import JsonDecimal, Period, Qualifier, Relation

IDENT = r"^[a-z0-9][a-z0-9._-]*$"
MAX_QUOTE_WORDS = 25


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Entity(_Strict):
    id: str = Field(pattern=IDENT)
    name: str = Field(min_length=1)
    aliases: tuple[str, ...] = ()
    kind: Literal["organization", "person", "product", "place"]
    parent: str | None = None
    note: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


class FactAmount(_Strict):
    value: JsonDecimal
    high: JsonDecimal | None = None
    currency: str = Field(pattern=r"^[A-Z]{3}$")
    qualifier: Qualifier = Qualifier.EXACT
    period: Period | None = None
    # A price per unit ("$23.28 per share"): the unit one amount buys (DESIGN.md `amount.per`).
    per: str | None = Field(default=None, pattern=r"^[a-z][a-z -]*$", max_length=40)


class Quantity(_Strict):
    value: JsonDecimal
    unit: str


class Source(_Strict):
    url: str = Field(min_length=1)
    publisher: str = Field(min_length=1)
    published: dt.date | None = None  # some documentation pages carry no date
    quote: str = Field(min_length=1)

    @field_validator("url")
    @classmethod
    def _http_only(cls, url: str) -> str:
        if not url.lower().startswith(("http://", "https://")):
            raise ValueError("url must start with http:// or https://")
        return url

    @field_validator("quote")
    @classmethod
    def _short_quote(cls, quote: str) -> str:
        words = len(quote.split())
        if words > MAX_QUOTE_WORDS:
            raise ValueError(f"quote has {words} words; at most {MAX_QUOTE_WORDS} allowed")
        return quote


class Fact(_Strict):
    id: str = Field(pattern=IDENT)
    subject: str
    relation: Relation
    object: str | None = None
    amount: FactAmount | None = None
    date: dt.date | None = None
    term_years: JsonDecimal | None = None
    stake_percent: JsonDecimal | None = None
    quantity: Quantity | None = None
    status: Literal["primary_source", "company_statement", "multiple_reports", "reported", "unconfirmed"] | None = None
    note: str | None = None
    sources: tuple[Source, ...] = Field(min_length=1)


class RegistryFile(_Strict):
    entities: tuple[Entity, ...] = ()
    facts: tuple[Fact, ...] = ()



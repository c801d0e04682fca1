"""Schema of the source registry (`sources/*.yaml`): entities, and facts with their sources."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Literal, Self

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

from factcheck.models import JsonDecimal, Period, Qualifier, Relation

IDENT = r"^[a-z0-9][a-z0-9._-]*$"
MAX_QUOTE_WORDS = 25
# The largest figure a registry may hold: ten times world GDP in dollars (~1e14), ample for any
# currency a newsroom cites in whole units (yen, rupees); 1e999 is a typo or an attack, and
# a check must never meet a number it cannot compare or print.
MAX_MAGNITUDE = Decimal("1e16")


def _sane_positive(value: Decimal) -> Decimal:
    """Finite, above zero, at most MAX_MAGNITUDE, with a plain exponent."""
    if not value.is_finite():
        raise ValueError("must be a finite number")
    if value <= 0:
        raise ValueError("must be greater than zero")
    if value > MAX_MAGNITUDE:
        raise ValueError(f"is implausibly large (more than {MAX_MAGNITUDE:.0e})")
    if value.as_tuple().exponent < -12:  # type: ignore[operator]
        raise ValueError("has more than 12 decimal places")
    return value


Magnitude = Annotated[JsonDecimal, AfterValidator(_sane_positive)]
Percent = Annotated[JsonDecimal, AfterValidator(_sane_positive), Field(le=100)]


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Entity(_Strict):
    id: str = Field(pattern=IDENT)
    name: str = Field(min_length=1)
    aliases: tuple[Annotated[str, Field(min_length=1, pattern=r"\S")], ...] = ()  # an empty alias matches nothing or everything
    kind: Literal["organization", "person", "product", "place"]
    parent: str | None = None
    note: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


class FactAmount(_Strict):
    value: Magnitude
    high: Magnitude | None = None
    currency: str = Field(pattern=r"^[A-Z]{3}$")
    qualifier: Qualifier = Qualifier.EXACT
    period: Period | None = None
    # A price per unit ("$23.28 per share"): the unit one amount buys (DESIGN.md `amount.per`).
    per: str | None = Field(default=None, pattern=r"^[a-z][a-z -]*$", max_length=40)

    @model_validator(mode="after")
    def _high_above_value(self) -> Self:
        if self.high is not None and self.high <= self.value:
            raise ValueError(f"high ({self.high}) must be above value ({self.value}): a range runs from low to high")
        return self


class Quantity(_Strict):
    value: Magnitude
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
    term_years: Annotated[Magnitude, Field(le=200)] | None = None
    stake_percent: Percent | None = None
    quantity: Quantity | None = None
    status: Literal["primary_source", "company_statement", "multiple_reports", "reported", "unconfirmed"] | None = None
    note: str | None = None
    sources: tuple[Source, ...] = Field(min_length=1)


class RegistryFile(_Strict):
    entities: tuple[Entity, ...] = ()
    facts: tuple[Fact, ...] = ()



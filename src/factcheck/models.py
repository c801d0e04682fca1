"""Contracts between pipeline stages: what the article says, what we make of it, what we report.

Three nouns, never mixed: a *Claim* is what the article says (its span and words), its
*Amount* and relation are the claim normalized, and a *Finding* is what a rule reports.
No spaCy object appears here, so rules and formatters are testable without a model.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import Enum
from typing import Annotated, Literal, TypeVar, get_args, overload

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer, model_validator

from factcheck import __version__

SCHEMA_VERSION = "1"


def _decimal_to_json(value: Decimal) -> int | float:
    """Amounts are JSON numbers in whole units: integral values as ints, never strings."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


JsonDecimal = Annotated[Decimal, PlainSerializer(_decimal_to_json, return_type=int | float, when_used="json")]


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Qualifier(str, Enum):
    EXACT = "exact"
    UP_TO = "up_to"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    ABOUT = "about"
    LESS_THAN = "less_than"
    RANGE = "range"


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]


Relation = Literal[
    "invests_in",
    "commits_to_purchase",
    "acquires",
    "valued_at",
    "raises",
    "revenue",
    "spends_on",
    "deal_value",
    "partners_with",
    "available_on",
    "supplies",
    "ceo_of",
    "other",
]
Period = Literal["annual", "monthly", "quarterly"]
DocumentFormat = Literal["text", "markdown", "html"]
Temporal = Literal["prior", "cumulative", "incremental"]
SubjectFound = Literal["clause", "label", "reference", "paragraph", "article", "group", "reporter"]
# The grammatical place a money claim's party was taken from (extract/relations.py): the frame's
# own subject, direct object, passive agent, possessor, preposition ("by", "from", "in"), a
# compound ("a Bolt investment"), a dative, a fixed frame slot (frames.json), a gapped clause's
# remnant; or a looser one: the lead investor of a round ("led by"), the subject of a clause
# above the figure, a relative pronoun's noun, a name inside another noun phrase ("Acme's
# unit"), an apposition, another name of the sentence, a list label, a pronoun or definite noun,
# the passage's topic, or a counterparty the registry completed (resolve). "bound": one of the
# certain places filled by a pronoun or definite noun whose name stands in the same sentence
# ("Zorbo said it received ...", "values the startup at ..."). "controlled": the object a verb
# makes do what its infinitive says, the infinitive's own payer ("Dynamo forced Acme to pay"),
# named: a pronoun there stays a reference.
PartyRole = Literal[
    "subject", "object", "agent", "possessor", "preposition", "compound", "dative", "frame", "gapped", "bound", "controlled",
    "lead", "clause", "relative", "inside", "apposition", "sentence", "label", "reference", "topic", "registry", "other",
]
PercentRole = Literal["change", "share", "rate"]
Direction = Literal["up", "down"]
DurationRole = Literal["term", "gap", "recent"]
TimeUnit = Literal["day", "week", "month", "year"]
TimeDirection = Literal["after", "before"]

# Each vocabulary's names, for `one_of`: the Literal is the one place they are written.
RELATIONS: tuple[Relation, ...] = get_args(Relation)
PERIODS: tuple[Period, ...] = get_args(Period)
PARTY_ROLES: tuple[PartyRole, ...] = get_args(PartyRole)
DOCUMENT_FORMATS: tuple[DocumentFormat, ...] = get_args(DocumentFormat)
DIRECTIONS: tuple[Direction, ...] = get_args(Direction)
TIME_UNITS: tuple[TimeUnit, ...] = get_args(TimeUnit)
TIME_DIRECTIONS: tuple[TimeDirection, ...] = get_args(TimeDirection)
# The places the clause's own grammar gives a party (a pronoun found in one of them, with its name in
# the same sentence, is "bound"); and every place the text certainly gives it, which alone lets
# FC201 call a party swapped.
CLAUSE_PLACES: frozenset[PartyRole] = frozenset({"subject", "object", "agent", "possessor", "preposition", "compound", "dative"})
CERTAIN_PLACES: frozenset[PartyRole] = CLAUSE_PLACES | {"frame", "gapped", "bound", "controlled"}

_Name = TypeVar("_Name", bound=str)


@overload
def one_of(names: tuple[_Name, ...], value: str) -> _Name: ...
@overload
def one_of(names: tuple[_Name, ...], value: str | None) -> _Name | None: ...
def one_of(names: tuple[_Name, ...], value: str | None) -> _Name | None:
    """`value` as the name of `names` (a vocabulary above) it equals; None stays None.

    How a string read from data (the lexicons, the patterns) or from an option becomes a
    Literal-typed field with a check a type checker can follow: a name outside the vocabulary
    is a ValueError here, as it was when pydantic built the model with it."""
    if value is None:
        return None
    for name in names:
        if name == value:
            return name
    raise ValueError(f"{value!r} is not one of: {', '.join(names)}")


class Span(Frozen):
    """Character offsets into the document text, end exclusive."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Document(Frozen):
    """One article as read: where it came from and its text (a BOM and CRLFs are kept)."""

    # Publication date when known: "last month" and "last year" are checked only against it.
    date: dt.date | None = None
    path: str
    text: str
    format: DocumentFormat = "text"
    url: str | None = None  # where an archive says the article was published
    # The text with markup blanked to spaces (same length, so every offset into it is an
    # offset into `text`); None when all of the text is prose. See factcheck.prose.
    prose: str | None = None

    @model_validator(mode="after")
    def _prose_keeps_offsets(self) -> Document:
        if self.prose is not None and len(self.prose) != len(self.text):
            raise ValueError("prose view must have the length of the text")
        return self

    @property
    def prose_text(self) -> str:
        """What the nlp stage reads: the prose view, or the text itself."""
        return self.text if self.prose is None else self.prose


class Amount(Frozen):
    """A normalized money amount.

    `value` is the stated figure (the low end of a range) in whole currency units;
    `precision` is half the step of the last printed digit ("$1.5 billion" -> 0.05 billion),
    so a figure may be compared within the range its rounding allows.
    """

    value: JsonDecimal
    high: JsonDecimal | None = None
    currency: str
    qualifier: Qualifier = Qualifier.EXACT
    per: str | None = None
    period: Period | None = None
    precision: JsonDecimal = Decimal(0)
    # True when the text leaves the currency open (a bare "$" in an article that also names
    # another dollar; "kr"): `currency` is then only the likeliest reading, and no rule compares
    # the amount with one it could be wrong about (see normalize.dollars).
    currency_ambiguous: bool = False

    def same_currency(self, other: Amount) -> bool:
        """Comparable currencies: the same code, and both stated or both left open."""
        return self.currency == other.currency and self.currency_ambiguous == getattr(other, "currency_ambiguous", False)


class ClaimContext(Frozen):
    """What the words around a mention say about its role; filled by extract, read by rules."""

    total: str | None = None  # the word that signals a total ("total", "combined", "plus" ...)
    headline: bool = False
    temporal: Temporal | None = None
    term_years: int | None = None
    stake_percent: JsonDecimal | None = None
    vague_magnitude: JsonDecimal | None = None  # "billions" -> 1e9, amount stays null
    change_amount: bool = False  # "cut spending by $2 billion", "profit was up $3 million": the size of a change, not a level
    forecast: bool = False  # "expects revenue of $5 billion", "estimated earnings of $2 a share": not a reported figure
    # "the total expenditure is estimated at Rs 5 lakh crore": a budget's own figure for its year
    # (extract/budget.py), one period's by nature; not a forecast
    budget_figure: bool = False


class TimeAnchor(Frozen):
    """When a figure holds, as the text gives it (DESIGN.md `time`): rules compare like with like."""

    period: str | None = None  # normalized: "2016", "Q3 2008", "FY2002", "2025-03", "H1 2024", "last year"
    text: str | None = None  # the words that said it ("in fiscal 2002", "third quarter")
    running_total: bool = False  # "to date", "so far", "cumulative", "in all"


class ClaimBase(Frozen):
    """What every kind of claim has: where it is and the words that say it."""

    id: str
    span: Span
    text: str
    sentence: str
    sentence_span: Span
    paragraph: int = 0  # index of the paragraph (segment) it sits in


class PartyFields(ClaimBase):
    """Who the claim is about: the parties of money and relation claims alike."""

    subject: str | None = None
    subjects: tuple[str, ...] = ()
    relation: Relation | None = None
    object: str | None = None
    subject_text: str | None = None
    object_text: str | None = None
    # Entities the passage is about when the sentence names no party ("Deal: a $38 billion
    # commitment" under "Partners: OpenAI + AWS"): undirected, for matching only.
    parties: tuple[str, ...] = ()
    # Every party named in the claim's paragraph: where resolve looks for a missing counterparty.
    paragraph_parties: tuple[str, ...] = ()


class MoneyClaim(PartyFields):
    """A money mention: its amount and, where the sentence says them, who pays whom."""

    kind: Literal["money"] = "money"
    amount: Amount | None = None
    context: ClaimContext = ClaimContext()
    time: TimeAnchor | None = None  # money claims: the period or date the text gives the figure
    # How the subject was found: "clause" (named in the sentence), "label" (a list label),
    # "reference" (continuing an earlier figure: "another $4 billion"),
    # "paragraph" or "article" (a guess, kept in guessed_subject; rules never compare it),
    # "group" (a class of payers, kept in subject_group),
    # "reporter" (a results figure naming no company, in a results story whose lead makes one
    # company the reporter of its results: that company, certain and compared; extract/reporter.py).
    subject_found: SubjectFound | None = None
    guessed_subject: str | None = None
    # A class of payers the clause names with a common noun ("tech companies spend $X", subject_found
    # "group"): no party, so no rule compares it and no company is guessed; the JSON shows it as the subject.
    subject_group: str | None = None
    # How the object was found: "clause" (named) or "reference" (a pronoun or definite noun). Not in the JSON.
    object_found: Literal["clause", "reference"] | None = None
    # Where the first subject and the object sat in the sentence (PartyRole): a rule that says a
    # party is the wrong one needs the party the grammar certainly gives. Not in the JSON.
    subject_role: PartyRole | None = None
    object_role: PartyRole | None = None
    # What figure of a company's results it is ("revenue", "net_income", "operating_profit", "eps",
    # "costs", "guidance"): revenue and profit are never the same fact. Not in the JSON.
    metric: str | None = None
    # What spending with no receiving party is for ("new schemes", "the capital account"): never
    # a counterparty to the rules; the JSON shows it as the object when there is none.
    purpose: str | None = None


class RelationClaim(PartyFields):
    """A relation with no money in it ("Satya Nadella, Microsoft's CEO"); its span is the relation's words."""

    kind: Literal["relation"] = "relation"


class PercentClaim(ClaimBase):
    """A percentage: "rose 14%" (a change), "a 49% stake" (a share), "an interest rate of 5%" (a rate).

    `value` is the figure as printed (the low end of a range, signed when printed with a sign);
    `precision` is half the step of its last printed digit ("4.6%" -> 0.05). `points` is set for
    "percentage points" (a change in points, not a relative change). `direction` is the way a
    change goes where the words say it ("fell 3%" -> down); `of` is what the share or change is
    of, where the sentence says it ("40% of its revenue" -> "its revenue").
    """

    kind: Literal["percent"] = "percent"
    value: JsonDecimal
    high: JsonDecimal | None = None
    qualifier: Qualifier = Qualifier.EXACT
    precision: JsonDecimal = Decimal(0)
    points: bool = False
    role: PercentRole | None = None
    direction: Direction | None = None
    of: str | None = None


class QuantityClaim(ClaimBase):
    """A counted or measured magnitude that is not money: "725 jobs", "214.7 million shares", "10 gigawatts".

    `value` is in the unit as written (scale words applied: "214.7 million" -> 214700000);
    `unit` is the unit's canonical name from the units lexicon ("GW" for "gigawatts").
    """

    kind: Literal["quantity"] = "quantity"
    value: JsonDecimal
    high: JsonDecimal | None = None
    unit: str
    qualifier: Qualifier = Qualifier.EXACT
    precision: JsonDecimal = Decimal(0)


class CountClaim(ClaimBase):
    """A count and the items listed with it: "three clouds (Acme Cloud, Bolt Cloud and Cirrus Cloud)",
    or "two camps" followed by the headings "The Acme Camp:" and "The Bolt Camp:".

    `value` is the stated count, `noun` what it counts as written ("major clouds"), `items` the
    names listed, in order. The span runs from the count to its noun; `value_span` is the count
    itself (what a correction replaces) and `items_span` the list or the headings.
    """

    kind: Literal["count"] = "count"
    value: int
    noun: str
    items: tuple[str, ...]
    value_span: Span
    items_span: Span


class DurationClaim(ClaimBase):
    """A length of time or a time relative to something: a deal's term ("a seven-year deal", "over
    the next five years"), a gap ("two weeks after", "just months before") or a recent time
    ("last month", "earlier this year").

    `value` is the number of `unit`s where the text gives one (null for "weeks after" and for the
    recent times); `direction` is a gap's "after" or "before", `relative_to` the words after it (what
    the gap is measured from, up to the end of the clause); `value_span` is where the number is written.
    """

    kind: Literal["duration"] = "duration"
    role: DurationRole
    value: int | None = None
    unit: TimeUnit | None = None
    direction: TimeDirection | None = None
    relative_to: str | None = None
    value_span: Span | None = None


# One thing the article says. `kind` tells the kinds apart, and each carries only its own fields,
# so a rule that reads amounts filters by kind (or reads `CheckContext.money`) and sees only money.
Claim = Annotated[MoneyClaim | PercentClaim | QuantityClaim | RelationClaim | CountClaim | DurationClaim, Field(discriminator="kind")]
# The kinds that name parties: what resolve and the registry rules read (a union, so `kind` narrows it;
# their shared fields are declared once, on PartyFields).
PartyClaim = MoneyClaim | RelationClaim


class Evidence(Frozen):
    """A registry source behind a finding, or the article's own words when no source applies."""

    publisher: str | None = None
    url: str | None = None
    date: str | None = None
    quote: str | None = None
    fact: str | None = None


class Fix(Frozen):
    replacement: str


class TraceFigure(Frozen):
    """One figure an arithmetic finding rests on, with the interval its printed precision and hedge allow."""

    text: str
    low: JsonDecimal
    high: JsonDecimal | None = None  # None: no upper bound ("more than $2.6 billion")


class Trace(Frozen):
    """How an arithmetic finding was reached: its figures, the computation, what would have been consistent."""

    figures: tuple[TraceFigure, ...]
    computation: str
    consistent: str | None = None


class Finding(Frozen):
    code: str
    rule: str
    severity: Severity
    span: Span
    message: str
    claims: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    fix: Fix | None = None
    trace: Trace | None = None


class FileReport(Frozen):
    document: Document
    claims: tuple[Claim, ...]
    findings: tuple[Finding, ...]
    # Claim id -> ids of the registry facts that support it.
    support: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    # What the run could not do for this file, for people (stderr), e.g. claims past the cap.
    notes: tuple[str, ...] = ()


class Report(Frozen):
    """All a formatter receives."""

    schema_version: str = SCHEMA_VERSION
    tool_version: str = __version__
    files: tuple[FileReport, ...]

    def severity_counts(self) -> dict[str, int]:
        counts = {s.value: 0 for s in Severity}
        for file in self.files:
            for finding in file.findings:
                counts[finding.severity.value] += 1
        return counts

    def exit_code(self, fail_on: Severity) -> int:
        """1 when a finding is at or above `fail_on` (DESIGN.md's exit codes), else 0."""
        return int(any(finding.severity.rank >= fail_on.rank for file in self.files for finding in file.findings))

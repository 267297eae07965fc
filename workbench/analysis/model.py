"""The dataclasses every analysis stage reads and writes.

All offsets are character offsets into the article body (``body[start:end]``).
Nothing here knows about databases or screens: the store turns these into rows,
the TUI and exports read them back through ``to_json``/``from_json``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

LABELS = ("attributed", "reported", "unverified", "contradictory")


@dataclass(slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Attribution:
    """Who says a claim, and how.

    ``kind`` is one of ``direct_quote``, ``indirect``, ``according_to``, ``media_report``.
    ``chain`` lists the links outermost first: ["Sputnik", "Mohammad Naeem (tweet)"].
    ``source_type`` is ``media`` for outlets and media reports, else ``person``,
    ``organisation``, ``document`` or ``anonymous``.
    """

    source: str | None = None
    cue: str | None = None
    kind: str | None = None
    anonymous: bool = False
    hedges: list[str] = field(default_factory=list)
    chain: list[str] = field(default_factory=list)
    source_type: str | None = None
    rule: str | None = None  # the attribution rule that found it ("trailing ', SOURCE said'")
    # Each link of ``chain`` with its cue, kind, source_type and anonymous flag, outermost first.
    hops: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        # Spelled out rather than asdict(): ingest calls this for every claim.
        return {
            "source": self.source, "cue": self.cue, "kind": self.kind, "anonymous": self.anonymous,
            "hedges": list(self.hedges), "chain": list(self.chain), "source_type": self.source_type,
            "rule": self.rule, "hops": [dict(h) for h in self.hops],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> Attribution | None:
        if not data:
            return None
        known = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
        return cls(**known)


@dataclass(slots=True)
class TimeExpression:
    """A time expression and the interval it resolves to.

    ``earliest``/``latest`` are inclusive ISO dates, or None where the publication
    date is unknown and the expression cannot be anchored; ``relative`` then says in
    words what is known ("a weekday within the 7 days before publication").
    """

    text: str
    start: int
    end: int
    value: str | None = None
    earliest: str | None = None
    latest: str | None = None
    granularity: str | None = None
    relative: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text, "start": self.start, "end": self.end, "value": self.value,
            "earliest": self.earliest, "latest": self.latest, "granularity": self.granularity,
            "relative": self.relative,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TimeExpression:
        known = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
        return cls(**known)

    def single_day(self) -> date | None:
        """The one day the expression resolves to ("on Tuesday", "Oct. 4, 1958"), else None."""
        if self.earliest and self.earliest == self.latest:
            return date.fromisoformat(self.earliest)
        return None

    def describe(self) -> str:
        """``last month = 2021-07-01..2021-07-31`` — the form exports and the TUI show."""
        if self.earliest and self.latest:
            span = self.earliest if self.earliest == self.latest else f"{self.earliest}..{self.latest}"
            return f"{self.text} = {span}"
        if self.relative:
            return f"{self.text} = {self.relative}"
        return f"{self.text} = unresolved"


@dataclass(slots=True)
class Claim:
    seq: int
    start: int
    end: int
    text: str
    sentence_index: int
    attribution: Attribution | None = None
    times: list[TimeExpression] = field(default_factory=list)
    suggested_label: str = "unverified"
    suggestion_reason: str = ""


@dataclass(slots=True)
class Finding:
    """A consistency finding inside one article; ``*_seq`` name claims by their seq."""

    kind: str
    claim_seq: int
    other_claim_seq: int | None
    explanation: str


# The stand-in year for month-day dates whose year the text never states (a leap
# year, so February 29 fits). JSON writes such dates TIMEX3-style: "XXXX-08-23".
NOMINAL_YEAR = 2000


@dataclass(slots=True)
class PublishedWindow:
    """When an undated article was published, inferred from its text.

    With ``year_known`` False only the month and day of ``earliest``/``latest`` mean
    anything (the year is ``NOMINAL_YEAR``).
    """

    earliest: date
    latest: date
    reason: str
    year_known: bool = True

    def to_json(self) -> dict[str, str]:
        return {"earliest": self._iso(self.earliest), "latest": self._iso(self.latest), "reason": self.reason}

    def describe(self) -> str:
        """``~2021-08-23..2021-08-28``, or ``~Aug 23..28, year?`` when the year is not stated."""
        if self.year_known:
            return f"~{self.earliest.isoformat()}..{self.latest.isoformat()}"
        end = str(self.latest.day) if self.latest.month == self.earliest.month else f"{self.latest:%b} {self.latest.day}"
        return f"~{self.earliest:%b} {self.earliest.day}..{end}, year?"

    def _iso(self, day: date) -> str:
        return day.isoformat() if self.year_known else "XXXX" + day.isoformat()[4:]

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> PublishedWindow | None:
        if not data:
            return None
        year_known = not data["earliest"].startswith("XXXX")

        def parse(text: str) -> date:
            return date.fromisoformat(text if year_known else f"{NOMINAL_YEAR}{text[4:]}")

        return cls(parse(data["earliest"]), parse(data["latest"]), data.get("reason", ""), year_known)


@dataclass(slots=True)
class ArticleAnalysis:
    sentences: list[Sentence]
    claims: list[Claim]
    findings: list[Finding] = field(default_factory=list)
    published_inferred: PublishedWindow | None = None
    # Each claim's near-duplicate form (neardup.Prepared), filled for ingest only.
    claim_sketches: list[Any] = field(default_factory=list)

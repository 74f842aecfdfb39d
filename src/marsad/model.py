"""The data that flows through marsad, as plain dataclasses.

Every span (``start``, ``end``) is a pair of character offsets into the
*original, unmodified* text of a document: ``text[start:end]`` is what was
recognised. Normalised text is only ever used for matching.

``Claim.to_dict`` emits exactly the contract's JSON (``shared/spec/claims.md``)
plus the optional fields the scorer ignores (``place``, ``span``, ``spans``,
``rule``, ``context``).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

METRICS = (
    "operations",
    "attacks",
    "killed",
    "captured",
    "leaders_killed",
    "leaders_captured",
    "strength",
    "friendly_killed",
    "friendly_wounded",
    "civilians_killed",
    "coalition_members",
)
QUALIFIERS = ("exact", "approx", "at_least", "at_most")
# the kinds of finding cross-checking makes (one list for the API's filter and the tests that expect them all)
FINDING_KINDS = (
    "contradiction",
    "arithmetic",
    "metric_confusion",
    "period_drift",
    "country_drift",
    "source_drift",
    "single_source",
)


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int

    def text(self, source: str) -> str:
        return source[self.start : self.end]


@dataclass(slots=True)
class Document:
    """One article. ``text`` is the unmodified text every offset refers to."""

    id: str
    text: str
    published: date | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    path: str | None = None
    content_hash: str = ""
    encoding: str | None = None
    published_from: str | None = None  # "input" (the corpus said so) or "html-metadata"


@dataclass(slots=True)
class ReadError:
    """A document that could not be read; the batch goes on without it."""

    doc: str
    path: str | None
    code: str  # not_found, empty, binary, encoding, json, schema, too_large, unreadable, html
    message: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Quantity:
    """A number as written in the text.

    ``kind`` is ``count`` (a candidate for a claim), ``vague`` (عشرات، مئات)
    or the kind of a number that is not a count: ``year``, ``date``, ``time``,
    ``age``, ``duration``, ``ordinal``, ``percent``, ``money``, ``phone``,
    ``score``, ``designation``, ``rank``, ``measure``; ``oversized`` (beyond any
    plausible count, or too long to hold) and ``obscured`` (digits under a
    bidi override, displayed in another order than they are read).
    ``min``/``max`` carry a range (بين 10 و15); ``value`` is then ``min``.
    ``noun_start``/``noun_end`` is the counted noun when it is part of the
    quantity itself (a dual such as عنصرين, or أحد + plural).
    """

    text: str
    start: int
    end: int
    value: float | None
    min: float | None = None
    max: float | None = None
    qualifier: str = "exact"
    kind: str = "count"
    noun_start: int | None = None
    noun_end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        d = {k: getattr(self, k) for k in ("text", "start", "end", "value", "min", "max", "qualifier", "kind")}
        for k in ("value", "min", "max"):
            v = d[k]
            if isinstance(v, float) and v.is_integer():
                d[k] = int(v)
        return d


@dataclass(slots=True)
class TimeExpression:
    """A time expression resolved to an inclusive interval of days.

    ``relative`` is true when the resolution depended on the document date.
    """

    text: str
    start: int
    end: int
    start_date: date | None
    end_date: date | None
    grain: str  # day, week, month, quarter, half, year
    relative: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "start_date": self.start_date.isoformat() if self.start_date else None,
            "end_date": self.end_date.isoformat() if self.end_date else None,
            "grain": self.grain,
        }


@dataclass(slots=True)
class Entity:
    """A recognised actor, place or person with its canonical id.

    ``type`` is ``actor``, ``place`` or ``person``; ``kind`` refines it
    (state_force, armed_group, monitor, country, governorate, town, …).
    For a person, ``org`` is the actor id the person speaks for.
    ``direction`` holds a compass qualifier for places (شرقي سوريا → east).
    """

    text: str
    start: int
    end: int
    id: str
    type: str
    kind: str = ""
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    org: str | None = None
    direction: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "id": self.id,
            "type": self.type,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
        }


@dataclass(slots=True)
class Period:
    start: date
    end: date

    def to_dict(self) -> dict[str, str]:
        return {"start": self.start.isoformat(), "end": self.end.isoformat()}

    @classmethod
    def from_dict(cls, d: dict[str, str] | None) -> Period | None:
        if not d:
            return None
        return cls(date.fromisoformat(d["start"]), date.fromisoformat(d["end"]))

    def contains(self, other: Period) -> bool:
        return self.start <= other.start and other.end <= self.end


@dataclass(slots=True)
class Claim:
    doc: str
    metric: str
    value: int
    qualifier: str = "exact"
    countries: list[str] = field(default_factory=list)
    period: Period | None = None
    actor: list[str] = field(default_factory=list)
    source: str | None = None
    evidence: str = ""
    span: Span | None = None  # the evidence sentence in the original text
    number_span: Span | None = None  # the quantity itself
    spans: list[Span] = field(default_factory=list)  # every place the claim is stated
    place: str | None = None
    rule: str = ""
    context: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "doc": self.doc,
            "metric": self.metric,
            "value": int(self.value),
            "qualifier": self.qualifier,
            "countries": sorted(self.countries),
            "period": self.period.to_dict() if self.period else None,
            "actor": list(self.actor),
            "source": self.source,
            "evidence": self.evidence,
        }
        if self.place:
            d["place"] = self.place
        if self.span:
            d["span"] = [self.span.start, self.span.end]
        if self.number_span:
            d["number_span"] = [self.number_span.start, self.number_span.end]
        if self.spans:
            d["spans"] = [[s.start, s.end] for s in self.spans]
        if self.rule:
            d["rule"] = self.rule
        if self.context:
            d["context"] = self.context
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Claim:
        span = d.get("span")
        num = d.get("number_span")
        return cls(
            doc=d["doc"],
            metric=d["metric"],
            value=int(d["value"]),
            qualifier=d.get("qualifier") or "exact",
            countries=sorted(d.get("countries") or []),
            period=Period.from_dict(d.get("period")),
            actor=list(d.get("actor") or []),
            source=d.get("source"),
            evidence=d.get("evidence", ""),
            span=Span(*span) if span else None,
            number_span=Span(*num) if num else None,
            spans=[Span(*s) for s in d.get("spans") or []],
            place=d.get("place"),
            rule=d.get("rule", ""),
            context=d.get("context") or {},
        )


@dataclass(slots=True)
class DocResult:
    """What extraction produced for one document (or why it could not)."""

    doc: Document | None
    claims: list[Claim] = field(default_factory=list)
    error: ReadError | None = None
    date_basis: str | None = None  # metadata, dateline, established_year, none
    date_reason: str | None = None


@dataclass(slots=True)
class Finding:
    kind: str  # contradiction, arithmetic, metric_confusion, country_drift, period_drift, source_drift, single_source
    metric: str
    countries: list[str]
    period: Period | None
    values: list[int]
    docs: list[str]
    explanation: str
    explanation_ar: str = ""
    evidence: list[dict[str, Any]] = field(default_factory=list)
    fact_ids: list[str] = field(default_factory=list)
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = self.content_id()

    def content_id(self) -> str:
        """An id from what the finding says, so two runs over the same articles give the same ids."""
        key = [
            self.kind,
            self.metric,
            sorted(self.countries),
            [self.period.start.isoformat(), self.period.end.isoformat()] if self.period else None,
            list(self.values),
            sorted(self.docs),
            sorted(str(e.get("claim_id", "")) for e in self.evidence),
        ]
        return "X" + hashlib.sha1(json.dumps(key, ensure_ascii=False).encode()).hexdigest()[:12]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "metric": self.metric,
            "countries": sorted(self.countries),
            "period": self.period.to_dict() if self.period else None,
            "values": list(self.values),
            "docs": list(self.docs),
            "explanation": self.explanation,
            "explanation_ar": self.explanation_ar,
            "evidence": list(self.evidence),
            "fact_ids": list(self.fact_ids),
        }

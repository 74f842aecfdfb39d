"""The five kinds of finding, each with an explanation a reader can check.

- contradiction: the same metric and countries, compatible actors, values
  beyond what their qualifiers allow. Equal periods always compare. Nested
  periods (a year and its first half) compare only when the figures must
  refer to one and the same count: either the two articles agree on *other*
  figures for the same two periods (they relay one release and merely date
  it differently), or the longer period has fewer than the shorter one it
  contains, stated by related sources. A month's figure and the year's are
  otherwise different counts, not a contradiction. Undated figures
  (strength, coalition members) compare only between articles published
  within a month of each other: both are "as of" their publication.
- arithmetic: single-country parts that do not add up to the figure for
  exactly their union, with the same metric and period, in one article, or
  across articles whose figures come from the same (or a related) source.
- metric_confusion: one figure (10 or more, so that small numbers do not
  coincide by chance) with the same countries and compatible periods under
  two metrics in different articles, when neither article states it under
  both metrics itself.
- period_drift, country_drift, source_drift: the same figures (metric, value
  and qualifier) in two articles that differ in exactly one slot — their
  periods overlap without being equal, or one gives a figure for several
  countries that the other gives for some of them, or they credit it to two
  unrelated bodies, neither of which took part in what the other counts (a
  period or country drift needs the same body, or one side naming none). One finding per pair of articles (a near-duplicate copy
  counts with its original), listing every figure the drift covers. Country
  and source drift need figures of 10 or more and the same stated period.
- single_source: a fact only one outlet reports.

Cost grows with the claims, not with their pairs: each kind looks up only
the claims that could pair with a claim, through indexes on the slots that
kind needs (period buckets and nested or overlapping periods per metric and
countries; other figures an article gives per period; parts by metric,
country, period and source; one figure's claims by countries, period and
body; ``candidates.py``), and joins claims whose profiles relate as whole
sets (``linking.py``). The findings are the same as testing every pair of a
group in order, finding for finding and word for word
(``tests/consolidate/test_findings_scale.py`` holds the all-pairs code).
Claim ids are assumed unique, as the store makes them.
"""

from __future__ import annotations

import heapq
import itertools
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date

from marsad.consolidate import explain as ex
from marsad.consolidate.candidates import (
    ContradictionLinks,
    PartsIndex,
    cluster,
    drift_candidates,
    period_key,
)
from marsad.consolidate.compare import (
    actors_compatible,
    intersection,
    interval,
    period_relation,
    sources_related,
    sum_interval,
    values_agree,
)
from marsad.consolidate.facts import ClaimRef, Fact
from marsad.consolidate.linking import classes, link_across, nested
from marsad.model import METRICS, Finding, Period

MIN_CONFUSION = 10
UNDATED_WINDOW = 31  # days between publications for two undated figures to compare
MAX_COMBINATIONS = 256
SIBLINGS_SHOWN = 3
_METRIC_ORDER = {m: i for i, m in enumerate(METRICS)}


def _finding(
    kind: str,
    members: Sequence[ClaimRef],
    *,
    metric: str,
    countries: Sequence[str],
    period: Period | None,
    values: list[int],
    doc_ids: list[str] | None = None,
    fact_ids: Sequence[str] = (),
    **words: object,
) -> Finding:
    """A finding with its explanation in both languages, filled from one set of
    words (each language's template takes the words it names)."""
    return Finding(
        kind=kind,
        metric=metric,
        countries=list(countries),
        period=period,
        values=values,
        docs=doc_ids if doc_ids is not None else sorted({r.doc for r in members}),
        explanation=ex.template(kind, "en").format(**words),
        explanation_ar=ex.template(kind, "ar").format(**words),
        evidence=[r.evidence() for r in members],
        fact_ids=list(fact_ids),
    )


_pkey = period_key


def _group(refs: Iterable[ClaimRef]) -> dict[tuple[str, tuple[str, ...]], list[ClaimRef]]:
    out: dict[tuple[str, tuple[str, ...]], list[ClaimRef]] = defaultdict(list)
    for r in refs:
        out[(r.claim.metric, tuple(sorted(r.claim.countries)))].append(r)
    return out


class _Components:
    """Union-find over claim refs, so that pairwise hits become one finding each."""

    def __init__(self) -> None:
        self.parent: dict[int, int] = {}
        self.refs: dict[int, ClaimRef] = {}

    def find(self, x: int) -> int:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: ClaimRef, b: ClaimRef) -> None:
        self.refs[a.id], self.refs[b.id] = a, b
        ra, rb = self.find(a.id), self.find(b.id)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> list[list[ClaimRef]]:
        out: dict[int, list[ClaimRef]] = defaultdict(list)
        for i, r in self.refs.items():
            out[self.find(i)].append(r)
        return [
            sorted(g, key=lambda r: (r.doc, r.id))
            for g in sorted(out.values(), key=lambda g: min(r.id for r in g))
        ]


def _docs(refs: Iterable[ClaimRef], rtl: bool = False) -> str:
    # Isolated left-to-right so that Latin ids keep their order inside Arabic sentences.
    return ", ".join(ex.ltr(d) if rtl else d for d in sorted({r.doc for r in refs}))


def _fields(metric: str, countries: Sequence[str]) -> dict[str, str]:
    return {
        "metric_en": ex.metric_label(metric, "en").capitalize(),
        "metric_ar": ex.metric_noun_ar(metric),
        "countries_en": ex.countries_label(countries, "en"),
        "countries_ar": ex.countries_label(countries, "ar"),
    }


def _by_value_period(refs: Sequence[ClaimRef]) -> list[tuple[int, Period | None, list[ClaimRef]]]:
    rows: dict[tuple, list[ClaimRef]] = defaultdict(list)
    for r in refs:
        rows[(int(r.claim.value), r.claim.qualifier, _pkey(r.claim.period))].append(r)
    out = [(v, group[0].claim.period, group) for (v, _, _), group in rows.items()]
    return sorted(out, key=lambda t: (t[1].start if t[1] else date.min, t[0]))


def _narrowest(refs: Iterable[ClaimRef]) -> Period | None:
    periods = [r.claim.period for r in refs if r.claim.period]
    return min(periods, key=lambda p: (p.end - p.start).days, default=None)


# --- contradiction -------------------------------------------------------------------------------


Figure = tuple[str, tuple[str, ...], int, tuple]  # metric, countries (sorted), value, period key


def doc_figures(refs: Iterable[ClaimRef]) -> dict[str, list[Figure]]:
    """Every figure each article gives, as contradictions compare them: the slots ``_siblings`` reads."""
    out: dict[str, list[Figure]] = defaultdict(list)
    for r in refs:
        out[r.doc].append(figure(r))
    return out


def figure(r: ClaimRef) -> Figure:
    c = r.claim
    return (c.metric, tuple(sorted(c.countries)), int(c.value), _pkey(c.period))


def _siblings(a: ClaimRef, b: ClaimRef, figures: Mapping[str, Sequence[Figure]]) -> list[tuple[str, int]]:
    """Other figures both articles give, each with the same period as a and b respectively."""
    pa, pb = _pkey(a.claim.period), _pkey(b.claim.period)
    own = (a.claim.metric, tuple(sorted(a.claim.countries)))
    theirs = {(m, c, v) for m, c, v, p in figures[b.doc] if p == pb}
    out = set()
    for m, c, v, p in figures[a.doc]:
        if (m, c) != own and p == pa and (m, c, v) in theirs:
            out.add((c != own[1], -v, m))
    # The explanation names the few most telling: same countries, largest figures.
    return [(m, -v) for _, v, m in sorted(out)[:SIBLINGS_SHOWN]]


def _contradicts(
    a: ClaimRef, b: ClaimRef, figures: Mapping[str, Sequence[Figure]]
) -> tuple[bool, str, list[tuple[str, int]]]:
    ca, cb = a.claim, b.claim
    if a.doc == b.doc or not actors_compatible(ca.actor, cb.actor):
        return False, "", []
    if values_agree((ca.value, ca.qualifier), (cb.value, cb.qualifier)):
        return False, "", []
    rel = period_relation(ca.period, cb.period)
    if rel == "equal" and ca.period is not None:
        return True, "equal", []
    if rel == "equal":  # both undated: "as of" their publication dates
        if a.published and b.published and abs((a.published - b.published).days) <= UNDATED_WINDOW:
            return True, "undated", []
        return False, "", []
    if rel in ("contains", "within"):
        siblings = _siblings(a, b, figures)
        if siblings:
            return True, "nested", siblings
        big, small = (a, b) if rel == "contains" else (b, a)
        if interval(big.claim.value, big.claim.qualifier)[1] < interval(
            small.claim.value, small.claim.qualifier
        )[0] and (sources_related(big.claim.source, small.claim.source)):
            return True, "impossible", []
    return False, "", []


def _first_reason(
    first: ClaimRef, candidates: list[list[ClaimRef]], pos: dict[int, int], figures: Mapping[str, Sequence[Figure]]
) -> tuple[str, list[tuple[str, int]]]:
    """Why ``first`` contradicts its first partner in pair order (the partner the pairwise loop met first)."""
    here = pos[id(first)]
    for other in heapq.merge(*candidates, key=lambda r: pos[id(r)]):
        if other is first:
            continue
        a, b = (other, first) if pos[id(other)] < here else (first, other)
        hit, why, siblings = _contradicts(a, b, figures)
        if hit:
            return why, siblings
    return "equal", []


def contradictions(refs: Sequence[ClaimRef], figures: Mapping[str, Sequence[Figure]] | None = None) -> list[Finding]:
    """Contradictions, found through an index (see ``candidates.ContradictionLinks``), not by testing all pairs.

    The same findings as testing every pair of a group in order: components
    do not depend on the order of unions, and a component's reason is that of
    the first contradicting pair of its least claim id, which ``_first_reason``
    finds among the claims it can contradict. ``figures``: every figure the
    articles of ``refs`` give (``doc_figures`` of all their claims; by default
    of ``refs`` themselves), so that one metric and country group can be
    checked without the others' claims in memory.
    """
    figures = figures if figures is not None else doc_figures(refs)
    out: list[Finding] = []
    for (metric, countries), group in sorted(_group(refs).items()):
        comps = _Components()
        by_period = classes(group, lambda r: _pkey(r.claim.period))
        pairs = list(nested(k for k in by_period if k))
        ContradictionLinks(group, comps.union, UNDATED_WINDOW).link(group, (metric, countries), by_period, pairs, figures)
        nested_with: dict[tuple, list[tuple]] = defaultdict(list)
        for big, small in pairs:
            nested_with[big].append(small)
            nested_with[small].append(big)
        pos = {id(r): i for i, r in enumerate(group)}
        for members in comps.groups():
            first = min(members, key=lambda r: r.id)
            k = _pkey(first.claim.period)
            why, siblings = _first_reason(first, [by_period[k], *(by_period[q] for q in nested_with[k])], pos, figures)
            rows = _by_value_period(members)
            f = _fields(metric, countries)
            listing_en = "; ".join(
                ex.template("contradiction_item", "en").format(
                    value=ex.qualified(v, g[0].claim.qualifier, "en"),
                    period_en=ex.when(p, g[0].published, "en"),
                    docs=_docs(g),
                )
                for v, p, g in rows
            )
            listing_ar = "؛ ".join(
                ex.template("contradiction_item", "ar").format(
                    value=ex.qualified(v, g[0].claim.qualifier, "ar"),
                    period_ar=ex.when(p, g[0].published, "ar"),
                    docs=_docs(g, rtl=True),
                )
                for v, p, g in rows
            )
            why_en = why_ar = ""
            if why == "nested":
                sib_en = ex.join((f"{v} {ex.metric_label(m, 'en')}" for m, v in siblings), "en")
                sib_ar = ex.join((f"{ex.metric_noun_ar(m)} ({v})" for m, v in siblings), "ar")
                why_en = ex.template("contradiction_nested", "en").format(siblings=sib_en)
                why_ar = ex.template("contradiction_nested", "ar").format(siblings=sib_ar)
            elif why == "impossible":
                why_en = ex.template("contradiction_impossible", "en")
                why_ar = ex.template("contradiction_impossible", "ar")
            out.append(
                _finding(
                    "contradiction",
                    members,
                    metric=metric,
                    countries=countries,
                    period=_narrowest(members),
                    values=sorted({v for v, _, _ in rows}),
                    listing_en=listing_en,
                    listing_ar=listing_ar,
                    why_en=why_en,
                    why_ar=why_ar,
                    **f,
                )
            )
    return out


# --- arithmetic ----------------------------------------------------------------------------------


def _adds_up(total: ClaimRef, combo: Sequence[ClaimRef]) -> bool:
    lo, hi = sum_interval((p.claim.value, p.claim.qualifier) for p in combo)
    tlo, thi = interval(total.claim.value, total.claim.qualifier)
    return lo <= thi and tlo <= hi


def _parts(total: ClaimRef, pool: Iterable[ClaimRef]) -> dict[str, list[ClaimRef]] | None:
    """Single-country claims covering exactly the total's countries, or None.

    Another article's figure for one country that equals the total is the
    total given to that country (a country drift), not one of its parts.
    """
    t = total.claim
    by_country: dict[str, list[ClaimRef]] = defaultdict(list)
    for r in pool:
        c = r.claim
        if (
            r.id != total.id
            and c.metric == t.metric
            and len(c.countries) == 1
            and c.countries[0] in t.countries
            and period_relation(c.period, t.period) == "equal"
            and not (r.doc != total.doc and values_agree((c.value, c.qualifier), (t.value, t.qualifier)))
        ):
            by_country[c.countries[0]].append(r)
    return dict(by_country) if set(by_country) == set(t.countries) else None


ArithmeticEntry = tuple[tuple, ClaimRef, list[ClaimRef], list[ClaimRef]]  # key, first total, totals, parts shown


def arithmetic_entries(refs: Sequence[ClaimRef]) -> list[ArithmeticEntry]:
    """Totals whose parts do not add up, one entry per (metric, countries, period, value, parts' values), in
    the order of each entry's first total in ``refs``. Parts share the total's metric and period, so the
    claims of one metric and period give that bucket's entries."""
    by_doc: dict[str, list[ClaimRef]] = defaultdict(list)
    for r in refs:
        by_doc[r.doc].append(r)
    index = PartsIndex(refs, MAX_COMBINATIONS)
    found: dict[tuple, tuple[ClaimRef, list[ClaimRef], list[ClaimRef]]] = {}
    for total in refs:
        t = total.claim
        if len(t.countries) < 2:
            continue
        parts = _parts(total, by_doc[total.doc])
        if parts is None and t.period is not None and t.source:
            # Across articles only for a dated figure and parts from the same body.
            parts = index.parts(total, by_doc[total.doc])
        if parts is None:
            continue
        choices = [sorted(parts[c], key=lambda r: (r.doc != total.doc, r.id)) for c in sorted(t.countries)]
        combos = list(itertools.islice(itertools.product(*choices), MAX_COMBINATIONS))
        if any(_adds_up(total, combo) for combo in combos):
            continue
        combo = list(combos[0])
        key = (
            t.metric,
            tuple(sorted(t.countries)),
            _pkey(t.period),
            int(t.value),
            tuple(int(p.claim.value) for p in combo),
        )
        if key in found:
            found[key][1].append(total)
            found[key][2].extend(p for p in combo if p not in found[key][2])
        else:
            found[key] = (total, [total], combo)
    return [(key, *entry) for key, entry in found.items()]


def arithmetic_finding(entry: ArithmeticEntry) -> Finding:
    (metric, countries, _, value, part_values), total, totals, combo = entry
    f = _fields(metric, countries)
    parts_en = " + ".join(f"{ex.country_name(p.claim.countries[0], 'en')} {int(p.claim.value)}" for p in combo)
    parts_ar = " + ".join(f"{ex.country_name(p.claim.countries[0], 'ar')} {int(p.claim.value)}" for p in combo)
    members = totals + combo
    docs, docs_ar = _docs(members), _docs(members, rtl=True)
    return _finding(
        "arithmetic",
        members,
        metric=metric,
        countries=countries,
        period=total.claim.period,
        values=[value, *part_values],
        period_en=ex.period_label(total.claim.period, "en"),
        period_ar=ex.period_label(total.claim.period, "ar"),
        parts_en=parts_en,
        parts_ar=parts_ar,
        sum=sum(part_values),
        total=value,
        docs=docs,
        docs_ar=docs_ar,
        **f,
    )


def arithmetic(refs: Sequence[ClaimRef]) -> list[Finding]:
    """Totals whose parts do not add up; parts across articles are looked up in a ``candidates.PartsIndex``."""
    return [arithmetic_finding(entry) for entry in arithmetic_entries(refs)]


# --- metric confusion ----------------------------------------------------------------------------


def metric_confusions(refs: Sequence[ClaimRef]) -> list[Finding]:
    stated: set[tuple[str, str, int]] = {(r.doc, r.claim.metric, int(r.claim.value)) for r in refs}
    groups: dict[tuple, list[ClaimRef]] = defaultdict(list)
    for r in refs:
        if r.claim.value >= MIN_CONFUSION and r.claim.period is not None:
            groups[(int(r.claim.value), tuple(sorted(r.claim.countries)))].append(r)
    out = []
    for (value, countries), group in sorted(groups.items()):
        pairs: dict[tuple[str, str], _Components] = defaultdict(_Components)
        # Claims by metric and period: two classes of different metrics and compatible periods are
        # linked claim to claim across near-duplicate clusters, except for an article that gives
        # the figure under both metrics itself (it means both).
        by_class = classes(group, lambda r: (r.claim.metric, _pkey(r.claim.period)))
        by_period: dict[tuple, list[str]] = defaultdict(list)
        for metric, k in by_class:
            by_period[k].append(metric)
        compatible = [(k, k) for k in by_period] + list(nested(by_period))
        for k1, k2 in compatible:
            for m1 in by_period[k1]:
                for m2 in by_period[k2]:
                    if m1 == m2 or (k1 == k2 and m1 > m2):
                        continue
                    side_a = [a for a in by_class[(m1, k1)] if (a.doc, m2, value) not in stated]
                    side_b = [b for b in by_class[(m2, k2)] if (b.doc, m1, value) not in stated]
                    if side_a and side_b:
                        link_across(side_a, side_b, cluster, pairs[tuple(sorted((m1, m2)))].union)
        for (m1, m2), comps in sorted(pairs.items()):
            for members in comps.groups():
                side_a = [r for r in members if r.claim.metric == m1]
                side_b = [r for r in members if r.claim.metric == m2]
                period = _narrowest(members)
                f = {
                    "countries_en": ex.countries_label(countries, "en"),
                    "countries_ar": ex.countries_label(countries, "ar"),
                    "period_en": ex.period_label(period, "en"),
                    "period_ar": ex.period_label(period, "ar"),
                    "metric_a_en": ex.metric_label(m1, "en"),
                    "metric_b_en": ex.metric_label(m2, "en"),
                    "metric_a_ar": ex.metric_label(m1, "ar"),
                    "metric_b_ar": ex.metric_label(m2, "ar"),
                    "docs_a": _docs(side_a),
                    "docs_b": _docs(side_b),
                    "docs_a_ar": _docs(side_a, rtl=True),
                    "docs_b_ar": _docs(side_b, rtl=True),
                    "value": value,
                }
                out.append(
                    _finding(
                        "metric_confusion",
                        members,
                        metric=f"{m1}/{m2}",
                        countries=countries,
                        period=period,
                        values=[value],
                        **f,
                    )
                )
    return out


# --- drift: the same figures with one slot changed -----------------------------------------------


def _same_body(a: ClaimRef, b: ClaimRef) -> bool:
    """Both figures come from one body as far as the articles say: related sources, or one names none."""
    sa, sb = a.claim.source, b.claim.source
    return not sa or not sb or sources_related(sa, sb)


def _party(source: str | None, actors: Iterable[str]) -> bool:
    """The stating body took part in what the other article counts (a coalition speaking of a joint campaign)."""
    return bool(source) and any(sources_related(source, x) for x in actors)


def _drift_kind(a: ClaimRef, b: ClaimRef, stated: set[tuple]) -> str | None:
    """The one slot in which two claims of the same metric and value differ, as a finding kind."""
    ca, cb = a.claim, b.claim
    ka, kb = frozenset(ca.countries), frozenset(cb.countries)
    rel = period_relation(ca.period, cb.period)
    same_body = _same_body(a, b)
    if ka == kb and rel in ("contains", "within", "overlap") and same_body:
        return "period_drift"
    if ca.qualifier != cb.qualifier or ca.value < MIN_CONFUSION or rel != "equal" or ca.period is None:
        return None
    if ka != kb and ka and kb and (ka < kb or kb < ka) and same_body:
        # an article that gives the figure for both country sets means both
        if (a.doc, ca.metric, int(ca.value), kb) in stated or (b.doc, cb.metric, int(cb.value), ka) in stated:
            return None
        return "country_drift"
    if ka == kb and not same_body and not (_party(ca.source, cb.actor) or _party(cb.source, ca.actor)):
        return "source_drift"
    return None


def _figures(refs: Iterable[ClaimRef], lang: str) -> str:
    """The figures a drift covers, once each, in the metrics' order: "212 operations, 41 killed and 276 captured"."""
    seen: dict[tuple, ClaimRef] = {}
    for r in refs:
        seen.setdefault((r.claim.metric, int(r.claim.value), r.claim.qualifier), r)
    order = sorted(seen, key=lambda k: (_METRIC_ORDER.get(k[0], len(_METRIC_ORDER)), k[0], -k[1]))
    if lang == "en":
        items = [f"{ex.qualified(v, q, 'en')} {ex.metric_label(m, 'en')}" for m, v, q in order]
    else:
        items = [f"{ex.metric_noun_ar(m)} {ex.qualified(v, q, 'ar')}" for m, v, q in order]
    return ex.join(items, lang)


def _side(kind: str, refs: Sequence[ClaimRef], lang: str) -> str:
    """What one article says in the slot that drifts: its periods, countries or sources."""
    if kind == "period_drift":
        periods = {_pkey(r.claim.period): r.claim.period for r in refs}
        return ex.join((ex.period_label(periods[k], lang) for k in sorted(periods)), lang)
    if kind == "country_drift":
        return ex.countries_label(refs[0].claim.countries, lang)
    sources = sorted({r.claim.source or "" for r in refs})
    return ex.join((ex.ltr(s) if lang == "ar" else s for s in sources), lang)


DriftPair = tuple[str, tuple[int, int, int], ClaimRef, ClaimRef]  # kind, place, claim of the lesser cluster, other


def drift_pairs(group: Sequence[ClaimRef], rank: int) -> Iterator[DriftPair]:
    """The drifting pairs of one figure's claims (``group``, in store order; ``rank``: the figure's place
    among all figures), each with its place in the order of testing every pair of every figure."""
    stated = {(r.doc, r.claim.metric, int(r.claim.value), frozenset(r.claim.countries)) for r in group}
    pos = {id(r): i for i, r in enumerate(group)}
    for a, b in drift_candidates(group, MIN_CONFUSION):
        if pos[id(a)] > pos[id(b)]:
            a, b = b, a
        kind = _drift_kind(a, b, stated)
        if kind is None:
            continue
        place = (rank, pos[id(a)], pos[id(b)])
        if a.cluster > b.cluster:
            a, b = b, a
        yield kind, place, a, b


def drifts(refs: Sequence[ClaimRef]) -> list[Finding]:
    """Period, country and source drift: one finding per kind and pair of articles.

    Only the pairs ``candidates.drift_candidates`` names are tested; each finding takes
    the members of every pair of its kind and articles, and its first two
    from the pair met first in the order of testing every pair of a figure.
    """
    by_figure: dict[tuple[str, int], list[ClaimRef]] = defaultdict(list)
    for r in refs:
        by_figure[(r.claim.metric, int(r.claim.value))].append(r)
    # (kind, cluster, cluster) -> the first pair's place, its two claims, and every member of each side
    found: dict[tuple[str, str, str], tuple[tuple[int, int, int], ClaimRef, ClaimRef, dict, dict]] = {}
    for rank, (_, group) in enumerate(sorted(by_figure.items())):
        for kind, place, a, b in drift_pairs(group, rank):
            key = (kind, a.cluster, b.cluster)
            entry = found.get(key)
            if entry is None or place < entry[0]:
                entry = found[key] = (place, a, b, entry[3] if entry else {}, entry[4] if entry else {})
            entry[3][a.id] = a
            entry[4][b.id] = b
    return [
        drift_finding(kind, [first_a, *(r for r in side_a.values() if r is not first_a)],
                      [first_b, *(r for r in side_b.values() if r is not first_b)])
        for (kind, _, _), (_, first_a, first_b, side_a, side_b) in sorted(found.items())
    ]


def drift_finding(kind: str, side_a: list[ClaimRef], side_b: list[ClaimRef]) -> Finding:
    """The finding of one kind of drift between two articles: each side's claims, its first pair's first."""
    if kind == "country_drift" and len(side_a[0].claim.countries) < len(side_b[0].claim.countries):
        side_a, side_b = side_b, side_a  # the broader country set first
    members = sorted(side_a + side_b, key=lambda r: (r.doc, r.id))
    metrics = sorted({r.claim.metric for r in members}, key=lambda m: (_METRIC_ORDER.get(m, 99), m))
    figures = sorted(
        {(r.claim.metric, int(r.claim.value)) for r in members},
        key=lambda k: (_METRIC_ORDER.get(k[0], 99), k[0], -k[1]),
    )
    countries = sorted(set(side_a[0].claim.countries) | set(side_b[0].claim.countries))
    if kind == "period_drift":
        period = None
        for i, r in enumerate(members):
            period = r.claim.period if i == 0 else intersection(period, r.claim.period)
        period = period or _narrowest(members)
    else:
        period = side_a[0].claim.period
    words = {
        "figures_en": _figures(members, "en"),
        "figures_ar": _figures(members, "ar"),
        "countries_en": ex.countries_label(countries, "en"),
        "countries_ar": ex.countries_label(countries, "ar"),
        "period_en": ex.period_label(period, "en"),
        "period_ar": ex.period_label(period, "ar"),
        "side_a_en": _side(kind, side_a, "en"),
        "side_b_en": _side(kind, side_b, "en"),
        "side_a_ar": _side(kind, side_a, "ar"),
        "side_b_ar": _side(kind, side_b, "ar"),
        "docs_a": _docs(side_a),
        "docs_b": _docs(side_b),
        "docs_a_ar": _docs(side_a, rtl=True),
        "docs_b_ar": _docs(side_b, rtl=True),
    }
    return _finding(
        kind,
        members,
        metric="/".join(metrics),
        countries=countries,
        period=period,
        values=[v for _, v in figures],
        **words,
    )


# --- single source -------------------------------------------------------------------------------


def single_sources(facts: Sequence[Fact]) -> list[Finding]:
    out = []
    for fact in facts:
        if fact.corroboration != 1:
            continue
        f = _fields(fact.metric, fact.countries)
        f["metric_en"] = ex.metric_label(fact.metric, "en")
        sources = fact.sources
        common = {
            "value": fact.value,
            "docs": ", ".join(fact.docs),
            "docs_ar": ", ".join(ex.ltr(d) for d in fact.docs),
            "period_en": ex.period_label(fact.period, "en"),
            "period_ar": ex.period_label(fact.period, "ar"),
        }
        out.append(
            _finding(
                "single_source",
                fact.claims,
                metric=fact.metric,
                countries=fact.countries,
                period=fact.period,
                values=[fact.value],
                doc_ids=fact.docs,
                fact_ids=[fact.id],
                source_en=ex.join(sources, "en") if sources else ex.source_label(None, "en"),
                source_ar=ex.join(map(ex.ltr, sources), "ar") if sources else ex.source_label(None, "ar"),
                **common,
                **f,
            )
        )
    return out


def all_findings(refs: Sequence[ClaimRef], facts: Sequence[Fact]) -> list[Finding]:
    fact_of = {r.id: f.id for f in facts for r in f.claims}
    found = [*contradictions(refs), *arithmetic(refs), *metric_confusions(refs), *drifts(refs)]
    for f in found:
        f.fact_ids = sorted({fact_of[e["claim_id"]] for e in f.evidence if e["claim_id"] in fact_of})
    return [*found, *single_sources(facts)]

"""Time expressions as a reader of Arabic news resolves them.

The cases live in tests/data/times.jsonl: each names a text, the reference
(``published`` date, or only a ``year``), the expression expected (``expr``,
its exact text when given) and its interval and grain; ``none`` cases are
texts with no time expression (or none containing ``absent``).
"""

from __future__ import annotations

import itertools
import json
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from marsad.lexicon import load
from marsad.recognize.times import find_times
from marsad.text.normalize import norm, normalize

DATA = Path(__file__).resolve().parents[1] / "data" / "times.jsonl"
PEER = Path("/work/shared/eval/peer/times.jsonl")
CASES = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]


def _day(s: str | None) -> date | None:
    return date.fromisoformat(s) if s else None


def _times(case: dict):
    return find_times(case["text"], _day(case.get("published")), case.get("year"))


def _show(times) -> list[tuple]:
    return [(t.text, t.start_date, t.end_date, t.grain) for t in times]


def test_there_are_enough_cases():
    assert len(CASES) >= 200


@pytest.mark.parametrize("case", CASES, ids=[f"{i:03d}" for i in range(len(CASES))])
def test_expression(case: dict):
    times = _times(case)
    if case.get("none"):
        absent = case.get("absent")
        hits = [t for t in times if absent is None or absent in t.text]
        assert not hits, _show(hits)
        return
    want = (_day(case["start"]), _day(case["end"]), case["grain"])
    matching = [t for t in times if (t.start_date, t.end_date, t.grain) == want]
    if case.get("expr"):
        matching = [t for t in matching if t.text == case["expr"]]
    assert matching, f"want {case.get('expr')!r} {want}, got {_show(times)}"


def test_spans_point_into_the_original_text():
    text = "قُتل ثلاثةٌ في ٣ أيّار ٢٠٢٤، وفي نيسان/أبريل الماضي قُتل اثنان"
    times = find_times(text, date(2024, 5, 20))
    assert [(text[t.start : t.end], t.text) for t in times] == [
        ("٣ أيّار ٢٠٢٤", "٣ أيّار ٢٠٢٤"),
        ("نيسان/أبريل الماضي", "نيسان/أبريل الماضي"),
    ]
    assert times[1].start_date == date(2024, 4, 1)


def test_results_are_sorted_and_do_not_overlap():
    text = "في الفترة من 2 إلى 3 يناير/ كانون الثاني 2025 وبعد ذلك في 6 يناير 2025 ثم أمس"
    times = find_times(text, date(2025, 1, 10))
    assert [t.text for t in times] == [
        "في الفترة من 2 إلى 3 يناير/ كانون الثاني 2025",
        "6 يناير 2025",
        "أمس",
    ]
    assert all(a.end <= b.start for a, b in itertools.pairwise(times))


def test_relative_flag_marks_what_depended_on_the_reference():
    times = find_times("في عام 2024 وخلال العام الماضي", date(2025, 3, 1))
    assert [(t.text, t.relative) for t in times] == [("عام 2024", False), ("العام الماضي", True)]


def test_normalized_input_is_accepted():
    text = "خلال أيار 2023"
    assert find_times(normalize(text))[0].to_dict() == {
        "text": "أيار 2023",
        "start": 5,
        "end": 14,
        "start_date": "2023-05-01",
        "end_date": "2023-05-31",
        "grain": "month",
    }


@pytest.mark.skipif(not PEER.exists(), reason="shared peer cases not available")
def test_peer_cases():
    failures = []
    for line in PEER.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        times = find_times(case["text"], _day(case["published"]))
        want = (_day(case["start"]), _day(case["end"]))
        if not any((t.start_date, t.end_date) == want for t in times):
            failures.append((case["text"], want, _show(times)))
    assert not failures


# ----- lexicon lint --------------------------------------------------------------
def _entries(node) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, list):
        return [s for x in node for s in _entries(x)]
    if isinstance(node, dict):
        return [s for x in node.values() for s in _entries(x)]
    return []


@pytest.mark.parametrize("name", ["months.yaml", "time_words.yaml"])
def test_lexicon_has_no_unmatchable_entries(name: str):
    for entry in _entries(load(name)):
        assert not any(0xFB50 <= ord(ch) <= 0xFEFF for ch in entry), f"presentation form in {entry!r}"
        assert "ی" not in entry and "ک" not in entry, f"Farsi letter in {entry!r}"
        assert "\u0640" not in entry, f"tatweel in {entry!r}"
        assert unicodedata.normalize("NFC", entry) == entry


def test_month_names_do_not_collide_after_normalisation():
    data = load("months.yaml")
    for system in ("gregorian", "hijri", "weekdays"):
        seen: dict[str, object] = {}
        for key, names in data[system].items():
            for name in names:
                n = norm(name)
                assert n not in seen, f"{name!r} ({key}) duplicates {seen[n]} after normalisation"
                seen[n] = key
    gregorian = {norm(n) for names in data["gregorian"].values() for n in names}
    assert {norm(n) for n in data["ambiguous"]} <= gregorian


def test_a_span_may_end_on_a_time_of_day():
    # "منذ 30 أيلول حتى فجر اليوم": dawn today is still today, and the span runs to it
    published = date(2015, 12, 30)
    for end in ("حتى فجر اليوم", "وحتى مساء أمس", "حتى ليلة أمس"):
        (t,) = find_times(f"قتل 300 منذ 30 أيلول {end}", published)
        assert t.start_date == date(2015, 9, 30)
        assert t.end_date == (published if "اليوم" in end else date(2015, 12, 29))

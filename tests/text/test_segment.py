"""Sentences of news text: headlines, initials, quotations."""

from marsad.text.segment import paragraphs, sentences


def texts(t):
    return [s.text(t) for s in sentences(t)]


def test_headline_without_full_stop_is_its_own_sentence():
    t = "مقتل خمسة مسلحين في كركوك\nأعلنت خلية الإعلام الأمني مقتل خمسة مسلحين. وأضافت أن العملية مستمرة."
    assert texts(t) == [
        "مقتل خمسة مسلحين في كركوك",
        "أعلنت خلية الإعلام الأمني مقتل خمسة مسلحين.",
        "وأضافت أن العملية مستمرة.",
    ]


def test_initial_with_a_dot_does_not_end_a_sentence():
    t = "وقال الوزير جون ج. سميث إن القوات مستعدة. وانتهى اللقاء."
    assert texts(t)[0] == "وقال الوزير جون ج. سميث إن القوات مستعدة."


def test_a_dot_veiling_a_word_ends_no_sentence():
    t = "أعلن الجيش مقـ.تل سبعة جنود.وأضاف أن قُتـ.ـل 3 آخرين."
    assert texts(t) == ["أعلن الجيش مقـ.تل سبعة جنود.", "وأضاف أن قُتـ.ـل 3 آخرين."]


def test_a_quoted_statement_stays_with_its_verb():
    t = "وقال القائد: “نفذنا عشر عمليات. وسنواصل الضغط”. ثم غادر."
    assert texts(t) == ["وقال القائد: “نفذنا عشر عمليات. وسنواصل الضغط”.", "ثم غادر."]


def test_arabic_question_mark_and_decimals():
    t = "هل انتهى التنظيم؟ يقدر عدده بـ 2.5 ألف. نعم"
    assert texts(t) == ["هل انتهى التنظيم؟", "يقدر عدده بـ 2.5 ألف.", "نعم"]


def test_offsets_point_into_the_original():
    t = "  سطر أول.\n\n  سطر ثان  "
    for s in sentences(t):
        assert t[s.start : s.end] == s.text(t)
        assert s.text(t) == s.text(t).strip()
    assert len(paragraphs(t)) == 2

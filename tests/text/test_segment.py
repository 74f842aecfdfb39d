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


# A report copied from print, wrapped at one width: its lines break inside sentences.
_WRAPPED = (
    "أعلنت قيادة الشرطة في ولاية جامو وكشمير أن قوات الأمن قتلت يوم\n"
    "الأحد 4 مسلحين في اشتباك بمنطقة بولواما جنوب سريناغار استمر ساعات،\n"
    "وقال المتحدث باسم الشرطة إن جنديين أصيبا في الاشتباك الذي بدأ بعد\n"
    "مداهمة منزل تحصن فيه المسلحون في قرية نائية قرب الطريق السريع.\n"
    "وتقول السلطات إن 190 مسلحا و40 من عناصر الأمن قتلوا في الإقليم منذ\n"
    "بداية العام الجاري في أعلى حصيلة منذ عقد من الزمن بحسب الأرقام الرسمية.\n"
)


def test_hard_wrapped_lines_join_into_their_sentences():
    first_end = _WRAPPED.index("السريع.") + len("السريع.")
    assert texts(_WRAPPED) == [
        _WRAPPED[:first_end],
        _WRAPPED[first_end:].strip(),
    ]


def test_lines_of_one_sentence_each_are_not_joined():
    # headlines, bullets and paragraphs without stops, of uneven lengths, keep their lines
    t = (
        "مقتل أربعة مسلحين في كشمير\n"
        "• 10:20 . الجيش يعلن مقتل جنديين في هجوم على دورية قرب الحدود مع باكستان\n"
        "• 10:05 . الشرطة تعتقل ثلاثة مشتبه بهم في تفجير سوق بمدينة سريناغار الرئيسية\n"
        "استهدفت مسيرة سيارة مدنية بريف القامشلي ما أدى لمقتل شخصين وإصابة ثلاثة آخرين كانوا على متنها حسب المصادر المحلية\n"
        "وأصدرت قوى الأمن بياناً\n"
        "واستنكرت قوى الأمن العملية وطالبت الدول الضامنة بالتحرك\n"
        "وقال البيان إن المدني توفي على الفور متأثراً بجراحه البالغة في المستشفى الوطني بالمدينة\n"
    )
    assert not any("\n" in s for s in texts(t))
    assert len(paragraphs(t)) == 7

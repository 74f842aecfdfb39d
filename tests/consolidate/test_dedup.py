"""Republished copies cluster; different articles on the same event do not."""

from datetime import date

from marsad.consolidate.dedup import DocText, cluster

ARTICLE = (
    "أعلنت خلية الإعلام الأمني في العراق، اليوم الاثنين، مقتل أربعة عناصر من تنظيم داعش بضربة جوية نفذتها طائرات "
    "القوة الجوية العراقية على وكر للتنظيم في سلسلة جبال حمرين. وذكرت الخلية في بيان أن الضربة جاءت بناءً على "
    "معلومات استخبارية دقيقة، وأن القوات الأمنية ستواصل ملاحقة بقايا الخلايا الإرهابية في المناطق الوعرة، "
    "مؤكدة أن عمليات التفتيش مستمرة في القرى المحيطة بالموقع المستهدف بحثاً عن أسلحة ومتفجرات مخبأة."
)


def test_a_lightly_edited_copy_with_diacritics_and_other_digits_is_a_duplicate():
    copy = (
        ARTICLE.replace("اليوم الاثنين", "يوم الاثنين").replace("أربعة", "أَربعة").replace("داعش", "داعشٍ", 1)
    )
    c = cluster([DocText("b", copy, date(2025, 1, 7)), DocText("a", ARTICLE, date(2025, 1, 6))])
    assert c.duplicates() == {"b": "a"}  # the earlier article represents the cluster
    assert c.similarity["b"] >= 0.8


def test_another_article_on_the_same_event_is_not_a_duplicate():
    other = (
        "قالت مصادر أمنية عراقية إن غارة جوية استهدفت مخبأً لداعش في حمرين وأسفرت عن مقتل أربعة مسلحين، "
        "فيما لم يصدر تعليق من التنظيم حتى الآن."
    )
    c = cluster([DocText("a", ARTICLE), DocText("b", other)])
    assert c.duplicates() == {}
    assert c.representative("b") == "b"


def test_empty_and_tiny_texts_do_not_break_clustering():
    c = cluster([DocText("a", ""), DocText("b", "خبر"), DocText("c", "خبر")])
    assert c.representative("a") == "a"
    assert c.duplicates() == {"c": "b"}

"""Time per kilobyte from 1 KB to 5 MB, with and without sentence punctuation.

Extraction must be linear in a document's length: a scraped page without
full stops once took 55 s for 178 KB (quadratic). The document is built by
repeating report sentences of the project's own writing; the peer is the same
text with its punctuation, so the two columns compare in one run.

    python bench/bench_length.py [--max-kb 5000]
"""

from __future__ import annotations

import argparse
import time

from marsad.model import Document
from marsad.pipeline import extract_document

SENTENCES = [
    "أعلنت خلية الإعلام الأمني مقتل 4 إرهابيين بضربة جوية في وادي الشاي جنوب كركوك",
    "وقالت قوات سوريا الديمقراطية إنها اعتقلت 7 عناصر من خلايا داعش في ريف دير الزور الشرقي خلال عام 2023",
    "وأفاد المرصد السوري لحقوق الإنسان بمقتل 12 عنصرا من قوات النظام في هجوم على نقطة عسكرية ببادية حمص",
    "ونفذت طائرات التحالف الدولي 6 غارات على مواقع التنظيم في صحراء الأنبار الأسبوع الماضي",
]


def build(kb: int, punctuated: bool) -> str:
    sep = ". " if punctuated else " "
    unit = sep.join(SENTENCES) + sep
    reps = max(1, kb * 1024 // len(unit.encode("utf-8")))
    return unit * reps


def per_kb(kb: int, punctuated: bool) -> float:
    text = build(kb, punctuated)
    started = time.perf_counter()
    extract_document(Document(id=f"{kb}", text=text, published=None), seconds=0)
    return (time.perf_counter() - started) * 1000 / (len(text.encode("utf-8")) / 1024)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--max-kb", type=int, default=5000)
    a = ap.parse_args()
    extract_document(Document(id="warm", text=SENTENCES[0] + "."))
    sizes = [s for s in (1, 10, 100, 1000, 5000) if s <= a.max_kb]
    print("size      with punctuation   without punctuation (ms per KB, one core)")
    for kb in sizes:
        with_p = per_kb(kb, True)
        without = per_kb(kb, False)
        print(f"{kb:>5} KB  {with_p:10.2f}        {without:10.2f}", flush=True)


if __name__ == "__main__":
    main()

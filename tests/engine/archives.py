"""News archives made here: WARC files written with warcio, Parquet with pyarrow."""

from __future__ import annotations

import io
from pathlib import Path

ARTICLE = (
    "أعلنت خلية الإعلام الأمني في العراق مقتل أربعة عناصر من تنظيم داعش بضربة جوية في سلسلة جبال حمرين. "
    "وذكرت الخلية في بيان أن القوات الأمنية اعتقلت 12 مطلوباً في كركوك خلال الأسبوع الماضي."
)
ENGLISH = (
    "The ministry said on Monday that four militants were killed in an air strike in the Hamrin mountains, "
    "and that security forces arrested twelve suspects in Kirkuk during the past week."
)


def page(title: str, body: str, published: str | None = None, lang: str = "ar") -> str:
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    paras = "".join(f"<p>{s.strip()}.</p>" for s in body.split(".") if s.strip())
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{meta}</head>'
        f"<body><nav>الرئيسية | أخبار</nav><article><h1>{title}</h1>{paras}</article>"
        "<footer>جميع الحقوق محفوظة</footer></body></html>"
    )


def write_warc(path: Path, pages: list[tuple[str, str, str, int]], gz: bool = True) -> Path:
    """``pages``: (url, content type, body, HTTP status), each a response record (with its request record)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as f:
        w = WARCWriter(f, gzip=gz)
        for url, ctype, body, status in pages:
            req = w.create_warc_record(url, "request", payload=io.BytesIO(b""),
                                       http_headers=StatusAndHeaders(f"GET {url} HTTP/1.1", [], is_http_request=True))
            w.write_record(req)
            headers = StatusAndHeaders(f"{status} OK" if status == 200 else f"{status} Other", [("Content-Type", ctype)],
                                       protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body.encode("utf-8")),
                                                http_headers=headers))
    return path

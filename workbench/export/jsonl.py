"""JSONL: one claim per line, a stable contract (see ``claim_record`` and the README).

Keys are always present; a value that is not known is ``null``. Dates and times are
ISO 8601. Text is written as UTF-8, not ``\\u`` escapes, except control characters,
which JSON always escapes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any, TextIO

from workbench.export.columns import agreement_text
from workbench.export.rows import ExportRow

TIME_KEYS = ("text", "start", "end", "value", "earliest", "latest", "granularity")


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value else None


def claim_record(row: ExportRow) -> dict[str, Any]:
    article = row.article
    attribution = row.attribution
    return {
        "article": {
            "id": article.id,
            "title": article.title,
            "url": article.url,
            "outlet": article.outlet,
            "published": _iso(article.published),
            "published_inferred": article.published_inferred,
        },
        "claim_id": row.claim_id,
        "seq": row.seq,
        "text": row.text,
        "start": row.start,
        "end": row.end,
        "suggested_label": row.suggested_label,
        "suggestion_reason": row.suggestion_reason,
        "label": row.label,
        "reviewer": row.reviewer,
        "labeled_at": _iso(row.labeled_at),
        "note": row.note,
        "attribution": None if attribution is None else {
            "source": attribution.source,
            "cue": attribution.cue,
            "kind": attribution.kind,
            "anonymous": attribution.anonymous,
            "hedges": list(attribution.hedges),
            "chain": list(attribution.chain),
            "hops": [dict(hop) for hop in attribution.hops],
            "rule": attribution.rule,
        },
        "times": [{key: getattr(t, key) for key in TIME_KEYS} for t in row.times],
        "findings": [
            {"kind": f.kind, "with_claim_id": f.with_claim_id, "explanation": f.explanation, "status": f.status}
            for f in row.findings
        ],
        "sources": [
            {"id": s.source_id, "url": s.url, "title": s.title, "stance": s.stance,
             "excerpt": s.excerpt, "quote_check": s.quote_check}
            for s in row.sources
        ],
        # The desk (issue 14): added keys, the ones above unchanged.
        "status": row.status,
        "judgements": [{"reviewer": reviewer, "label": label, "note": note}
                       for reviewer, label, note in row.judgements],
        "agreement": agreement_text(row.judgements),
        "adjudicated_by": row.adjudicated_by,
        "comments": [{"author": author, "at": _iso(at), "text": text} for author, at, text in row.comments],
    }


def write_jsonl(rows: Iterable[ExportRow], out: TextIO) -> int:
    written = 0
    for row in rows:
        line = json.dumps(claim_record(row), ensure_ascii=False, separators=(", ", ": "))
        # U+2028/U+2029 are legal in JSON strings but split lines for many readers.
        out.write(line.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))
        out.write("\n")
        written += 1
    return written

"""ClaimReview (schema.org JSON-LD): one review per labelled claim, for partner fact-checkers.

The output is a JSON array streamed item by item; every item carries its own
``@context`` so it can be lifted out and embedded in a page on its own: ``<``, ``>``,
``&`` and U+2028/U+2029 are written as ``\\u`` escapes, so no text can close a
``<script type="application/ld+json">`` element or break the script around it. Our
label is the rating's ``alternateName``: the workbench rates how a claim is sourced,
not a truth scale, so no numeric ``ratingValue`` is invented.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from workbench.export.cells import finding_text
from workbench.export.rows import ExportRow

CONTEXT = "https://schema.org"
# Outside strings JSON never uses these characters, so replacing them anywhere only touches text.
_EMBED_ESCAPES = str.maketrans({
    "<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029",
})


def embeddable_json(data: Any, indent: int | None = 2) -> str:
    """JSON that is safe inside an HTML ``<script>`` element (and still the same JSON)."""
    return json.dumps(data, ensure_ascii=False, indent=indent).translate(_EMBED_ESCAPES)


ORGANISATION_TYPES = frozenset({"organisation", "media", "document"})


def _without_nulls(data: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in data.items() if value not in (None, "", [])}


def _claim_author(row: ExportRow) -> dict[str, Any] | None:
    attribution = row.attribution
    if attribution is None or not attribution.source:
        return None
    kind = "Organization" if attribution.source_type in ORGANISATION_TYPES else "Person"
    return {"@type": kind, "name": attribution.source}


def _additional_properties(row: ExportRow) -> list[dict[str, Any]]:
    properties = []
    if row.attribution and row.attribution.chain:
        properties.append(
            {"@type": "PropertyValue", "name": "attributionChain", "value": list(row.attribution.chain)}
        )
    for finding in row.findings:
        properties.append(
            _without_nulls({
                "@type": "PropertyValue",
                "name": "finding",
                "propertyID": finding.kind,
                "value": finding_text(finding),
                "description": finding.status,
            })
        )
    return properties


def claim_review(row: ExportRow) -> dict[str, Any]:
    article = row.article
    appearance = _without_nulls({
        "@type": "CreativeWork",
        "url": article.url,
        "headline": article.title,
        "datePublished": article.published.isoformat() if article.published else None,
        "publisher": {"@type": "Organization", "name": article.outlet} if article.outlet else None,
    })
    return _without_nulls({
        "@context": CONTEXT,
        "@type": "ClaimReview",
        "claimReviewed": row.text,
        "reviewRating": {"@type": "Rating", "alternateName": row.label},
        "reviewBody": row.note,  # the reviewer's note: why this verdict
        "itemReviewed": _without_nulls({
            "@type": "Claim",
            "appearance": appearance,
            "author": _claim_author(row),
            "datePublished": article.published.isoformat() if article.published else None,
        }),
        "author": {"@type": "Person", "name": row.reviewer} if row.reviewer else None,
        "datePublished": row.labeled_at.date().isoformat() if row.labeled_at else None,
        "additionalProperty": _additional_properties(row),
    })


def write_claimreview(rows: Iterable[ExportRow], out: TextIO) -> int:
    """A JSON array, written one review at a time; unlabelled rows are skipped."""
    written = 0
    out.write("[")
    for row in rows:
        if row.label is None:
            continue
        out.write(",\n" if written else "\n")
        out.write(embeddable_json(claim_review(row)))
        written += 1
    out.write("\n]\n" if written else "]\n")
    return written

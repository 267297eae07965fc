"""HTML pages to articles: main text and metadata with trafilatura, then our cleaning.

trafilatura drops navigation, headers, footers, sidebars and comment sections; the
line rules of ``clean.drop_boilerplate`` then catch furniture inside the article
element (cookie notices, "Share this story"). Metadata comes from the page's own
tags (Open Graph, JSON-LD, ``<meta>``): title, publication date, author, and the site
name as outlet.
"""

from __future__ import annotations

import logging

import trafilatura
from trafilatura.settings import Document

from workbench.ingest.clean import drop_boilerplate, normalise, split_dateline, tidy_paragraphs
from workbench.ingest.readers import InputError, ReadProblem, parse_published
from workbench.store.articles import ArticleRecord

# trafilatura and htmldate log parse trouble as warnings; with no logging configured
# Python prints those to stderr, where they would break the one-line error rule.
for _name in ("trafilatura", "htmldate", "courlan"):
    logging.getLogger(_name).setLevel(logging.ERROR)


def article_from_html(text: str, origin: str, url: str | None = None) -> ArticleRecord | ReadProblem:
    """An ``ArticleRecord`` from a page, or a ``ReadProblem`` naming ``origin``.

    ``url`` is where the page came from; the page's canonical URL wins when it has one.
    """
    document = _extract(text, url)
    if document is None or not (document.text or "").strip():
        return ReadProblem(origin, "no article text found in the page")
    title = _field(document.title)
    lines = normalise(document.text).strip("\n").split("\n")
    if title and lines and lines[0].strip() == title:
        lines = lines[1:]  # trafilatura repeats the headline as the first paragraph
    body = tidy_paragraphs(drop_boilerplate("\n".join(lines)))
    dateline, body = split_dateline(body)
    if not body.strip():
        return ReadProblem(origin, "no article text left after dropping page furniture")
    try:
        published = parse_published(document.date)
    except InputError:
        published = None  # a date the page states badly is not worth refusing the page for
    return ArticleRecord(
        body=body,
        origin=origin,
        title=title,
        published=published,
        url=_field(document.url) or url,
        outlet=_field(document.sitename),
        author=_field(document.author),
        dateline=dateline,
    )


def _extract(text: str, url: str | None) -> Document | None:
    """Precision first (less furniture); recall when precision finds nothing."""
    options = dict(url=url, with_metadata=True, include_comments=False, include_tables=True)
    try:
        document = trafilatura.bare_extraction(text, favor_precision=True, **options)
        if document is None or not (document.text or "").strip():
            document = trafilatura.bare_extraction(text, **options)
    except (ValueError, TypeError):  # lxml refuses some malformed documents outright
        return None
    return document


def _field(value: str | None) -> str | None:
    """Metadata is untrusted text: one line, no control characters."""
    if not value:
        return None
    clean = " ".join(normalise(value).split())
    return clean or None

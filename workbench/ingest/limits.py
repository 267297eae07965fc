"""How much one input may hold by default: the command line's option defaults, without the readers."""

from __future__ import annotations

MB = 1024 * 1024
MAX_FILE_BYTES = 50 * MB  # default of Limits.input_bytes (ingest --max-size)
# Default of Limits.article_bytes (ingest --max-article-size): ten times a long-form feature.
# Analysis time grows faster than linearly with one article's length, so this bounds it too.
MAX_ARTICLE_BYTES = MB // 2

"""Making untrusted text safe to show: no terminal escapes, no control characters.

Used on ingest (so stored bodies are clean) and again before display (titles, notes
and source names typed or fetched later never reach a terminal raw).
"""

from __future__ import annotations

import re

# ANSI CSI (ESC [ ... final), OSC (ESC ] ... BEL or ESC \), other two-byte escapes, 8-bit CSI.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]|\x9b[0-?]*[ -/]*[@-~]"
)
# C0 and C1 controls except tab and newline; bidi embeddings, overrides and isolates; BOM.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff]")


def strip_controls(text: str) -> str:
    """Remove escape sequences first (an ESC removed alone would leave ``[2J``), then controls."""
    return _CONTROLS.sub("", _ESCAPES.sub("", text))


def one_line(text: str | None, limit: int | None = None) -> str:
    """Safe single-line form for tables and list rows."""
    clean = " ".join(strip_controls(text or "").split())
    if limit is not None and len(clean) > limit:
        return clean[: max(0, limit - 1)] + "…"
    return clean

"""Cleaning article text before analysis.

Order matters: escape sequences go before control characters (an ESC removed alone
would leave ``[2J`` behind), and NFC comes first so offsets are stable afterwards.
"""

from __future__ import annotations

import re
import unicodedata

from workbench.analysis.sanitize import strip_controls

_SPACES = re.compile(r"[ \t\u00a0]+")

# Site furniture, matched against a whole line (case-insensitive). Shape rules below
# catch variants ("3 comments:", "Share this story") without listing every site.
BOILERPLATE_LINES = (
    r"no comments?:?",
    r"\d+ comments?:?",
    r"post a comment",
    r"leave a (?:comment|reply)",
    r"share (?:this|on) ?(?:article|story|post|page)?:?",
    r"share (?:on|via) (?:facebook|twitter|x|whatsapp|linkedin|email)",
    r"related (?:posts|articles|stories|coverage):?",
    r"(?:read|see) (?:more|also)(?::.*)?",
    r"subscribe(?: to (?:our|the) newsletter)?(?: now)?[.!]?",
    r"sign up for (?:our|the) newsletter.*",
    r"advertisement",
    r"(?:we|this (?:site|website)) uses? cookies.*",
    r"(?:accept|manage) (?:all )?cookies.*",
    r"cookie (?:policy|settings|notice).*",
    r"(?:click|tap) here to .*",
    r"follow us on .*",
    r"(?:newer|older) posts?",
    r"home",
    r"labels?:.*",
    r"posted by .* at .*",
    r"skip to (?:main )?content",
)
_BOILERPLATE = re.compile(r"^\s*(?:" + "|".join(BOILERPLATE_LINES) + r")\s*$", re.IGNORECASE)

# "Kabul:" or "OXFORD, U.K. (Reuters) -" at the start of the first paragraph.
_DATELINE = re.compile(
    r"^(?P<dateline>(?:[A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,3})(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?"
    r"(?: \([A-Za-z .]+\))?)\s*(?::|—|--| - )\s+(?=[A-Z\"“])"
)


def normalise(text: str) -> str:
    """NFC, unified newlines, no escapes or controls, single spaces inside lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = unicodedata.normalize("NFC", text)
    text = strip_controls(text)
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


def is_boilerplate(line: str) -> bool:
    return bool(_BOILERPLATE.match(line))


def drop_boilerplate(text: str) -> str:
    return "\n".join(line for line in text.split("\n") if not is_boilerplate(line))


def looks_like_headline(line: str) -> bool:
    """Short, no final full stop, not a quotation: the first line of a plain text file."""
    line = line.strip()
    return 0 < len(line) <= 150 and len(line.split()) <= 20 and not line.endswith((".", ",", ";", ":", '"', "”"))


def split_dateline(body: str) -> tuple[str | None, str]:
    """Take a leading dateline ("Kabul:") off the body; it is kept as metadata."""
    match = _DATELINE.match(body)
    if not match or len(match.group("dateline")) > 60:
        return None, body
    return match.group("dateline").strip(), body[match.end():]


def tidy_paragraphs(text: str) -> str:
    """Collapse runs of blank lines to one and trim the ends."""
    return re.sub(r"\n{3,}", "\n\n", text).strip()

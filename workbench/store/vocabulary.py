"""The store's fixed words: label filters, finding kinds and statuses, stances, review statuses.

Plain tuples, no SQLAlchemy: the command line builds its choices from these without loading
the models (``store.models`` and ``store.queries`` use the same objects).
"""

from __future__ import annotations

LABEL_VALUES = ("attributed", "reported", "unverified", "contradictory")
FINDING_STATUSES = ("open", "confirmed", "dismissed")
FINDING_KINDS = ("temporal_conflict", "numeric_conflict", "duplicate", "reuse")
# Kinds that link claims without questioning them: never flagged, never a reason to re-label.
# ``reuse`` is an outlet repeating its own sentence in a later article (a follow-up's
# background paragraph), kept apart from ``duplicate`` so that the same fact told by two
# outlets is not buried under one outlet's boilerplate.
QUIET_KINDS = ("duplicate", "reuse")
STANCES = ("supports", "refutes", "context")
# A claim's review status: no judgement yet; judged by one reviewer (or all agree, no second
# look asked); judgements differ; settled (agreed by two or more, or adjudicated with --final).
CLAIM_STATUSES = ("unreviewed", "in_review", "needs_second_look", "approved")

# Claim-list filters beside the labels.
UNLABELED = "unlabeled"
FLAGGED = "flagged"
PRIORITY = "priority"  # the unlabeled claims, most worth checking first (a view, not a label)

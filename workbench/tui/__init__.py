"""The review screen: keyboard triage of claims (Textual)."""

"""Alembic revisions for the workbench schema, shipped inside the wheel."""

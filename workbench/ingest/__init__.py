"""Turning files, feeds and pages into cleaned articles, then analysing and storing them."""

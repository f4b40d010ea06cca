"""Bilingual demo content for `manage.py seed_demo`, made on the spot: no downloads, no database dumps."""

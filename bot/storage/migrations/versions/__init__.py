"""Migration scripts, one per revision (Alembic ignores this file)."""

"""Several real ``python -m bot`` processes (shards) on one fake Discord, one fake Inworld and
one PostgreSQL database."""

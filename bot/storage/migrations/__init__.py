"""Alembic migrations, applied by :meth:`bot.storage.db.Database.migrate` at start-up.

To add one after changing the models (no alembic.ini is needed)::

    DATABASE_URL=sqlite:///data/dev.sqlite3 python -m bot.storage.migrations upgrade head
    DATABASE_URL=sqlite:///data/dev.sqlite3 python -m bot.storage.migrations \\
        revision --autogenerate --rev-id 0002 -m "what changed"

then review the generated file in ``versions/`` and test it on SQLite and PostgreSQL.
"""

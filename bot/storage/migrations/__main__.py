"""Run Alembic commands against ``DATABASE_URL`` without an alembic.ini file."""

from __future__ import annotations

import os
import sys

from alembic.config import CommandLine

from ..db import alembic_config, normalize_database_url


def main(argv: list[str] | None = None) -> None:
    """Parse Alembic's usual arguments and run the command."""
    cli = CommandLine(prog="python -m bot.storage.migrations")
    options = cli.parser.parse_args(argv)
    if not hasattr(options, "cmd"):
        cli.parser.error("too few arguments")
    url = os.environ.get("DATABASE_URL")
    if not url:
        cli.parser.error("set DATABASE_URL to the database to work on")
    cli.run_cmd(alembic_config(url=normalize_database_url(url, "")), options)


if __name__ == "__main__":
    main(sys.argv[1:])

"""Secrets never reach the log output, whether in a message, its arguments or a traceback."""

from __future__ import annotations

import io
import logging

from bot.logs import RedactSecrets

SECRET = "super-secret-token-123"


def test_secrets_are_scrubbed_from_messages_and_tracebacks() -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactSecrets([SECRET, ""]))
    logger = logging.getLogger("tests.redaction")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        logger.warning("token is %s", SECRET)
        try:
            raise RuntimeError(f"bad credential {SECRET}")
        except RuntimeError:
            logger.exception("failed")
    finally:
        logger.removeHandler(handler)
    output = stream.getvalue()
    assert SECRET not in output
    assert output.count("***") >= 2 and "RuntimeError" in output

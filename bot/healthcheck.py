"""``python -m bot.healthcheck``: the container's HEALTHCHECK.

Asks the bot's own ``/healthz`` (HEALTH_HOST:HEALTH_PORT) and exits 0 when it answers 200, 1
otherwise, with one line saying why. It reads only those two variables, not the bot's settings,
so it needs no secret; it imports only the standard library (not the bot: that takes a second
of CPU and ~100 MB on every probe).
"""

from __future__ import annotations

import json
import os
import sys
import urllib.error
import urllib.request

TIMEOUT_SECONDS = 4.0
#: Listening on every address means the probe, inside the same container, asks loopback.
WILDCARDS = {"", "0.0.0.0", "::"}  # noqa: S104 - compared against, never bound


def health_url(environ: dict[str, str]) -> str | None:
    port = environ.get("HEALTH_PORT", "").strip()
    if not port:
        return None
    host = environ.get("HEALTH_HOST", "").strip()
    host = "127.0.0.1" if host in WILDCARDS else host
    if ":" in host:
        host = f"[{host}]"
    return f"http://{host}:{port}/healthz"


def probe(url: str, timeout: float = TIMEOUT_SECONDS) -> tuple[bool, str]:
    """(healthy, one line) for the endpoint at ``url``."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 - http URL we built
            return True, f"healthy ({response.status})"
    except urllib.error.HTTPError as exc:
        try:
            failed = json.loads(exc.read() or b"{}").get("failed", [])
        except ValueError:
            failed = []
        return False, f"unhealthy ({exc.code}): {', '.join(failed) or 'no detail'}"
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        return False, f"no answer from {url}: {reason}"


def main() -> int:
    url = health_url(dict(os.environ))
    if url is None:
        print("HEALTH_PORT is not set: the health endpoint is off.", file=sys.stderr)
        return 1
    healthy, line = probe(url)
    print(line, file=sys.stdout if healthy else sys.stderr)
    return 0 if healthy else 1


if __name__ == "__main__":
    raise SystemExit(main())

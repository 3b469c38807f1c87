"""``python -m bot check``: what a server owner runs before going live.

One module per area (settings, voice, ffmpeg, database, Inworld, Discord, intents), each returning
:class:`CheckResult` values; :mod:`.runner` runs them and :mod:`.report` prints the checklist.
"""

from .model import CheckResult, Status
from .runner import main, run_check

__all__ = ["CheckResult", "Status", "main", "run_check"]

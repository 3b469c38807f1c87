"""Ambiguous clone outcomes, settled instead of retried blindly.

A clone POST may create a voice even though no usable answer arrives (the connection dropped
after the request was sent, the success body was cut off, a timeout, a 502/504 from a proxy).
Resending it could create a second voice that nobody knows about. So:

* :mod:`.listing` lists the account's voices with a display name, bounded in pages and time;
* :mod:`.matching` decides, without I/O, which listed voice belongs to a request;
* :mod:`.cloner` snapshots the voices before the POST and, after an ambiguous failure, lists
  again: one new voice is the member's, none means a retry is safe, and when it cannot tell
  it raises :class:`VoiceMayExist`;
* :mod:`.sweep` settles requests left ``cloning`` (a crash) or ``reconciling`` later, and tells
  their members; :mod:`.runner` runs it at start-up and periodically.

Nothing here touches Discord: the sweep reports through a notifier protocol.
"""

from .cloner import Cloned, ReconcileLimits, ReconcilingCloner, VoiceMayExist
from .listing import ListingFailed, ListLimits, voices_named
from .matching import MatchWindow, candidates_for, voice_created_at
from .runner import SweepRunner
from .sweep import OrphanSweep, SweepLimits, SweepReport

__all__ = [
    "Cloned",
    "ListLimits",
    "ListingFailed",
    "MatchWindow",
    "OrphanSweep",
    "ReconcileLimits",
    "ReconcilingCloner",
    "SweepLimits",
    "SweepReport",
    "SweepRunner",
    "VoiceMayExist",
    "candidates_for",
    "voice_created_at",
    "voices_named",
]

"""Ambiguous clone outcomes, settled by the request's tag instead of retried blindly.

A clone POST may create a voice even though no usable answer arrives (the connection dropped
after the request was sent, the success body was cut off or unreadable, a timeout, a 502/504
from a proxy), and Inworld may finish it seconds later. Resending it could create a second
voice. So every request carries a random correlation tag in the POST's ``tags``, and:

* :mod:`.matching` says which voice is a request's (the one carrying its tag), without I/O;
* :mod:`.listing` pages through the account's cloned voices for tags, bounded in pages and time;
* :mod:`.cloner` never resends after an ambiguous failure: one quick look for the tag attaches
  the voice, else it raises :class:`VoiceMayExist` (the request is parked ``reconciling``);
* :mod:`.sweep` looks up every parked (or crash-interrupted) request's tag each pass, attaches
  a voice as soon as it appears, and settles "not created" only after a quiet period;
  :mod:`.runner` runs it at start-up and periodically.

Nothing here touches Discord: the sweep reports through a notifier protocol.
"""

from .cloner import Cloned, ReconcileLimits, ReconcilingCloner, VoiceMayExist
from .listing import ListLimits, TagLook, look_for_tags
from .matching import by_tag, is_request_tag, request_tag_of
from .runner import SweepRunner
from .sweep import OrphanSweep, SweepLimits, SweepReport

__all__ = [
    "Cloned",
    "ListLimits",
    "OrphanSweep",
    "ReconcileLimits",
    "ReconcilingCloner",
    "SweepLimits",
    "SweepReport",
    "SweepRunner",
    "TagLook",
    "VoiceMayExist",
    "by_tag",
    "is_request_tag",
    "look_for_tags",
    "request_tag_of",
]

"""The moderated life of a clone request, without Discord, by stage.

open -> (consent) -> [pending approval -> approve | reject] -> queue -> clone -> done | failed,
with expiry of requests nobody acted on and recovery after a crash. Every state change is a
move of :mod:`bot.lifecycle` (one table); the Discord side effects that follow a change are
written with it to the outbox and delivered by :mod:`bot.outbox`.

* :mod:`.admission`: policy, the stored request, its samples, the sentence to read;
* :mod:`.review`: the member's consent, the moderators' decision;
* :mod:`.execution` (and :mod:`.spoken`): the limiter, the clone call, its outcome;
* :mod:`.upkeep`: expiry and recovery after a restart.
"""

from __future__ import annotations

from .admission import Admission, check_admission
from .base import AlreadyHandled, DeskBase, ReviewPoster, request_line
from .execution import Execution
from .review import Review
from .samples import Prepared, SpokenRecording, options_of, restore_samples, sample_facts
from .upkeep import Upkeep


class CloneDesk(Admission, Review, Execution, Upkeep, DeskBase):
    """Runs requests through policy, consent, approval, the shared limiter and the API."""


__all__ = [
    "AlreadyHandled",
    "CloneDesk",
    "Prepared",
    "ReviewPoster",
    "SpokenRecording",
    "check_admission",
    "options_of",
    "request_line",
    "restore_samples",
    "sample_facts",
]

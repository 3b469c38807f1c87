"""What only this process knows about a request it is running: the member's live interaction
and the full outcome (with its audio). The outbox's result message uses them when this process
delivers it; after a restart (or in another process) it is sent from what is stored."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass
class LiveRequest:
    #: The request's interaction route (bot.delivery.routes.InteractionRoute) while it lives.
    interaction: Any | None = None
    #: The CloneOutcome (processed audio, per-sample report) once the API answered.
    outcome: Any | None = None
    #: bot.delivery.Where of the last result delivered for it by this process.
    where: Any | None = None


class LiveRequests:
    """Requests whose results this process delivers itself (``flush``), by record id."""

    def __init__(self) -> None:
        self._requests: dict[int, LiveRequest] = {}

    def open(self, record_id: int, interaction: Any | None = None) -> LiveRequest:
        live = self._requests.setdefault(record_id, LiveRequest())
        if interaction is not None:
            live.interaction = interaction
        return live

    def note_outcome(self, record_id: int, outcome: Any) -> None:
        """Keep the full outcome for the result message (only for an open request)."""
        live = self._requests.get(record_id)
        if live is not None:
            live.outcome = outcome

    def get(self, record_id: int | None) -> LiveRequest | None:
        return None if record_id is None else self._requests.get(record_id)

    def close(self, record_id: int) -> LiveRequest | None:
        return self._requests.pop(record_id, None)

    @property
    def ids(self) -> frozenset[int]:
        return frozenset(self._requests)

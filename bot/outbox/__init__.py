"""The outbox: Discord side effects of state changes, stored with the change, delivered once.

* :mod:`.dispatcher`: claims due messages, sends them, retries with a stored backoff;
* :mod:`.senders`: each kind (audit post, notice, result, review-post update) to Discord;
* :mod:`.live`: what only the running process has (the interaction, the full outcome).
"""

from .dispatcher import Backoff, Delivery, NotDelivered, OutboxDispatcher, Sender
from .live import LiveRequest, LiveRequests

__all__ = [
    "Backoff",
    "Delivery",
    "LiveRequest",
    "LiveRequests",
    "NotDelivered",
    "OutboxDispatcher",
    "Sender",
]

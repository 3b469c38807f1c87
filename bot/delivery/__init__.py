"""Getting outcomes and progress to the member, whatever Discord refuses.

``chain`` tries routes in order with bounded retries; ``result`` chooses the routes for an
outcome by the guild's privacy; ``progress`` shows progress on the interaction while its token
(``lease``) lives, then elsewhere; ``routes`` is the thin discord.py adapter.
"""

from .chain import DEFAULT_RETRY, Delivered, RetryPolicy, Route, Sent, Step, deliver
from .faults import DeliveryError, Fault, classify
from .lease import DISCORD_TOKEN_SECONDS, TokenLease
from .letter import Attachment, Letter
from .progress import ProgressRelay
from .result import Destinations, Report, Where, build_report, result_headline, send_report
from .text import safe_name, safe_text

__all__ = [
    "DEFAULT_RETRY",
    "DISCORD_TOKEN_SECONDS",
    "Attachment",
    "Delivered",
    "DeliveryError",
    "Destinations",
    "Fault",
    "Letter",
    "ProgressRelay",
    "Report",
    "RetryPolicy",
    "Route",
    "Sent",
    "Step",
    "TokenLease",
    "Where",
    "build_report",
    "classify",
    "deliver",
    "result_headline",
    "safe_name",
    "safe_text",
    "send_report",
]

"""Errors whose message is written for the member who ran the command."""

from __future__ import annotations


class UserFacingError(Exception):
    """Shown to the member as is; raise it for refusals and expected failures."""

    def __init__(self, user_message: str) -> None:
        self.user_message = user_message
        super().__init__(user_message)

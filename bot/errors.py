"""Errors whose message is written for the member who ran the command."""

from __future__ import annotations

from .i18n import SOURCE, Text, render


class UserFacingError(Exception):
    """Shown to the member; raise it for refusals and expected failures. The message is a
    :class:`~bot.i18n.Msg` (rendered in the member's language) or, until its code is
    localized, an English string."""

    def __init__(self, user_message: Text) -> None:
        self.message = user_message
        super().__init__(render(user_message, SOURCE))

    @property
    def user_message(self) -> str:
        """The English text (logs, and tests written before localization)."""
        return render(self.message, SOURCE)

    def render(self, locale: str | None) -> str:
        return render(self.message, locale)

"""Credentials that no service can accept, caught before anything is sent."""

from __future__ import annotations


def credential_problem(value: str, setting: str, scheme: str) -> tuple[str, str] | None:
    """(what is wrong, the fix) for a credential no service can accept; checked before sending.

    Neither Discord tokens nor Inworld keys contain whitespace, so a space is always a paste
    error, most often the ``Basic ``/``Bot `` scheme the bot adds itself.
    """
    if value.startswith(f"{scheme} "):
        return (
            f"{setting} starts with '{scheme} '",
            f"remove the '{scheme} ' prefix from {setting} (the bot adds it)",
        )
    if any(c.isspace() for c in value):
        return (
            f"{setting} contains spaces or line breaks",
            f"set {setting} to the credential alone, without spaces or quotes",
        )
    return None

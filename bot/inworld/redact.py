"""Scrub the API key (in every form it may be echoed) from text shown to members or stored."""

from __future__ import annotations

import base64
import binascii

#: Shorter fragments are not scrubbed (they would mangle ordinary words).
MIN_SECRET_LENGTH = 6
MASK = "***"


def secret_forms(api_key: str) -> tuple[str, ...]:
    """The key itself and, when it is a Basic credential (base64 of ``id:secret``), the decoded
    pair and its secret half: an error text may quote any of them. Longest first."""
    forms = {api_key.strip()}
    try:
        decoded = base64.b64decode(api_key.strip(), validate=True).decode("utf-8")
    except (binascii.Error, ValueError):
        decoded = ""
    if decoded.isprintable():
        forms.add(decoded)
        if ":" in decoded:
            forms.add(decoded.split(":", 1)[1])
    return tuple(sorted((f for f in forms if len(f) >= MIN_SECRET_LENGTH), key=len, reverse=True))


class Redactor:
    """``redactor(text)`` replaces every form of the key with ``***``."""

    def __init__(self, api_key: str) -> None:
        self._forms = secret_forms(api_key) if api_key else ()

    def __call__(self, text: str) -> str:
        for form in self._forms:
            text = text.replace(form, MASK)
        return text

    def __repr__(self) -> str:
        return f"<Redactor forms={len(self._forms)}>"

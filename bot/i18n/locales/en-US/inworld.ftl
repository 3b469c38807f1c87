# The voice service's failures as a member reads them (bot/inworld/errors.py).
inworld-error = The voice service returned an error. Please try again later.
inworld-invalid-argument = Inworld rejected the request as invalid.
# $detail: Inworld's own explanation (English, from the API).
inworld-invalid-argument-detail = Inworld rejected the request: { $detail }
inworld-permission-denied = The bot's Inworld API key is not allowed to create voices (it is probably a read-only key). A bot admin needs to configure a read-write key.
inworld-unauthenticated = The bot's Inworld API key was rejected. A bot admin needs to check INWORLD_API_KEY.
inworld-not-found = Inworld could not find that voice or endpoint.
inworld-rate-limited = Inworld's voice cloning rate limit was reached. Please try again in a minute.
inworld-unavailable = The Inworld voice service is unavailable right now. Please try again later.
inworld-timeout = The Inworld voice service did not answer in time. Please try again later (check your voice list first: the clone may still have been created).
inworld-connection-failed = The bot could not reach the Inworld voice service. Please try again later.
inworld-bad-response = The Inworld voice service sent an unexpected answer. Please try again later.

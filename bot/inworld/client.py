"""Async client for the Inworld Voice API over one shared aiohttp session."""

from __future__ import annotations

import asyncio
import email.utils
import json
import logging
import random
import time
import urllib.parse
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Literal, Protocol

import aiohttp
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception

from .errors import (
    RESOURCE_EXHAUSTED,
    UNAVAILABLE,
    BadResponse,
    ConnectionFailed,
    InworldError,
    NotFound,
    RateLimited,
    RequestTimeout,
    Unavailable,
    error_from_response,
)
from .models import (
    CloneRequest,
    CloneResult,
    MalformedResponse,
    Speech,
    StreamedJson,
    Voice,
    VoicePage,
    parse_clone_response,
    parse_speech,
    parse_voice,
    parse_voice_page,
)
from .redact import Redactor
from .streaming import (
    LiveStream,
    PcmDecoder,
    SpeechStream,
    StreamLimits,
    decode_json,
    network_error,
    read_audio,
)

log = logging.getLogger(__name__)

RetryCallback = Callable[[InworldError, float], Awaitable[None]]
#: Awaited before every clone attempt after the first (e.g. to take a slot of the limiter).
BeforeRetry = Callable[[], Awaitable[None]]
Sleep = Callable[[float], Awaitable[None]]
#: A request body as sent: JSON bytes, or a clone body encoded while it is sent.
Body = bytes | bytearray | StreamedJson
Endpoint = Literal["clone", "list", "delete", "get", "update", "tts", "tts_stream"]
RETRY_STATUSES = frozenset({429, 502, 503, 504})
#: A 502/504 may come from a proxy that had already forwarded the request.
AMBIGUOUS_STATUSES = frozenset({502, 504})
LIST_PATH = "/voices/v1/voices"
TTS_PATH = "/tts/v1/voice"
TTS_STREAM_PATH = "/tts/v1/voice:stream"
#: Encodings ``stream_speech`` can turn into PCM (LINEAR16 chunks carry a WAV header).
StreamEncoding = Literal["LINEAR16", "PCM"]
#: The documented limit of ``text`` for one synthesis.
MAX_TTS_CHARACTERS = 2000
#: Success bodies carry the processed audio back (about 1 MB of base64 per sample).
MAX_RESPONSE_BYTES = 64 * 1024 * 1024


def _voice_path(voice_id: str) -> str:
    """The path of one voice; the ID is quoted, so no typed ID can reach another route."""
    return f"{LIST_PATH}/{urllib.parse.quote(voice_id, safe='')}"


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with jitter, bounded in attempts and in total time."""

    max_attempts: int = 3
    base_delay: float = 1.0
    max_delay: float = 20.0
    total_budget: float = 60.0

    def delay(self, attempt: int, retry_after: float | None) -> float:
        """Seconds to wait after failed ``attempt`` (1-based)."""
        if retry_after is not None:
            return retry_after + random.uniform(0, 0.25 * self.base_delay)
        ceiling = min(self.max_delay, self.base_delay * 2 ** (attempt - 1))
        return random.uniform(ceiling / 2, ceiling)


def parse_retry_after(value: str | None) -> float | None:
    """Retry-After as seconds from either delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _failure(state: RetryCallState) -> InworldError:
    """The error of the attempt just made (only an ``InworldError`` is ever retried)."""
    error = state.outcome.exception() if state.outcome is not None else None
    assert isinstance(error, InworldError)
    return error


class ApiMetrics(Protocol):
    """Where the client reports each HTTP attempt (``bot.observability.BotMetrics``)."""

    def observe_api_call(self, endpoint: Endpoint, seconds: float) -> None: ...

    def api_failed(self, endpoint: Endpoint, error: InworldError) -> None: ...


class _NoMetrics:
    def observe_api_call(self, endpoint: Endpoint, seconds: float) -> None:
        return None

    def api_failed(self, endpoint: Endpoint, error: InworldError) -> None:
        return None


class InworldClient:
    """Calls the Voice API. The key is sent only in the Authorization header, never logged."""

    def __init__(
        self,
        session: aiohttp.ClientSession,
        *,
        api_key: str,
        base_url: str = "https://api.inworld.ai",
        timeout: float = 60.0,
        connect_timeout: float = 10.0,
        retry: RetryPolicy | None = None,
        metrics: ApiMetrics | None = None,
        stream_limits: StreamLimits | None = None,
    ) -> None:
        self._session = session
        self._api_key = api_key
        self._redactor = Redactor(api_key)
        self.base_url = base_url.rstrip("/")
        self._timeout = aiohttp.ClientTimeout(total=timeout, connect=connect_timeout)
        self.retry = retry or RetryPolicy()
        self.metrics: ApiMetrics = metrics if metrics is not None else _NoMetrics()
        self.stream_limits = stream_limits or StreamLimits()

    def __repr__(self) -> str:
        return f"<InworldClient base_url={self.base_url!r} key=***>"

    def _redact(self, text: str) -> str:
        return self._redactor(text)

    async def clone_voice(
        self,
        request: CloneRequest,
        *,
        on_retry: RetryCallback | None = None,
        before_retry: BeforeRetry | None = None,
    ) -> CloneResult:
        """POST /voices/v1/voices:clone; raise an ``InworldError`` subclass on failure.

        Only failures that provably created nothing are retried; an ``ambiguous`` one is
        raised at once (``bot.reconcile`` finds out whether the voice exists).
        ``on_retry(error, wait_seconds)`` is awaited before each retry (to tell the member),
        then ``before_retry()`` (to pass the shared limiter like a first attempt).
        """
        result: CloneResult = await self._request(
            "POST",
            "/voices/v1/voices:clone",
            request.to_stream(),
            "clone",
            on_retry=on_retry,
            before_retry=before_retry,
            parse=self._parse_clone,
        )
        return result

    async def clone_once(self, request: CloneRequest) -> CloneResult:
        """One clone POST, never retried; ambiguous failures are flagged (``ambiguous``)."""
        payload = request.to_stream()
        data = await self._measured_attempt(
            "clone", "POST", self._url("/voices/v1/voices:clone"), payload, self._headers(payload)
        )
        return self._parse_clone(data)

    def _parse_clone(self, data: Any) -> CloneResult:
        try:
            return parse_clone_response(data)
        except MalformedResponse as exc:
            # A 2xx we cannot read: the voice was probably created.
            error = BadResponse(str(exc), http_status=200)
            error.ambiguous = True
            self.metrics.api_failed("clone", error)
            raise error from None

    async def list_voices(
        self, *, filter: str = "", page_size: int = 100, page_token: str = ""
    ) -> VoicePage:
        """One page of GET /voices/v1/voices (retried like any read: it changes nothing)."""
        query = [("pageSize", str(page_size))]
        if filter:
            query.append(("filter", filter))
        if page_token:
            query.append(("pageToken", page_token))
        path = f"{LIST_PATH}?{urllib.parse.urlencode(query)}"
        data = await self._request("GET", path, None, "list")
        try:
            return parse_voice_page(data)
        except MalformedResponse as exc:
            raise BadResponse(str(exc), http_status=200) from None

    async def delete_voice(self, voice_id: str) -> None:
        """DELETE a voice; a 404 means it is already gone."""
        try:
            await self._request("DELETE", _voice_path(voice_id), None, "delete")
        except NotFound:
            return

    async def get_voice(self, voice_id: str) -> Voice:
        """GET one voice; raises ``NotFound`` when the account has no such voice."""
        data = await self._request("GET", _voice_path(voice_id), None, "get")
        return self._parse_voice(data)

    async def update_voice(
        self,
        voice_id: str,
        *,
        display_name: str | None = None,
        description: str | None = None,
        tags: list[str] | None = None,
    ) -> Voice:
        """PATCH a voice's display name, description or tags (idempotent, so retried)."""
        body: dict[str, Any] = {}
        if display_name is not None:
            body["displayName"] = display_name
        if description is not None:
            body["description"] = description
        if tags is not None:
            body["tags"] = list(tags)
        if not body:
            raise ValueError("update_voice needs at least one field to change")
        data = await self._request("PATCH", _voice_path(voice_id), body, "update")
        return self._parse_voice(data)

    async def synthesize(
        self,
        text: str,
        *,
        voice_id: str,
        model_id: str,
        encoding: str = "MP3",
        sample_rate_hertz: int | None = None,
    ) -> Speech:
        """POST /tts/v1/voice: ``text`` (at most 2,000 characters) spoken by the voice."""
        if not text.strip() or len(text) > MAX_TTS_CHARACTERS:
            raise ValueError(f"TTS text must be 1-{MAX_TTS_CHARACTERS} characters")
        audio_config: dict[str, Any] = {"audioEncoding": encoding}
        if sample_rate_hertz is not None:
            audio_config["sampleRateHertz"] = sample_rate_hertz
        body = {"text": text, "voiceId": voice_id, "modelId": model_id, "audioConfig": audio_config}
        data = await self._request("POST", TTS_PATH, body, "tts")
        try:
            return parse_speech(data, encoding)
        except MalformedResponse as exc:
            raise BadResponse(str(exc), http_status=200) from None

    def stream_speech(
        self,
        text: str,
        *,
        voice_id: str,
        model_id: str,
        sample_rate: int = 48_000,
        speaking_rate: float | None = None,
        encoding: StreamEncoding = "LINEAR16",
    ) -> SpeechStream:
        """POST /tts/v1/voice:stream: PCM s16le mono at ``sample_rate``, chunk by chunk.

        Returns at once (nothing is sent before the first ``__anext__``); use it as
        ``async with client.stream_speech(...) as chunks: async for pcm in chunks: ...``.
        Raises ``ValueError`` here for a text that is blank or over 2,000 characters, or
        options out of range. Iterating raises an ``InworldError`` subclass: before any
        audio, failures are retried under ``self.retry`` (429, 502/503/504, a dropped
        connection, an in-stream RESOURCE_EXHAUSTED or UNAVAILABLE); once audio has been
        yielded, every failure is raised (an ``{"error"}`` line as its mapped class, a cut
        connection as ``ConnectionFailed``, a stall as ``RequestTimeout``).
        """
        if not text.strip() or len(text) > MAX_TTS_CHARACTERS:
            raise ValueError(f"TTS text must be 1-{MAX_TTS_CHARACTERS} characters")
        if not voice_id or not model_id:
            raise ValueError("voice_id and model_id are required")
        if not 8_000 <= sample_rate <= 48_000:
            raise ValueError("sample_rate must be 8000-48000 Hz")
        if speaking_rate is not None and not 0.5 <= speaking_rate <= 1.5:
            raise ValueError("speaking_rate must be 0.5-1.5")
        audio_config: dict[str, Any] = {"audioEncoding": encoding, "sampleRateHertz": sample_rate}
        if speaking_rate is not None:
            audio_config["speakingRate"] = speaking_rate
        body = {"text": text, "voiceId": voice_id, "modelId": model_id, "audioConfig": audio_config}
        payload = json.dumps(body).encode()
        limits = self.stream_limits

        def decoder() -> PcmDecoder:
            return PcmDecoder(
                sample_rate=sample_rate,
                redact=self._redact,
                max_line_bytes=limits.max_line_bytes,
                max_audio_bytes=limits.max_audio_bytes(len(text), sample_rate),
                max_wire_bytes=limits.max_wire_bytes(len(text), sample_rate),
            )

        async def open_stream() -> LiveStream:
            retrying = self.retrying(
                label=f"POST {TTS_STREAM_PATH}", retryable=self._stream_retryable
            )
            live: LiveStream = await retrying(self._open_stream, payload, decoder)
            live.deadline = asyncio.get_running_loop().time() + limits.total_seconds(len(text))
            return live

        return SpeechStream(
            open_stream,
            limits=limits,
            redact=self._redact,
            on_failure=lambda error: self.metrics.api_failed("tts_stream", error),
        )

    def _stream_retryable(self, exc: InworldError) -> bool:
        """Before any audio: the usual transient failures, plus an ``{"error"}`` line saying
        the service is busy or unavailable (the 200 had been sent before the backend failed)."""
        if exc.http_status == 200 and exc.code in (RESOURCE_EXHAUSTED, UNAVAILABLE):
            return True
        return self.retryable(exc)

    async def _open_stream(self, payload: bytes, decoder: Callable[[], PcmDecoder]) -> LiveStream:
        """One attempt: send, check the status, read up to the first audio. Reported to the
        metrics as ``tts_stream`` (its time to first audio, or to its failure)."""
        limits = self.stream_limits
        sent = time.monotonic()
        response: aiohttp.ClientResponse | None = None
        try:
            async with asyncio.timeout(limits.first_chunk_timeout):
                response = await self._session.post(
                    self._url(TTS_STREAM_PATH),
                    data=payload,
                    headers=self._headers(payload),
                    timeout=aiohttp.ClientTimeout(total=None, connect=self._timeout.connect),
                    allow_redirects=False,
                )
                if not 200 <= response.status < 300:
                    raise await self._stream_refusal(response)
                stream_decoder = decoder()
                pieces, ended = await read_audio(response, stream_decoder)
                if not pieces:
                    raise BadResponse("the audio stream ended without audio", http_status=200)
        except BaseException as exc:
            if response is not None:
                response.close()
            if not isinstance(exc, InworldError | aiohttp.ClientError | TimeoutError):
                raise  # cancelled (or a bug): not a failure of the service
            error = self._stream_error(exc)
            self.metrics.observe_api_call("tts_stream", time.monotonic() - sent)
            self.metrics.api_failed("tts_stream", error)
            if error is exc:
                raise
            raise error from None
        self.metrics.observe_api_call("tts_stream", time.monotonic() - sent)
        if ended:
            response.release()
        return LiveStream(response, stream_decoder, deque(pieces), ended, deadline=0.0)

    def _stream_error(self, exc: InworldError | aiohttp.ClientError | TimeoutError) -> InworldError:
        if isinstance(exc, InworldError):
            return exc
        if isinstance(exc, aiohttp.ClientError):  # before TimeoutError: some are both
            return network_error(exc, self._redact)
        return RequestTimeout(f"no audio within {self.stream_limits.first_chunk_timeout:g} s")

    async def _stream_refusal(self, response: aiohttp.ClientResponse) -> InworldError:
        """The error of a non-2xx answer (its body read up to a bound)."""
        limit = self.stream_limits.max_error_body_bytes
        raw = bytearray()
        async for chunk in response.content.iter_chunked(65536):
            raw += chunk
            if len(raw) > limit:
                break
        return error_from_response(
            response.status,
            decode_json(bytes(raw[:limit])) if len(raw) <= limit else None,
            retry_after=parse_retry_after(response.headers.get("Retry-After")),
            redact=self._redact,
        )

    @staticmethod
    def _parse_voice(data: Any) -> Voice:
        try:
            return parse_voice(data)
        except MalformedResponse as exc:
            raise BadResponse(str(exc), http_status=200) from None

    def _url(self, path: str) -> str:
        return f"{self.base_url}{path}"

    def _headers(self, payload: Body | None) -> dict[str, str]:
        headers = {"Authorization": f"Basic {self._api_key}", "Accept": "application/json"}
        if payload is not None:
            headers["Content-Type"] = "application/json"
        if isinstance(payload, StreamedJson):
            # Known up front: sent with a Content-Length (as a bytes body is), not chunked.
            headers["Content-Length"] = str(payload.size)
        return headers

    async def _request(
        self,
        method: str,
        path: str,
        body: dict[str, Any] | StreamedJson | None,
        endpoint: Endpoint | None,
        *,
        on_retry: RetryCallback | None = None,
        before_retry: BeforeRetry | None = None,
        parse: Callable[[Any], Any] | None = None,
    ) -> Any:
        """``body``: a JSON object, or a clone body (``CloneRequest.to_stream``)."""
        url = self._url(path)
        payload = json.dumps(body).encode() if isinstance(body, dict) else body
        headers = self._headers(payload)

        async def attempt() -> Any:
            if endpoint is None:  # reads are not among the metrics' endpoints
                data = await self._attempt(method, url, payload, headers)
            else:
                data = await self._measured_attempt(endpoint, method, url, payload, headers)
            return parse(data) if parse is not None else data

        retrying = self.retrying(
            on_retry=on_retry, before_retry=before_retry, label=f"{method} {path}"
        )
        return await retrying(attempt)

    def retrying(
        self,
        *,
        on_retry: RetryCallback | None = None,
        before_retry: BeforeRetry | None = None,
        sleep: Sleep = asyncio.sleep,
        label: str | None = None,
        retryable: Callable[[InworldError], bool] | None = None,
    ) -> AsyncRetrying:
        """The attempts of one call under ``self.retry`` (a new object per call: tenacity's
        keeps the state of its run). A failure is retried while :meth:`retryable`, up to
        ``max_attempts`` and while its wait (``Retry-After`` when given) fits in what is left
        of ``total_budget``; otherwise it is raised as it is. Between two attempts:
        ``on_retry(error, wait)``, the wait, then ``before_retry()``. ``label`` names the call
        in the logs (None logs nothing); ``retryable`` replaces :meth:`retryable`."""
        policy = self.retry
        should_retry = retryable or self.retryable

        def wait(state: RetryCallState) -> float:
            error = _failure(state)
            retry_after = error.retry_after if isinstance(error, RateLimited) else None
            return policy.delay(state.attempt_number, retry_after)

        def stop(state: RetryCallState) -> bool:
            # tenacity computes the wait before asking to stop (``upcoming_sleep``).
            if state.attempt_number >= policy.max_attempts:
                return True
            remaining = policy.total_budget - (time.monotonic() - state.start_time)
            if state.upcoming_sleep <= remaining:
                return False
            if label is not None:
                log.warning("Inworld %s: %s; no retry budget left", label, _failure(state))
            return True

        async def before_sleep(state: RetryCallState) -> None:
            error, wait = _failure(state), state.upcoming_sleep
            if label is not None:
                log.info(
                    "Inworld %s: %s; retry %d/%d in %.1fs",
                    label,
                    error,
                    state.attempt_number,
                    policy.max_attempts - 1,
                    wait,
                )
            if on_retry is not None:
                await on_retry(error, wait)

        async def before(state: RetryCallState) -> None:
            if before_retry is not None and state.attempt_number > 1:
                await before_retry()

        return AsyncRetrying(
            retry=retry_if_exception(
                lambda exc: isinstance(exc, InworldError) and should_retry(exc)
            ),
            wait=wait,
            stop=stop,
            before=before,
            before_sleep=before_sleep,
            sleep=sleep,
            reraise=True,
        )

    async def _measured_attempt(
        self,
        endpoint: Endpoint,
        method: str,
        url: str,
        payload: Body | None,
        headers: dict[str, str],
    ) -> Any:
        """One attempt, reported to the metrics (its duration; its error, if any)."""
        sent = time.monotonic()
        try:
            data = await self._attempt(method, url, payload, headers)
        except InworldError as exc:
            self.metrics.observe_api_call(endpoint, time.monotonic() - sent)
            # A 404 on DELETE means "already gone", which delete_voice treats as success.
            if not (endpoint == "delete" and isinstance(exc, NotFound)):
                self.metrics.api_failed(endpoint, exc)
            raise
        self.metrics.observe_api_call(endpoint, time.monotonic() - sent)
        return data

    @staticmethod
    def retryable(exc: InworldError) -> bool:
        """True when resending is safe and may help: never for an ambiguous failure."""
        if exc.ambiguous:
            return False
        if isinstance(exc, ConnectionFailed):
            return True
        if isinstance(exc, RateLimited | Unavailable | BadResponse):
            return exc.http_status in RETRY_STATUSES
        return False

    async def _attempt(
        self, method: str, url: str, payload: Body | None, headers: dict[str, str]
    ) -> Any:
        """One HTTP exchange. For a POST, every failure after the request may have been sent
        is flagged ``ambiguous``; reads and deletes are idempotent, so never ambiguous."""
        try:
            return await self._exchange(method, url, payload, headers)
        except InworldError as exc:
            if method == "POST" and self._may_have_taken_effect(exc):
                exc.ambiguous = True
            raise

    @staticmethod
    def _may_have_taken_effect(exc: InworldError) -> bool:
        if isinstance(exc, RequestTimeout):
            return True
        if isinstance(exc, ConnectionFailed):
            return exc.sent
        if exc.http_status is not None and 200 <= exc.http_status < 300:
            return True  # a success we could not read
        return exc.http_status in AMBIGUOUS_STATUSES

    async def _exchange(
        self, method: str, url: str, payload: Body | None, headers: dict[str, str]
    ) -> Any:
        try:
            async with self._session.request(
                method,
                url,
                # A new stream per attempt: each retry sends the whole body again.
                data=payload.stream() if isinstance(payload, StreamedJson) else payload,
                headers=headers,
                timeout=self._timeout,
                allow_redirects=False,
            ) as response:
                raw = await self._read_capped(response)
                status = response.status
                retry_after = parse_retry_after(response.headers.get("Retry-After"))
        except aiohttp.ConnectionTimeoutError as exc:
            # No connection within connect_timeout: nothing was sent.
            raise ConnectionFailed(self._redact(f"{type(exc).__name__}: {exc}")) from None
        except TimeoutError:
            raise RequestTimeout(f"no answer within {self._timeout.total:g} s") from None
        except aiohttp.ClientConnectorError as exc:
            # Refused, DNS, TLS handshake: the request never left.
            raise ConnectionFailed(self._redact(f"{type(exc).__name__}: {exc}")) from None
        except aiohttp.ClientPayloadError as exc:
            # The answer was cut off mid-body: the request had been received.
            raise ConnectionFailed(
                self._redact(f"{type(exc).__name__}: {exc}"), sent=True
            ) from None
        except aiohttp.ClientConnectionError as exc:
            # Dropped or reset once connected: the request may have been read and acted on.
            raise ConnectionFailed(
                self._redact(f"{type(exc).__name__}: {exc}"), sent=True
            ) from None
        body = self._decode(raw)
        if 200 <= status < 300:
            if body is None:
                raise BadResponse("success without a JSON body", http_status=status)
            return body
        raise error_from_response(status, body, retry_after=retry_after, redact=self._redact)

    @staticmethod
    async def _read_capped(response: aiohttp.ClientResponse) -> bytearray:
        """The body, as read (not copied into ``bytes``: a clone answer is about 1 MB)."""
        if (response.content_length or 0) > MAX_RESPONSE_BYTES:
            raise BadResponse("response too large", http_status=response.status)
        raw = bytearray()
        async for chunk in response.content.iter_chunked(65536):
            raw += chunk
            if len(raw) > MAX_RESPONSE_BYTES:
                raise BadResponse("response too large", http_status=response.status)
        return raw

    @staticmethod
    def _decode(raw: bytes | bytearray) -> Any:
        """Parsed JSON; ``{}`` for an empty body; None for a body that is not JSON. A
        ``bytearray`` is emptied once decoded (the caller is done with it).

        Every ``audioData`` member is dropped as soon as its object is parsed: the clone
        answer echoes each sample's processed audio there, which nothing uses (memory)."""
        if not raw.strip():
            return {}
        try:
            text = raw.decode(json.detect_encoding(raw), "surrogatepass")
        except UnicodeDecodeError:
            return None
        if isinstance(raw, bytearray):
            raw.clear()  # the text replaces it (json.loads would hold both while parsing)
        try:
            return json.loads(text, object_hook=_without_audio)
        except ValueError:
            return None


def _without_audio(obj: dict[str, Any]) -> dict[str, Any]:
    obj.pop("audioData", None)
    return obj

"""InworldClient.stream_speech against the fake's POST /tts/v1/voice:stream, and its parser."""

from __future__ import annotations

import asyncio
import base64
import json
import struct
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest

from bot.inworld import InworldClient, RetryPolicy, SpeechStream, StreamLimits
from bot.inworld.client import Endpoint
from bot.inworld.errors import (
    BadResponse,
    ConnectionFailed,
    InvalidArgument,
    InworldError,
    NotFound,
    RateLimited,
    RequestTimeout,
    Unauthenticated,
    Unavailable,
)
from bot.inworld.streaming import PcmDecoder, wav_payload
from tests.fakes.inworld_server import FakeInworld, Fault, tts_reference_pcm

FAST_RETRY = RetryPolicy(max_attempts=3, base_delay=0.01, max_delay=0.05, total_budget=5)
VOICE = "Alex"
MODEL = "inworld-tts-1.5-mini"
TEXT = "Hello there, this is my own voice speaking in the channel."
#: A Basic credential (base64 of id:secret): the key, the pair and the secret must all be hidden.
SECRET_KEY = base64.b64encode(b"key-id-1234:very-secret-part-5678").decode()


class Metrics:
    def __init__(self) -> None:
        self.calls: list[Endpoint] = []
        self.failures: list[tuple[Endpoint, InworldError]] = []

    def observe_api_call(self, endpoint: Endpoint, seconds: float) -> None:
        assert seconds >= 0
        self.calls.append(endpoint)

    def api_failed(self, endpoint: Endpoint, error: InworldError) -> None:
        self.failures.append((endpoint, error))


@pytest.fixture
async def fake() -> AsyncIterator[FakeInworld]:
    async with FakeInworld() as server:
        server.stream_first_chunk_delay = 0
        server.stream_chunk_interval = 0
        yield server


def client_for(
    fake: FakeInworld,
    session: aiohttp.ClientSession,
    *,
    key: str | None = None,
    limits: StreamLimits | None = None,
    metrics: Metrics | None = None,
) -> InworldClient:
    return InworldClient(
        session,
        api_key=key or fake.api_key,
        base_url=fake.url,
        retry=FAST_RETRY,
        stream_limits=limits,
        metrics=metrics,
    )


def stream(client: InworldClient, text: str = TEXT, **kwargs: Any) -> SpeechStream:
    return client.stream_speech(text, voice_id=VOICE, model_id=MODEL, **kwargs)


async def collect(chunks: SpeechStream) -> list[bytes]:
    async with chunks:
        return [piece async for piece in chunks]


# ------------------------------------------------------------------ audio as it arrives


async def test_first_chunk_is_yielded_while_the_fake_holds_the_rest(
    fake: FakeInworld, http_session: aiohttp.ClientSession
) -> None:
    fake.enqueue_stream(Fault.stream_hold(after_chunks=1))
    async with stream(client_for(fake, http_session)) as chunks:
        first = await anext(chunks)
        record = await fake.wait_stream(0, held=True)
        # The fake has sent one chunk and is holding everything else back.
        assert (record.chunks_sent, record.held, record.end) == (1, True, None)
        fake.release_streams()
        rest = [piece async for piece in chunks]
    assert (await fake.wait_stream(0)).end == "complete"
    assert first + b"".join(rest) == tts_reference_pcm(TEXT, 48_000)


@pytest.mark.parametrize("encoding", ["LINEAR16", "PCM"])
@pytest.mark.parametrize(("chunk_bytes", "rate"), [(None, 48_000), (4801, 48_000), (1001, 24_000),
                                                    (3, 8_000)])  # fmt: skip
async def test_pcm_equals_the_reference_exactly(
    fake: FakeInworld,
    http_session: aiohttp.ClientSession,
    encoding: str,
    chunk_bytes: int | None,
    rate: int,
) -> None:
    """Odd chunk sizes split samples (3 bytes: every chunk, and each its own WAV header)."""
    fake.stream_chunk_bytes = chunk_bytes
    text = "Hi." if chunk_bytes == 3 else TEXT
    client = client_for(fake, http_session)
    pieces = await collect(stream(client, text, sample_rate=rate, encoding=encoding))
    assert len(pieces) > 1
    assert all(piece and len(piece) % 2 == 0 for piece in pieces)
    assert b"".join(pieces) == tts_reference_pcm(text, rate)
    config = fake.stream_requests[0].body["audioConfig"]
    assert config == {"audioEncoding": encoding, "sampleRateHertz": rate}


async def test_speaking_rate_is_sent(
    fake: FakeInworld, http_session: aiohttp.ClientSession
) -> None:
    await collect(stream(client_for(fake, http_session), speaking_rate=1.25))
    assert fake.stream_requests[0].body == {
        "text": TEXT,
        "voiceId": VOICE,
        "modelId": MODEL,
        "audioConfig": {"audioEncoding": "LINEAR16", "sampleRateHertz": 48_000,
                        "speakingRate": 1.25},
    }  # fmt: skip


async def test_success_is_measured_once(
    fake: FakeInworld, http_session: aiohttp.ClientSession
) -> None:
    metrics = Metrics()
    await collect(stream(client_for(fake, http_session, metrics=metrics)))
    assert metrics.calls == ["tts_stream"]
    assert metrics.failures == []


# ------------------------------------------------------------------ failures and retries


@pytest.mark.parametrize(
    ("code", "error"), [(13, Unavailable), (3, InvalidArgument), (8, RateLimited)]
)
async def test_mid_stream_error_line_raises_the_mapped_error(
    fake: FakeInworld, http_session: aiohttp.ClientSession, code: int, error: type[InworldError]
) -> None:
    metrics = Metrics()
    fake.enqueue_stream(Fault.stream_error(after_chunks=2, code=code, message="synthesis broke"))
    got: list[bytes] = []
    with pytest.raises(error) as caught:
        async with stream(client_for(fake, http_session, metrics=metrics)) as chunks:
            async for piece in chunks:
                got.append(piece)
    assert caught.value.code == code
    assert "synthesis broke" in str(caught.value)
    assert b"".join(got) == tts_reference_pcm(TEXT, 48_000)[: len(b"".join(got))]
    assert len(got) == 2
    assert len(fake.stream_requests) == 1  # never retried once audio was out
    assert [endpoint for endpoint, _ in metrics.failures] == ["tts_stream"]


async def test_cut_connection_raises(
    fake: FakeInworld, http_session: aiohttp.ClientSession
) -> None:
    fake.enqueue_stream(Fault.stream_cut(after_chunks=2))
    with pytest.raises(ConnectionFailed):
        await collect(stream(client_for(fake, http_session)))
    assert (await fake.wait_stream(0)).end == "cut"
    assert len(fake.stream_requests) == 1


@pytest.mark.parametrize(
    "fault",
    [
        Fault.rpc(14, "backend unavailable"),  # 503
        Fault.non_json(502),
        Fault.non_json(504),
        Fault.rate_limited(retry_after=0),
        Fault.drop(),
        Fault.stream_cut(after_chunks=0),
        Fault.stream_error(after_chunks=0, code=14),
        Fault.stream_error(after_chunks=0, code=8),
    ],
    ids=repr,
)
async def test_failure_before_audio_is_retried(
    fake: FakeInworld, http_session: aiohttp.ClientSession, fault: Fault
) -> None:
    metrics = Metrics()
    fake.enqueue_stream(fault)
    pieces = await collect(stream(client_for(fake, http_session, metrics=metrics)))
    assert b"".join(pieces) == tts_reference_pcm(TEXT, 48_000)
    assert len(fake.stream_requests) == 2
    assert metrics.calls == ["tts_stream", "tts_stream"]
    assert len(metrics.failures) == 1


@pytest.mark.parametrize(
    "fault",
    [
        Fault.http(200, b""),
        Fault.http(200, b'{"result": {"usage": {}}}\n{"result": {"audioContent": ""}}\n'),
    ],
    ids=["empty body", "lines without audio"],
)
async def test_a_stream_without_audio_is_an_error(
    fake: FakeInworld, http_session: aiohttp.ClientSession, fault: Fault
) -> None:
    fake.enqueue_stream(fault)
    with pytest.raises(BadResponse, match="without audio"):
        await collect(stream(client_for(fake, http_session)))
    assert len(fake.stream_requests) == 1


async def test_retries_are_bounded(fake: FakeInworld, http_session: aiohttp.ClientSession) -> None:
    fake.enqueue_stream(*[Fault.rpc(14, "down")] * 5)
    with pytest.raises(Unavailable):
        await collect(stream(client_for(fake, http_session)))
    assert len(fake.stream_requests) == FAST_RETRY.max_attempts


@pytest.mark.parametrize(
    ("fault", "error"),
    [
        (Fault.rpc(3, "text is bad"), InvalidArgument),
        (Fault.rpc(13, "internal"), Unavailable),  # 500: not in the retried statuses
        (Fault.stream_error(after_chunks=0, code=3), InvalidArgument),
    ],
    ids=repr,
)
async def test_permanent_failure_before_audio_is_not_retried(
    fake: FakeInworld, http_session: aiohttp.ClientSession, fault: Fault, error: type[InworldError]
) -> None:
    fake.enqueue_stream(fault)
    with pytest.raises(error):
        await collect(stream(client_for(fake, http_session)))
    assert len(fake.stream_requests) == 1


async def test_wrong_key_is_not_retried_and_never_echoed(
    fake: FakeInworld, http_session: aiohttp.ClientSession
) -> None:
    with pytest.raises(Unauthenticated) as caught:
        await collect(stream(client_for(fake, http_session, key=SECRET_KEY)))
    assert len(fake.stream_requests) == 1
    assert fake.streams == []
    assert SECRET_KEY not in str(caught.value) + caught.value.user_message


async def test_unknown_voice_is_not_found_before_streaming(
    fake: FakeInworld, http_session: aiohttp.ClientSession
) -> None:
    client = client_for(fake, http_session)
    with pytest.raises(NotFound):
        await collect(client.stream_speech(TEXT, voice_id="test_ws__nobody", model_id=MODEL))
    assert len(fake.stream_requests) == 1
    assert fake.streams == []


@pytest.mark.parametrize(
    "fault", [Fault.stream_error(after_chunks=1, code=14), Fault.stream_cut(after_chunks=1)],
    ids=repr,
)  # fmt: skip
async def test_no_retry_once_audio_has_started(
    fake: FakeInworld, http_session: aiohttp.ClientSession, fault: Fault
) -> None:
    fake.enqueue_stream(fault)
    chunks = stream(client_for(fake, http_session))
    first = await anext(chunks)
    assert first
    with pytest.raises((Unavailable, ConnectionFailed)):
        await anext(chunks)
    assert len(fake.stream_requests) == 1
    assert chunks.closed
    with pytest.raises(StopAsyncIteration):
        await anext(chunks)


# ------------------------------------------------------------------ timeouts and cancellation


async def test_silence_between_chunks_times_out(
    fake: FakeInworld, http_session: aiohttp.ClientSession
) -> None:
    fake.enqueue_stream(Fault.stream_hold(after_chunks=1))
    limits = StreamLimits(chunk_timeout=0.2)
    with pytest.raises(RequestTimeout, match="no audio for"):
        await collect(stream(client_for(fake, http_session, limits=limits)))
    assert (await fake.wait_stream(0)).end == "client_gone"
    assert len(fake.stream_requests) == 1


@pytest.mark.parametrize("fault", [Fault.stream_hold(after_chunks=0), Fault.stall(30)], ids=repr)
async def test_no_first_chunk_times_out_without_retry(
    fake: FakeInworld, http_session: aiohttp.ClientSession, fault: Fault
) -> None:
    fake.enqueue_stream(fault)
    limits = StreamLimits(first_chunk_timeout=0.2)
    with pytest.raises(RequestTimeout, match="no audio within"):
        await collect(stream(client_for(fake, http_session, limits=limits)))
    assert len(fake.stream_requests) == 1


async def test_whole_stream_is_bounded_in_time(
    fake: FakeInworld, http_session: aiohttp.ClientSession
) -> None:
    fake.stream_chunk_interval = 0.05
    limits = StreamLimits(total_base_seconds=0.2, total_seconds_per_character=0)
    with pytest.raises(RequestTimeout, match="time limit"):
        await collect(stream(client_for(fake, http_session, limits=limits)))


@pytest.fixture
async def counted() -> AsyncIterator[tuple[aiohttp.ClientSession, aiohttp.TCPConnector]]:
    connector = aiohttp.TCPConnector()
    async with aiohttp.ClientSession(connector=connector) as session:
        yield session, connector


def in_use(connector: aiohttp.TCPConnector) -> int:
    """Connections handed out and not given back (aiohttp has no public counter)."""
    return len(connector._acquired)


async def test_cancelling_the_reader_closes_the_response(
    fake: FakeInworld, counted: tuple[aiohttp.ClientSession, aiohttp.TCPConnector]
) -> None:
    session, connector = counted
    fake.enqueue_stream(Fault.stream_hold(after_chunks=1))
    chunks = stream(client_for(fake, session))
    first = asyncio.Event()

    async def play() -> None:
        async for _ in chunks:
            first.set()

    task = asyncio.create_task(play())
    await first.wait()
    await fake.wait_stream(0, held=True)
    assert in_use(connector) == 1
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert chunks.closed
    assert in_use(connector) == 0
    assert (await fake.wait_stream(0)).end == "client_gone"


async def test_cancelling_before_the_first_chunk_closes_the_response(
    fake: FakeInworld, counted: tuple[aiohttp.ClientSession, aiohttp.TCPConnector]
) -> None:
    session, connector = counted
    fake.enqueue_stream(Fault.stream_hold(after_chunks=0))
    chunks = stream(client_for(fake, session))
    task = asyncio.create_task(anext(chunks))
    await fake.wait_stream(0, held=True)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert chunks.closed
    assert in_use(connector) == 0
    assert (await fake.wait_stream(0)).end == "client_gone"


async def test_leaving_early_closes_the_response(
    fake: FakeInworld, counted: tuple[aiohttp.ClientSession, aiohttp.TCPConnector]
) -> None:
    session, connector = counted
    fake.enqueue_stream(Fault.stream_hold(after_chunks=2))
    async with stream(client_for(fake, session)) as chunks:
        async for _ in chunks:
            break
    assert in_use(connector) == 0
    assert (await fake.wait_stream(0)).end == "client_gone"
    await chunks.aclose()  # idempotent


async def test_a_finished_stream_gives_its_connection_back(
    fake: FakeInworld, counted: tuple[aiohttp.ClientSession, aiohttp.TCPConnector]
) -> None:
    session, connector = counted
    await collect(stream(client_for(fake, session)))
    assert in_use(connector) == 0
    assert len(connector._conns) == 1  # kept alive for the next request


async def test_two_readers_at_once_are_refused(
    fake: FakeInworld, http_session: aiohttp.ClientSession
) -> None:
    fake.enqueue_stream(Fault.stream_hold(after_chunks=0))
    chunks = stream(client_for(fake, http_session))
    task = asyncio.create_task(anext(chunks))
    await fake.wait_stream(0, held=True)
    with pytest.raises(RuntimeError, match="already"):
        await anext(chunks)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task


# ------------------------------------------------------------------ limits and secrets


@pytest.mark.parametrize(
    "kwargs",
    [
        {"text": "x" * 2001},
        {"text": "   "},
        {"sample_rate": 96_000},
        {"sample_rate": 4_000},
        {"speaking_rate": 2.0},
        {"speaking_rate": 0.25},
        {"voice_id": ""},
    ],
)
async def test_invalid_requests_are_refused_before_sending(
    fake: FakeInworld, http_session: aiohttp.ClientSession, kwargs: dict[str, Any]
) -> None:
    params: dict[str, Any] = {"text": TEXT, "voice_id": VOICE, "model_id": MODEL}
    params.update(kwargs)
    client = client_for(fake, http_session)
    with pytest.raises(ValueError):
        client.stream_speech(params.pop("text"), **params)
    assert fake.requests == []


async def test_text_of_2000_characters_is_accepted(
    fake: FakeInworld, http_session: aiohttp.ClientSession
) -> None:
    text = "word " * 400
    pieces = await collect(stream(client_for(fake, http_session), text, sample_rate=16_000))
    assert b"".join(pieces) == tts_reference_pcm(text, 16_000)


async def test_oversized_line_is_refused(
    fake: FakeInworld, http_session: aiohttp.ClientSession
) -> None:
    limits = StreamLimits(max_line_bytes=10_000)  # a 160 ms chunk is ~20 kB of base64
    with pytest.raises(BadResponse, match="exceeds 10000 bytes"):
        await collect(stream(client_for(fake, http_session, limits=limits)))
    assert len(fake.stream_requests) == 1


async def test_too_much_audio_is_refused(
    fake: FakeInworld, http_session: aiohttp.ClientSession
) -> None:
    limits = StreamLimits(audio_base_seconds=0.5, audio_min_characters_per_second=1_000)
    with pytest.raises(BadResponse, match="bytes of audio"):
        await collect(stream(client_for(fake, http_session, limits=limits)))


async def test_error_body_is_read_up_to_a_bound(
    fake: FakeInworld, http_session: aiohttp.ClientSession
) -> None:
    body = {"code": 3, "message": "the reason", "details": [], "pad": "x" * 5000}
    fake.enqueue_stream(Fault.http(400, body), Fault.http(400, body))
    with pytest.raises(InvalidArgument, match="the reason"):
        await collect(stream(client_for(fake, http_session)))
    limits = StreamLimits(max_error_body_bytes=1000)
    with pytest.raises(InvalidArgument) as caught:  # from the status: the body was cut
        await collect(stream(client_for(fake, http_session, limits=limits)))
    assert "the reason" not in str(caught.value)
    assert "not JSON" in str(caught.value)


async def test_secrets_never_reach_error_strings(http_session: aiohttp.ClientSession) -> None:
    secret_forms = (SECRET_KEY, "key-id-1234:very-secret-part-5678", "very-secret-part-5678")
    async with FakeInworld(api_key=SECRET_KEY) as fake:
        fake.stream_first_chunk_delay = fake.stream_chunk_interval = 0
        echo = f"bad key {SECRET_KEY} (key-id-1234:very-secret-part-5678)"
        fake.enqueue_stream(
            Fault.rpc(3, echo), Fault.stream_error(after_chunks=1, code=3, message=echo)
        )
        client = client_for(fake, http_session)
        errors: list[InworldError] = []
        for _ in range(2):
            with pytest.raises(InvalidArgument) as caught:
                await collect(stream(client))
            errors.append(caught.value)
    for error in errors:
        shown = f"{error} {error.user_message} {error.message}"
        assert "***" in shown
        for form in secret_forms:
            assert form not in shown


# ------------------------------------------------------------------ the parser alone


def wav_chunk(pcm: bytes, rate: int = 48_000, *, channels: int = 1, extra: bytes = b"",
              tag: int = 1, size: int | None = None) -> bytes:  # fmt: skip
    fmt = struct.pack("<HHIIHH", tag, channels, rate, rate * 2 * channels, 2 * channels, 16)
    if tag == 0xFFFE:
        fmt += struct.pack("<HHI", 22, 16, 0) + struct.pack("<H", 1) + bytes(14)
    body = b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt + extra
    body += b"data" + struct.pack("<I", len(pcm) if size is None else size) + pcm
    return b"RIFF" + struct.pack("<I", len(body)) + body


PCM = bytes(range(200))


def test_wav_header_is_parsed_not_assumed_44_bytes() -> None:
    list_chunk = b"LIST" + struct.pack("<I", 5) + b"INFOx" + b"\0"  # odd size: padded
    assert wav_payload(wav_chunk(PCM, extra=list_chunk), 48_000) == PCM
    assert wav_payload(wav_chunk(PCM, tag=0xFFFE), 48_000) == PCM
    assert wav_payload(wav_chunk(PCM), 48_000) == PCM
    assert wav_payload(PCM, 48_000) == PCM


@pytest.mark.parametrize("size", [0, 0xFFFFFFFF, 10_000])
def test_streamed_data_sizes_take_the_rest(size: int) -> None:
    assert wav_payload(wav_chunk(PCM, size=size), 48_000) == PCM


@pytest.mark.parametrize(
    ("chunk", "match"),
    [
        (wav_chunk(PCM, 24_000), "24000 Hz"),
        (wav_chunk(PCM, channels=2), "2 channel"),
        (wav_chunk(PCM, tag=3), "format 3"),
        (wav_chunk(PCM)[:30], "truncated"),
        (b"RIFF\0\0\0\0WAVEdata\4\0\0\0abcd", "before its fmt"),
    ],
)
def test_unexpected_wav_headers_are_refused(chunk: bytes, match: str) -> None:
    with pytest.raises(BadResponse, match=match):
        wav_payload(chunk, 48_000)


def decoder(**kwargs: int) -> PcmDecoder:
    params = {"max_line_bytes": 1 << 20, "max_audio_bytes": 1 << 20, "max_wire_bytes": 1 << 22}
    params.update(kwargs)
    return PcmDecoder(sample_rate=48_000, redact=lambda text: text, **params)


def line(message: dict[str, Any]) -> bytes:
    return json.dumps(message).encode() + b"\n"


def audio_line(audio: bytes) -> bytes:
    return line({"result": {"audioContent": base64.b64encode(audio).decode()}})


def test_lines_split_anywhere_and_odd_chunks_stay_aligned() -> None:
    wire = b"".join(
        [audio_line(wav_chunk(PCM[:51])), audio_line(PCM[51:100]), b"\n",
         audio_line(wav_chunk(PCM[100:])), line({"result": {"usage": {}}})]
    )  # fmt: skip
    for step in (1, 7, len(wire)):
        d = decoder()
        pieces: list[bytes] = []
        for i in range(0, len(wire), step):
            pieces += d.feed(wire[i : i + step])
        pieces += d.finish()
        assert b"".join(pieces) == PCM
        assert all(len(piece) % 2 == 0 for piece in pieces)


def test_last_line_without_newline_is_read() -> None:
    d = decoder()
    assert d.feed(audio_line(PCM[:100]).rstrip(b"\n")) == []
    assert d.finish() == [PCM[:100]]


@pytest.mark.parametrize(
    ("wire", "match"),
    [
        (b"not json\n", "not JSON"),
        (b"[1, 2]\n", "not a JSON object"),
        (b'{"other": 1}\n', "neither result nor error"),
        (b'{"result": {"audioContent": "%%%"}}\n', "not base64"),
        (b'{"result": {"audioContent": 5}}\n', "not a string"),
        (b'{"error": "boom"}\n', "without a status"),
    ],
)
def test_malformed_lines_are_refused(wire: bytes, match: str) -> None:
    with pytest.raises(BadResponse, match=match):
        decoder().feed(wire)


def test_every_line_is_checked_for_an_error_after_the_audio_before_it() -> None:
    d = decoder()
    wire = audio_line(PCM) + line({"error": {"code": 8, "message": "quota", "details": []}})
    assert d.feed(wire + audio_line(PCM)) == [PCM]  # what came before the error is played
    for step in (d.check, lambda: d.feed(audio_line(PCM)), d.finish):
        with pytest.raises(RateLimited, match="quota"):
            step()
    with pytest.raises(RateLimited):
        decoder().feed(wire[len(audio_line(PCM)) :])


def test_line_limit_holds_with_and_without_a_newline() -> None:
    with pytest.raises(BadResponse, match="exceeds 100 bytes"):
        decoder(max_line_bytes=100).feed(b"x" * 101)
    with pytest.raises(BadResponse, match="exceeds 100 bytes"):
        decoder(max_line_bytes=100).feed(b"x" * 101 + b"\n")
    assert decoder(max_line_bytes=100).feed(b" " * 100 + b"\n") == []


def test_wire_limit_holds() -> None:
    with pytest.raises(BadResponse, match="exceeded 50 bytes"):
        decoder(max_wire_bytes=50).feed(b" " * 51)

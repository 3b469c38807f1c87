"""A loopback fake of Discord's voice server (voice gateway v8 + UDP/RTP) for the real
discord.py ``VoiceClient``.

:class:`FakeVoiceServer` serves ``wss://127.0.0.1:<port>/?v=8`` with a certificate from the
test CA (:mod:`tests.fakes.tls`) and a UDP socket on ``127.0.0.1``. The main gateway glue
(voice states, VOICE_SERVER_UPDATE with ``endpoint`` = :attr:`FakeVoiceServer.endpoint`)
lives in :class:`tests.fakes.discord_server.FakeDiscord`, which calls :meth:`grant` and
:meth:`revoke`; a test attaches one with ``fake.use_voice_server(voice)``.

Protocol, as Discord speaks it: op 8 Hello on connect; op 0 Identify (``server_id``,
``user_id``, ``session_id``, ``token``, ``max_dave_protocol_version``) answered by op 2 Ready
(``ssrc``, ``ip``, ``port``, ``modes``); UDP IP discovery (74-byte type 0x1 request, 0x2
reply with the address and port seen); op 1 Select Protocol; op 4 Session Description
(``mode``, 32-byte ``secret_key``, ``dave_protocol_version``); op 3 Heartbeat (v8:
``{t, seq_ack}``) answered by op 6; op 5 Speaking; op 7 Resume answered by op 9 Resumed and
the sequenced messages after ``seq_ack``. Server messages other than Hello and heartbeat
acks carry ``seq``. Close codes: 4001 unknown opcode, 4002 undecodable payload, 4003 not
authenticated, 4004 authentication failed (wrong token), 4005 already authenticated, 4006
session no longer valid, 4014 disconnected (the member left or was moved), 4016 unknown
encryption mode, 4017 E2EE/DAVE protocol required (``max_dave_protocol_version`` missing or
below 1, as Discord requires since 2026-03-01).

**DAVE**: real Discord negotiates DAVE (MLS + a per-frame AES-128-GCM layer). This fake
requires clients to *offer* DAVE (4017 otherwise) but then answers
``dave_protocol_version: 0`` in Session Description, so discord.py creates no DAVE session
and sends Opus inside the transport encryption only. Real Discord no longer does this; the
media checks here therefore prove transport encryption, RTP, Opus, pacing and content, not
DAVE. Running DAVE for real would need the fake to act as Discord's MLS external sender
(building the proposals and commits discord.py's ``davey`` session expects).

Media: RTP packets (version 2, payload type 0x78) are decrypted with the selected
``*_rtpsize`` AEAD mode (the header, up to and including a header extension's 4-byte
preamble, is the additional data; the 4-byte nonce counter is appended to the packet and
zero-padded to the cipher's nonce size), failures are counted, and Opus frames are decoded
with ``discord.opus.Decoder`` (48 kHz stereo); the 3-byte silence frames are recorded but
not decoded. Each :class:`VoiceSession` keeps packets, speaking events, heartbeats and the
decoded PCM, with analysis helpers (:meth:`VoiceSession.pacing`,
:meth:`VoiceSession.compare`, :meth:`VoiceSession.matches`).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import secrets
import socket
import struct
import threading
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from enum import IntEnum
from types import TracebackType
from typing import TYPE_CHECKING, Any, Final, Self

import aiohttp
import discord.opus
import nacl.bindings
import nacl.exceptions
import numpy as np
import numpy.typing as npt
from aiohttp import web
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from tests.fakes.tls import LOOPBACK_HOST, LoopbackCA, loopback_ca

if TYPE_CHECKING:
    from tests.fakes.discord_server import FakeDiscord

__all__ = [
    "AudioMatch",
    "FakeVoiceServer",
    "PacingReport",
    "RtpPacket",
    "SpeakingEvent",
    "VoiceCloseCode",
    "VoiceConnection",
    "VoiceGrant",
    "VoiceOp",
    "VoiceSession",
    "attached_voice_server",
]

JSON = dict[str, Any]

SAMPLE_RATE: Final = 48_000
CHANNELS: Final = 2
FRAME_SAMPLES: Final = 960  # 20 ms at 48 kHz
FRAME_BYTES: Final = FRAME_SAMPLES * CHANNELS * 2
FRAME_SECONDS: Final = 0.020
OPUS_SILENCE: Final = b"\xf8\xff\xfe"
RTP_PAYLOAD_TYPE: Final = 0x78
XCHACHA_MODE: Final = "aead_xchacha20_poly1305_rtpsize"
AES_GCM_MODE: Final = "aead_aes256_gcm_rtpsize"
#: What Discord offers today, preferred first (every other mode was retired 2024-11-18).
DEFAULT_MODES: Final = (AES_GCM_MODE, XCHACHA_MODE)
#: Discord's usual voice heartbeat interval (discord.py beats every min(interval, 5 s)).
HEARTBEAT_INTERVAL_MS: Final = 13_750
IP_DISCOVERY_SIZE: Final = 74


class VoiceOp(IntEnum):
    """Voice gateway opcodes (v8)."""

    IDENTIFY = 0
    SELECT_PROTOCOL = 1
    READY = 2
    HEARTBEAT = 3
    SESSION_DESCRIPTION = 4
    SPEAKING = 5
    HEARTBEAT_ACK = 6
    RESUME = 7
    HELLO = 8
    RESUMED = 9
    CLIENTS_CONNECT = 11
    CLIENT_DISCONNECT = 13


class VoiceCloseCode(IntEnum):
    """Voice gateway close codes Discord uses."""

    UNKNOWN_OPCODE = 4001
    DECODE_ERROR = 4002
    NOT_AUTHENTICATED = 4003
    AUTHENTICATION_FAILED = 4004
    ALREADY_AUTHENTICATED = 4005
    SESSION_INVALID = 4006
    SESSION_TIMEOUT = 4009
    SERVER_NOT_FOUND = 4011
    UNKNOWN_PROTOCOL = 4012
    DISCONNECTED = 4014
    SERVER_CRASHED = 4015
    UNKNOWN_ENCRYPTION_MODE = 4016
    DAVE_REQUIRED = 4017
    BAD_REQUEST = 4020
    RATE_LIMITED = 4021
    CALL_TERMINATED = 4022


_CLOSE_REASONS: Final = {
    VoiceCloseCode.UNKNOWN_OPCODE: "Unknown opcode",
    VoiceCloseCode.DECODE_ERROR: "Failed to decode payload",
    VoiceCloseCode.NOT_AUTHENTICATED: "Not authenticated",
    VoiceCloseCode.AUTHENTICATION_FAILED: "Authentication failed",
    VoiceCloseCode.ALREADY_AUTHENTICATED: "Already authenticated",
    VoiceCloseCode.SESSION_INVALID: "Session no longer valid",
    VoiceCloseCode.DISCONNECTED: "Disconnected",
    VoiceCloseCode.SERVER_CRASHED: "Voice server crashed",
    VoiceCloseCode.UNKNOWN_ENCRYPTION_MODE: "Unknown encryption mode",
    VoiceCloseCode.DAVE_REQUIRED: "E2EE/DAVE protocol required",
    VoiceCloseCode.BAD_REQUEST: "Bad request",
}


# --------------------------------------------------------------------------------------
# Records
# --------------------------------------------------------------------------------------


@dataclass
class VoiceGrant:
    """What the main gateway handed out in VOICE_STATE/SERVER_UPDATE for one member."""

    token: str
    guild_id: int
    channel_id: int
    user_id: int
    session_id: str
    #: False when the member lacks SPEAK: packets are recorded but their audio is not heard.
    can_speak: bool = True
    revoked: bool = False


@dataclass(frozen=True)
class SpeakingEvent:
    """One op 5 Speaking from the client."""

    at: float  # time.monotonic()
    speaking: int
    ssrc: int
    delay: int


@dataclass(frozen=True)
class RtpPacket:
    """One RTP packet received on UDP (after decryption)."""

    arrived_at: float  # time.monotonic()
    sequence: int
    timestamp: int
    ssrc: int
    size: int  # bytes on the wire
    opus: bytes

    @property
    def silence(self) -> bool:
        """Whether this is Opus's 3-byte silence frame (sent when pausing or stopping)."""
        return self.opus == OPUS_SILENCE


@dataclass(frozen=True)
class PacingReport:
    """Inter-arrival times of consecutive audio packets, in milliseconds.

    Deltas above ``gap_ms`` (a pause between utterances) are left out and counted in
    ``gaps``. ``p99_deviation_ms`` is the 99th percentile of ``|delta - 20|``.
    """

    packets: int
    deltas_ms: tuple[float, ...]
    mean_ms: float
    p50_ms: float
    p99_deviation_ms: float
    max_deviation_ms: float
    gaps: int


@dataclass(frozen=True)
class AudioMatch:
    """How the decoded audio compares with a reference (both mono 48 kHz)."""

    correlation: float  # normalized cross-correlation at the best lag, -1..1
    lag_samples: int  # where the reference starts in the heard audio
    heard_seconds: float
    reference_seconds: float
    length_ok: bool


# --------------------------------------------------------------------------------------
# Sessions
# --------------------------------------------------------------------------------------


@dataclass(eq=False)
class VoiceSession:
    """One authenticated voice session (survives a Resume onto a new websocket)."""

    grant: VoiceGrant
    ssrc: int
    identify: JSON
    _server: FakeVoiceServer = field(repr=False)
    mode: str | None = None
    secret_key: bytes | None = field(default=None, repr=False)
    #: ``(address, port)`` the client announced in Select Protocol.
    selected_address: tuple[str, int] | None = None
    #: ``(address, port)`` the fake saw the IP discovery request come from.
    discovered_address: tuple[str, int] | None = None
    speaking: list[SpeakingEvent] = field(default_factory=list)
    heartbeats: list[tuple[float, JSON]] = field(default_factory=list)
    packets: list[RtpPacket] = field(default_factory=list)
    #: Packets whose AEAD tag did not verify (or that were too short to hold one).
    decrypt_failures: int = 0
    #: Packets whose RTP header was not version 2 / payload type 0x78.
    malformed_packets: int = 0
    #: Audio packets that arrived while the last Speaking said "not speaking". discord.py's
    #: player sends the "speaking" op from its thread through the event loop and its first
    #: packets directly, so a few may precede the flag; Discord forwards them all the same.
    packets_while_not_speaking: int = 0
    #: Packets before any op 5 announced the SSRC: Discord cannot tie them to a user and
    #: drops them (they are not recorded or heard here either).
    unannounced_packets: int = 0
    #: Frames missing by sequence number (filled with zeros in ``pcm``).
    lost_frames: int = 0
    #: Decoded audio, 48 kHz stereo s16le, silence frames skipped; empty without SPEAK.
    pcm: bytearray = field(default_factory=bytearray, repr=False)
    resumes: int = 0
    connections: list[VoiceConnection] = field(default_factory=list, repr=False)
    _decoder: discord.opus.Decoder | None = field(default=None, repr=False)
    _last_sequence: int | None = None

    # ------------------------------------------------------------------ state

    @property
    def user_id(self) -> int:
        """The member this session belongs to."""
        return self.grant.user_id

    @property
    def connection(self) -> VoiceConnection:
        """The newest websocket carrying this session."""
        return self.connections[-1]

    @property
    def is_speaking(self) -> bool:
        """Whether the last op 5 set the voice (or soundshare/priority) bit."""
        return bool(self.speaking and self.speaking[-1].speaking)

    @property
    def audio_packets(self) -> list[RtpPacket]:
        """Packets carrying audio (not the silence frames)."""
        return [p for p in self.packets if not p.silence]

    @property
    def audio_seconds(self) -> float:
        """Seconds of decoded audio heard so far."""
        return len(self.pcm) / (SAMPLE_RATE * CHANNELS * 2)

    def first_speaking_at(self) -> float | None:
        """When the client first announced speaking with a non-zero flag."""
        return next((e.at for e in self.speaking if e.speaking), None)

    async def wait_for_audio(self, seconds: float, timeout: float = 10.0) -> None:
        """Wait until at least ``seconds`` of audio were decoded."""
        await self._server.wait_until(
            lambda: self.audio_seconds >= seconds,
            timeout=timeout,
            describe=lambda: f"heard {self.audio_seconds:.3f}s of audio, wanted {seconds:g}s",
        )

    async def wait_until_quiet(self, quiet: float = 0.2, timeout: float = 10.0) -> None:
        """Wait until no packet arrived for ``quiet`` seconds (playback ended)."""
        deadline = time.monotonic() + timeout
        while True:
            last = self.packets[-1].arrived_at if self.packets else 0.0
            if self.packets and time.monotonic() - last >= quiet:
                return
            if time.monotonic() > deadline:
                raise TimeoutError(f"packets still arriving after {timeout:g}s")
            await asyncio.sleep(quiet / 4)

    async def disconnect(self, code: int = VoiceCloseCode.DISCONNECTED) -> None:
        """Close the session's websocket with a voice close code (4014, 4015, 4022...)."""
        await self.connection.close(code)

    # ------------------------------------------------------------------ analysis

    def pcm_mono(self) -> npt.NDArray[np.float64]:
        """Decoded audio as mono float samples in -1..1 (the two channels averaged)."""
        stereo = np.frombuffer(bytes(self.pcm), dtype="<i2").astype(np.float64)
        mono: npt.NDArray[np.float64] = stereo.reshape(-1, CHANNELS).mean(axis=1) / 32768.0
        return mono

    def pacing(self, *, gap_ms: float = 200.0) -> PacingReport:
        """Inter-arrival statistics of audio packets (see :class:`PacingReport`)."""
        times = [p.arrived_at for p in self.audio_packets]
        raw = np.diff(np.array(times, dtype=np.float64)) * 1000.0
        deltas = raw[raw <= gap_ms]
        if deltas.size == 0:
            return PacingReport(len(times), (), 0.0, 0.0, 0.0, 0.0, int((raw > gap_ms).sum()))
        deviation = np.abs(deltas - FRAME_SECONDS * 1000.0)
        return PacingReport(
            packets=len(times),
            deltas_ms=tuple(float(d) for d in deltas),
            mean_ms=float(deltas.mean()),
            p50_ms=float(np.percentile(deltas, 50)),
            p99_deviation_ms=float(np.percentile(deviation, 99)),
            max_deviation_ms=float(deviation.max()),
            gaps=int((raw > gap_ms).sum()),
        )

    def compare(self, reference: bytes | npt.NDArray[Any]) -> AudioMatch:
        """Compare the heard audio with a reference (PCM s16le mono 48 kHz, or floats).

        The reference is slid over the heard audio (FFT cross-correlation); the score is
        the normalized correlation at the best lag. ``length_ok``: the heard audio lasts
        the reference's length within two 20 ms frames plus 5 % (discord.py drops a partial
        last frame; Opus adds a few ms of delay).
        """
        ref = _as_float_mono(reference)
        heard = self.pcm_mono()
        heard_seconds = heard.size / SAMPLE_RATE
        reference_seconds = ref.size / SAMPLE_RATE
        tolerance = 2 * FRAME_SECONDS + 0.05 * reference_seconds
        length_ok = abs(heard_seconds - reference_seconds) <= tolerance
        if heard.size == 0 or ref.size == 0:
            return AudioMatch(0.0, 0, heard_seconds, reference_seconds, False)
        correlation, lag = _best_alignment(heard, ref)
        return AudioMatch(correlation, lag, heard_seconds, reference_seconds, length_ok)

    def matches(self, reference: bytes | npt.NDArray[Any]) -> float:
        """Normalized cross-correlation with the reference, or 0.0 if the lengths differ."""
        match = self.compare(reference)
        return match.correlation if match.length_ok else 0.0

    # ------------------------------------------------------------------ media

    def _receive_rtp(self, packet: bytes, arrived_at: float) -> None:
        if self.secret_key is None or self.mode is None:
            self.malformed_packets += 1
            return
        parsed = _parse_rtp(packet)
        if parsed is None:
            self.malformed_packets += 1
            return
        aad_length, has_extension, sequence, timestamp, ssrc = parsed
        payload = _decrypt(self.mode, self.secret_key, packet, aad_length)
        if payload is None:
            self.decrypt_failures += 1
            return
        if has_extension:
            words = struct.unpack_from(">H", packet, aad_length - 2)[0]
            payload = payload[4 * words :]
        if not self.speaking:
            self.unannounced_packets += 1
            return
        record = RtpPacket(arrived_at, sequence, timestamp, ssrc, len(packet), payload)
        self.packets.append(record)
        # Every packet moves the sequence on, silence frames included (five follow each
        # utterance): a gap after them is not a loss.
        missing = 0
        if self._last_sequence is not None:
            missing = (sequence - self._last_sequence - 1) % 65536
        self._last_sequence = sequence
        if record.silence:
            return
        if not self.is_speaking:
            self.packets_while_not_speaking += 1
        if not self.grant.can_speak:
            return
        if 0 < missing < 50:
            self.lost_frames += missing
            self.pcm.extend(bytes(FRAME_BYTES * missing))
        if self._decoder is None:
            self._decoder = discord.opus.Decoder()  # type: ignore[no-untyped-call]
        self.pcm.extend(self._decoder.decode(payload, fec=False))


def _as_float_mono(reference: bytes | npt.NDArray[Any]) -> npt.NDArray[np.float64]:
    if isinstance(reference, bytes | bytearray | memoryview):
        return np.frombuffer(bytes(reference), dtype="<i2").astype(np.float64) / 32768.0
    array = np.asarray(reference, dtype=np.float64)
    if array.ndim != 1:
        raise ValueError("the reference must be mono (one dimension)")
    return array


def _best_alignment(
    heard: npt.NDArray[np.float64], ref: npt.NDArray[np.float64]
) -> tuple[float, int]:
    """Best normalized correlation of ``ref`` placed at each lag inside ``heard``.

    ``heard`` is padded with ``ref.size`` zeros so the reference may start late (Opus
    delays audio by a few ms); a reference hanging past the end scores at most the share
    of its energy that overlaps (Cauchy-Schwarz), so partial overlaps cannot score high.
    """
    heard = np.concatenate([heard, np.zeros(ref.size)])
    size = 1 << int(np.ceil(np.log2(heard.size + ref.size)))
    dots = np.fft.irfft(np.fft.rfft(heard, size) * np.conj(np.fft.rfft(ref, size)), size)
    lags = heard.size - ref.size + 1
    dots = dots[:lags]
    energy = np.concatenate([[0.0], np.cumsum(heard * heard)])
    window = energy[ref.size : ref.size + lags] - energy[:lags]
    ref_norm = float(np.sqrt(np.dot(ref, ref)))
    norms = np.sqrt(np.maximum(window, 1e-12)) * max(ref_norm, 1e-12)
    scores = dots / norms
    best = int(np.argmax(scores))
    return float(scores[best]), best


def _parse_rtp(packet: bytes) -> tuple[int, bool, int, int, int] | None:
    """``(aad_length, has_extension, sequence, timestamp, ssrc)`` of an RTP packet, for the
    ``*_rtpsize`` modes: the additional data is the fixed header, the CSRCs and, with an
    extension, its 4-byte preamble (the extension body is encrypted with the payload)."""
    if len(packet) < 12:
        return None
    first, second = packet[0], packet[1]
    if first >> 6 != 2 or second & 0x7F != RTP_PAYLOAD_TYPE:
        return None
    csrc_count = first & 0x0F
    has_extension = bool(first & 0x10)
    aad_length = 12 + 4 * csrc_count + (4 if has_extension else 0)
    if len(packet) < aad_length:
        return None
    sequence, timestamp, ssrc = struct.unpack_from(">HII", packet, 2)
    return aad_length, has_extension, sequence, timestamp, ssrc


def _decrypt(mode: str, key: bytes, packet: bytes, aad_length: int) -> bytes | None:
    """Open an ``*_rtpsize`` packet: 4-byte nonce counter at the end, zero-padded."""
    if len(packet) < aad_length + 16 + 4:
        return None
    aad = packet[:aad_length]
    ciphertext = packet[aad_length:-4]
    counter = packet[-4:]
    try:
        if mode == XCHACHA_MODE:
            return bytes(
                nacl.bindings.crypto_aead_xchacha20poly1305_ietf_decrypt(
                    ciphertext, aad, counter + bytes(20), key
                )
            )
        if mode == AES_GCM_MODE:
            return AESGCM(key).decrypt(counter + bytes(8), ciphertext, aad)
    except (nacl.exceptions.CryptoError, InvalidTag):
        return None
    raise ValueError(f"no decryption for mode {mode!r}")


# --------------------------------------------------------------------------------------
# Websocket connections
# --------------------------------------------------------------------------------------


@dataclass(eq=False)
class VoiceConnection:
    """One websocket to the fake voice gateway (refused ones included)."""

    ws: web.WebSocketResponse
    query: dict[str, str]
    opened_at: float
    received: list[JSON] = field(default_factory=list)
    sent: list[JSON] = field(default_factory=list)
    session: VoiceSession | None = None
    close_code: int | None = None
    seq: int = 0
    _lock: asyncio.Lock = field(default_factory=asyncio.Lock, repr=False)

    async def send(self, op: int, data: object, *, sequenced: bool = True) -> None:
        """Send one JSON message (with ``seq`` unless it is Hello or a heartbeat ack)."""
        message: JSON = {"op": int(op), "d": data}
        if sequenced:
            self.seq += 1
            message["seq"] = self.seq
        self.sent.append(message)
        async with self._lock:
            if not self.ws.closed:
                await self.ws.send_str(json.dumps(message))

    async def close(self, code: int) -> None:
        """Close with a voice close code (recorded in ``close_code``)."""
        if self.close_code is None:
            self.close_code = int(code)
        reason = _CLOSE_REASONS.get(VoiceCloseCode(code), "") if code in _CODES else ""
        with contextlib.suppress(ConnectionError, RuntimeError):
            await self.ws.close(code=code, message=reason.encode())


_CODES: Final = frozenset(int(c) for c in VoiceCloseCode)


class _Refused(Exception):
    def __init__(self, code: VoiceCloseCode) -> None:
        super().__init__(code.name)
        self.code = code


# --------------------------------------------------------------------------------------
# The server
# --------------------------------------------------------------------------------------


class _UdpReceiver:
    """The voice server's UDP socket, read by a thread of its own that stamps each datagram
    as the kernel hands it over: the arrival times (pacing) stay true while the fake's event
    loop is busy decoding or serving other fakes (a benchmark runs ten sessions at once).
    Datagrams are then handled on the loop, in order."""

    def __init__(self, server: FakeVoiceServer, host: str) -> None:
        self.server = server
        self.loop = asyncio.get_running_loop()
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind((host, 0))
        self.sock.settimeout(0.1)
        self.port = int(self.sock.getsockname()[1])
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="fake-voice-udp", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stopping.is_set():
            try:
                data, addr = self.sock.recvfrom(65536)
            except TimeoutError:
                continue
            except OSError:
                return
            arrived_at = time.monotonic()
            try:
                self.loop.call_soon_threadsafe(
                    self.server._on_datagram, data, (str(addr[0]), int(addr[1])), arrived_at
                )
            except RuntimeError:  # the loop is closed
                return

    def sendto(self, data: bytes, addr: tuple[str, int]) -> None:
        self.sock.sendto(data, addr)

    def close(self) -> None:
        self._stopping.set()
        self._thread.join(timeout=2)
        self.sock.close()


class FakeVoiceServer:
    """Loopback fake of one Discord voice server (see the module docstring)."""

    def __init__(
        self,
        *,
        host: str = LOOPBACK_HOST,
        modes: tuple[str, ...] = DEFAULT_MODES,
        ca: LoopbackCA | None = None,
        heartbeat_interval_ms: float = HEARTBEAT_INTERVAL_MS,
    ) -> None:
        self.host = host
        self.modes = modes
        self.ca = ca or loopback_ca()
        self.heartbeat_interval_ms = heartbeat_interval_ms
        self.port = 0
        self.udp_port = 0
        self.grants: list[VoiceGrant] = []
        self.sessions: list[VoiceSession] = []
        self.connections: list[VoiceConnection] = []
        #: Datagrams that matched no session (unknown SSRC, bad discovery packets).
        self.stray_datagrams: int = 0
        self._ssrc = 1000
        self._runner: web.AppRunner | None = None
        self._udp: _UdpReceiver | None = None
        self._changed: asyncio.Event | None = None

    # ------------------------------------------------------------------ lifecycle

    @property
    def endpoint(self) -> str:
        """``host:port``, the VOICE_SERVER_UPDATE ``endpoint`` (discord.py adds wss://)."""
        return f"{self.host}:{self.port}"

    @property
    def url(self) -> str:
        """The voice gateway URL discord.py connects to."""
        return f"wss://{self.endpoint}/?v=8"

    async def start(self) -> None:
        """Serve the TLS websocket and the UDP socket on ephemeral ports."""
        if self._runner is not None:
            return
        self._changed = asyncio.Event()
        self._udp = _UdpReceiver(self, self.host)
        self.udp_port = self._udp.port
        app = web.Application()
        app.router.add_get("/", self._websocket)
        runner = web.AppRunner(app, handle_signals=False, access_log=None, shutdown_timeout=1.0)
        await runner.setup()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.bind((self.host, 0))
        self.port = int(sock.getsockname()[1])
        await web.SockSite(runner, sock, ssl_context=self.ca.server_ssl_context()).start()
        self._runner = runner

    async def stop(self) -> None:
        """Close every websocket, the UDP socket, and stop serving."""
        if self._runner is None:
            return
        for connection in self.connections:
            if not connection.ws.closed:
                await connection.close(1001)
        await self._runner.cleanup()
        self._runner = None
        if self._udp is not None:
            self._udp.close()
        self._udp = None

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.stop()

    # ------------------------------------------------------------------ main gateway side

    def grant(
        self,
        *,
        guild_id: int,
        channel_id: int,
        user_id: int,
        session_id: str,
        can_speak: bool = True,
    ) -> VoiceGrant:
        """Issue a voice token for a member joining a channel (VOICE_SERVER_UPDATE).

        An earlier grant of the same member in the guild stops being valid.
        """
        for earlier in self.grants:
            if earlier.guild_id == guild_id and earlier.user_id == user_id:
                earlier.revoked = True
        grant = VoiceGrant(
            token=secrets.token_hex(8),
            guild_id=guild_id,
            channel_id=channel_id,
            user_id=user_id,
            session_id=session_id,
            can_speak=can_speak,
        )
        self.grants.append(grant)
        return grant

    async def revoke(self, *, guild_id: int, user_id: int) -> None:
        """The member left voice: its token dies and open sessions close with 4014."""
        for grant in self.grants:
            if grant.guild_id == guild_id and grant.user_id == user_id and not grant.revoked:
                grant.revoked = True
                for session in self.sessions:
                    if session.grant is grant and not session.connection.ws.closed:
                        await session.disconnect(VoiceCloseCode.DISCONNECTED)

    # ------------------------------------------------------------------ waiting

    async def wait_until(
        self,
        check: Callable[[], object],
        *,
        timeout: float,
        describe: Callable[[], str] = lambda: "",
    ) -> None:
        """Wait until ``check()`` holds, re-checking on every message or packet."""
        if self._changed is None:
            raise RuntimeError("the fake voice server is not started")
        changed = self._changed
        try:
            async with asyncio.timeout(timeout):
                while not check():
                    changed.clear()
                    await changed.wait()
        except TimeoutError:
            raise TimeoutError(f"timed out after {timeout:g}s; {describe()}") from None

    async def wait_for_session(
        self,
        predicate: Callable[[VoiceSession], bool] | None = None,
        timeout: float = 10.0,
    ) -> VoiceSession:
        """The first session (identified, with a secret key) matching ``predicate``."""
        found: list[VoiceSession] = []

        def check() -> bool:
            for session in self.sessions:
                if session.secret_key is not None and (predicate is None or predicate(session)):
                    found.append(session)
                    return True
            return False

        await self.wait_until(
            check,
            timeout=timeout,
            describe=lambda: (
                f"no ready voice session; connections closed with "
                f"{[c.close_code for c in self.connections]}"
            ),
        )
        return found[0]

    async def wait_for_close(self, timeout: float = 10.0) -> VoiceConnection:
        """The first connection the fake closed with a code."""
        await self.wait_until(
            lambda: any(c.close_code is not None for c in self.connections),
            timeout=timeout,
            describe=lambda: "no voice connection was closed",
        )
        return next(c for c in self.connections if c.close_code is not None)

    def _notify(self) -> None:
        if self._changed is not None:
            self._changed.set()

    # ------------------------------------------------------------------ websocket

    async def _websocket(self, request: web.Request) -> web.StreamResponse:
        ws = web.WebSocketResponse(max_msg_size=1 << 20)
        await ws.prepare(request)
        connection = VoiceConnection(ws=ws, query=dict(request.query), opened_at=time.monotonic())
        self.connections.append(connection)
        await connection.send(
            VoiceOp.HELLO, {"heartbeat_interval": self.heartbeat_interval_ms}, sequenced=False
        )
        try:
            async for frame in ws:
                if frame.type is aiohttp.WSMsgType.TEXT:
                    await self._on_text(connection, frame.data)
                elif frame.type is aiohttp.WSMsgType.BINARY:
                    # DAVE's binary opcodes; with DAVE version 0 none is expected.
                    connection.received.append({"binary": bytes(frame.data)})
                if connection.close_code is not None:
                    break
                self._notify()
        finally:
            if connection.close_code is None and ws.close_code is not None:
                connection.close_code = ws.close_code
            self._notify()
        return ws

    async def _on_text(self, connection: VoiceConnection, text: str) -> None:
        try:
            message = json.loads(text)
            op = int(message["op"])
            data = message.get("d")
        except (ValueError, KeyError, TypeError):
            await connection.close(VoiceCloseCode.DECODE_ERROR)
            return
        connection.received.append(message)
        try:
            await self._dispatch(connection, op, data)
        except _Refused as refused:
            await connection.close(refused.code)

    async def _dispatch(self, connection: VoiceConnection, op: int, data: Any) -> None:
        if op == VoiceOp.HEARTBEAT:
            await self._heartbeat(connection, data)
            return
        if op == VoiceOp.IDENTIFY:
            await self._identify(connection, data)
            return
        if op == VoiceOp.RESUME:
            await self._resume(connection, data)
            return
        session = connection.session
        if op not in (VoiceOp.SELECT_PROTOCOL, VoiceOp.SPEAKING):
            raise _Refused(VoiceCloseCode.UNKNOWN_OPCODE)
        if session is None:
            raise _Refused(VoiceCloseCode.NOT_AUTHENTICATED)
        if not isinstance(data, dict):
            raise _Refused(VoiceCloseCode.DECODE_ERROR)
        if op == VoiceOp.SELECT_PROTOCOL:
            await self._select_protocol(connection, session, data)
        else:
            session.speaking.append(
                SpeakingEvent(
                    at=time.monotonic(),
                    speaking=int(data.get("speaking") or 0),
                    ssrc=int(data.get("ssrc") or 0),
                    delay=int(data.get("delay") or 0),
                )
            )

    async def _heartbeat(self, connection: VoiceConnection, data: Any) -> None:
        if connection.session is not None:
            connection.session.heartbeats.append((time.monotonic(), data))
        nonce = data.get("t") if isinstance(data, dict) else data
        await connection.send(VoiceOp.HEARTBEAT_ACK, {"t": nonce}, sequenced=False)

    def _authenticate(self, data: Any) -> VoiceGrant:
        """The grant an Identify/Resume names; 4004 for a wrong token, 4006 for a token
        that no longer matches the member's voice session."""
        if not isinstance(data, dict):
            raise _Refused(VoiceCloseCode.DECODE_ERROR)
        token = data.get("token")
        grant = next(
            (
                g
                for g in self.grants
                if isinstance(token, str) and secrets.compare_digest(g.token, token)
            ),
            None,
        )
        if grant is None:
            raise _Refused(VoiceCloseCode.AUTHENTICATION_FAILED)
        if (
            grant.revoked
            or str(data.get("server_id")) != str(grant.guild_id)
            or str(data.get("session_id")) != grant.session_id
        ):
            raise _Refused(VoiceCloseCode.SESSION_INVALID)
        return grant

    async def _identify(self, connection: VoiceConnection, data: Any) -> None:
        if connection.session is not None:
            raise _Refused(VoiceCloseCode.ALREADY_AUTHENTICATED)
        grant = self._authenticate(data)
        if str(data.get("user_id")) != str(grant.user_id):
            raise _Refused(VoiceCloseCode.AUTHENTICATION_FAILED)
        dave = data.get("max_dave_protocol_version")
        if not isinstance(dave, int) or isinstance(dave, bool) or dave < 1:
            raise _Refused(VoiceCloseCode.DAVE_REQUIRED)
        self._ssrc += 1
        session = VoiceSession(grant=grant, ssrc=self._ssrc, identify=dict(data), _server=self)
        session.connections.append(connection)
        connection.session = session
        self.sessions.append(session)
        await connection.send(
            VoiceOp.READY,
            {
                "ssrc": session.ssrc,
                "ip": self.host,
                "port": self.udp_port,
                "modes": list(self.modes),
                "heartbeat_interval": 1,  # Discord sends this meaningless field too
            },
        )

    async def _resume(self, connection: VoiceConnection, data: Any) -> None:
        if connection.session is not None:
            raise _Refused(VoiceCloseCode.ALREADY_AUTHENTICATED)
        grant = self._authenticate(data)
        session = next((s for s in reversed(self.sessions) if s.grant is grant), None)
        if session is None or session.secret_key is None:
            raise _Refused(VoiceCloseCode.SESSION_INVALID)
        previous = session.connection
        session.connections.append(connection)
        session.resumes += 1
        connection.session = session
        connection.seq = previous.seq
        seq_ack = data.get("seq_ack")
        await connection.send(VoiceOp.RESUMED, None, sequenced=False)
        if isinstance(seq_ack, int):
            for message in previous.sent:
                if int(message.get("seq", 0)) > seq_ack:
                    connection.sent.append(message)
                    await connection.ws.send_str(json.dumps(message))
        if not previous.ws.closed:
            await previous.close(VoiceCloseCode.SESSION_INVALID)

    async def _select_protocol(
        self, connection: VoiceConnection, session: VoiceSession, data: JSON
    ) -> None:
        details = data.get("data")
        if data.get("protocol") != "udp" or not isinstance(details, dict):
            raise _Refused(VoiceCloseCode.UNKNOWN_PROTOCOL)
        mode = details.get("mode")
        if mode not in self.modes:
            raise _Refused(VoiceCloseCode.UNKNOWN_ENCRYPTION_MODE)
        session.selected_address = (str(details.get("address")), int(details.get("port") or 0))
        session.mode = str(mode)
        session.secret_key = secrets.token_bytes(32)
        await connection.send(
            VoiceOp.SESSION_DESCRIPTION,
            {
                "mode": session.mode,
                "secret_key": list(session.secret_key),
                # DAVE v0: see the module docstring; real Discord negotiates DAVE here.
                "dave_protocol_version": 0,
                "audio_codec": "opus",
                "video_codec": "H264",
                "media_session_id": secrets.token_hex(16),
            },
        )

    # ------------------------------------------------------------------ UDP

    def _session_for_ssrc(self, ssrc: int) -> VoiceSession | None:
        return next((s for s in reversed(self.sessions) if s.ssrc == ssrc), None)

    def _on_datagram(
        self, data: bytes, addr: tuple[str, int], arrived_at: float | None = None
    ) -> None:
        arrived_at = time.monotonic() if arrived_at is None else arrived_at
        if len(data) == IP_DISCOVERY_SIZE and data[:2] == b"\x00\x01":
            self._ip_discovery(data, addr)
        else:
            parsed = _parse_rtp(data)
            session = self._session_for_ssrc(parsed[4]) if parsed else None
            if session is None:
                self.stray_datagrams += 1
            else:
                session._receive_rtp(data, arrived_at)
        self._notify()

    def _ip_discovery(self, data: bytes, addr: tuple[str, int]) -> None:
        length, ssrc = struct.unpack_from(">HI", data, 2)
        session = self._session_for_ssrc(ssrc)
        if length != 70 or session is None or self._udp is None:
            self.stray_datagrams += 1
            return
        session.discovered_address = addr
        reply = bytearray(IP_DISCOVERY_SIZE)
        struct.pack_into(">HHI", reply, 0, 2, 70, ssrc)
        address = addr[0].encode("ascii")[:63]
        reply[8 : 8 + len(address)] = address
        struct.pack_into(">H", reply, IP_DISCOVERY_SIZE - 2, addr[1])
        self._udp.sendto(bytes(reply), addr)


@contextlib.asynccontextmanager
async def attached_voice_server(
    fake: FakeDiscord, *, trust_in_process: bool = True, **options: Any
) -> AsyncIterator[FakeVoiceServer]:
    """Start a :class:`FakeVoiceServer`, attach it to ``fake`` and (by default) make this
    process's aiohttp trust its CA, for an in-process bot. For a bot subprocess pass
    ``trust_in_process=False`` and ``voice.ca.subprocess_env()`` in its environment."""
    async with FakeVoiceServer(**options) as voice:
        fake.use_voice_server(voice)
        try:
            if trust_in_process:
                with voice.ca.trusted_in_process():
                    yield voice
            else:
                yield voice
        finally:
            fake.voice_server = None

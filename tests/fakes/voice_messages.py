"""What Discord checks on a voice message, for the fake Discord; and an Ogg Opus reader.

:func:`check_voice_message` is called by the fake's message create when the payload has the
``IS_VOICE_MESSAGE`` flag (1 << 13). Discord's answers are ``400`` with these JSON codes (the
codes and texts every Discord library lists):

* 50159 "Voice messages do not support additional content." (content, embeds, stickers,
  components or a poll beside the audio)
* 50160 "Voice messages must have a single audio attachment." (not exactly one attachment and
  one upload, or the upload is not audio)
* 50161 "Voice messages must have supporting metadata." (``duration_secs`` and ``waveform``)
* 50162 "Voice messages cannot be edited." (an edit of a voice message)

Stricter than Discord is documented to be: the upload must be Ogg Opus as Discord's clients
record it (one stream, mono, input rate 48 kHz, valid page CRCs and granule positions), and
``duration_secs`` must agree with the stream; a mismatch is answered as 50161. Discord's
clients cannot play or draw anything else properly, so a bot that passes here sends what a
client would. The upload's declared content type is not checked: Discord sniffs the bytes
(discord.py itself declares every upload ``application/octet-stream``).
"""

from __future__ import annotations

import base64
import binascii
import math
import struct
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

IS_VOICE_MESSAGE = 1 << 13
OPUS_RATE = 48_000
MAX_WAVEFORM_BYTES = 256

ADDITIONAL_CONTENT = 50159
SINGLE_AUDIO_ATTACHMENT = 50160
SUPPORTING_METADATA = 50161
CANNOT_BE_EDITED = 50162
MESSAGES: dict[int, str] = {
    ADDITIONAL_CONTENT: "Voice messages do not support additional content.",
    SINGLE_AUDIO_ATTACHMENT: "Voice messages must have a single audio attachment.",
    SUPPORTING_METADATA: "Voice messages must have supporting metadata.",
    CANNOT_BE_EDITED: "Voice messages cannot be edited.",
}

_PAGE_HEADER = struct.Struct("<4sBBqIIIB")
_FLAG_CONTINUED, _FLAG_BOS, _FLAG_EOS = 0x01, 0x02, 0x04


class OggOpusError(ValueError):
    """The bytes are not a well-formed single-stream Ogg Opus file."""


@dataclass(frozen=True)
class OggOpusInfo:
    """An Ogg Opus file's header facts and its audio packets (RFC 7845)."""

    channels: int
    input_rate: int
    pre_skip: int
    output_gain: int
    mapping_family: int
    #: Granule position of the last page: samples at 48 kHz, pre-skip included.
    granule: int
    packets: tuple[bytes, ...]
    vendor: str

    @property
    def duration(self) -> float:
        """Playable seconds: (last granule - pre-skip) / 48000."""
        return (self.granule - self.pre_skip) / OPUS_RATE

    @property
    def packet_count(self) -> int:
        return len(self.packets)


@dataclass(frozen=True)
class VoiceMessageRefusal:
    """Discord's answer to a bad voice message: ``400`` with ``code`` and ``message``;
    ``detail`` says what this fake found (for its logs, not part of Discord's body)."""

    code: int
    detail: str

    @property
    def message(self) -> str:
        return MESSAGES[self.code]

    def body(self) -> dict[str, Any]:
        """The JSON error body Discord sends."""
        return {"code": self.code, "message": self.message}


# ------------------------------------------------------------------------------- Ogg


def _crc_table() -> list[int]:
    table = []
    for byte in range(256):
        crc = byte << 24
        for _ in range(8):
            crc = ((crc << 1) ^ 0x04C11DB7) if crc & 0x80000000 else crc << 1
        table.append(crc & 0xFFFFFFFF)
    return table


_CRC_TABLE = _crc_table()


def ogg_crc(data: bytes) -> int:
    """Ogg's page checksum (CRC-32, polynomial 0x04C11DB7, not reflected, initial 0)."""
    crc = 0
    for byte in data:
        crc = ((crc << 8) & 0xFFFFFFFF) ^ _CRC_TABLE[((crc >> 24) ^ byte) & 0xFF]
    return crc


@dataclass(frozen=True)
class _Page:
    flags: int
    granule: int
    serial: int
    sequence: int
    segments: tuple[int, ...]
    body: bytes


def _pages(data: bytes) -> list[_Page]:
    pages: list[_Page] = []
    offset = 0
    while offset < len(data):
        if len(data) - offset < _PAGE_HEADER.size:
            raise OggOpusError(f"truncated page header at byte {offset}")
        magic, version, flags, granule, serial, sequence, crc, count = _PAGE_HEADER.unpack_from(
            data, offset
        )
        if magic != b"OggS":
            raise OggOpusError(f"no Ogg capture pattern at byte {offset}")
        if version != 0:
            raise OggOpusError(f"Ogg version {version} at byte {offset}")
        table_end = offset + _PAGE_HEADER.size + count
        segments = tuple(data[offset + _PAGE_HEADER.size : table_end])
        end = table_end + sum(segments)
        if len(segments) != count or end > len(data):
            raise OggOpusError(f"truncated page at byte {offset}")
        raw = bytearray(data[offset:end])
        raw[22:26] = b"\0\0\0\0"
        if ogg_crc(bytes(raw)) != crc:
            raise OggOpusError(f"bad page checksum at byte {offset}")
        pages.append(_Page(flags, granule, serial, sequence, segments, data[table_end:end]))
        offset = end
    if not pages:
        raise OggOpusError("no Ogg pages")
    return pages


def _packets(pages: Sequence[_Page]) -> list[bytes]:
    """Reassemble packets from lacing values (a 255 continues the packet)."""
    packets: list[bytes] = []
    partial = bytearray()
    open_packet = False
    for page in pages:
        if bool(page.flags & _FLAG_CONTINUED) != open_packet:
            raise OggOpusError(f"page {page.sequence}: continuation flag disagrees with lacing")
        position = 0
        for size in page.segments:
            partial += page.body[position : position + size]
            position += size
            open_packet = size == 255
            if not open_packet:
                packets.append(bytes(partial))
                partial.clear()
    if open_packet:
        raise OggOpusError("the last packet is unterminated")
    return packets


def opus_packet_samples(packet: bytes) -> int:
    """Samples at 48 kHz in one Opus packet, from its TOC byte (RFC 6716 section 3.1)."""
    if not packet:
        raise OggOpusError("empty Opus packet")
    config = packet[0] >> 3
    if config < 12:
        per_frame = (480, 960, 1920, 2880)[config % 4]
    elif config < 16:
        per_frame = (480, 960)[config % 2]
    else:
        per_frame = (120, 240, 480, 960)[config % 4]
    code = packet[0] & 0x03
    if code == 0:
        frames = 1
    elif code in (1, 2):
        frames = 2
    else:
        if len(packet) < 2:
            raise OggOpusError("Opus code-3 packet without a frame count")
        frames = packet[1] & 0x3F
    samples = frames * per_frame
    if frames == 0 or samples > 5760:
        raise OggOpusError(f"Opus packet of {frames} frames ({samples} samples, max 120 ms)")
    return samples


def parse_ogg_opus(data: bytes) -> OggOpusInfo:
    """Read an Ogg Opus file strictly: one logical stream, checksums, page order, BOS/EOS,
    OpusHead then OpusTags, granule positions consistent with the packets' sample counts."""
    pages = _pages(data)
    serials = {page.serial for page in pages}
    if len(serials) != 1:
        raise OggOpusError(f"{len(serials)} logical streams (one expected)")
    for index, page in enumerate(pages):
        if page.sequence != index:
            raise OggOpusError(f"page sequence {page.sequence} where {index} was expected")
        if bool(page.flags & _FLAG_BOS) != (index == 0):
            raise OggOpusError(f"page {index}: beginning-of-stream flag misplaced")
        if bool(page.flags & _FLAG_EOS) != (index == len(pages) - 1):
            raise OggOpusError(f"page {index}: end-of-stream flag misplaced")
    head = pages[0]
    if len(head.segments) != 1 or head.granule != 0:
        raise OggOpusError("the first page must hold OpusHead alone, granule 0")
    packets = _packets(pages)
    if len(packets) < 2:
        raise OggOpusError("no OpusTags packet")
    header = packets[0]
    if len(header) < 19 or header[:8] != b"OpusHead":
        raise OggOpusError("the first packet is not OpusHead")
    version, channels, pre_skip, input_rate, output_gain, family = struct.unpack_from(
        "<BBHIhB", header, 8
    )
    if version >> 4 != 0:
        raise OggOpusError(f"OpusHead version {version} is not 0.x")
    if channels == 0:
        raise OggOpusError("OpusHead with 0 channels")
    if family == 0 and (channels > 2 or len(header) != 19):
        raise OggOpusError("mapping family 0 allows 1 or 2 channels and a 19-byte header")
    tags = packets[1]
    if tags[:8] != b"OpusTags" or len(tags) < 16:
        raise OggOpusError("the second packet is not OpusTags")
    (vendor_length,) = struct.unpack_from("<I", tags, 8)
    vendor = tags[12 : 12 + vendor_length].decode("utf-8", "replace")
    audio = packets[2:]
    if not audio:
        raise OggOpusError("no audio packets")
    _check_granules(pages, len(packets[0]) + len(packets[1]), audio, pre_skip)
    return OggOpusInfo(
        channels=channels,
        input_rate=input_rate,
        pre_skip=pre_skip,
        output_gain=output_gain,
        mapping_family=family,
        granule=pages[-1].granule,
        packets=tuple(audio),
        vendor=vendor,
    )


def _check_granules(
    pages: Sequence[_Page], header_bytes: int, audio: Sequence[bytes], pre_skip: int
) -> None:
    """Header pages carry granule 0; each audio page's granule is at most the samples of the
    packets that end on it (less only on the last page, which trims the end)."""
    ends_at: list[int] = []  # samples after each audio packet
    total = 0
    for packet in audio:
        total += opus_packet_samples(packet)
        ends_at.append(total)
    consumed = 0
    finished = 0  # audio packets completed so far
    previous = 0
    for index, page in enumerate(pages):
        before = consumed
        consumed += sum(page.segments)
        if before < header_bytes < consumed:
            raise OggOpusError(f"page {index}: audio must start on a page of its own")
        finished += sum(1 for size in page.segments if size < 255)
        if consumed <= header_bytes:
            if page.granule != 0:
                raise OggOpusError(f"header page {index} with granule {page.granule}")
            continue
        audio_done = finished - 2
        if audio_done <= 0 or page.granule == -1:
            continue
        available = ends_at[audio_done - 1]
        last = index == len(pages) - 1
        if page.granule > available or (not last and page.granule != available):
            raise OggOpusError(
                f"page {index}: granule {page.granule} but its packets end at {available}"
            )
        if page.granule < previous:
            raise OggOpusError(f"page {index}: granule position goes backwards")
        previous = page.granule
    if pages[-1].granule < pre_skip:
        raise OggOpusError("the stream is shorter than its pre-skip")


def decode_ogg_opus(data: bytes) -> bytes:
    """Decode a mono Ogg Opus file to PCM48 (s16le mono), pre-skip and end trimming applied,
    with libopus through :class:`discord.opus.Decoder` (stereo output; left channel kept)."""
    import discord.opus  # libopus is loaded on first use
    import numpy as np

    info = parse_ogg_opus(data)
    if info.channels != 1:
        raise OggOpusError(f"expected mono, the stream has {info.channels} channels")
    decoder = discord.opus.Decoder()  # type: ignore[no-untyped-call]
    pieces = [decoder.decode(packet, fec=False) for packet in info.packets]
    stereo = np.frombuffer(b"".join(pieces), dtype="<i2").reshape(-1, 2)
    mono = stereo[info.pre_skip : info.granule, 0]
    return mono.astype("<i2").tobytes()


# ----------------------------------------------------------------------------- checks


def voice_message_refusal(
    payload: dict[str, Any], files: Sequence[tuple[str, bytes, str]]
) -> VoiceMessageRefusal | None:
    """``None`` when a message create with the voice flag is acceptable, else Discord's
    refusal. ``payload`` is the parsed ``payload_json`` (or JSON body); ``files`` the uploads
    in ``files[n]`` order as ``(filename, data, content_type)``. Messages without the flag
    are not this check's business (``None``)."""
    flags = payload.get("flags")
    if not isinstance(flags, int) or isinstance(flags, bool) or not flags & IS_VOICE_MESSAGE:
        return None
    extra = [
        key
        for key in ("content", "embeds", "sticker_ids", "components", "poll")
        if payload.get(key) not in (None, "", [])
    ]
    if extra:
        return VoiceMessageRefusal(ADDITIONAL_CONTENT, f"also has {', '.join(extra)}")
    attachments = payload.get("attachments")
    if not isinstance(attachments, list) or len(attachments) != 1 or len(files) != 1:
        count = len(attachments) if isinstance(attachments, list) else 0
        return VoiceMessageRefusal(
            SINGLE_AUDIO_ATTACHMENT, f"{count} attachments and {len(files)} uploads"
        )
    attachment = attachments[0]
    if not isinstance(attachment, dict) or str(attachment.get("id")) != "0":
        return VoiceMessageRefusal(
            SINGLE_AUDIO_ATTACHMENT, "the attachment does not refer to the upload files[0]"
        )
    problem = _metadata_problem(attachment)
    if problem is not None:
        return VoiceMessageRefusal(SUPPORTING_METADATA, problem)
    _, data, _ = files[0]
    try:
        info = parse_ogg_opus(data)
    except OggOpusError as exc:
        return VoiceMessageRefusal(SINGLE_AUDIO_ATTACHMENT, f"not Ogg Opus audio: {exc}")
    if info.channels != 1:
        return VoiceMessageRefusal(SUPPORTING_METADATA, f"{info.channels} channels, not mono")
    if info.input_rate != OPUS_RATE:
        return VoiceMessageRefusal(
            SUPPORTING_METADATA, f"input sample rate {info.input_rate}, not {OPUS_RATE}"
        )
    declared = float(attachment["duration_secs"])
    if abs(info.duration - declared) > max(0.1, 0.02 * info.duration):
        return VoiceMessageRefusal(
            SUPPORTING_METADATA,
            f"duration_secs {declared:g} but the audio lasts {info.duration:.3f} s",
        )
    return None


def _metadata_problem(attachment: dict[str, Any]) -> str | None:
    duration = attachment.get("duration_secs")
    if isinstance(duration, bool) or not isinstance(duration, int | float):
        return "duration_secs missing or not a number"
    if not math.isfinite(duration) or duration <= 0:
        return f"duration_secs {duration!r} is not a positive number"
    waveform = attachment.get("waveform")
    if not isinstance(waveform, str):
        return "waveform missing or not a string"
    try:
        amplitudes = base64.b64decode(waveform, validate=True)
    except (binascii.Error, ValueError):
        return "waveform is not base64"
    if not 1 <= len(amplitudes) <= MAX_WAVEFORM_BYTES:
        return f"waveform of {len(amplitudes)} bytes (1 to {MAX_WAVEFORM_BYTES})"
    return None


def check_voice_message(
    payload: dict[str, Any], files: Sequence[tuple[str, bytes, str]]
) -> str | None:
    """``None`` when valid, else the message of Discord's ``400`` (see
    :func:`voice_message_refusal` for its code and what was wrong)."""
    refusal = voice_message_refusal(payload, files)
    return None if refusal is None else refusal.message


def check_voice_message_edit(payload: dict[str, Any]) -> VoiceMessageRefusal | None:
    """An edit of a voice message: Discord refuses any change of content, embeds,
    attachments or components (50162); flag-only edits (e.g. suppressing embeds) pass."""
    changed = [
        key
        for key in ("content", "embeds", "attachments", "components", "poll", "sticker_ids")
        if key in payload
    ]
    if changed:
        return VoiceMessageRefusal(CANNOT_BE_EDITED, f"edit of {', '.join(changed)}")
    return None

"""The fake Discord's voice message check refuses what Discord refuses, and the Ogg Opus
reader is strict. Fixtures are encoded by ffmpeg at test time."""

from __future__ import annotations

import base64
import math
import struct
import subprocess
from collections.abc import Sequence
from functools import cache
from typing import Any

import numpy as np
import pytest

from tests.fakes.voice_messages import (
    ADDITIONAL_CONTENT,
    CANNOT_BE_EDITED,
    MESSAGES,
    SINGLE_AUDIO_ATTACHMENT,
    SUPPORTING_METADATA,
    OggOpusError,
    check_voice_message,
    check_voice_message_edit,
    decode_ogg_opus,
    ogg_crc,
    opus_packet_samples,
    parse_ogg_opus,
    voice_message_refusal,
)

SECONDS = 2.0


def _tone(seconds: float = SECONDS, rate: int = 48_000, channels: int = 1) -> bytes:
    t = np.arange(int(seconds * rate)) / rate
    wave = (0.4 * np.sin(2 * math.pi * 440 * t) * 32767).astype("<i2")
    return np.repeat(wave, channels).tobytes()


def _ffmpeg(pcm: bytes, rate: int, channels: int, *output: str) -> bytes:
    done = subprocess.run(
        [
            "ffmpeg",
            *("-hide_banner", "-loglevel", "error", "-f", "s16le"),
            *("-ar", str(rate), "-ac", str(channels), "-i", "pipe:0"),
            *output,
            "pipe:1",
        ],
        input=pcm,
        capture_output=True,
        check=True,
        timeout=60,
    )
    return done.stdout


@cache
def good_ogg() -> bytes:
    return _ffmpeg(_tone(), 48_000, 1, "-c:a", "libopus", "-b:a", "32k", "-f", "ogg")


@cache
def stereo_ogg() -> bytes:
    return _ffmpeg(
        _tone(channels=2), 48_000, 2, "-c:a", "libopus", "-b:a", "32k", "-ac", "2", "-f", "ogg"
    )


@cache
def ogg_24k() -> bytes:
    """Ogg Opus whose OpusHead says the input was 24 kHz."""
    return _ffmpeg(_tone(rate=24_000), 24_000, 1, "-c:a", "libopus", "-ar", "24000", "-f", "ogg")


@cache
def mp3() -> bytes:
    return _ffmpeg(_tone(), 48_000, 1, "-c:a", "libmp3lame", "-f", "mp3")


def _payload(**attachment: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "id": 0,
        "filename": "voice-message.ogg",
        "duration_secs": SECONDS,
        "waveform": base64.b64encode(bytes(range(0, 256, 8))).decode(),
    }
    fields.update(attachment)
    return {"flags": 1 << 13, "attachments": [{k: v for k, v in fields.items() if v is not ...}]}


def _files(*blobs: bytes) -> list[tuple[str, bytes, str]]:
    return [(f"voice-message-{i}.ogg", blob, "audio/ogg") for i, blob in enumerate(blobs)]


def _code(payload: dict[str, Any], files: Sequence[tuple[str, bytes, str]]) -> int | None:
    refusal = voice_message_refusal(payload, files)
    if refusal is not None:
        assert check_voice_message(payload, files) == MESSAGES[refusal.code]
        assert refusal.body() == {"code": refusal.code, "message": MESSAGES[refusal.code]}
    else:
        assert check_voice_message(payload, files) is None
    return None if refusal is None else refusal.code


# ------------------------------------------------------------------------- the check


def test_a_well_formed_voice_message_passes() -> None:
    assert _code(_payload(), _files(good_ogg())) is None


def test_discord_messages_and_codes() -> None:
    assert MESSAGES == {
        50159: "Voice messages do not support additional content.",
        50160: "Voice messages must have a single audio attachment.",
        50161: "Voice messages must have supporting metadata.",
        50162: "Voice messages cannot be edited.",
    }


def test_messages_without_the_flag_are_not_checked() -> None:
    payload = _payload()
    payload["flags"] = 1 << 12  # SUPPRESS_NOTIFICATIONS only
    payload["content"] = "hello"
    assert _code(payload, _files(b"not audio", b"two")) is None


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("content", "hello"),
        ("embeds", [{"title": "x"}]),
        ("sticker_ids", ["1"]),
        ("components", [{"type": 1, "components": []}]),
        ("poll", {"question": {"text": "?"}}),
    ],
)
def test_additional_content_is_refused(key: str, value: Any) -> None:
    payload = _payload()
    payload[key] = value
    assert _code(payload, _files(good_ogg())) == ADDITIONAL_CONTENT


def test_empty_content_and_embeds_count_as_absent() -> None:
    payload = _payload()
    payload.update(content="", embeds=[])
    assert _code(payload, _files(good_ogg())) is None


def test_two_files_are_refused() -> None:
    assert _code(_payload(), _files(good_ogg(), good_ogg())) == SINGLE_AUDIO_ATTACHMENT


def test_two_attachments_are_refused() -> None:
    payload = _payload()
    payload["attachments"].append(dict(payload["attachments"][0], id=1))
    assert _code(payload, _files(good_ogg(), good_ogg())) == SINGLE_AUDIO_ATTACHMENT


def test_no_upload_is_refused() -> None:
    assert _code(_payload(), []) == SINGLE_AUDIO_ATTACHMENT
    assert _code({"flags": 1 << 13}, _files(good_ogg())) == SINGLE_AUDIO_ATTACHMENT


def test_an_attachment_not_referring_to_the_upload_is_refused() -> None:
    assert _code(_payload(id=1), _files(good_ogg())) == SINGLE_AUDIO_ATTACHMENT


def test_mp3_data_is_refused() -> None:
    assert _code(_payload(), _files(mp3())) == SINGLE_AUDIO_ATTACHMENT


def test_stereo_ogg_is_refused() -> None:
    assert parse_ogg_opus(stereo_ogg()).channels == 2
    assert _code(_payload(), _files(stereo_ogg())) == SUPPORTING_METADATA


def test_24_khz_input_rate_is_refused() -> None:
    info = parse_ogg_opus(ogg_24k())
    assert info.input_rate == 24_000
    assert info.duration == pytest.approx(SECONDS, abs=0.01)
    assert _code(_payload(), _files(ogg_24k())) == SUPPORTING_METADATA


@pytest.mark.parametrize("declared", [1.8, 2.2, 4.0, 0.5])
def test_a_wrong_duration_is_refused(declared: float) -> None:
    assert _code(_payload(duration_secs=declared), _files(good_ogg())) == SUPPORTING_METADATA


@pytest.mark.parametrize("declared", [1.95, 2.0, 2.05, 2])
def test_a_duration_within_a_tenth_of_a_second_passes(declared: float) -> None:
    assert _code(_payload(duration_secs=declared), _files(good_ogg())) is None


@pytest.mark.parametrize(
    "attachment",
    [
        {"waveform": ...},
        {"waveform": None},
        {"waveform": ""},
        {"waveform": "not base64!"},
        {"waveform": base64.b64encode(bytes(257)).decode()},
        {"duration_secs": ...},
        {"duration_secs": "2.0"},
        {"duration_secs": True},
        {"duration_secs": 0},
        {"duration_secs": -2.0},
        {"duration_secs": math.inf},
        {"duration_secs": math.nan},
    ],
    ids=lambda a: "-".join(f"{k}={v!r}"[:30] for k, v in a.items()),
)
def test_missing_or_bad_metadata_is_refused(attachment: dict[str, Any]) -> None:
    assert _code(_payload(**attachment), _files(good_ogg())) == SUPPORTING_METADATA


def test_a_256_byte_waveform_passes() -> None:
    waveform = base64.b64encode(bytes(256)).decode()
    assert _code(_payload(waveform=waveform), _files(good_ogg())) is None


def test_edits_of_voice_messages_are_refused() -> None:
    refusal = check_voice_message_edit({"content": "edited"})
    assert refusal is not None and refusal.code == CANNOT_BE_EDITED
    assert check_voice_message_edit({"flags": 1 << 13 | 1 << 2}) is None


# ----------------------------------------------------------------------- Ogg reading


def _rebuild(pages: list[bytearray]) -> bytes:
    """Pages with their checksums recomputed (so a test tampers with one thing only)."""
    out = bytearray()
    for page in pages:
        page[22:26] = b"\0\0\0\0"
        page[22:26] = struct.pack("<I", ogg_crc(bytes(page)))
        out += page
    return bytes(out)


def _split(data: bytes) -> list[bytearray]:
    pages: list[bytearray] = []
    offset = 0
    while offset < len(data):
        count = data[offset + 26]
        end = offset + 27 + count + sum(data[offset + 27 : offset + 27 + count])
        pages.append(bytearray(data[offset:end]))
        offset = end
    return pages


def test_parse_reads_the_header_and_the_packets() -> None:
    info = parse_ogg_opus(good_ogg())
    assert (info.channels, info.input_rate, info.mapping_family) == (1, 48_000, 0)
    assert info.pre_skip > 0
    assert info.duration == pytest.approx(SECONDS, abs=1e-6)
    assert info.packet_count == len(info.packets) >= SECONDS / 0.02
    assert sum(opus_packet_samples(p) for p in info.packets) >= info.granule


def test_decode_gives_back_the_tone() -> None:
    pcm = np.frombuffer(decode_ogg_opus(good_ogg()), dtype="<i2")
    assert len(pcm) == SECONDS * 48_000
    spectrum = np.abs(np.fft.rfft(pcm.astype(np.float64)))
    assert int(spectrum.argmax()) * 48_000 / len(pcm) == pytest.approx(440, abs=2)


def test_decode_refuses_stereo() -> None:
    with pytest.raises(OggOpusError, match="mono"):
        decode_ogg_opus(stereo_ogg())


def test_a_corrupt_checksum_is_refused() -> None:
    data = bytearray(good_ogg())
    data[-1] ^= 0xFF
    with pytest.raises(OggOpusError, match="checksum"):
        parse_ogg_opus(bytes(data))


def test_truncation_is_refused() -> None:
    with pytest.raises(OggOpusError, match="truncated"):
        parse_ogg_opus(good_ogg()[:-10])


def test_a_missing_end_of_stream_flag_is_refused() -> None:
    pages = _split(good_ogg())
    pages[-1][5] &= ~0x04
    with pytest.raises(OggOpusError, match="end-of-stream"):
        parse_ogg_opus(_rebuild(pages))


def test_a_granule_beyond_the_packets_is_refused() -> None:
    pages = _split(good_ogg())
    granule = struct.unpack_from("<q", pages[2], 6)[0]
    struct.pack_into("<q", pages[2], 6, granule + 960)
    with pytest.raises(OggOpusError, match="granule"):
        parse_ogg_opus(_rebuild(pages))


def test_a_second_logical_stream_is_refused() -> None:
    pages = _split(good_ogg())
    struct.pack_into("<I", pages[-1], 14, struct.unpack_from("<I", pages[-1], 14)[0] + 1)
    with pytest.raises(OggOpusError, match="logical streams"):
        parse_ogg_opus(_rebuild(pages))


def test_an_ogg_without_opus_head_is_refused() -> None:
    vorbis = _ffmpeg(_tone(), 48_000, 1, "-c:a", "libvorbis", "-f", "ogg")
    with pytest.raises(OggOpusError, match="the first packet is not OpusHead"):
        parse_ogg_opus(vorbis)
    assert _code(_payload(), _files(vorbis)) == SINGLE_AUDIO_ATTACHMENT


def test_non_ogg_is_refused() -> None:
    with pytest.raises(OggOpusError, match="capture pattern"):
        parse_ogg_opus(mp3())
    with pytest.raises(OggOpusError, match="no Ogg pages"):
        parse_ogg_opus(b"")


@pytest.mark.parametrize(
    ("toc", "samples"),
    [
        (bytes([(1 << 3) | 0]), 960),  # SILK 20 ms, one frame
        (bytes([(31 << 3) | 1]), 1920),  # CELT 20 ms, two frames
        (bytes([(16 << 3) | 0]), 120),  # CELT 2.5 ms
        (bytes([(3 << 3) | 3, 2]), 5760),  # SILK 60 ms x 2
    ],
)
def test_opus_packet_samples(toc: bytes, samples: int) -> None:
    assert opus_packet_samples(toc) == samples


def test_an_opus_packet_over_120_ms_is_refused() -> None:
    with pytest.raises(OggOpusError, match="120 ms"):
        opus_packet_samples(bytes([(3 << 3) | 3, 3]))

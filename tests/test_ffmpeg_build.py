"""scripts/build-ffmpeg.sh: the image's ffmpeg has what the bot's command lines use and nothing
that reaches a network or another file.

``.ci/container.sh`` runs ``python -m bot check`` and the hostile-input tests against the built
binary; this is the fast guard that the script's lists follow the allow-lists and commands.
"""

from __future__ import annotations

import re
from pathlib import Path

from bot.audio.ffmpeg import ALLOWED_DECODERS, ALLOWED_DEMUXERS, ALLOWED_PROTOCOLS, build_command
from bot.speech.voice_message import encode_command

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = (ROOT / "scripts" / "build-ffmpeg.sh").read_text()
#: Format and codec names as ffmpeg's options spell them -> configure's component names.
COMPONENT_OF = {
    "mp4": "mov",  # an alias of the mov demuxer
    "mpeg": "mpegps",
    "s16le": "pcm_s16le",  # the raw PCM demuxer and muxer
    "g722": "adpcm_g722",
    "g726": "adpcm_g726",
    "g726le": "adpcm_g726le",
}


def components(names: str | set[str]) -> set[str]:
    """``names`` (comma-separated or a set) as configure components."""
    split = names.split(",") if isinstance(names, str) else names
    return {COMPONENT_OF.get(name, name) for name in split}


def built(kind: str) -> set[str]:
    """The names in the script's bash array ``kind`` (comments dropped)."""
    match = re.search(rf"^{kind}=\(([^)]*)\)", SCRIPT, re.M)
    assert match, f"no {kind}=(...) array in build-ffmpeg.sh"
    body = "\n".join(line.split("#", 1)[0] for line in match.group(1).splitlines())
    return set(body.split())


def option_values(command: list[str], option: str, *, before_input: bool) -> set[str]:
    """The values of ``option`` on the input side (before ``-i``) or the output side."""
    split = command.index("-i")
    side = command[:split] if before_input else command[split:]
    return {side[i + 1] for i, arg in enumerate(side[:-1]) if arg == option}


DECODE = build_command("ffmpeg", Path("/in"), max_seconds=1, sample_rate=16_000)
ENCODE = encode_command("ffmpeg", sample_rate=48_000)


def test_every_allowed_demuxer_is_built() -> None:
    assert components(ALLOWED_DEMUXERS) - built("demuxers") == set()


def test_every_allowed_decoder_is_built() -> None:
    assert components(ALLOWED_DECODERS) - built("decoders") == set()


def test_the_voice_message_encoder_has_its_input_and_output() -> None:
    assert components(option_values(ENCODE, "-f", before_input=True)) <= built("demuxers")
    decoders = ",".join(option_values(ENCODE, "-codec_whitelist", before_input=True))
    assert components(decoders) <= built("decoders")
    assert components(option_values(ENCODE, "-c:a", before_input=False)) <= built("encoders")
    assert components(option_values(ENCODE, "-f", before_input=False)) <= built("muxers")


def test_the_decoder_command_has_its_output() -> None:
    assert components(option_values(DECODE, "-c:a", before_input=False)) <= built("encoders")
    assert components(option_values(DECODE, "-f", before_input=False)) <= built("muxers")


def test_only_the_protocols_the_commands_allow_are_built() -> None:
    allowed = {
        name
        for command in (DECODE, ENCODE)
        for value in option_values(command, "-protocol_whitelist", before_input=False)
        | option_values(command, "-protocol_whitelist", before_input=True)
        for name in value.split(",")
    }
    assert set(ALLOWED_PROTOCOLS.split(",")) <= allowed
    assert built("protocols") == allowed == {"file", "pipe"}


def test_everything_else_is_left_out() -> None:
    """Only the named components, no network code, no library found by chance on the build
    machine, no devices or players."""
    for flag in (
        "--disable-everything",
        "--disable-autodetect",
        "--disable-network",
        "--disable-avdevice",
        "--disable-ffplay",
    ):
        assert re.search(rf"^\s+{flag} \\$", SCRIPT, re.M), flag
    assert set(re.findall(r"--enable-(lib\w+)", SCRIPT)) == {"libopus"}

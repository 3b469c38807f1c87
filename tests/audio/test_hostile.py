"""Hostile uploads: nothing in an attachment may make the bot reach the network or disk.

Every case is checked three ways:

1. the pipeline raises an ``AudioError`` with a usable ``user_message`` (never crashes);
2. the loopback canary server saw **zero** connections/requests;
3. no :class:`~tests.audio.hostile.OpenSentinel` FIFO referenced by the file was opened.

The specific error type (``NotAudio`` / ``UndecodableAudio``) is asserted last, so a failure
message says whether the security properties held.  The first tests prove that the
tripwires really fire when a permissive ffmpeg follows such references.

The ffmpeg under test is the one the bot would run for ``FFMPEG_PATH`` (unset: the system's,
else imageio-ffmpeg's); ``.ci/install-paths.sh`` runs this file again with the wheel's build.
"""

from __future__ import annotations

import asyncio
import resource
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.audio.errors import (
    AudioError,
    NoAudioStream,
    NotAudio,
    UndecodableAudio,
    UnsupportedFormat,
)
from bot.audio.ffmpeg import build_command
from bot.audio.pipeline import AudioLimits, AudioPipeline, ProcessedSample
from bot.audio.sniff import sniff
from tests.audio import fixtures as fx
from tests.audio import hostile as h
from tests.audio.helpers import check_error, check_sample

CALL_BOUND = 45.0
REJECTED = (NotAudio, UndecodableAudio)
#: For files that sniffing lets through: ffmpeg's demuxer allow-list refuses them.
REFUSED_BY_FFMPEG = (UnsupportedFormat, UndecodableAudio)


@dataclass(frozen=True)
class Ctx:
    """What a hostile builder may reference."""

    canary: h.CanaryServer
    sentinel: h.OpenSentinel


@pytest.fixture
def sentinel(tmp_path: Path) -> Iterator[h.OpenSentinel]:
    s = h.OpenSentinel(tmp_path / "secrets", f"leak-{tmp_path.name}.wav")
    yield s
    s.close()


@pytest.fixture
def ctx(canary: h.CanaryServer, sentinel: h.OpenSentinel) -> Ctx:
    return Ctx(canary, sentinel)


def _relative_to_root(path: Path) -> str:
    """A relative path that reaches ``path`` from any directory up to 24 levels deep."""
    return "../" * 24 + str(path).lstrip("/")


def _m4a_moov_end() -> bytes:
    return fx.encode(fx.standard_speech_wav(), "m4a_aac_moov_end").read_bytes()


# --------------------------------------------------------------------------- tripwire self-tests


def _naive_ffmpeg(path: Path, *extra: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [
            h.ffmpeg_under_test(),
            "-hide_banner",
            "-nostdin",
            "-loglevel",
            "error",
            *extra,
            "-i",
            str(path),
            "-t",
            "1",
            "-f",
            "null",
            "-",
        ],
        capture_output=True,
        timeout=30,
        check=False,
    )


def test_canary_sees_a_permissive_ffmpeg(canary: h.CanaryServer, tmp_path: Path) -> None:
    playlist = tmp_path / "voice.m3u8"
    playlist.write_bytes(h.hls_playlist([canary.url("/seg.ts")]))
    _naive_ffmpeg(playlist, "-protocol_whitelist", "file,http,tcp,crypto,data")
    assert canary.hits >= 1
    assert canary.requests == ["GET /seg.ts"]


def test_sentinel_sees_a_naive_ffmpeg(sentinel: h.OpenSentinel, tmp_path: Path) -> None:
    """Stock ffmpeg on a *file* input follows local paths in an HLS playlist."""
    playlist = tmp_path / "voice.m3u8"
    playlist.write_bytes(h.hls_playlist([str(sentinel.path)]))
    _naive_ffmpeg(playlist)
    assert sentinel.opened >= 1


def test_a_disguised_playlist_is_followed_unless_ffmpeg_refuses_the_name(
    sentinel: h.OpenSentinel, tmp_path: Path
) -> None:
    """Stock ffmpeg 5.1 follows it named voice.mp3 behind an ID3 tag too; later builds (the
    imageio-ffmpeg wheels' 7.0 and 9.0) refuse to probe HLS in a file not named .m3u8. The
    pipeline's allow-lists hold either way: this only tells which threat the ffmpeg has."""
    playlist = tmp_path / "voice.mp3"
    playlist.write_bytes(h.id3_wrapped(h.hls_playlist([str(sentinel.path)])))
    stderr = _naive_ffmpeg(playlist).stderr.decode(errors="replace")
    if sentinel.opened == 0:
        assert "Not detecting m3u8/hls with non standard extension" in stderr, stderr


def test_sentinel_sees_an_mp4_data_reference(sentinel: h.OpenSentinel, tmp_path: Path) -> None:
    movie = tmp_path / "voice.m4a"
    movie.write_bytes(h.mp4_with_external_dref(_m4a_moov_end(), str(sentinel.path)))
    _naive_ffmpeg(movie)  # default options: the reference is skipped
    assert sentinel.opened == 0
    _naive_ffmpeg(movie, "-enable_drefs", "1", "-use_absolute_path", "1")
    assert sentinel.opened >= 1


# --------------------------------------------------------------------------- hostile content


@dataclass(frozen=True)
class Case:
    build: Callable[[Ctx], bytes]
    filename: str | None
    expected: tuple[type[AudioError], ...] = REJECTED


def _hls_http(c: Ctx) -> bytes:
    return h.hls_playlist([c.canary.url("/seg.ts")])


def _hls_binary(c: Ctx) -> bytes:
    """Local file first (only the demuxer allow-list stops it), then the canary URL."""
    return h.hls_playlist_with_binary_comment([str(c.sentinel.path), c.canary.url("/seg.ts")])


#: Cases whose bytes sniffing does not recognise: only ffmpeg's allow-lists stop them.
PAST_SNIFFING = ("hls-binary-comment-named-mp3", "hls-binary-comment-id3-wrapped")


def _hls_local(c: Ctx) -> bytes:
    s = c.sentinel.path
    return h.hls_playlist(
        [
            "file:///etc/passwd",
            str(s),
            f"file://{s}",
            _relative_to_root(s),
            "leak.wav",
            c.canary.url("/after-local.ts"),
        ]
    )


CASES: dict[str, Case] = {
    "hls-http-named-mp3": Case(_hls_http, "voice.mp3"),
    "hls-http-named-m3u8": Case(_hls_http, "playlist.m3u8"),
    "hls-http-no-name": Case(_hls_http, None),
    "hls-id3-wrapped-mp3": Case(
        lambda c: h.id3_wrapped(h.hls_playlist([c.canary.url("/seg.ts"), str(c.sentinel.path)])),
        "voice.mp3",
    ),
    "hls-local-files": Case(_hls_local, "voice.mp3"),
    "hls-local-files-m3u8": Case(_hls_local, "voice.m3u8"),
    "ffconcat-named-mp3": Case(
        lambda c: h.ffconcat_script(
            [c.canary.url("/x.wav"), "/etc/passwd", str(c.sentinel.path), "leak.wav"]
        ),
        "voice.mp3",
    ),
    "ffconcat-named-ffconcat": Case(
        lambda c: h.ffconcat_script([c.canary.url("/x.wav"), str(c.sentinel.path)]),
        "list.ffconcat",
    ),
    "sdp-rtp-loopback": Case(lambda c: h.sdp_session(c.canary.port), "voice.sdp"),
    "sdp-named-mp3": Case(lambda c: h.sdp_session(c.canary.port), "voice.mp3"),
    "m3u-url": Case(
        lambda c: h.m3u_playlist([c.canary.url("/a.mp3"), str(c.sentinel.path)]), "list.m3u"
    ),
    "bare-url-named-mp3": Case(lambda c: (c.canary.url("/a.mp3") + "\n").encode(), "voice.mp3"),
    "concat-protocol-content": Case(
        lambda c: f"concat:/etc/passwd|{c.sentinel.path}".encode(), "voice.mp3"
    ),
    "subfile-protocol-content": Case(
        lambda c: f"subfile,,start,0,end,0,,:{c.sentinel.path}".encode(), "voice.mp3"
    ),
    "mp4-external-dref-absolute": Case(
        lambda c: h.mp4_with_external_dref(_m4a_moov_end(), str(c.sentinel.path)),
        "voice.m4a",
        (*REJECTED, NoAudioStream),
    ),
    "mp4-external-dref-sibling": Case(
        lambda c: h.mp4_with_external_dref(
            _m4a_moov_end(), str(c.sentinel.path), nlvl_from=1, nlvl_to=1
        ),
        "voice.m4a",
        (*REJECTED, NoAudioStream),
    ),
    "hls-binary-comment-named-mp3": Case(_hls_binary, "voice.mp3", REFUSED_BY_FFMPEG),
    "hls-binary-comment-id3-wrapped": Case(
        lambda c: h.id3_wrapped(_hls_binary(c)), "voice.mp3", REFUSED_BY_FFMPEG
    ),
    "matroska-huge-element": Case(lambda c: h.matroska_huge_element(), "voice.webm"),
    "wav-huge-fmt-chunk": Case(lambda c: h.wav_with_huge_fmt_chunk(), "voice.wav"),
}


@pytest.mark.parametrize("case_id", list(CASES))
async def test_hostile_file_is_rejected_without_side_effects(case_id: str, ctx: Ctx) -> None:
    case = CASES[case_id]
    data = case.build(ctx)
    pipeline = AudioPipeline(ffmpeg=h.ffmpeg_under_test())
    outcome: ProcessedSample | BaseException
    try:
        outcome = await asyncio.wait_for(pipeline.process(data, case.filename), CALL_BOUND)
    except AudioError as exc:
        outcome = exc
    await asyncio.sleep(0.05)  # let the tripwire threads observe late opens
    hits, opened = ctx.canary.hits, ctx.sentinel.opened

    assert hits == 0, f"canary was contacted: {ctx.canary.requests}"
    assert opened == 0, "a local file referenced by the upload was opened"
    assert not isinstance(outcome, ProcessedSample), "hostile input produced a sample"
    err = check_error(outcome)
    assert isinstance(err, case.expected), (
        f"no side effects, but expected {'/'.join(t.__name__ for t in case.expected)}, "
        f"got {type(err).__name__}: {err.user_message!r}"
    )


@pytest.mark.parametrize("case_id", PAST_SNIFFING)
def test_binary_playlists_get_past_sniffing(case_id: str, ctx: Ctx) -> None:
    """So the cases above test ffmpeg's allow-lists, not the sniffer."""
    sniff(CASES[case_id].build(ctx))


def _without(command: list[str], option: str) -> list[str]:
    at = command.index(option)
    return command[:at] + command[at + 2 :]


@pytest.mark.parametrize("dropped", ["-format_whitelist", "-protocol_whitelist"])
def test_each_allow_list_alone_keeps_a_playlist_off_the_network(
    dropped: str, ctx: Ctx, tmp_path: Path
) -> None:
    """The pipeline's own ffmpeg command, run on the host network with one allow-list taken
    out: the other one alone must keep a playlist that sniffing let through from reaching the
    canary (without the demuxer list the HLS demuxer does open the local file it lists)."""
    path = tmp_path / "input"
    path.write_bytes(_hls_binary(ctx))
    command = build_command(h.ffmpeg_under_test(), path, max_seconds=5, sample_rate=16_000)
    proc = subprocess.run(
        _without(command, dropped), capture_output=True, timeout=CALL_BOUND, check=False
    )
    assert ctx.canary.hits == 0, f"canary was contacted: {ctx.canary.requests}"
    assert proc.returncode != 0
    if dropped == "-protocol_whitelist":
        assert ctx.sentinel.opened == 0, "the playlist's local file was opened"


# --------------------------------------------------------------------------- huge claimed sizes


HUGE: dict[str, Callable[[], bytes]] = {
    "wav-4gib-sizes-real-audio": lambda: h.wav_with_huge_sizes(
        fx.standard_speech_wav().read_bytes()
    ),
    "wav-4gib-header-1kib-data": h.wav_header_claiming_4gib,
    "webm-huge-segment-and-cluster": lambda: h.matroska_with_huge_sizes(
        fx.encode(fx.standard_speech_wav(), "webm_opus").read_bytes()
    ),
}


@pytest.mark.parametrize("case_id", list(HUGE))
async def test_huge_claimed_sizes_are_bounded(case_id: str, canary: h.CanaryServer) -> None:
    """Lying size fields must not cause huge allocations, hangs or crashes.

    A file whose header lies but whose content is real audio may legitimately succeed; if it
    does, the result must still respect every limit.
    """
    data = HUGE[case_id]()
    try:
        outcome: ProcessedSample | AudioError = await asyncio.wait_for(
            AudioPipeline(ffmpeg=h.ffmpeg_under_test()).process(
                data, "voice" + (".webm" if "webm" in case_id else ".wav")
            ),
            CALL_BOUND,
        )
    except AudioError as exc:
        outcome = exc
    if isinstance(outcome, ProcessedSample):
        check_sample(outcome, data, AudioLimits())
        assert outcome.seconds <= 15.0
    else:
        check_error(outcome)
    peak_child_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    assert peak_child_kib < 1024 * 1024, f"a child process peaked at {peak_child_kib} KiB"
    assert canary.hits == 0


# --------------------------------------------------------------------------- hostile filenames


def _speech_mp3() -> bytes:
    return fx.encode(fx.standard_speech_wav(), "mp3_cbr").read_bytes()


ODD_BUT_BENIGN_NAMES = [
    "voice%03d.mp3",  # image2-style sequence pattern
    "img%d.png",  # image2 pattern *and* wrong extension
    "-y.mp3",  # looks like an ffmpeg option
    "voice message (final) 'v2' \"new\".mp3",
    "ünïcödé 🎤 voix.mp3",
    "a" * 300 + ".mp3",  # longer than NAME_MAX
    "voice.mp3\nfile '/etc/passwd'",
]


@pytest.mark.parametrize("filename", ODD_BUT_BENIGN_NAMES, ids=lambda n: repr(n[:24]))
async def test_odd_filenames_are_only_hints(filename: str, canary: h.CanaryServer) -> None:
    data = _speech_mp3()
    sample = await asyncio.wait_for(
        AudioPipeline(ffmpeg=h.ffmpeg_under_test()).process(data, filename), CALL_BOUND
    )
    check_sample(sample, data, AudioLimits())
    assert canary.hits == 0


@pytest.mark.parametrize(
    "make_name",
    [
        pytest.param(lambda c, s, t: c.url("/voice.mp3"), id="http-url"),
        pytest.param(lambda c, s, t: f"concat:/etc/passwd|{s}", id="concat-protocol"),
        pytest.param(lambda c, s, t: f"subfile,,start,0,end,0,,:{s}", id="subfile-protocol"),
        pytest.param(lambda c, s, t: str(s), id="absolute-path-to-fifo"),
        pytest.param(lambda c, s, t: f"file:{s}", id="file-url-to-fifo"),
        pytest.param(lambda c, s, t: _relative_to_root(t), id="path-traversal"),
        pytest.param(lambda c, s, t: str(t), id="absolute-path-target"),
    ],
)
async def test_hostile_filenames_have_no_side_effects(
    make_name: Callable[[h.CanaryServer, Path, Path], str],
    canary: h.CanaryServer,
    sentinel: h.OpenSentinel,
    tmp_path: Path,
) -> None:
    """The filename is attacker-controlled too: it must never become a URL or a path."""
    target = tmp_path / "escape" / "pwned.mp3"
    target.parent.mkdir()
    filename = make_name(canary, sentinel.path, target)
    data = _speech_mp3()
    try:
        outcome: ProcessedSample | AudioError = await asyncio.wait_for(
            AudioPipeline(ffmpeg=h.ffmpeg_under_test()).process(data, filename), CALL_BOUND
        )
    except AudioError as exc:
        outcome = exc
    await asyncio.sleep(0.05)
    assert canary.hits == 0, f"canary was contacted: {canary.requests}"
    assert sentinel.opened == 0, "the filename was opened as a path"
    assert not target.exists(), "the filename was used as a write path (path traversal)"
    if isinstance(outcome, ProcessedSample):
        check_sample(outcome, data, AudioLimits())
    else:
        check_error(outcome)

"""Hostile uploads and the tripwires that detect whether processing them reached outside.

Two tripwires:

* :class:`CanaryServer` - an aiohttp server on ``127.0.0.1:<random port>`` running in its own
  thread, counting every TCP connection and every HTTP request.  It answers every request
  with a real speech WAV, so a pipeline that fetches a URL would even "succeed".
* :class:`OpenSentinel` - a named pipe (FIFO) at a unique path.  A watcher thread notices
  the moment any process opens it for reading (and hands the reader an immediate EOF, so
  nothing hangs).  Pointing a playlist / concat script / MP4 data reference at the sentinel
  proves whether the referenced local file was ever opened, which ``atime`` cannot (most
  filesystems are mounted ``relatime``/``noatime``).

Builders return the hostile bytes; they are cheap and built per test.
"""

from __future__ import annotations

import asyncio
import errno
import os
import socket
import stat
import struct
import threading
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from aiohttp import web

from bot.audio.ffmpeg_binary import resolve as resolve_ffmpeg

# --------------------------------------------------------------------------- ffmpeg under test


def ffmpeg_under_test() -> str:
    """The absolute path of the ffmpeg the bot would run for this environment's ``FFMPEG_PATH``
    (unset: the system's on PATH, else imageio-ffmpeg's static build)."""
    return resolve_ffmpeg(os.environ.get("FFMPEG_PATH")).path


# --------------------------------------------------------------------------- canary server


class _CountingServer(web.Server):
    """``aiohttp.web.Server`` that reports every accepted TCP connection."""

    def __init__(self, handler: Any, on_connect: Any, **kwargs: Any) -> None:
        super().__init__(handler, **kwargs)
        self._on_connect = on_connect

    def connection_made(self, handler: Any, transport: Any) -> None:
        self._on_connect()
        super().connection_made(handler, transport)


class CanaryServer:
    """Loopback HTTP server that records every connection and request made to it.

    Use as a context manager (or :meth:`start` / :meth:`stop`).  ``payload`` is served for
    every request (a valid WAV by default in the tests).
    """

    def __init__(self, payload: bytes = b"", content_type: str = "audio/wav") -> None:
        self.payload = payload
        self.content_type = content_type
        self.requests: list[str] = []
        self.connections = 0
        self._lock = threading.Lock()
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(64)
        self.port: int = self._sock.getsockname()[1]
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None

    # -- lifecycle
    def start(self) -> CanaryServer:
        """Start serving in a daemon thread; returns once the socket is accepting."""
        self._thread = threading.Thread(target=self._run, name="canary-http", daemon=True)
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("canary server did not start")
        if self._error is not None:
            raise RuntimeError("canary server failed to start") from self._error
        return self

    def stop(self) -> None:
        """Stop the server thread and close the socket."""
        if self._loop is not None and self._thread is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(10)
        self._sock.close()

    def __enter__(self) -> CanaryServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- observations
    @property
    def hits(self) -> int:
        """Connections or requests seen so far (whichever is larger)."""
        with self._lock:
            return max(self.connections, len(self.requests))

    def reset(self) -> None:
        """Forget everything observed so far."""
        with self._lock:
            self.requests.clear()
            self.connections = 0

    def url(self, path: str = "/seg.ts") -> str:
        """Absolute ``http://127.0.0.1:<port><path>`` URL on the canary."""
        return f"http://127.0.0.1:{self.port}{path}"

    # -- internals
    def _count_connection(self) -> None:
        with self._lock:
            self.connections += 1

    async def _handle(self, request: web.BaseRequest) -> web.StreamResponse:
        with self._lock:
            self.requests.append(f"{request.method} {request.path_qs}")
        return web.Response(body=self.payload, content_type=self.content_type)

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        asyncio.set_event_loop(loop)
        runner: web.ServerRunner | None = None
        try:

            async def setup() -> web.ServerRunner:
                server = _CountingServer(self._handle, self._count_connection)
                r = web.ServerRunner(server, handle_signals=False)
                await r.setup()
                await web.SockSite(r, self._sock).start()
                return r

            runner = loop.run_until_complete(setup())
        except BaseException as exc:  # surfaced by start()
            self._error = exc
            self._ready.set()
            loop.close()
            return
        self._ready.set()
        try:
            loop.run_forever()
        finally:
            loop.run_until_complete(runner.cleanup())
            loop.close()


# --------------------------------------------------------------------------- FIFO sentinel


class OpenSentinel:
    """A FIFO that records whether anything opened it for reading.

    ``os.open(fifo, O_WRONLY | O_NONBLOCK)`` fails with ``ENXIO`` while no reader has the
    FIFO open, and succeeds as soon as one does (a reader blocked in ``open()`` already
    counts).  The watcher polls that every ~2 ms, counts a hit, then closes its write end so
    the reader sees EOF and carries on instead of hanging.
    """

    def __init__(self, directory: Path, name: str) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self.path = directory / name
        os.mkfifo(self.path, 0o600)
        self.opened = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="fifo-sentinel", daemon=True)
        self._thread.start()

    def _watch(self) -> None:
        while not self._stop.is_set():
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_NONBLOCK)
            except OSError as exc:
                if exc.errno not in (errno.ENXIO, errno.ENOENT):
                    raise
            else:
                self.opened += 1
                os.close(fd)
            self._stop.wait(0.002)

    def close(self) -> None:
        """Stop watching and remove the FIFO."""
        self._stop.set()
        self._thread.join(5)
        if self.path.exists() and stat.S_ISFIFO(self.path.stat().st_mode):
            self.path.unlink()


@contextmanager
def open_sentinel(directory: Path, suffix: str = ".wav") -> Iterator[OpenSentinel]:
    """Context manager yielding an :class:`OpenSentinel` named ``leak-<uuid><suffix>``."""
    sentinel = OpenSentinel(directory, f"leak-{uuid.uuid4().hex}{suffix}")
    try:
        yield sentinel
    finally:
        sentinel.close()


# --------------------------------------------------------------------------- text-based hostiles


def hls_playlist(uris: Sequence[str]) -> bytes:
    """A VOD HLS media playlist (probed as ``hls`` by ffmpeg) listing ``uris`` as segments."""
    lines = ["#EXTM3U", "#EXT-X-VERSION:3", "#EXT-X-TARGETDURATION:10", "#EXT-X-MEDIA-SEQUENCE:0"]
    for uri in uris:
        lines += ["#EXTINF:10.0,", uri]
    lines.append("#EXT-X-ENDLIST")
    return ("\n".join(lines) + "\n").encode()


def hls_playlist_with_binary_comment(uris: Sequence[str]) -> bytes:
    """An HLS playlist that content sniffing does not call text.

    ffmpeg's HLS prober stops at the first NUL byte, so the tags it looks for come first; the
    comment line after them holds a NUL and bytes that are not UTF-8 (the parser skips it).
    Only ffmpeg's own allow-lists stand between this file and the ``uris`` it lists.
    """
    header, _, rest = hls_playlist(uris).partition(b"#EXTINF")
    return header + b"# \x00\xff\xfe\x80 binary\n#EXTINF" + rest


def id3_wrapped(payload: bytes) -> bytes:
    """``payload`` behind an empty ID3v2.4 tag.

    The file starts with ``ID3`` like a normal MP3, but ffmpeg's prober skips ID3v2 tags
    before probing, so an HLS playlist wrapped this way is still demuxed as ``hls``.
    """
    return b"ID3\x04\x00\x00\x00\x00\x00\x00" + payload


def ffconcat_script(entries: Sequence[str]) -> bytes:
    """An ``ffconcat version 1.0`` script with one ``file '...'`` line per entry."""
    return ("ffconcat version 1.0\n" + "".join(f"file '{e}'\n" for e in entries)).encode()


def sdp_session(port: int, host: str = "127.0.0.1") -> bytes:
    """An SDP description of a PCMU RTP stream on ``host:port`` (would open UDP sockets)."""
    return (
        "v=0\r\n"
        f"o=- 0 0 IN IP4 {host}\r\n"
        "s=voice\r\n"
        f"c=IN IP4 {host}\r\n"
        "t=0 0\r\n"
        f"m=audio {port} RTP/AVP 0\r\n"
        "a=rtpmap:0 PCMU/8000\r\n"
    ).encode()


def m3u_playlist(urls: Sequence[str]) -> bytes:
    """A classic extended ``.m3u`` (winamp style) playlist listing ``urls``."""
    body = "#EXTM3U\n" + "".join(f"#EXTINF:120,Track {i}\n{u}\n" for i, u in enumerate(urls))
    return body.encode()


# --------------------------------------------------------------------------- MP4 data reference

_MP4_CONTAINERS = {b"moov", b"trak", b"mdia", b"minf", b"dinf", b"stbl", b"edts", b"udta"}


def _iter_boxes(data: bytes, start: int, end: int) -> Iterator[tuple[bytes, int, int, int]]:
    """Yield ``(type, box_start, payload_start, box_end)`` for boxes in ``data[start:end]``."""
    pos = start
    while pos + 8 <= end:
        size, box_type = struct.unpack(">I4s", data[pos : pos + 8])
        header = 8
        if size == 1:
            size = struct.unpack(">Q", data[pos + 8 : pos + 16])[0]
            header = 16
        elif size == 0:
            size = end - pos
        if size < header or pos + size > end:
            raise ValueError(f"malformed box {box_type!r} at {pos}")
        yield box_type, pos, pos + header, pos + size
        pos += size


def _replace_box(data: bytes, start: int, end: int, path: Sequence[bytes], new: bytes) -> bytes:
    """Rebuild ``data[start:end]`` with the box at ``path`` replaced by ``new`` (sizes fixed)."""
    out = bytearray()
    for box_type, b_start, p_start, b_end in _iter_boxes(data, start, end):
        if box_type != path[0]:
            out += data[b_start:b_end]
        elif len(path) == 1:
            out += new
        else:
            if box_type not in _MP4_CONTAINERS:
                raise ValueError(f"cannot descend into {box_type!r}")
            inner = _replace_box(data, p_start, b_end, path[1:], new)
            out += struct.pack(">I4s", 8 + len(inner), box_type) + inner
    return bytes(out)


def alias_dref(target: str, *, nlvl_from: int = -1, nlvl_to: int = -1) -> bytes:
    """A ``dref`` box whose only entry is a Mac alias record (``alis``) pointing at ``target``.

    The entry has flags 0 (media data is *not* in this file) and carries ``target`` as the
    alias record's absolute path (tag 2; ffmpeg 5.1 ignores the POSIX-path tag 18 here),
    which is what ffmpeg's ``mov`` demuxer follows when ``enable_drefs`` and
    ``use_absolute_path`` are on (by default it logs "Skipped opening external track").
    With ``nlvl_from``/``nlvl_to`` of 1 ffmpeg instead resolves the file name relative to the
    input's own directory (a sibling of the uploaded temp file).
    """
    volume = b"Macintosh HD"
    fname = Path(target).name.encode()[:63]
    body = b"\x00\x00\x00\x00"  # version + flags (0 = external reference)
    body += b"\x00" * 10
    body += bytes([len(volume)]) + volume.ljust(27, b"\x00")
    body += b"\x00" * 12
    body += bytes([len(fname)]) + fname.ljust(63, b"\x00")
    body += b"\x00" * 16
    body += struct.pack(">hh", nlvl_from, nlvl_to)
    body += b"\x00" * 16
    path = target.encode()
    body += struct.pack(">hH", 2, len(path)) + path + (b"\x00" if len(path) % 2 else b"")
    body += struct.pack(">hH", -1, 0)
    entry = struct.pack(">I4s", 8 + len(body), b"alis") + body
    payload = struct.pack(">II", 0, 1) + entry
    return struct.pack(">I4s", 8 + len(payload), b"dref") + payload


def mp4_with_external_dref(m4a_moov_at_end: bytes, target: str, **nlvl: int) -> bytes:
    """Rewrite an M4A (moov after mdat) so its audio track's data reference is external.

    Only the ``moov`` box changes size, so ``stco`` offsets into the preceding ``mdat`` stay
    valid.  The result is what a QuickTime "reference movie" looks like.
    """
    path = [b"moov", b"trak", b"mdia", b"minf", b"dinf", b"dref"]
    return _replace_box(m4a_moov_at_end, 0, len(m4a_moov_at_end), path, alias_dref(target, **nlvl))


# --------------------------------------------------------------------------- huge sizes


def wav_with_huge_sizes(wav: bytes) -> bytes:
    """A real PCM WAV whose RIFF and ``data`` chunk sizes both claim 0xFFFFFFFF bytes (4 GiB)."""
    out = bytearray(wav)
    out[4:8] = struct.pack("<I", 0xFFFFFFFF)
    idx = out.find(b"data", 12)
    if idx < 0:
        raise ValueError("no data chunk")
    out[idx + 4 : idx + 8] = struct.pack("<I", 0xFFFFFFFF)
    return bytes(out)


def wav_header_claiming_4gib() -> bytes:
    """A 44-byte WAV header announcing 4 GiB of 48 kHz stereo PCM, followed by 1 KiB."""
    fmt = struct.pack("<HHIIHH", 1, 2, 48_000, 48_000 * 4, 4, 16)
    return (
        b"RIFF"
        + struct.pack("<I", 0xFFFFFFFF)
        + b"WAVE"
        + b"fmt "
        + struct.pack("<I", 16)
        + fmt
        + b"data"
        + struct.pack("<I", 0xFFFFFFF0)
        + bytes(1024)
    )


def wav_with_huge_fmt_chunk() -> bytes:
    """A WAV whose ``fmt `` chunk claims to be 2 GiB long (the file is a few hundred bytes)."""
    fmt = struct.pack("<HHIIHHH", 0xFFFE, 1, 48_000, 96_000, 2, 16, 0xFFFF)
    return (
        b"RIFF"
        + struct.pack("<I", 0xFFFFFFFF)
        + b"WAVE"
        + b"fmt "
        + struct.pack("<I", 0x7FFFFFFF)
        + fmt
        + bytes(256)
    )


def _ebml_huge_size(n_bytes: int = 8) -> bytes:
    """An ``n_bytes``-long EBML size field holding a huge (but not 'unknown') value."""
    marker = 1 << (8 - n_bytes)
    value = (1 << (7 * n_bytes)) - 2  # all ones minus one: the largest known size
    raw = value.to_bytes(n_bytes, "big")
    return bytes([raw[0] | marker]) + raw[1:]


def matroska_with_huge_sizes(mkv: bytes) -> bytes:
    """A real WebM/Matroska file whose Segment and first Cluster claim ~2^56 bytes each."""
    out = bytearray(mkv)
    for element_id in (b"\x18\x53\x80\x67", b"\x1f\x43\xb6\x75"):  # Segment, Cluster
        idx = out.find(element_id)
        if idx < 0:
            raise ValueError(f"element {element_id.hex()} not found")
        size_pos = idx + 4
        first = out[size_pos]
        length = 1
        while length <= 8 and not first & (0x80 >> (length - 1)):
            length += 1
        out[size_pos : size_pos + length] = _ebml_huge_size(length)
    return bytes(out)


def matroska_huge_element() -> bytes:
    """An EBML header followed by a Segment that holds one element claiming ~2^56 bytes."""
    ebml_header = bytes.fromhex(
        "1a45dfa3"  # EBML
        "9f"  # size 31
        "4286810142f7810142f2810442f381084282847765626d4287810442858102"
    )
    segment = bytes.fromhex("18538067") + b"\x01\xff\xff\xff\xff\xff\xff\xff"  # unknown size
    info = bytes.fromhex("1549a966") + _ebml_huge_size(8) + bytes(64)
    return ebml_header + segment + info

"""Cheap content sniffing that names obviously non-audio files before ffmpeg sees them.

This only improves the message a member gets; safety does not depend on it (ffmpeg itself runs
with protocol and demuxer allow-lists).
"""

from __future__ import annotations

import os
from pathlib import Path

from .errors import EmptyFile, NotAudio

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "an image (PNG)"),
    (b"\xff\xd8\xff", "an image (JPEG)"),
    (b"GIF87a", "an image (GIF)"),
    (b"GIF89a", "an image (GIF)"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive or office document"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "a program"),
    (b"MZ", "a Windows program"),
)

_PLAYLIST_MARKERS: tuple[tuple[bytes, str], ...] = (
    (b"#EXTM3U", "a playlist (M3U/HLS)"),
    (b"ffconcat", "an ffmpeg concat script"),
    (b"[playlist]", "a playlist (PLS)"),
    (b"<?xml", "an XML document"),
    (b"<!doctype html", "a web page"),
    (b"<html", "a web page"),
    (b"v=0", "a stream description (SDP)"),
    (b"<mpd", "a DASH manifest"),
)


def _looks_like_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut at the end of the window is still text.
        if exc.start < len(head) - 4:
            return False
        text = head[: exc.start].decode("utf-8")
    if not text:
        return False
    printable = sum(ch.isprintable() or ch in "\r\n\t" for ch in text)
    return printable / len(text) > 0.95


HEAD_BYTES = 4096
_ID3_HEADER = 10


def id3_tag_length(header: bytes) -> int:
    """Bytes taken by a leading ID3v2 tag (0 if none): ffmpeg skips it before probing, so
    whatever follows it is what decides the format."""
    if len(header) < _ID3_HEADER or not header.startswith(b"ID3"):
        return 0
    size_bytes = header[6:10]
    if any(b & 0x80 for b in size_bytes):
        return 0
    size = 0
    for b in size_bytes:
        size = (size << 7) | b
    footer = _ID3_HEADER if header[5] & 0x10 else 0
    return _ID3_HEADER + size + footer


def read_head(path: Path) -> tuple[bytes, int]:
    """The first bytes after any ID3 tag, and the file's size."""
    with path.open("rb") as file:
        size = os.fstat(file.fileno()).st_size
        head = file.read(HEAD_BYTES)
        skip = id3_tag_length(head)
        if skip:
            file.seek(skip)
            head = file.read(HEAD_BYTES) or head
    return head, size


def sniff(head: bytes) -> None:
    """Raise EmptyFile or NotAudio when a file's first bytes show it is clearly not audio."""
    if not head:
        raise EmptyFile()
    skip = id3_tag_length(head)
    head = head[skip : skip + HEAD_BYTES] if skip and len(head) > skip else head[:HEAD_BYTES]
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        raise NotAudio("an image (WebP)")
    if head[:2] == b"BM" and len(head) >= 26 and head[6:10] == b"\x00\x00\x00\x00":
        raise NotAudio("an image (BMP)")
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            raise NotAudio(kind)
    if _looks_like_text(head):
        lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
        for marker, kind in _PLAYLIST_MARKERS:
            if lowered.startswith(marker.lower()):
                raise NotAudio(kind)
        raise NotAudio("a text file")

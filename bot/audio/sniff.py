"""Cheap content sniffing that names obviously non-audio files before ffmpeg sees them.

This only improves the message a member gets; safety does not depend on it (ffmpeg itself runs
with protocol and demuxer allow-lists).
"""

from __future__ import annotations

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


def sniff(head: bytes) -> None:
    """Raise EmptyFile or NotAudio when a file's first bytes show it is clearly not audio."""
    if not head:
        raise EmptyFile()
    head = head[:HEAD_BYTES]
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

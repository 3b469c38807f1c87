"""Download attachments with a byte bound and a timeout, over the bot's shared session."""

from __future__ import annotations

import asyncio
import hashlib
from dataclasses import dataclass
from pathlib import Path

import aiohttp

from .errors import UserFacingError
from .i18n import SOURCE, Msg


@dataclass(frozen=True)
class Size:
    """A size in bytes as a member reads it ("100.0 KB"; "100,0 KB" in French)."""

    size: int

    def render(self, locale: str | None = None) -> str:
        value = float(self.size)
        for unit in ("bytes", "KB", "MB", "GB"):
            if value < 1024 or unit == "GB":
                if unit == "bytes":
                    return Msg("error-size-bytes", count=round(value)).render(locale)
                return Msg("error-size", value=round(value, 1), unit=unit).render(locale)
            value /= 1024
        raise AssertionError("unreachable")


def human_size(size: int) -> str:
    return Size(size).render(SOURCE)


class DownloadError(UserFacingError):
    pass


class AttachmentTooLarge(DownloadError):
    """``declared_size`` is the Content-Length that refused it before any body was read
    (``None``: the body itself grew past the limit)."""

    def __init__(self, filename: str, size: int | None, limit: int) -> None:
        self.declared_size = size
        super().__init__(
            Msg(
                "error-download-too-large-size",
                filename=filename,
                size=Size(size),
                limit=Size(limit),
            )
            if size
            else Msg("error-download-too-large", filename=filename, limit=Size(limit))
        )


#: Bytes gathered before a write (off the event loop). The buffer is written as it is, never
#: copied: a download holds about this much however large the file (issue #19: up to 20
#: downloads run at once, outside the audio pipeline's concurrency limit).
FLUSH_BYTES = 256 * 1024


async def download_to_file(
    session: aiohttp.ClientSession,
    url: str,
    path: Path,
    *,
    filename: str,
    max_bytes: int,
    timeout: float,
) -> str:
    """Stream ``url`` into ``path``; return its SHA-256.

    Stops as soon as more than ``max_bytes`` arrive, whatever the headers claimed, and never
    holds more than about ``FLUSH_BYTES`` plus one network chunk in memory. Writes happen off
    the event loop.
    """
    digest = hashlib.sha256()
    received = 0
    try:
        async with session.get(
            url, timeout=aiohttp.ClientTimeout(total=timeout), max_redirects=3
        ) as response:
            if response.status != 200:
                raise DownloadError(
                    Msg("error-download-refused", filename=filename, status=str(response.status))
                )
            if (response.content_length or 0) > max_bytes:
                raise AttachmentTooLarge(filename, response.content_length, max_bytes)
            with path.open("wb") as file:
                buffer = bytearray()
                async for chunk in response.content.iter_chunked(65536):
                    received += len(chunk)
                    if received > max_bytes:
                        raise AttachmentTooLarge(filename, None, max_bytes)
                    digest.update(chunk)
                    buffer += chunk
                    if len(buffer) >= FLUSH_BYTES:
                        # The bytearray itself (no copy); cleared once the write is done.
                        await asyncio.to_thread(file.write, buffer)
                        buffer.clear()
                if buffer:
                    await asyncio.to_thread(file.write, buffer)
    except TimeoutError:
        raise DownloadError(
            Msg("error-download-timeout", filename=filename, seconds=float(timeout))
        ) from None
    except aiohttp.ClientError:
        raise DownloadError(Msg("error-download-failed", filename=filename)) from None
    return digest.hexdigest()

"""Download attachments with a byte bound and a timeout, over the bot's shared session."""

from __future__ import annotations

import asyncio
import hashlib
from pathlib import Path

import aiohttp

from .errors import UserFacingError


def human_size(size: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024  # type: ignore[assignment]
    raise AssertionError("unreachable")


class DownloadError(UserFacingError):
    pass


class AttachmentTooLarge(DownloadError):
    """``declared_size`` is the Content-Length that refused it before any body was read
    (``None``: the body itself grew past the limit)."""

    def __init__(self, filename: str, size: int | None, limit: int) -> None:
        self.declared_size = size
        shown = f" ({human_size(size)})" if size else ""
        super().__init__(
            f"`{filename}`{shown} is larger than the {human_size(limit)} this bot accepts. "
            "A 10-30 second recording is all that is needed."
        )


_FLUSH_BYTES = 1024 * 1024


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
    holds more than about a megabyte in memory. Writes happen off the event loop.
    """
    digest = hashlib.sha256()
    received = 0
    try:
        async with session.get(
            url, timeout=aiohttp.ClientTimeout(total=timeout), max_redirects=3
        ) as response:
            if response.status != 200:
                raise DownloadError(
                    f"Discord did not let the bot download `{filename}` (HTTP {response.status}). "
                    "Please try again."
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
                    if len(buffer) >= _FLUSH_BYTES:
                        await asyncio.to_thread(file.write, bytes(buffer))
                        buffer.clear()
                await asyncio.to_thread(file.write, bytes(buffer))
    except TimeoutError:
        raise DownloadError(
            f"Downloading `{filename}` took longer than {timeout:g} s. Please try again."
        ) from None
    except aiohttp.ClientError:
        raise DownloadError(f"Downloading `{filename}` failed. Please try again.") from None
    return digest.hexdigest()

"""Bounded attachment downloads against a loopback server."""

from __future__ import annotations

import asyncio
import hashlib
import tracemalloc
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web

from bot.download import (
    FLUSH_BYTES,
    AttachmentTooLarge,
    DownloadError,
    Size,
    download_to_file,
    human_size,
)

BODY = bytes(range(256)) * 400  # 100 kB


DECLARED = 100 * len(BODY)


@pytest.fixture
async def server() -> AsyncIterator[str]:
    release = asyncio.Event()

    async def ok(request: web.Request) -> web.Response:
        return web.Response(body=BODY)

    async def declared_huge(request: web.Request) -> web.StreamResponse:
        # Announces 10 MB, sends 1 kB, then stalls: only the header can refuse it in time.
        response = web.StreamResponse()
        response.content_length = DECLARED
        await response.prepare(request)
        await response.write(BODY[:1024])
        await release.wait()
        return response

    async def chunked(request: web.Request) -> web.StreamResponse:
        # No Content-Length: only counting while streaming can stop it.
        response = web.StreamResponse()
        await response.prepare(request)
        for _ in range(100):
            await response.write(BODY)
        return response

    async def slow(request: web.Request) -> web.Response:
        await asyncio.sleep(1.5)
        return web.Response(body=b"late")

    async def missing(request: web.Request) -> web.Response:
        return web.Response(status=404)

    app = web.Application()
    app.router.add_get("/ok", ok)
    app.router.add_get("/declared-huge", declared_huge)
    app.router.add_get("/chunked", chunked)
    app.router.add_get("/slow", slow)
    app.router.add_get("/missing", missing)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    yield f"http://127.0.0.1:{port}"
    release.set()
    await runner.cleanup()


async def fetch(base: str, path: str, target: Path, *, max_bytes: int, timeout: float = 5) -> str:
    async with aiohttp.ClientSession() as session:
        return await download_to_file(
            session,
            base + path,
            target,
            filename="clip.ogg",
            max_bytes=max_bytes,
            timeout=timeout,
        )


async def test_download_writes_the_file_and_hashes_it(server: str, tmp_path: Path) -> None:
    target = tmp_path / "sample"
    digest = await fetch(server, "/ok", target, max_bytes=len(BODY))
    assert target.read_bytes() == BODY
    assert digest == hashlib.sha256(BODY).hexdigest()


async def test_declared_length_over_the_limit_is_refused(server: str, tmp_path: Path) -> None:
    target = tmp_path / "sample"
    with pytest.raises(AttachmentTooLarge, match=r"`clip\.ogg` \(100\.0 KB\) is larger") as caught:
        await fetch(server, "/ok", target, max_bytes=len(BODY) - 1)
    assert caught.value.declared_size == len(BODY)
    assert not target.exists(), "the body was read although the header already refused it"


async def test_declared_length_refuses_before_the_body_arrives(server: str, tmp_path: Path) -> None:
    """The body never completes: only the Content-Length check can answer before the
    timeout (counting the stream would wait for bytes that never come)."""
    target = tmp_path / "sample"
    with pytest.raises(AttachmentTooLarge) as caught:
        await fetch(server, "/declared-huge", target, max_bytes=len(BODY), timeout=5)
    assert caught.value.declared_size == DECLARED
    assert not target.exists()


async def test_undeclared_stream_is_cut_at_the_limit(server: str, tmp_path: Path) -> None:
    target = tmp_path / "sample"
    with pytest.raises(AttachmentTooLarge) as caught:
        await fetch(server, "/chunked", target, max_bytes=3 * len(BODY))
    assert caught.value.declared_size is None
    assert target.stat().st_size <= 3 * len(BODY)


async def test_timeouts_and_errors_are_friendly(server: str, tmp_path: Path) -> None:
    with pytest.raises(DownloadError, match=r"longer than 0\.3 s"):
        await fetch(server, "/slow", tmp_path / "a", max_bytes=100, timeout=0.3)
    with pytest.raises(DownloadError, match="HTTP 404"):
        await fetch(server, "/missing", tmp_path / "b", max_bytes=100)


def test_sizes_read_as_before_in_english_and_per_language_elsewhere() -> None:
    assert [human_size(n) for n in (0, 1023, 1024, 100 * 1024, 50 * 1024 * 1024)] == [
        "0 bytes",
        "1023 bytes",
        "1.0 KB",
        "100.0 KB",
        "50.0 MB",
    ]
    assert Size(100 * 1024).render("fr") == "100,0 Ko"
    assert Size(25 * 1024 * 1024).render("de") == "25,0 MB"
    assert Size(3).render("pl") == "3 bajty"


async def test_refusals_read_in_the_members_language(server: str, tmp_path: Path) -> None:
    with pytest.raises(AttachmentTooLarge) as caught:
        await fetch(server, "/ok", tmp_path / "a", max_bytes=len(BODY) - 1)
    assert caught.value.render("ja").startswith(
        "`clip.ogg`（100.0 KB）はこのボットが受け付ける上限（"
    )
    with pytest.raises(DownloadError) as slow:
        await fetch(server, "/slow", tmp_path / "b", max_bytes=100, timeout=0.3)
    assert slow.value.render("de") == (
        "Der Download von `clip.ogg` hat länger als 0,3 s gedauert. Bitte versuch es noch einmal."
    )
    with pytest.raises(DownloadError) as missing:
        await fetch(server, "/missing", tmp_path / "c", max_bytes=100)
    assert "(HTTP 404)" in missing.value.render("pt-BR")
    assert missing.value.render("pt-BR").startswith("O Discord não deixou o bot baixar")


async def _peak_growth(work: Callable[[], Awaitable[object]]) -> int:
    """How far ``work()`` raised the Python heap's peak (tracemalloc) above where it began."""
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        await work()
        return tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()


async def test_a_large_download_holds_one_flush_in_memory(tmp_path: Path) -> None:
    """8 MB through the real client and a loopback server: the download holds one flush
    buffer (written as it is, never copied) beyond what writing each chunk at once holds,
    not everything buffered twice (issue #19: 20 downloads run at once)."""
    chunk = bytes(range(256)) * 256  # 64 KiB, allocated before measuring
    count = 128

    async def big(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse()
        response.content_length = count * len(chunk)
        await response.prepare(request)
        for _ in range(count):
            await response.write(chunk)
        return response

    app = web.Application()
    app.router.add_get("/big", big)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    url = f"http://127.0.0.1:{runner.addresses[0][1]}/big"
    target = tmp_path / "big"
    try:
        async with aiohttp.ClientSession() as session:

            async def unbuffered() -> None:  # the same stream, each chunk written at once
                with (tmp_path / "plain").open("wb") as file:
                    async with session.get(url) as response:
                        async for piece in response.content.iter_chunked(65536):
                            await asyncio.to_thread(file.write, piece)

            async def download() -> str:
                return await download_to_file(
                    session, url, target, filename="big.ogg", max_bytes=10**8, timeout=30
                )

            await download()  # warm up (connection, imports)
            await unbuffered()
            reading = await _peak_growth(unbuffered)
            downloading = await _peak_growth(download)
    finally:
        await runner.cleanup()
    assert target.read_bytes() == chunk * count
    assert downloading - reading < FLUSH_BYTES + 128 * 1024, (downloading, reading)

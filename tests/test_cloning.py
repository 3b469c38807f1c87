"""The Discord-free parts of a clone: option cleaning, size checks, the API request."""

from __future__ import annotations

import asyncio
import dataclasses

import aiohttp
import pytest

from bot.audio import AudioPipeline
from bot.cloning import (
    MAX_TAGS,
    CloneOptions,
    CloneService,
    SampleSource,
    clean_name,
    gather_all,
    parse_tags,
)
from bot.download import AttachmentTooLarge
from bot.errors import UserFacingError
from bot.inworld import InworldClient
from tests.helpers import processed_sample

SAMPLE = processed_sample()


def test_tags_are_trimmed_deduplicated_and_bounded() -> None:
    assert parse_tags(" calm,  Narrator , calm, ,narrator ,deep  voice") == (
        "calm",
        "Narrator",
        "deep voice",
    )
    assert parse_tags(None) == ()
    with pytest.raises(UserFacingError, match=f"at most {MAX_TAGS}"):
        parse_tags(",".join(f"t{i}" for i in range(MAX_TAGS + 1)))


def test_names_are_cleaned() -> None:
    assert clean_name("  My   Voice ") == "My Voice"
    with pytest.raises(UserFacingError):
        clean_name("   ")


async def test_sizes_are_checked_from_metadata() -> None:
    async with aiohttp.ClientSession() as session:
        service = CloneService(
            session=session,
            pipeline=AudioPipeline(),
            inworld=InworldClient(session, api_key="k"),
            max_attachment_bytes=1000,
            download_timeout=1,
        )
        service.check_sizes([SampleSource("ok.wav", "http://x", 1000)])
        with pytest.raises(AttachmentTooLarge, match=r"big\.wav"):
            service.check_sizes([SampleSource("big.wav", "http://x", 1001)])

        options = CloneOptions(name="V", language="EN_US", transcription="Hello there")
        request, dropped = service.build_request(options, [SAMPLE, SAMPLE])
        assert not dropped
        assert [s.transcription for s in request.samples] == ["Hello there", None]
        cut = dataclasses.replace(SAMPLE, truncated=True)
        request, dropped = service.build_request(options, [cut])
        assert dropped and request.samples[0].transcription is None
        assert request.remove_background_noise is False


async def test_gather_all_raises_the_first_failure_and_cancels_the_rest() -> None:
    cancelled = asyncio.Event()

    async def slow() -> int:
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            cancelled.set()
            raise
        return 1

    async def boom() -> int:
        raise UserFacingError("nope")

    with pytest.raises(UserFacingError, match="nope"):
        await gather_all(slow(), boom())
    assert cancelled.is_set()
    assert await gather_all(asyncio.sleep(0, 1), asyncio.sleep(0, 2)) == [1, 2]

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
from bot.reconcile import ReconcileLimits, VoiceMayExist
from bot.storage import new_request_tag
from tests.fakes.inworld_server import FakeInworld, Fault, make_wav
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


def service_for(session: aiohttp.ClientSession, inworld: InworldClient) -> CloneService:
    return CloneService(
        session=session,
        pipeline=AudioPipeline(),
        inworld=inworld,
        max_attachment_bytes=1000,
        download_timeout=1,
        reconcile=ReconcileLimits(settle_seconds=0),
    )


async def test_the_request_tag_is_sent_beside_the_members_tags() -> None:
    async with aiohttp.ClientSession() as session:
        service = service_for(session, InworldClient(session, api_key="k"))
        tag = new_request_tag()
        options = CloneOptions(
            name="V", language="EN_US", tags=("calm", "VCREQ-forged"), request_tag=tag
        )
        request, _ = service.build_request(options, [SAMPLE])
        # A member's tag shaped like a request tag is dropped: the voice has one owner.
        assert request.tags == ("calm", tag)
        assert request.to_json()["tags"] == ["calm", tag]
        untagged, _ = service.build_request(
            dataclasses.replace(options, request_tag=None), [SAMPLE]
        )
        assert untagged.tags == ("calm",)


async def test_a_lost_answer_is_settled_by_the_tag_without_a_second_post(
    fake_inworld: FakeInworld, http_session: aiohttp.ClientSession
) -> None:
    inworld = InworldClient(http_session, api_key=fake_inworld.api_key, base_url=fake_inworld.url)
    service = service_for(http_session, inworld)
    sample = processed_sample(wav=make_wav(6))
    sent: list[int] = []

    async def on_sent() -> None:
        sent.append(len(fake_inworld.clone_requests))

    fake_inworld.enqueue(Fault.create_then_drop(), Fault.late_create())
    tag = new_request_tag()
    options = CloneOptions(name="V", language="EN_US", request_tag=tag)
    outcome = await service.clone(options, [sample], on_sent=on_sent)
    assert outcome.reconciled and outcome.result.voice is not None
    assert tag in outcome.result.voice.tags and sent == [0]
    with pytest.raises(VoiceMayExist):  # not there yet: parked, never resent
        await service.clone(dataclasses.replace(options, request_tag=new_request_tag()), [sample])
    assert len(fake_inworld.clone_requests) == 2 and len(fake_inworld.voices) == 1

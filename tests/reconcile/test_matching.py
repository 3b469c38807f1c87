"""Which voice is a request's (pure functions), and the bounded listing that finds tags."""

from __future__ import annotations

from bot.inworld import Voice, VoicePage
from bot.inworld.errors import InvalidArgument, Unavailable
from bot.reconcile import ListLimits, by_tag, is_request_tag, look_for_tags, request_tag_of
from bot.storage import new_request_tag


def voice(voice_id: str, *tags: str, source: str = "IVC", name: str = "Bob") -> Voice:
    return Voice(voice_id, name, "EN_US", None, source, tags=tags)


def test_request_tags_are_recognised_by_their_prefix() -> None:
    tag = new_request_tag()
    assert is_request_tag(tag) and is_request_tag(tag.upper())
    assert not is_request_tag("calm") and not is_request_tag("my-vcreq-x")
    assert request_tag_of(("calm", tag)) == tag
    assert request_tag_of(("calm",)) is None
    assert request_tag_of((tag, new_request_tag())) is None  # two: neither can be trusted


def test_a_voice_is_the_request_s_whose_tag_it_carries_whatever_its_name() -> None:
    mine, theirs = new_request_tag(), new_request_tag()
    voices = [
        voice("ws__a", "calm", theirs),
        voice("ws__b", mine, name="Someone Else"),
        voice("Alex", mine, source="SYSTEM"),  # never a clone of ours
        voice("ws__c"),
    ]
    assert by_tag(voices, {mine}) == {mine: [voices[1]]}
    assert by_tag(voices, {mine, theirs}) == {mine: [voices[1]], theirs: [voices[0]]}
    assert by_tag(voices, {mine.upper()}) == {}  # compared exactly


class Pages:
    """A scripted lister: pages of voices, optionally refusing the source filter or failing."""

    def __init__(
        self, pages: list[list[Voice]], *, refuse_filter: bool = False, fail_at: int = -1
    ) -> None:
        self.pages = pages
        self.refuse_filter = refuse_filter
        self.fail_at = fail_at
        self.calls: list[tuple[str, str]] = []

    async def list_voices(
        self, *, filter: str = "", page_size: int = 100, page_token: str = ""
    ) -> VoicePage:
        self.calls.append((filter, page_token))
        if filter and self.refuse_filter:
            raise InvalidArgument("unsupported filter field 'source'")
        index = int(page_token or 0)
        if index == self.fail_at:
            raise Unavailable("list down", http_status=503)
        last = index + 1 >= len(self.pages)
        return VoicePage(tuple(self.pages[index]), "" if last else str(index + 1))


async def test_every_page_is_read_until_each_tag_is_found() -> None:
    a, b = new_request_tag(), new_request_tag()
    lister = Pages([[voice("ws__1", a)], [voice("ws__2")], [voice("ws__3", b)], [voice("ws__4")]])
    look = await look_for_tags(lister, [a, b])
    assert look.complete and not look.problem
    assert {t: [v.voice_id for v in vs] for t, vs in look.found.items()} == {
        a: ["ws__1"],
        b: ["ws__3"],
    }
    assert [token for _, token in lister.calls] == ["", "1", "2"]  # stopped: both found
    assert all(f == 'source = "IVC"' for f, _ in lister.calls)


async def test_a_refused_filter_falls_back_to_an_unfiltered_listing() -> None:
    a = new_request_tag()
    lister = Pages([[voice("ws__1")], [voice("ws__2", a)]], refuse_filter=True)
    look = await look_for_tags(lister, [a])
    assert look.complete and [v.voice_id for v in look.found[a]] == ["ws__2"]
    assert lister.calls == [('source = "IVC"', ""), ("", ""), ("", "1")]


async def test_an_incomplete_listing_says_so_and_keeps_what_it_found() -> None:
    a, b = new_request_tag(), new_request_tag()
    pages = [[voice("ws__1", a)], [voice("ws__2")], [voice("ws__3", b)]]
    look = await look_for_tags(Pages(pages), [a, b], ListLimits(max_pages=2))
    assert not look.complete and "more than 2 pages" in look.problem
    assert set(look.found) == {a}
    failing = await look_for_tags(Pages(pages, fail_at=1), [a, b])
    assert not failing.complete and "list down" in failing.problem and set(failing.found) == {a}
    whole = await look_for_tags(Pages(pages, fail_at=1), [a])
    assert whole.complete  # every wanted tag was found before the failure


async def test_no_tags_no_listing() -> None:
    lister = Pages([[voice("ws__1")]])
    look = await look_for_tags(lister, [])
    assert look.complete and look.found == {} and lister.calls == []

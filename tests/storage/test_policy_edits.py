"""Edits of a policy's ID lists are applied to the list as stored, in the locked update:
two moderators editing one list at the same time both keep their change."""

from __future__ import annotations

import asyncio
import copy
import json
import pickle

import pytest

from bot.storage.repository import CloneStore, ListEdit
from tests.storage.held_commit import HeldPolicyCommit

GUILD = 10
MOD_A, MOD_B = 201, 202
ROLE_A, ROLE_B, ROLE_C = 301, 302, 303


@pytest.mark.parametrize("existing", [True, False], ids=["existing-policy", "new-policy"])
async def test_concurrent_adds_to_one_list_both_stay(store: CloneStore, existing: bool) -> None:
    if existing:
        await store.update_policy(GUILD, MOD_A, allowed_role_ids=[ROLE_C])
    with HeldPolicyCommit(store.database.engine) as hook:
        first = asyncio.create_task(
            store.update_policy(GUILD, MOD_A, allowed_role_ids=ListEdit("add", ROLE_A))
        )
        await hook.held.wait()  # the first one is written, locked and not yet committed
        second = asyncio.create_task(
            store.update_policy(GUILD, MOD_B, allowed_role_ids=ListEdit("add", ROLE_B))
        )
        saved_first, saved_second = await asyncio.gather(first, second)
    before = [ROLE_C] if existing else []
    assert saved_first.allowed_role_ids == [*before, ROLE_A]
    assert saved_second.allowed_role_ids == [*before, ROLE_A, ROLE_B]
    assert saved_second.updated_by == MOD_B
    assert (await store.get_policy(GUILD)).allowed_role_ids == [*before, ROLE_A, ROLE_B]


async def test_concurrent_add_and_remove_of_one_list(store: CloneStore) -> None:
    await store.update_policy(GUILD, MOD_A, blocked_user_ids=[ROLE_C])
    with HeldPolicyCommit(store.database.engine) as hook:
        first = asyncio.create_task(
            store.update_policy(GUILD, MOD_A, blocked_user_ids=ListEdit("add", ROLE_A))
        )
        await hook.held.wait()
        second = asyncio.create_task(
            store.update_policy(GUILD, MOD_B, blocked_user_ids=ListEdit("remove", ROLE_C))
        )
        await asyncio.gather(first, second)
    assert (await store.get_policy(GUILD)).blocked_user_ids == [ROLE_A]


async def test_list_edits_apply_to_the_stored_list(store: CloneStore) -> None:
    policy = await store.update_policy(
        GUILD, MOD_A, allowed_channel_ids=ListEdit("add", ROLE_A), cooldown_seconds=5
    )
    assert (policy.allowed_channel_ids, policy.cooldown_seconds) == ([ROLE_A], 5)
    policy = await store.update_policy(GUILD, MOD_A, allowed_channel_ids=ListEdit("add", ROLE_A))
    assert policy.allowed_channel_ids == [ROLE_A]
    policy = await store.update_policy(
        GUILD,
        MOD_A,
        allowed_channel_ids=ListEdit("add", ROLE_B),
        moderator_role_ids=ListEdit("add", ROLE_C),
    )
    assert (policy.allowed_channel_ids, policy.moderator_role_ids) == ([ROLE_A, ROLE_B], [ROLE_C])
    policy = await store.update_policy(GUILD, MOD_A, allowed_channel_ids=ListEdit("remove", ROLE_A))
    assert policy.allowed_channel_ids == [ROLE_B]
    policy = await store.update_policy(GUILD, MOD_A, allowed_channel_ids=ListEdit("clear"))
    assert policy.allowed_channel_ids == []
    assert (await store.get_policy(GUILD)).moderator_role_ids == [ROLE_C]


async def test_a_list_edit_is_refused_for_other_fields(store: CloneStore) -> None:
    with pytest.raises(ValueError, match="invalid consent_text: only an ID list"):
        await store.update_policy(GUILD, MOD_A, consent_text=ListEdit("clear"))
    with pytest.raises(ValueError, match="invalid cooldown_seconds"):
        await store.update_policy(GUILD, MOD_A, cooldown_seconds=ListEdit("add", 5))
    with pytest.raises(ValueError, match="unknown policy field"):
        await store.update_policy(GUILD, MOD_A, bogus_ids=ListEdit("add", 5))
    assert (await store.get_policy(GUILD)).updated_at is None  # nothing was stored


def test_list_edit_value() -> None:
    edit = ListEdit("add", ROLE_A)
    assert (edit.action, edit.item, str(edit)) == ("add", ROLE_A, f"add {ROLE_A}")
    assert (ListEdit("clear").action, ListEdit("clear").item, str(ListEdit("clear"))) == (
        "clear",
        None,
        "clear",
    )
    assert repr(ListEdit("remove", 7)) == "ListEdit('remove', 7)"
    # The audit detail is stored as JSON, and shown with str().
    assert json.dumps({"allowed_role_ids": edit}) == f'{{"allowed_role_ids": "add {ROLE_A}"}}'
    assert copy.copy(edit) == edit and pickle.loads(pickle.dumps(edit)).item == ROLE_A
    with pytest.raises(AttributeError):
        edit.extra = 1  # type: ignore[attr-defined]
    assert edit.apply([ROLE_B, ROLE_A]) == [ROLE_B, ROLE_A]
    assert edit.apply([ROLE_B]) == [ROLE_B, ROLE_A]
    assert ListEdit("remove", ROLE_B).apply([ROLE_B, ROLE_A]) == [ROLE_A]
    assert ListEdit("clear").apply([ROLE_B]) == []


@pytest.mark.parametrize(
    ("action", "item", "error"),
    [("add", None, "Discord ID"), ("remove", 0, "Discord ID"), ("clear", 5, "no ID")],
)
def test_list_edit_refuses_bad_values(action: str, item: int | None, error: str) -> None:
    with pytest.raises(ValueError, match=error):
        ListEdit(action, item)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unknown list action"):
        ListEdit("append", 5)  # type: ignore[arg-type]

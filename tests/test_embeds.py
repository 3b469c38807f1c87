"""Embeds and files: what members and moderators read and hear (text the bot did not write
shown literally in each)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

import discord

from bot.cloning import CloneOptions, CloneOutcome
from bot.embeds import (
    audit_embed,
    challenge_embed,
    consent_embed,
    result_embed,
    review_embed,
    sample_files,
)
from bot.i18n import Msg
from bot.inworld import CloneResult, SampleValidation, Voice
from bot.notifier import DiscordNotifier
from bot.storage import (
    AuditAction,
    CloneRecord,
    CloneStatus,
    ConsentChallenge,
    GuildPolicy,
    VerificationMode,
)
from bot.voices.library import LibraryPage
from bot.voices.ui import info_embed, page_embed
from cogs.clone_settings import policy_embed
from tests.e2e.inert import BAIT, HOSTILE_LINES, assert_inert, hostile, hostile_name, message_text
from tests.helpers import processed_sample

SAMPLE = processed_sample(
    wav=b"x" * 1000,
    seconds=8.0,
    speech_seconds=7.5,
    original_seconds=20.0,
    container="ogg",
    codec="opus",
    clipped_fraction=0.02,
)


def outcome(voice: Voice | None, **validation: object) -> CloneOutcome:
    checked = SampleValidation(
        warnings=("Background noise",), errors=(), transcription="Hello world", lang_code="EN_US"
    )
    checked = dataclasses.replace(checked, **validation)  # type: ignore[arg-type]
    return CloneOutcome(
        options=CloneOptions(name="Alice Narrator", language="FR_FR"),
        samples=[SAMPLE, SAMPLE],
        result=CloneResult(voice=voice, samples=(checked, checked)),
    )


VOICE = Voice("ws__alice_1", "Alice Narrator", "FR_FR", "workspaces/ws/voices/alice_1", "IVC")


def test_result_embed_shows_id_warnings_transcription_and_facts() -> None:
    embed = result_embed(outcome(VOICE))
    text = "\n".join(
        [embed.title or "", embed.description or ""]
        + [f"{f.name}: {f.value}" for f in embed.fields]
    )
    assert "```\nws__alice_1\n```" in text
    assert "French" in text
    assert "⚠️ Background noise" in text and "Hello world" in text
    assert "8.0 s kept" in text and "opus" in text and "2.0% clipped" in text
    assert "10-15 s" in text  # short samples get a tip


def test_no_voice_is_shown_as_a_failure_with_the_errors() -> None:
    embed = result_embed(outcome(None, errors=("No speech detected",)))
    assert embed.title == "Voice not created"
    assert any("❌ No speech detected" in str(f.value) for f in embed.fields)


def test_files_stay_within_the_upload_limit() -> None:
    files, left_out = sample_files(outcome(VOICE), size_limit=1500)
    assert [f.filename for f in files] == ["Alice-Narrator-sample1.wav"]
    assert left_out == 1


# --- text the bot did not write reaches every embed inert --------------------------------

ROLE = 123456789012345678
HOSTILE = hostile(ROLE)


def embed_text(embed: discord.Embed) -> str:
    return message_text({"embeds": [embed.to_dict()]})


def hostile_record() -> CloneRecord:
    record = CloneRecord(
        guild_id=1,
        channel_id=2,
        user_id=3,
        display_name=hostile_name(ROLE),
        language="EN_US",
        description=HOSTILE,
        tags=[f"[{BAIT}](https://ev.il)", "@everyone **shouted**", f"<@&{ROLE}>"],
        consent_text=HOSTILE,
        consented_at=datetime.now(UTC),
        voice_id="ws__v_1",
        api_warnings=[[HOSTILE]],
        verification={"decision": "verified", "sentence": HOSTILE, "heard": HOSTILE},
    )
    record.id = 7
    return record


def test_review_embed_shows_description_tags_and_consent_inert() -> None:
    text = embed_text(review_embed(hostile_record(), [SAMPLE]))
    assert_inert(text, ROLE)
    for shown in ("Tags", "Description", "Consent", "Spoken consent"):
        assert shown in text


def test_result_embed_shows_the_apis_texts_inert() -> None:
    """The API's transcription, warnings and errors may echo what the member sent."""
    echoed = outcome(VOICE, warnings=(HOSTILE,), errors=(HOSTILE,), transcription=HOSTILE)
    assert_inert(embed_text(result_embed(echoed)), ROLE)


def test_consent_embed_shows_the_statement_inert() -> None:
    embed = consent_embed(
        hostile_name(ROLE),
        "EN_US",
        [SAMPLE],
        HOSTILE,
        approval_required=True,
        verification={"decision": HOSTILE, "sentence": HOSTILE},
    )
    assert_inert(embed_text(embed), ROLE)


def test_challenge_embed_shows_sentence_and_name_inert() -> None:
    challenge = ConsentChallenge(
        guild_id=1,
        user_id=3,
        channel_id=2,
        language="EN_US",
        sentence=HOSTILE,
        options={"name": hostile_name(ROLE)},
        expires_at=datetime.now(UTC) + timedelta(minutes=5),
    )
    embed = challenge_embed(challenge, mode=VerificationMode.ON, notes=["A note."])
    assert_inert(embed_text(embed), ROLE)


def test_audit_embed_shows_names_statements_and_reasons_inert() -> None:
    embed = audit_embed(
        AuditAction.REJECTED,
        hostile_record(),
        99,
        {"reason": HOSTILE + HOSTILE_LINES, "statement": HOSTILE, "voice_id": "ws__a```b"},
    )
    text = embed_text(embed)
    assert_inert(text, ROLE)
    assert "```\nws__a'b\n```" in text  # a backtick cannot close the code block


def test_stored_result_and_voice_library_embeds_are_inert() -> None:
    record = hostile_record()
    page = LibraryPage(records=[record], page=0, pages=1, total=1, scope="server")
    for embed in (DiscordNotifier.voice_embed(record), page_embed(page), info_embed(record)):
        assert_inert(embed_text(embed), ROLE, shows="ok")


def test_settings_embed_shows_consent_and_preview_texts_inert() -> None:
    policy = GuildPolicy(guild_id=1, consent_text=HOSTILE, preview_text=HOSTILE)
    embed = policy_embed(policy, bot_language="EN_US", bot_remove_noise=False)
    assert_inert(embed_text(embed), ROLE)


# --- in the member's (or the server's) language ------------------------------------------


def embed_fields(embed: discord.Embed) -> str:
    return "\n".join(
        [embed.title or "", embed.description or "", (embed.footer.text or "")]
        + [f"{f.name}: {f.value}" for f in embed.fields]
    )


def test_result_embed_in_japanese_and_german_numbers() -> None:
    japanese = embed_fields(result_embed(outcome(VOICE), locale="ja"))
    assert "声をクローンしました: Alice Narrator" in japanese
    assert "言語: フランス語" in japanese
    assert "8.0 秒を使用" in japanese and "2.0% が音割れ" in japanese
    assert "```\nws__alice_1\n```" in japanese
    german = embed_fields(result_embed(outcome(VOICE), locale="de"))
    assert "8,0 s behalten" in german and "Französisch" in german  # a decimal comma


def test_quality_tips_stored_in_english_are_shown_translated() -> None:
    from bot.audio.quality import TIP_CLOSER, QualityReport
    from bot.embeds import quality_lines

    report = QualityReport.from_facts(
        {
            "seconds": 12.0,
            "speech_seconds": 10.5,
            "lufs": None,
            "snr_db": 18.0,
            "noise_floor_dbfs": -55.0,
            "clipped_fraction": 0.0,
            "verdict": "usable",
            "tips": [TIP_CLOSER, "An older tip, kept as stored."],
        }
    )
    sample = dataclasses.replace(SAMPLE, quality=report)
    english = quality_lines(sample)
    assert english[0].startswith("Quality **usable**: 10.5 s speech of 12.0 s, - LUFS, SNR 18 dB")
    assert english[1] == f"💡 {TIP_CLOSER}"
    japanese = quality_lines(sample, locale="ja")
    assert japanese[0].startswith("品質 **使用可**: 音声 10.5 秒")
    assert japanese[1:] == [
        "💡 マイクに近づく（手のひら1つ分くらい）か、もう少し大きな声で話してください。",
        "💡 An older tip, kept as stored.",
    ]


def test_audit_embed_in_the_servers_language() -> None:
    embed = audit_embed(
        AuditAction.REJECTED,
        hostile_record(),
        99,
        {"reason": "too noisy", "new_key": "value"},
        locale="ja",
    )
    assert (embed.title or "").startswith("却下: リクエスト #")
    names = [f.name for f in embed.fields]
    assert "メンバー" in names and "理由" in names
    assert "`new_key`" in names  # a detail no message names yet: the key, as code


def audit_shown(embed: discord.Embed) -> dict[str, str]:
    return {f.name or "": f.value or "" for f in embed.fields}


def test_audit_embed_in_japanese_labels_statuses_values_and_stored_messages() -> None:
    from bot.storage.db import json_safe

    record = dataclasses.replace(hostile_record(), status=CloneStatus.PENDING_APPROVAL)
    stored = json_safe({"reason": Msg("audit-list-add", item="Aya"), "plain": "kept as written"})
    detail = {
        **stored,
        "previous": "awaiting_consent",
        "via": "voice_channel",
        "source": "read_aloud",
        "mode": "strict",
        "decision": "extra_speech",
        "recognizer": "pocketsphinx",
        "found_by": "sweep",
        "server_voice": True,
        "fell_back": False,
        "channel_id": 42,
        "voice_owner_id": "7",
        "text_length": 12,
    }
    shown = audit_shown(audit_embed(AuditAction.VERIFIED, record, 99, detail, locale="ja"))
    assert shown["状態"] == "承認待ち" and shown["以前"] == "同意待ち"
    assert shown["経由"] == "ボイスチャンネル" and shown["発話元"] == "メッセージの読み上げ"
    assert shown["モード"] == "ボイスメッセージのみ" and shown["判定"] == "余分な発話"
    assert shown["音声認識"] == "PocketSphinx（オフライン）" and shown["検出方法"] == "定期照合"
    assert shown["サーバーの声"] == "はい" and shown["代替の読み上げ文"] == "いいえ"
    assert shown["チャンネル"] == "<#42>" and shown["声の持ち主"] == "<@7>"
    assert shown["テキストの長さ"] == "12"
    assert shown["理由"] == "Aya を追加"  # a stored message, rendered in the server's language
    assert shown["`plain`"] == "kept as written"
    assert "Via" not in shown and "Status" not in shown


def test_audit_embed_policy_change_in_german_and_english() -> None:
    detail = {
        "audit_channel_id": "123",
        "speech_role_ids": "add 77",
        "blocked_user_ids": "remove 8",
        "allowed_channel_ids": "clear",
        "verification": "on",
        "cooldown_seconds": 60,
    }
    german = audit_shown(audit_embed(AuditAction.POLICY_CHANGED, None, 5, detail, locale="de"))
    assert german["Audit-Kanal"] == "<#123>" and german["Rollen für Sprachausgabe"] == (
        "<@&77> hinzugefügt"
    )
    assert german["Gesperrte Mitglieder"] == "<@8> entfernt"
    assert german["Erlaubte Kanäle"] == "Geleert" and german["Gesprochene Einwilligung"] == "An"
    english = audit_shown(audit_embed(AuditAction.POLICY_CHANGED, None, 5, detail))
    assert english == {
        "By": "<@5>",
        "Audit channel": "<#123>",
        "Speech roles": "Added <@&77>",
        "Blocked members": "Removed <@8>",
        "Allowed channels": "Cleared",
        "Spoken consent": "On",
        "Cooldown (seconds)": "60",
    }


def test_audit_embed_english_labels_and_values_as_before() -> None:
    detail = {"erased": True, "warnings": 0, "recording_sha256": "ab", "voice_id": "v"}
    record = dataclasses.replace(hostile_record(), status=CloneStatus.DONE)
    shown = audit_shown(audit_embed(AuditAction.CLONED, record, record.user_id, detail))
    assert shown["Erased"] == "True" and shown["Warnings"] == "0"
    assert shown["Recording sha256"] == "ab" and shown["Voice id"] == "```\nv\n```"
    assert shown["Status"] == "Done"


def test_audit_embed_unknown_values_and_messages_show_as_code() -> None:
    detail = {
        "via": "carrier_pigeon",
        "note": {"$msg": "audit-no-such-message", "args": {}},
        "previous": "Old name",
        "channel_id": "not an id",
        "reason": "clear",
        "name": {"$msg": "audit-list-add", "args": {"item": "**Aya**"}},
    }
    shown = audit_shown(audit_embed(AuditAction.RENAMED, None, None, detail, locale="ja"))
    assert shown["経由"] == "`carrier_pigeon`"
    assert shown["`note`"] == "`audit-no-such-message`"
    assert shown["以前"] == "Old name"
    assert shown["チャンネル"] == "not an id"  # a mention only of an ID
    assert shown["理由"] == "clear"  # a list edit only of a list setting
    assert "**Aya**" not in shown["名前"] and "Aya" in shown["名前"]  # escaped as typed
    renamed = audit_embed(AuditAction.RENAMED, None, None, {"previous": "done"})
    assert audit_shown(renamed)["Previous"] == "done"  # a voice's former name, not a status


def test_every_audit_detail_key_has_a_label() -> None:
    from bot.i18n import LOCALES, tr
    from bot.storage.erasure import KEPT_DETAIL, PERSONAL_DETAIL
    from bot.storage.repository import _POLICY_FIELDS

    keys = KEPT_DETAIL | PERSONAL_DETAIL | set(_POLICY_FIELDS)
    keys |= {"erased", "voice_owner_id", "source", "extra_speech_seconds"}
    for key in sorted(keys):
        for locale in LOCALES:
            assert tr(locale, f"audit-field-{key.replace('_', '-')}"), key

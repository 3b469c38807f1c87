"""The fake voice server drives the real discord.py VoiceClient (and refuses like Discord)."""

from __future__ import annotations

import asyncio
import io
import json
import logging
import os
import socket
import struct
import sys
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import discord
import nacl.bindings
import numpy as np
import pytest

from tests.fakes.discord_server import (
    CONNECT,
    SEND_VOICE_MESSAGES,
    SET_VOICE_CHANNEL_STATUS,
    SPEAK,
    FakeDiscord,
    MessageFlags,
    running_bot,
)
from tests.fakes.tls import loopback_ca
from tests.fakes.voice_server import (
    XCHACHA_MODE,
    FakeVoiceServer,
    VoiceCloseCode,
    VoiceGrant,
    VoiceOp,
    VoiceSession,
    attached_voice_server,
)

log = logging.getLogger(__name__)

RATE = 48_000
TONE_SECONDS = 1.0


def tone_mono(seconds: float = TONE_SECONDS) -> np.ndarray:
    """A two-partial tone with a slow amplitude sweep (int16 mono 48 kHz)."""
    t = np.arange(int(RATE * seconds)) / RATE
    envelope = 0.3 + 0.2 * np.sin(2 * np.pi * 1.5 * t)
    wave = envelope * (np.sin(2 * np.pi * 440 * t) + 0.5 * np.sin(2 * np.pi * 1210 * t)) / 1.5
    return (wave * 32767 * 0.8).astype("<i2")


def stereo_bytes(mono: np.ndarray) -> bytes:
    return np.repeat(mono, 2).astype("<i2").tobytes()


@pytest.fixture
async def voice() -> AsyncIterator[FakeVoiceServer]:
    async with FakeVoiceServer() as server:
        yield server


@pytest.fixture
async def fake(voice: FakeVoiceServer) -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord() as fake:
        fake.use_voice_server(voice)
        yield fake


@pytest.fixture
async def bot(fake: FakeDiscord) -> AsyncIterator[discord.Client]:
    client = discord.Client(intents=discord.Intents.default())
    with loopback_ca().trusted_in_process():
        async with running_bot(fake, client):
            yield client


def voice_channel(client: discord.Client, channel_id: int) -> discord.VoiceChannel:
    channel = client.get_channel(channel_id)
    assert isinstance(channel, discord.VoiceChannel)
    return channel


async def connect(channel: discord.VoiceChannel, timeout: float = 10.0) -> discord.VoiceClient:
    return await channel.connect(timeout=timeout, cls=discord.VoiceClient)


async def play(vc: discord.VoiceClient, pcm: bytes) -> None:
    done: asyncio.Future[Exception | None] = asyncio.get_running_loop().create_future()
    loop = asyncio.get_running_loop()

    def after(error: Exception | None) -> None:
        loop.call_soon_threadsafe(done.set_result, error)

    vc.play(discord.PCMAudio(io.BytesIO(pcm)), after=after)
    assert await asyncio.wait_for(done, timeout=15) is None


# ------------------------------------------------------------------ real discord.py


async def test_bot_connects_plays_a_tone_and_the_fake_hears_it(
    fake: FakeDiscord, voice: FakeVoiceServer, bot: discord.Client
) -> None:
    channel_id = fake.add_voice_channel("Lounge")
    await fake.dispatch("CHANNEL_CREATE", fake.guilds[fake.guild_id].channels[channel_id])
    await fake.wait_until_bot_sees(lambda: bot.get_channel(channel_id) is not None)

    vc = await connect(voice_channel(bot, channel_id), 10)
    assert vc.is_connected()
    session = await voice.wait_for_session()
    assert session.identify["max_dave_protocol_version"] >= 1
    assert session.identify["session_id"] == fake.connection.session_id
    assert session.mode == XCHACHA_MODE  # discord.py implements only xchacha20 of the two
    assert session.discovered_address is not None
    assert session.selected_address == session.discovered_address
    assert fake.voice_members(channel_id) == [fake.bot_user_id]

    mono = tone_mono()
    await play(vc, stereo_bytes(mono))
    await session.wait_for_audio(TONE_SECONDS - 0.02)
    await session.wait_until_quiet()

    match = session.compare(mono.tobytes())
    assert match.length_ok, match
    assert match.correlation > 0.9, match
    assert session.matches(mono.tobytes()) > 0.9
    assert session.decrypt_failures == 0
    assert session.lost_frames == 0
    assert len(session.audio_packets) == int(TONE_SECONDS / 0.02)
    # discord.py announces its SSRC (op 5, speaking 0) before any audio, then raises the
    # speaking flag from the player thread via the loop: it may trail the first packet.
    assert session.unannounced_packets == 0
    assert session.speaking[0].speaking == 0 and session.speaking[0].ssrc == session.ssrc
    first_speaking = session.first_speaking_at()
    assert first_speaking is not None
    assert first_speaking < session.audio_packets[-1].arrived_at
    assert session.speaking[-1].speaking == 0  # and lowers it when done
    log.warning(
        "speaking flag %.1f ms after the first audio packet; %d packet(s) before it",
        (first_speaking - session.audio_packets[0].arrived_at) * 1000,
        session.packets_while_not_speaking,
    )
    assert any(p.silence for p in session.packets)  # five silence frames after the end
    pacing = session.pacing()
    log.warning(
        "pacing: %d packets, mean %.2f ms, p50 %.2f ms, p99 |dev| %.2f ms, max |dev| %.2f ms",
        pacing.packets,
        pacing.mean_ms,
        pacing.p50_ms,
        pacing.p99_deviation_ms,
        pacing.max_deviation_ms,
    )
    assert 5.0 < pacing.p50_ms < 100.0  # sanity only: paced, not a burst

    await vc.disconnect()
    assert not vc.is_connected()
    assert fake.bot_voice_requests[-1]["channel_id"] is None
    assert fake.voice_state(fake.bot_user_id) is None
    await voice.wait_until(
        lambda: session.connection.ws.closed, timeout=5, describe=lambda: "still open"
    )


async def test_a_different_reference_does_not_match(
    fake: FakeDiscord, voice: FakeVoiceServer, bot: discord.Client
) -> None:
    channel_id = fake.add_voice_channel("Lounge")
    await fake.dispatch("CHANNEL_CREATE", fake.guilds[fake.guild_id].channels[channel_id])
    await fake.wait_until_bot_sees(lambda: bot.get_channel(channel_id) is not None)
    vc = await connect(voice_channel(bot, channel_id), 10)
    session = await voice.wait_for_session()
    mono = tone_mono(0.5)
    await play(vc, stereo_bytes(mono))
    await session.wait_until_quiet()
    rng = np.random.default_rng(7)
    noise = (rng.standard_normal(mono.size) * 8000).astype("<i2")
    assert session.compare(noise.tobytes()).correlation < 0.3
    longer = tone_mono(1.0)
    assert not session.compare(longer.tobytes()).length_ok
    assert session.matches(longer.tobytes()) == 0.0
    await vc.disconnect()


async def test_bot_without_connect_is_ignored_and_times_out(
    fake: FakeDiscord, voice: FakeVoiceServer, bot: discord.Client
) -> None:
    channel_id = fake.add_voice_channel("Locked")
    await fake.dispatch("CHANNEL_CREATE", fake.guilds[fake.guild_id].channels[channel_id])
    await fake.set_channel_permissions(channel_id, deny=CONNECT)
    await fake.wait_until_bot_sees(lambda: bot.get_channel(channel_id) is not None)
    with pytest.raises(asyncio.TimeoutError):
        await connect(voice_channel(bot, channel_id), 1.0)
    assert fake.voice_refusals[0] == (channel_id, "missing VIEW_CHANNEL or CONNECT")
    assert voice.sessions == []
    assert fake.voice_state(fake.bot_user_id) is None


async def test_full_channel_refuses_the_bot(
    fake: FakeDiscord, voice: FakeVoiceServer, bot: discord.Client
) -> None:
    channel_id = fake.add_voice_channel("Duo", user_limit=1)
    await fake.dispatch("CHANNEL_CREATE", fake.guilds[fake.guild_id].channels[channel_id])
    alice = int(fake.add_member(name="alice")["user"]["id"])
    await fake.join_voice(alice, channel_id)
    await fake.wait_until_bot_sees(lambda: bot.get_channel(channel_id) is not None)
    with pytest.raises(asyncio.TimeoutError):
        await connect(voice_channel(bot, channel_id), 1.0)
    assert "channel full" in fake.voice_refusals[0][1]


async def test_bot_without_speak_connects_but_is_not_heard(
    fake: FakeDiscord, voice: FakeVoiceServer, bot: discord.Client
) -> None:
    channel_id = fake.add_voice_channel("Listen only")
    await fake.dispatch("CHANNEL_CREATE", fake.guilds[fake.guild_id].channels[channel_id])
    await fake.set_channel_permissions(channel_id, deny=SPEAK)
    await fake.wait_until_bot_sees(lambda: bot.get_channel(channel_id) is not None)
    vc = await connect(voice_channel(bot, channel_id), 10)
    session = await voice.wait_for_session()
    assert not session.grant.can_speak
    await play(vc, stereo_bytes(tone_mono(0.2)))
    await session.wait_until_quiet()
    assert session.audio_packets  # sent ...
    assert session.audio_seconds == 0.0  # ... but nobody hears it
    await vc.disconnect()


async def test_members_joining_and_leaving_update_channel_members(
    fake: FakeDiscord, voice: FakeVoiceServer, bot: discord.Client
) -> None:
    channel_id = fake.add_voice_channel("Lounge")
    await fake.dispatch("CHANNEL_CREATE", fake.guilds[fake.guild_id].channels[channel_id])
    alice = int(fake.add_member(name="alice")["user"]["id"])
    await fake.dispatch(
        "GUILD_MEMBER_ADD",
        {**fake.guilds[fake.guild_id].member_payload(alice), "guild_id": str(fake.guild_id)},
    )
    await fake.wait_until_bot_sees(lambda: bot.get_channel(channel_id) is not None)
    channel = voice_channel(bot, channel_id)

    state = await fake.join_voice(alice, channel_id, self_mute=True)
    assert state is not None and state["member"]["user"]["id"] == str(alice)
    await fake.wait_until_bot_sees(lambda: [m.id for m in channel.members] == [alice])
    member = channel.guild.get_member(alice)
    assert member is not None and member.voice is not None and member.voice.self_mute

    await fake.leave_voice(alice)
    await fake.wait_until_bot_sees(lambda: channel.members == [])
    assert fake.voice_members(channel_id) == []


async def test_voice_states_in_guild_create_reach_the_bot(
    fake: FakeDiscord, voice: FakeVoiceServer
) -> None:
    channel_id = fake.add_voice_channel("Lounge")
    alice = int(fake.add_member(name="alice")["user"]["id"])
    await fake.join_voice(alice, channel_id)  # before the bot connects: nothing dispatched
    client = discord.Client(intents=discord.Intents.default())
    async with running_bot(fake, client):
        channel = voice_channel(client, channel_id)
        assert [m.id for m in channel.members] == [alice]


async def test_moderator_disconnecting_the_bot_ends_its_voice_client(
    fake: FakeDiscord, voice: FakeVoiceServer, bot: discord.Client
) -> None:
    channel_id = fake.add_voice_channel("Lounge")
    await fake.dispatch("CHANNEL_CREATE", fake.guilds[fake.guild_id].channels[channel_id])
    await fake.wait_until_bot_sees(lambda: bot.get_channel(channel_id) is not None)
    vc = await connect(voice_channel(bot, channel_id), 10)
    session = await voice.wait_for_session()
    await fake.leave_voice(fake.bot_user_id)
    await fake.wait_until_bot_sees(lambda: not vc.is_connected(), timeout=10)
    assert session.connection.close_code == VoiceCloseCode.DISCONNECTED
    assert session.grant.revoked


async def test_voice_channel_status_needs_the_permission(
    fake: FakeDiscord, voice: FakeVoiceServer, bot: discord.Client
) -> None:
    channel_id = fake.add_voice_channel("Lounge")
    await fake.dispatch("CHANNEL_CREATE", fake.guilds[fake.guild_id].channels[channel_id])
    await fake.wait_until_bot_sees(lambda: bot.get_channel(channel_id) is not None)
    channel = voice_channel(bot, channel_id)

    # Not connected (and no MANAGE_CHANNELS): refused.
    with pytest.raises(discord.Forbidden) as not_connected:
        await bot.http.edit_voice_channel_status("Alice's AI voice", channel_id=channel_id)
    assert not_connected.value.code == 50013

    vc = await connect(channel)
    await bot.http.edit_voice_channel_status("Alice's AI voice", channel_id=channel_id)
    await bot.http.edit_voice_channel_status(None, channel_id=channel_id)
    assert fake.voice_statuses[channel_id] == ["Alice's AI voice", None]
    sent = [p["d"] for p in fake.connection.dispatched if p["t"] == "VOICE_CHANNEL_STATUS_UPDATE"]
    assert sent[0] == {
        "id": str(channel_id),
        "guild_id": str(fake.guild_id),
        "status": "Alice's AI voice",
    }

    with pytest.raises(discord.HTTPException) as too_long:
        await bot.http.edit_voice_channel_status("x" * 501, channel_id=channel_id)
    assert too_long.value.status == 400 and too_long.value.code == 50035

    await fake.set_channel_permissions(channel_id, deny=SET_VOICE_CHANNEL_STATUS)
    with pytest.raises(discord.Forbidden) as denied:
        await bot.http.edit_voice_channel_status("again", channel_id=channel_id)
    assert denied.value.code == 50013
    assert fake.voice_statuses[channel_id] == ["Alice's AI voice", None]
    await vc.disconnect()


async def test_voice_messages_are_checked_and_need_their_permission(
    fake: FakeDiscord, bot: discord.Client
) -> None:
    route = discord.http.Route(
        "POST", "/channels/{channel_id}/messages", channel_id=fake.channel_id
    )
    payload = {
        "flags": int(MessageFlags.IS_VOICE_MESSAGE),
        "attachments": [
            {"id": "0", "filename": "voice-message.ogg", "duration_secs": 1.0, "waveform": "AAAA"}
        ],
    }
    files = [discord.File(io.BytesIO(b"not ogg at all"), filename="voice-message.ogg")]
    upload: dict[str, Any] = {
        "name": "files[0]",
        "value": files[0].fp,
        "filename": files[0].filename,
        "content_type": "application/octet-stream",
    }
    form: list[dict[str, Any]] = [{"name": "payload_json", "value": json.dumps(payload)}, upload]
    with pytest.raises(discord.HTTPException) as bad:
        await bot.http.request(route, form=form, files=files)
    assert bad.value.status == 400 and bad.value.code == 50160
    assert fake.channel_messages[fake.channel_id] == []

    await fake.set_channel_permissions(fake.channel_id, deny=SEND_VOICE_MESSAGES)
    files[0].reset()
    with pytest.raises(discord.Forbidden) as denied:
        await bot.http.request(route, form=form, files=files)
    assert denied.value.code == 50013


# ------------------------------------------------------------------ raw protocol


@pytest.fixture
def grant(voice: FakeVoiceServer) -> VoiceGrant:
    return voice.grant(guild_id=11, channel_id=22, user_id=33, session_id="session-a")


def identify(grant: VoiceGrant, **changes: object) -> dict[str, object]:
    data: dict[str, object] = {
        "server_id": str(grant.guild_id),
        "user_id": str(grant.user_id),
        "session_id": grant.session_id,
        "token": grant.token,
        "max_dave_protocol_version": 1,
    }
    data.update(changes)
    return {"op": VoiceOp.IDENTIFY, "d": {k: v for k, v in data.items() if v is not None}}


@pytest.fixture
async def raw(voice: FakeVoiceServer) -> AsyncIterator[aiohttp.ClientSession]:
    connector = aiohttp.TCPConnector(ssl=loopback_ca().client_ssl_context())
    async with aiohttp.ClientSession(connector=connector) as session:
        yield session


async def receive_json(ws: aiohttp.ClientWebSocketResponse) -> dict[str, object]:
    message = await ws.receive(timeout=5)
    assert message.type is aiohttp.WSMsgType.TEXT, message
    decoded: dict[str, object] = json.loads(message.data)
    return decoded


async def close_code_after(
    raw: aiohttp.ClientSession, voice: FakeVoiceServer, *payloads: dict[str, object]
) -> int | None:
    async with raw.ws_connect(voice.url) as ws:
        hello = await receive_json(ws)
        assert hello["op"] == VoiceOp.HELLO
        for payload in payloads:
            await ws.send_json(payload)
        message = await ws.receive(timeout=5)
        while message.type is aiohttp.WSMsgType.TEXT:
            message = await ws.receive(timeout=5)
        assert message.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED)
        return ws.close_code


@pytest.mark.parametrize("dave", [0, None, "1", True])
async def test_identify_without_dave_closes_4017(
    raw: aiohttp.ClientSession, voice: FakeVoiceServer, grant: VoiceGrant, dave: object
) -> None:
    payload = identify(grant, max_dave_protocol_version=dave)
    assert await close_code_after(raw, voice, payload) == int(VoiceCloseCode.DAVE_REQUIRED) == 4017
    assert voice.sessions == []


async def test_bad_token_closes_4004_and_stale_session_4006(
    raw: aiohttp.ClientSession, voice: FakeVoiceServer, grant: VoiceGrant
) -> None:
    assert await close_code_after(raw, voice, identify(grant, token="nope")) == 4004
    assert await close_code_after(raw, voice, identify(grant, user_id="999")) == 4004
    assert await close_code_after(raw, voice, identify(grant, session_id="other")) == 4006
    assert await close_code_after(raw, voice, identify(grant, server_id="12")) == 4006
    await voice.revoke(guild_id=grant.guild_id, user_id=grant.user_id)
    assert await close_code_after(raw, voice, identify(grant)) == 4006
    assert voice.sessions == []


async def test_protocol_misuse_closes_like_discord(
    raw: aiohttp.ClientSession, voice: FakeVoiceServer, grant: VoiceGrant
) -> None:
    select = {
        "op": VoiceOp.SELECT_PROTOCOL,
        "d": {"protocol": "udp", "data": {"address": "127.0.0.1", "port": 1, "mode": XCHACHA_MODE}},
    }
    assert await close_code_after(raw, voice, select) == 4003
    assert await close_code_after(raw, voice, identify(grant), identify(grant)) == 4005
    assert await close_code_after(raw, voice, {"op": 99, "d": {}}) == 4001
    legacy = {
        "op": VoiceOp.SELECT_PROTOCOL,
        "d": {
            "protocol": "udp",
            "data": {"address": "127.0.0.1", "port": 1, "mode": "xsalsa20_poly1305"},
        },
    }
    assert await close_code_after(raw, voice, identify(grant), legacy) == 4016


async def test_raw_handshake_media_heartbeat_and_resume(
    raw: aiohttp.ClientSession, voice: FakeVoiceServer, grant: VoiceGrant
) -> None:
    udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    udp.settimeout(5)
    udp.bind(("127.0.0.1", 0))
    try:
        async with raw.ws_connect(voice.url) as ws:
            assert (await receive_json(ws))["op"] == VoiceOp.HELLO
            await ws.send_json(identify(grant))
            ready = await receive_json(ws)
            assert ready["op"] == VoiceOp.READY and ready["seq"] == 1
            data = ready["d"]
            assert isinstance(data, dict)
            ssrc, port = int(data["ssrc"]), int(data["port"])
            assert data["modes"] == ["aead_aes256_gcm_rtpsize", XCHACHA_MODE]

            request = bytearray(74)
            struct.pack_into(">HHI", request, 0, 1, 70, ssrc)
            udp.sendto(bytes(request), ("127.0.0.1", port))
            reply = await asyncio.to_thread(udp.recv, 128)
            assert len(reply) == 74 and reply[:2] == b"\x00\x02"
            ip = reply[8 : reply.index(0, 8)].decode()
            seen_port = struct.unpack_from(">H", reply, 72)[0]
            assert (ip, seen_port) == udp.getsockname()

            await ws.send_json(
                {
                    "op": VoiceOp.SELECT_PROTOCOL,
                    "d": {
                        "protocol": "udp",
                        "data": {"address": ip, "port": seen_port, "mode": XCHACHA_MODE},
                    },
                }
            )
            description = await receive_json(ws)
            assert description["op"] == VoiceOp.SESSION_DESCRIPTION
            details = description["d"]
            assert isinstance(details, dict)
            assert details["dave_protocol_version"] == 0 and details["mode"] == XCHACHA_MODE
            key = bytes(details["secret_key"])
            assert len(key) == 32

            session = await voice.wait_for_session()
            header = bytearray(12)
            header[0], header[1] = 0x80, 0x78
            struct.pack_into(">HII", header, 2, 7, 960, ssrc)
            counter = struct.pack(">I", 0)
            sealed = nacl.bindings.crypto_aead_xchacha20poly1305_ietf_encrypt(
                b"\xf8\xff\xfe", bytes(header), counter + bytes(20), key
            )
            # Before any op 5 names the SSRC, Discord drops the audio.
            udp.sendto(bytes(header) + sealed + counter, ("127.0.0.1", port))
            await voice.wait_until(lambda: session.unannounced_packets == 1, timeout=5)
            assert session.packets == []
            await ws.send_json(
                {"op": VoiceOp.SPEAKING, "d": {"speaking": 1, "delay": 0, "ssrc": ssrc}}
            )
            await voice.wait_until(lambda: bool(session.speaking), timeout=5)
            udp.sendto(bytes(header) + sealed + counter, ("127.0.0.1", port))
            forged = bytearray(bytes(header) + sealed + counter)
            forged[14] ^= 0x01
            udp.sendto(bytes(forged), ("127.0.0.1", port))
            await voice.wait_until(
                lambda: len(session.packets) + session.decrypt_failures >= 2, timeout=5
            )
            assert [(p.sequence, p.timestamp, p.silence) for p in session.packets] == [
                (7, 960, True)
            ]
            assert session.decrypt_failures == 1
            assert session.speaking[0].speaking == 1 and session.speaking[0].ssrc == ssrc

            await ws.send_json({"op": VoiceOp.HEARTBEAT, "d": {"t": 1234, "seq_ack": 2}})
            ack = await receive_json(ws)
            assert ack == {"op": VoiceOp.HEARTBEAT_ACK, "d": {"t": 1234}}
            assert session.heartbeats[0][1] == {"t": 1234, "seq_ack": 2}

            # Resume on a second websocket, having seen only Ready (seq 1).
            async with raw.ws_connect(voice.url) as again:
                assert (await receive_json(again))["op"] == VoiceOp.HELLO
                await again.send_json(
                    {
                        "op": VoiceOp.RESUME,
                        "d": {
                            "server_id": str(grant.guild_id),
                            "session_id": grant.session_id,
                            "token": grant.token,
                            "seq_ack": 1,
                        },
                    }
                )
                assert (await receive_json(again))["op"] == VoiceOp.RESUMED
                replayed = await receive_json(again)
                assert replayed["op"] == VoiceOp.SESSION_DESCRIPTION and replayed["seq"] == 2
                assert session.resumes == 1
                assert session.connection.ws is not None
    finally:
        udp.close()


async def test_heartbeat_with_seq_ack_from_discord_py() -> None:
    async with (
        FakeDiscord() as fake,
        attached_voice_server(fake, heartbeat_interval_ms=100) as fast,
    ):
        client = discord.Client(intents=discord.Intents.default())
        channel_id = fake.add_voice_channel("Lounge")
        async with running_bot(fake, client):
            vc = await connect(voice_channel(client, channel_id), 10)
            session: VoiceSession = await fast.wait_for_session()
            await fast.wait_until(lambda: len(session.heartbeats) >= 2, timeout=5)
            beat = session.heartbeats[-1][1]
            assert isinstance(beat["t"], int)
            assert beat["seq_ack"] == session.connection.seq  # Ready, Session Description
            await vc.disconnect()


# ------------------------------------------------------------------ trusting the test CA

_PROBE = """
import asyncio, sys, aiohttp
async def main():
    async with aiohttp.ClientSession() as session:
        async with session.ws_connect(sys.argv[1]) as ws:
            print((await ws.receive(timeout=5)).data)
asyncio.run(main())
"""


async def test_a_subprocess_trusts_the_ca_through_ssl_cert_file(voice: FakeVoiceServer) -> None:
    async def probe(env: dict[str, str]) -> tuple[int, bytes]:
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-c",
            _PROBE,
            voice.url,
            env=env,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        out, err = await asyncio.wait_for(process.communicate(), timeout=30)
        return int(process.returncode or 0), out + err

    base = {k: v for k, v in os.environ.items() if k not in ("SSL_CERT_FILE", "SSL_CERT_DIR")}
    code, output = await probe({**base, **loopback_ca().subprocess_env()})
    assert code == 0, output
    assert b'"op": 8' in output
    code, output = await probe(base)
    assert code != 0 and b"CERTIFICATE_VERIFY_FAILED" in output


async def test_in_process_trust_is_scoped(voice: FakeVoiceServer) -> None:
    async with aiohttp.ClientSession() as session:
        with pytest.raises(aiohttp.ClientConnectorCertificateError):
            await session.ws_connect(voice.url)
    with loopback_ca().trusted_in_process():
        async with aiohttp.ClientSession() as session, session.ws_connect(voice.url) as ws:
            assert (await receive_json(ws))["op"] == VoiceOp.HELLO
    async with aiohttp.ClientSession() as session:
        with pytest.raises(aiohttp.ClientConnectorCertificateError):
            await session.ws_connect(voice.url)


async def test_edits_of_a_voice_message_are_refused(fake: FakeDiscord, bot: discord.Client) -> None:
    message = fake._create_message(
        channel_id=fake.channel_id,
        guild_id=fake.guild_id,
        payload={"flags": int(MessageFlags.IS_VOICE_MESSAGE)},
        files={},
    )
    fake.channel_messages[fake.channel_id].append(message)
    route = discord.http.Route(
        "PATCH",
        "/channels/{channel_id}/messages/{message_id}",
        channel_id=fake.channel_id,
        message_id=message["id"],
    )
    with pytest.raises(discord.HTTPException) as refused:
        await bot.http.request(route, json={"content": "words"})
    assert refused.value.status == 400 and refused.value.code == 50162
    await bot.http.request(route, json={"flags": 4})  # flags only: fine

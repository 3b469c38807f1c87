# /say, "Speak this message", read-aloud, the call (bot/speech, cogs/speech.py).

## Refusals: who may speak, where, with which voice (bot/speech/policy.py)
speech-off = Speaking with cloned voices is turned off in this server. A moderator can turn it on with `/clone-settings speech enabled:True`.
speech-needs-role = You need one of these roles to speak with a cloned voice here: { $roles }.
speech-voice-channel = The bot does not speak in this voice channel here. Please use { $channels }.
speech-text-channel = Speaking with cloned voices is not allowed in this channel. Please use { $channels }.
speech-read-aloud-bot-off = Read-aloud is not available on this bot: its owner has not turned it on (READ_ALOUD_ENABLED). `/say` still works.
speech-read-aloud-server-off = This server does not allow read-aloud. A moderator can allow it with `/clone-settings speech read_aloud:True`; `/say` still works.
speech-only-own = Only its owner can speak with this voice: members speak with their own voices.
speech-only-own-or-server = Only its owner can speak with this voice: members speak with their own voices and the server voices.
speech-server-voices-off = This server lets members speak only with their own voices, not with the server voices.
speech-no-own-voice = You have no cloned voice in this server yet: make one with `/clone`, then try again.
speech-no-own-voice-or-server = You have no cloned voice in this server yet: make one with `/clone` (or pick a server voice), then try again.

## Characters of speech per 24 hours (bot/speech/quota.py)
speech-member-text-over-limit = This text has { $chars } characters, more than your limit of { $limit } characters of speech per 24 hours here: please make it shorter.
speech-member-limit = This would go over your limit of { $limit } characters of speech per 24 hours; enough is free again { $when } (or try a shorter text).
speech-server-text-over-limit = This text has { $chars } characters, more than this server's limit of { $limit } characters of speech per 24 hours: please make it shorter.
speech-server-limit = This server has used its { $limit } characters of speech for the last 24 hours; enough is free again { $when }.

## Speaking (bot/speech/service.py)
speech-empty = There is nothing to say in that text.
speech-too-long = That text is too long to speak: { NUMBER($length, useGrouping: 0) } characters, the limit is { NUMBER($max, useGrouping: 0) }.
speech-tts-queue-full = Too many spoken texts are waiting already ({ $waiting }); nothing was queued. Please try again in about { $wait }.
speech-tts-queue-full-server = Too many spoken texts from this server are waiting already ({ $waiting }); nothing was queued. Please try again in about { $wait }.
speech-voice-queue-full = The voice queue of this server is full; please try again in a moment.
speech-connect-failed = I could not join your voice channel (do I have the Connect and Speak permissions there?). Nothing was spoken.
speech-no-opus = I cannot speak in voice channels on this installation (the Opus audio library is missing; the server's owner can install it). Use /say outside a voice channel for a voice message. Nothing was spoken.
speech-restarting = The bot is restarting; nothing was spoken.
speech-busy-elsewhere = I am speaking in <#{ $channel_id }> right now; join it, or try again once it is quiet there.
speech-message-too-long = That text makes a voice message too long to send.
speech-voice-gone = That voice is no longer available.
speech-unsendable = That text made audio that cannot be sent as a voice message (too short?).
speech-tts-rate-limited = Inworld's text-to-speech rate limit was reached; nothing was posted. Please try again in a minute.
speech-tts-failed = { $reason } Nothing was posted.
speech-skip-not-yours = Only its speaker, the voice's owner or a moderator can skip what is being said now.
speech-stop-moderators-only = Only a moderator of this server can stop the bot speaking.
speech-leave-join-first = Join my voice channel first to ask me to leave it.
speech-leave-others-waiting = Someone else's text is being spoken or waiting; a moderator can make me leave now.

## Posts everyone reads, in the server's language
# The line above a voice message (a mention that pings nobody).
speech-disclosure-own = 🔊 <@{ $user_id }> speaking with their AI voice **{ $name }**
speech-disclosure-server = 🔊 <@{ $user_id }> speaking with the server's AI voice **{ $name }**
# The voice channel status while the bot speaks.
speech-status = 🔊 AI voice of { $name }
speech-status-server-voice = the server voice { $name }
speech-status-someone = a member

## Discord refused a voice message (bot/speech/posting.py)
speech-post-timeout = Discord did not take the voice message in time; nothing was sent.
speech-post-not-allowed = Voice messages are not allowed in this channel; nothing was sent.
speech-post-missing-permissions = I may not post voice messages here (I need Send Messages, Attach Files and Send Voice Messages in this channel); nothing was sent.
speech-post-refused = Discord refused the voice message; nothing was sent. Please try again.

## Replies (cogs/speech.py)
speech-sent-voice-message = 🔊 Sent as a voice message in **{ $name }** ({ NUMBER($chars, useGrouping: 0) } characters).
speech-speaking-now = 🔊 Speaking now in **{ $name }** ({ NUMBER($chars, useGrouping: 0) } characters).
speech-queued = 🔊 Queued in **{ $name }**: { $position } before yours ({ NUMBER($chars, useGrouping: 0) } characters).
speech-say-nothing-aloud = That text has nothing to say aloud (only code or emoji?).
speech-only-own-messages = You can only speak your own messages.
speech-message-nothing-aloud = That message has nothing to say aloud.

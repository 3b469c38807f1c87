# Command, group, option and choice names and descriptions (bot/i18n/translator.py).
# A command's value is its name (lowercase, no spaces, 1-32 characters, unique among its
# siblings), .description its description (1-100 characters); context menus (menu-*) may
# have spaces and capitals; choices (choice-*, keyed by the English name) are 1-100 characters.

## /clone

cmd-clone = clone
    .description = Clone a voice from a recording of it.
cmd-clone--sample = sample
    .description = A recording of the voice: 10-15 s of clear speech (voice message, MP3, WAV...)
cmd-clone--name = name
    .description = A name for the new voice
cmd-clone--language = language
    .description = The language spoken in the recording
cmd-clone--sample2 = sample2
    .description = Optional second recording of the same voice
cmd-clone--sample3 = sample3
    .description = Optional third recording of the same voice
cmd-clone--transcription = transcription
    .description = Optional: exactly what is said in the first recording
cmd-clone--description = description
    .description = Optional: a description of the voice (tone, accent, use)
cmd-clone--tags = tags
    .description = Optional: comma-separated tags, e.g. calm, narrator
cmd-clone--remove-noise = remove_noise
    .description = Remove background noise first (can hurt already clean recordings)

## /clone-settings

cmd-clone-settings = clone-settings
    .description = Settings for /clone in this server (members with Manage Server).
cmd-clone-settings-show = show
    .description = Show this server's voice clone settings.
cmd-clone-settings-limits = limits
    .description = Cooldown, daily quotas, sample length.
cmd-clone-settings-limits--cooldown-seconds = cooldown_seconds
    .description = Seconds a member waits between requests (0 = none)
cmd-clone-settings-limits--member-daily = member_daily
    .description = Requests per member per 24 h (0 = unlimited)
cmd-clone-settings-limits--server-daily = server_daily
    .description = Requests for the whole server per 24 h (0 = unlimited)
cmd-clone-settings-limits--max-sample-seconds = max_sample_seconds
    .description = Longest sample kept, in seconds (3-15)
cmd-clone-settings-defaults = defaults
    .description = Default language, noise removal, replies.
cmd-clone-settings-defaults--language = language
    .description = Default language of /clone
cmd-clone-settings-defaults--remove-noise = remove_noise
    .description = Remove background noise by default
cmd-clone-settings-defaults--ephemeral = ephemeral
    .description = Replies only the member can see (true) or public (false)
cmd-clone-settings-approval = approval
    .description = Require a moderator's approval.
cmd-clone-settings-approval--required = required
    .description = Every clone request needs a moderator's approval
cmd-clone-settings-approval--review-channel = review_channel
    .description = Where requests are posted for review
cmd-clone-settings-verification = verification
    .description = Make members read a fresh sentence aloud first.
cmd-clone-settings-verification--mode = mode
    .description = off; on: any recording of the sentence; strict: only a Discord voice message
cmd-clone-settings-audit-channel = audit-channel
    .description = Where the audit log is posted.
cmd-clone-settings-audit-channel--channel = channel
    .description = The audit channel (leave empty to stop posting)
cmd-clone-settings-roles = roles
    .description = Roles allowed to clone, or to moderate.
cmd-clone-settings-roles--action = action
    .description = Add, remove, or clear the list
cmd-clone-settings-roles--role = role
    .description = The role to add or remove
cmd-clone-settings-roles--kind = kind
    .description = Which list: roles allowed to clone, or moderator roles
cmd-clone-settings-channels = channels
    .description = Channels where /clone may be used.
cmd-clone-settings-channels--action = action
    .description = Add, remove, or clear (clear = any channel)
cmd-clone-settings-channels--channel = channel
    .description = Channel
cmd-clone-settings-block = block
    .description = Stop a member from cloning voices.
cmd-clone-settings-block--member = member
    .description = The member who may no longer clone voices
cmd-clone-settings-unblock = unblock
    .description = Let a blocked member clone again.
cmd-clone-settings-unblock--member = member
    .description = The blocked member who may clone again
cmd-clone-settings-consent = consent
    .description = The statement members must confirm.
cmd-clone-settings-consent--text = text
    .description = Your wording (leave empty for the default statement)
cmd-clone-settings-language = language
    .description = The language of the bot's posts here.
cmd-clone-settings-language--language = language
    .description = Review, audit and public posts in this language (members' replies follow theirs)
cmd-clone-settings-previews = previews
    .description = Spoken previews of cloned voices.
cmd-clone-settings-previews--enabled = enabled
    .description = Speak a short sentence in the new voice in every clone result
cmd-clone-settings-previews--open-to-members = open_to_members
    .description = Any member may preview any voice (off: only own and server voices)
cmd-clone-settings-previews--text = text
    .description = The preview sentence (any language; leave empty and set reset for the default)
cmd-clone-settings-previews--reset-text = reset_text
    .description = Go back to the default sentence of each voice's language
cmd-clone-settings-speech = speech
    .description = Who may speak with cloned voices, where.
cmd-clone-settings-speech--enabled = enabled
    .description = Members may speak with cloned voices here (/say, read-aloud)
cmd-clone-settings-speech--add-role = add_role
    .description = Allow this role to speak (no roles listed: every member)
cmd-clone-settings-speech--remove-role = remove_role
    .description = Take this role off the list
cmd-clone-settings-speech--add-voice-channel = add_voice_channel
    .description = Allow speaking in this voice channel (none listed: any)
cmd-clone-settings-speech--remove-voice-channel = remove_voice_channel
    .description = Take this voice channel off the list
cmd-clone-settings-speech--add-text-channel = add_text_channel
    .description = Allow /say and read-aloud in this channel (none listed: any)
cmd-clone-settings-speech--remove-text-channel = remove_text_channel
    .description = Take this channel off the list
cmd-clone-settings-speech--clear = clear
    .description = Empty a list: every member, or any channel
cmd-clone-settings-speech--read-aloud = read_aloud
    .description = Members may have what they type read aloud in their voice
cmd-clone-settings-speech--server-voices = server_voices
    .description = Members may speak with the server voices, not only their own
cmd-clone-settings-speech--member-daily-chars = member_daily_chars
    .description = Characters each member may have spoken per 24 h (0 = unlimited)
cmd-clone-settings-speech--server-daily-chars = server_daily_chars
    .description = Characters the whole server may have spoken per 24 h (0 = unlimited)
cmd-clone-settings-speech--reset-daily-chars = reset_daily_chars
    .description = Go back to the bot's default characters per day

## /voices

cmd-voices = voices
    .description = The voices cloned in this server.
cmd-voices-list = list
    .description = Your voices and the server voices.
cmd-voices-info = info
    .description = Details of one voice.
cmd-voices-info--voice = voice
    .description = The voice (start typing its name)
cmd-voices-preview = preview
    .description = Hear a voice say a sentence.
cmd-voices-preview--voice = voice
    .description = The voice (yours, or a server voice)
cmd-voices-preview--text = text
    .description = What it should say (default: the server's preview sentence)
cmd-voices-rename = rename
    .description = Change a voice's display name.
cmd-voices-rename--voice = voice
    .description = The voice (yours; moderators: any)
cmd-voices-rename--name = name
    .description = Its new name
cmd-voices-delete = delete
    .description = Delete a voice from Inworld.
cmd-voices-delete--voice = voice
    .description = The voice (yours; moderators: any from this server)
cmd-voices-server = server
    .description = Share a voice with the whole server.
cmd-voices-server--voice = voice
    .description = The voice
cmd-voices-server--shared = shared
    .description = On: every member sees and may preview it; off: private
cmd-voices-skip = skip
    .description = Skip what the bot is saying in your call.
cmd-voices-stop = stop
    .description = Moderators: stop speaking at once and clear the queue.
cmd-voices-leave = leave
    .description = Make the bot leave the voice channel.
cmd-voices-read-aloud = read-aloud
    .description = Speak what you type in your voice channel's chat, in your cloned voice.
cmd-voices-read-aloud--state = state
    .description = On: what you type is spoken while we share a voice channel; off: not
cmd-voices-read-aloud--voice = voice
    .description = Which voice reads (yours, or a server voice; default: your newest)
cmd-voices-erase-my-data = erase-my-data
    .description = Delete all your voices and everything stored about you.
cmd-voices-erase-member = erase-member
    .description = Moderators: erase a member's voices and data.
cmd-voices-erase-member--member = member
    .description = The member (e.g. one who left: paste their user ID)

## /clone-delete

cmd-clone-delete = clone-delete
    .description = Delete a voice cloned here.
cmd-clone-delete--voice = voice
    .description = The voice to delete (yours; moderators: any from this server)

## /say

cmd-say = say
    .description = Speak a text in your cloned voice (your voice channel, or a voice message).
cmd-say--text = text
    .description = What to say
cmd-say--voice = voice
    .description = Which voice (yours, or a server voice; default: your newest)

## Context menus (Apps > ...)

menu-clone-this-voice = Clone this voice
menu-speak-this-message = Speak this message

## Choices

choice-english-us = English (US)
choice-chinese-china = Chinese (China)
choice-korean = Korean
choice-japanese = Japanese
choice-russian = Russian
choice-other-auto-detect = Other / auto-detect
choice-italian = Italian
choice-spanish-spain = Spanish (Spain)
choice-portuguese-brazil = Portuguese (Brazil)
choice-german = German
choice-french = French
choice-arabic-saudi-arabia = Arabic (Saudi Arabia)
choice-polish = Polish
choice-dutch = Dutch
choice-hindi = Hindi
choice-hebrew = Hebrew
choice-off = off
choice-on-any-recording-of-the-sentence = on: any recording of the sentence
choice-strict-only-a-voice-message-recorded-in-discord = strict: only a voice message recorded in Discord
choice-add = add
choice-remove = remove
choice-clear = clear
choice-allowed = allowed
choice-moderator = moderator
choice-discord-s-server-language = Discord's server language
choice-roles-every-member-may-speak = roles (every member may speak)
choice-voice-channels-any = voice channels (any)
choice-text-channels-any = text channels (any)
choice-on = on

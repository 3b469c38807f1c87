# /clone-settings and the policy rules (bot/policy.py, cogs/clone_settings.py).

## Durations and times (variables of other messages)

settings-duration-hours-minutes = { $hours } h { $minutes } min
settings-duration-hours = { $hours } h
settings-duration-minutes-seconds = { $minutes } min { $seconds } s
settings-duration-minutes = { $minutes } min
settings-duration-seconds = { $seconds } s
# $duration: a duration above ("in 12 min").
settings-when-in = in { $duration }
# $time: a time of day in UTC ("14:05").
settings-when-at = at { $time } UTC
settings-when-tomorrow-at = tomorrow at { $time } UTC

## The default consent statement

settings-consent-default = I confirm that the voice in these recordings is my own, or that its owner has given me explicit permission to clone it, and that I will not use the cloned voice to deceive, impersonate or harm anyone.

## Policy refusals

settings-refusal-blocked = You are not allowed to clone voices in this server.
# $channels: channel mentions.
settings-refusal-channel = Voice cloning is not allowed in this channel. Please use { $channels }.
# $roles: role mentions.
settings-refusal-role = You need one of these roles to clone voices: { $roles }.
settings-refusal-open-request = You already have a clone request in progress (#{ $request }). Please wait until it is finished.
# $wait: a duration.
settings-refusal-cooldown = You are on cooldown: please wait { $wait } before your next request.
settings-refusal-member-quota = You have reached your limit of { $count } clone requests in 24 hours. Please try again tomorrow.
settings-refusal-guild-quota = This server has reached its limit of { $count } clone requests in 24 hours. Please try again tomorrow.

## Limits on uses in a rolling window
## $done: what the member did ("renamed a voice"); $note: settings-limit-note or nothing;
## $when: settings-when-*; $noun: what is counted, given $count; $period: settings-period-*.

settings-limit-once = You { $done } { $window ->
        [hour] a moment ago
       *[other] recently
    }{ $note }; try again { $when }.
settings-limit-used = { $per ->
        [member] You have used your
       *[server] This server has used its
    } { $count } { $noun } for { $period }{ $note }; the next one is available { $when }.
settings-limit-note = { " " }({ $note })
settings-period-hour = this hour
settings-period-day = today
settings-period-last = the last { $duration }
settings-opened-noun = { $count ->
       *[other] clone requests
    }
settings-opened-done = opened a clone request
settings-opened-note = every request opened counts, confirmed or not

## /clone-settings replies (cogs/clone_settings.py)

settings-needs-manage-server = Only members with the **Manage Server** permission can change these settings; nothing was changed.
settings-needs-moderator = Only this server's moderators can see these settings.
settings-choose-item = Please choose which one to add or remove.
settings-choose-review-channel = Please choose a review channel when you turn approval on.
settings-one-list-edit = Please change one list entry at a time (add, remove or clear); nothing was changed.
settings-chars-set-or-reset = Please either set the characters per day or reset them; nothing was changed.
settings-nothing-to-change = Nothing to change; current settings:
settings-updated = ✅ Settings updated.

## The settings embeds: words shown as values

settings-on = on
settings-off = off
settings-yes = yes
settings-no = no
settings-none = none
settings-unlimited = unlimited
settings-not-set = not set
settings-any = any
settings-any-channel = any channel
settings-everyone = everyone
settings-every-member = every member
settings-nobody = nobody
settings-manage-server-only = Manage Server only
settings-requests-per-day = { $count } requests / 24 h
settings-chars-per-day = { $count } characters / 24 h
# $value: one of the limits above.
settings-bot-default = { $value } (the bot's default)
settings-language-auto = Other / auto-detect

## The speech settings (/clone-settings speech, and a field of /clone-settings show)

settings-speech-title = Speech settings
settings-read-aloud-unavailable = not available on this bot (READ_ALOUD_ENABLED is off)
settings-read-aloud-allowed = allowed
settings-read-aloud-not-allowed = not allowed
settings-speak-with-all = their own and the server voices
settings-speak-with-own = their own
settings-speech-lines =
    Speaking: { $speaking }
    Who: { $roles } (moderators always)
    Voice channels: { $voice_channels }
    Text channels: { $text_channels }
    Members speak with: { $voices }
    Read-aloud: { $read_aloud }
    Per member: { $member }
    Per server: { $server }

## The settings (/clone-settings show, and the reply to every change)

settings-title = Voice clone settings
settings-who-title = Who and where
settings-who-lines =
    Roles: { $roles }
    Channels: { $channels }
    Blocked: { $blocked }
    Moderator roles: { $moderators }
settings-limits-title = Limits
# $sample: seconds.
settings-limits-lines =
    Cooldown per member: { $cooldown }
    Per member: { $member }
    Per server: { $server }
    Sample length kept: up to { $sample } s
settings-defaults-title = Defaults
# $replies: settings-replies-*; $server_language: settings-server-language-*.
settings-defaults-lines =
    Language: { $language }
    Noise removal: { $noise }
    Replies: { $replies }
    Server language: { $server_language }
settings-replies-private = only visible to the member
settings-replies-public = public
# $language: a language's own name ("日本語").
settings-server-language-chosen = { $language }
settings-server-language-discord = Discord's server language ({ $language })
settings-review-title = Review and audit
settings-review-lines =
    Approval required: { $approval }
    Review channel: { $review }
    Audit channel: { $audit }
settings-previews-title = Spoken previews
settings-previews-lines =
    In clone results: { $enabled }
    Who may preview a voice: { $who }
    Sentence: { $sentence }
settings-previews-anyone = any member
settings-previews-owner = its owner (server voices: anyone)
settings-previews-default-sentence = the default of the voice language
settings-verification-title = Spoken consent
settings-verification-off = off: the consent button only
settings-verification-on = on: members read a fresh sentence aloud (a voice message or a file)
settings-verification-strict = strict: members read a fresh sentence in a Discord voice message
settings-speaking-title = Speaking with cloned voices
settings-consent-title = Consent statement

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

# Errors and refusals every command can answer with (bot/tree.py).
error-bug = Something went wrong on the bot's side. (ref `{ $ref }`) Please try again.
error-cooldown = Slow down! Try again in { $seconds } s.
error-missing-permissions = You need the { $permissions } permission to do that.
error-server-only = This command only works in a server.
error-not-allowed = You are not allowed to use this command here.
error-bad-value = That value is not valid: { $value }.

# Sizes ($count bytes; $value in $unit: KB, MB or GB, with one decimal).
error-size-bytes = { NUMBER($count, useGrouping: 0) } bytes
error-size = { NUMBER($value, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } { $unit }

# Downloading an attachment (bot/download.py). $filename: the file's name as uploaded.
error-download-too-large = `{ $filename }` is larger than the { $limit } this bot accepts. A 10-30 second recording is all that is needed.
error-download-too-large-size = `{ $filename }` ({ $size }) is larger than the { $limit } this bot accepts. A 10-30 second recording is all that is needed.
# $status: the HTTP status code.
error-download-refused = Discord did not let the bot download `{ $filename }` (HTTP { $status }). Please try again.
error-download-timeout = Downloading `{ $filename }` took longer than { NUMBER($seconds, useGrouping: 0) } s. Please try again.
error-download-failed = Downloading `{ $filename }` failed. Please try again.

# The clone queue (bot/ratelimit/waiting.py). $waiting: requests waiting; $group: true when
# the member's server used up its share of the queue; $wait and $retry: durations; $at: a
# Unix time (Discord shows it in the member's time zone).
error-queue-full = The clone queue is full: { $group ->
        [true] { $waiting ->
            [one] { $waiting } request from this server is
           *[other] { $waiting } requests from this server are
        }
       *[false] { $waiting ->
            [one] { $waiting } request is
           *[other] { $waiting } requests are
        }
    } waiting (a wait of about { $wait }). Nothing was queued; please try again in about { $retry } (at <t:{ $at }:t>).
error-audio-not-attached = (The processed audio could not be attached here.)
error-interrupted = ⏸️ The bot is restarting before your request finished. It is saved: once the bot is back (usually within a minute), it will tell you what became of it.
error-restarting = The bot is restarting; please try again in a minute.

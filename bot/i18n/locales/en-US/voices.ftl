# /voices: the server's voice library, previews, erasure (bot/voices, cogs/voices.py).

## Refusals (bot/voices/access.py, library.py, previews.py)
voices-not-here = No voice with that ID was cloned in this server (or it is already deleted).
voices-not-yours-delete = You can only delete voices you cloned yourself (moderators: any voice of this server).
voices-not-yours-rename = You can only rename voices you cloned yourself (moderators: any voice of this server).
voices-moderators-only-server-voice = Only a moderator of this server can make a voice a server voice.
voices-moderators-only-erase = Only a moderator of this server can erase another member's data.
voices-preview-private = Only its owner can preview this voice: it is not a server voice, and this server lets members preview only their own voices and the server voices.
voices-info-private = That voice is private to the member who cloned it (it is not a server voice).
voices-erase-still-open = A clone request is still in progress: cancel it or wait until it is finished (or expires), then erase the data.
voices-rename-empty = The new name cannot be empty.
voices-rename-too-long = The new name is too long (at most { $max }).
voices-gone-on-inworld = That voice no longer exists on Inworld; it is now marked deleted here.
voices-deleted-meanwhile = That voice was deleted meanwhile.
voices-preview-queue-full = Too many previews are waiting already ({ $waiting }); nothing was queued. Please try again in about { $wait }.
voices-preview-queue-full-server = Too many previews from this server are waiting already ({ $waiting }); nothing was queued. Please try again in about { $wait }.
voices-preview-too-long = That text is too long for a preview: { NUMBER($length, useGrouping: 0) } characters, the limit is { NUMBER($max, useGrouping: 0) }.
voices-preview-cooldown = You previewed a voice a moment ago; try again in { $wait }.

## The spoken preview in a clone result (bot/voices/result.py)
voices-result-preview = 🔊 Preview
voices-result-preview-failed = ⚠️ The spoken preview failed: { $why }
voices-result-preview-later = Your voice is ready all the same; try `/voices preview` later.
voices-result-why-restarting = the bot is restarting
voices-result-why-timeout = the text-to-speech service did not answer in time
voices-result-why-unexpected = an unexpected error ({ $error })
voices-result-preview-too-large = The preview was too large to upload here.
voices-result-preview-attached = Attached: `{ $filename }`, “{ $text }”

## Embeds and buttons (bot/voices/ui.py)
voices-line-server = 🌐 server voice
voices-line-private = private
voices-line = { $language } · owner <@{ $user_id }> · created { $created } · { $sharing }
voices-page-title-server = This server's voices
voices-page-title-mine = Your voices and server voices
voices-page-empty = No voices yet. Use `/clone` to make one.
voices-page-status = Page { $page }/{ $pages } · { NUMBER($total, useGrouping: 0) } voice(s)
voices-page-footer = /voices info · preview · rename · delete
voices-info-title = Voice: { $name }
voices-info-voice-id = Voice ID
voices-info-language = Language
voices-info-owner = Owner
voices-info-created = Created
voices-info-server-voice = Server voice
voices-info-server-voice-yes = yes (every member may preview it)
voices-info-server-voice-no = no
voices-pager-not-yours = ❌ These buttons belong to the member who ran /voices list.
voices-pager-previous = ◀ Previous
voices-pager-next = Next ▶
voices-confirm-not-yours = ❌ Only the member who asked can confirm this.
voices-confirm = Confirm
voices-cancel = Cancel
voices-cancelled = Cancelled: nothing was changed.

## Replies (cogs/voices.py)
voices-preview-says = 🔊 **{ $name }** (`{ $voice_id }`) says: “{ $text }”
voices-renamed = ✏️ Voice `{ $voice_id }` is now called **{ $name }** (on Inworld too).
voices-delete-ask = ⚠️ Delete **{ $name }** (`{ $voice_id }`) from Inworld? It cannot be undone.
voices-delete-button = Delete
voices-deleted = 🗑️ Voice **{ $name }** (`{ $voice_id }`) was deleted from Inworld.
voices-shared = 🌐 **{ $name }** (`{ $voice_id }`) is now a server voice.
voices-unshared = 🌐 **{ $name }** (`{ $voice_id }`) is no longer a server voice.
voices-skipped = ⏭️ Skipped.
voices-nothing-said = Nothing is being said right now.
voices-stopped = ⏹️ Stopped; { $dropped } queued text(s) dropped.
voices-left = 👋 Left the voice channel.
voices-not-in-channel = I am not in a voice channel.
voices-read-aloud-off = 🔇 Read-aloud is off for you.
voices-read-aloud-on = 🔊 Read-aloud is on: while you and I share a voice channel, what you type in its chat is spoken with **{ $name }**. `/voices read-aloud off` stops it.
voices-erase-ask-own = ⚠️ Erase your data in this server? { $voices } voice(s) will be deleted from Inworld and { $requests } stored request(s) erased (audio, names, texts). Audit events stay, without personal content. It cannot be undone.
voices-erase-ask-member = ⚠️ Erase <@{ $member_id }>'s data in this server? { $voices } voice(s) will be deleted from Inworld and { $requests } stored request(s) erased (audio, names, texts). Audit events stay, without personal content. It cannot be undone.
voices-erase-button = Erase everything
voices-erased = 🧹 Done: { $voices } voice(s) deleted from Inworld, { $requests } stored request(s) erased.

## What a limit refusal names (bot/voices/limits.py, through settings-limit-*)
voices-renames-noun = { $count ->
       *[other] renames
    }
voices-renames-done = renamed a voice
voices-previews-noun = { $count ->
       *[other] previews
    }
voices-previews-done = previewed a voice

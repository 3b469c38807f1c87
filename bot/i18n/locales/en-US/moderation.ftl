# Moderation: the review post's buttons and lines, the reject modal, decisions told to the
# member, refusals of a press, and the posts taken down after an erasure.

## The review post (the server's language) and its buttons

moderation-button-approve = Approve
moderation-button-reject = Reject
moderation-approver = <@{ $moderator_id }>
moderation-approver-unknown = a moderator
moderation-approved-queued = ✅ Approved by <@{ $moderator_id }>: queued for cloning…
moderation-approved-progress = ✅ Approved by { $approver }: { $stage }…
moderation-approved-progress-detail = ✅ Approved by { $approver }: { $stage } ({ $detail })…
moderation-stage-downloading = Downloading
moderation-stage-processing = Processing audio
moderation-stage-waiting = Waiting for a free slot
moderation-stage-cloning = Cloning the voice with Inworld
moderation-rejected-line = ❌ Rejected by <@{ $moderator_id }>: { $reason }

## The reject modal and the answers to the moderator (the moderator's language)

moderation-reject-title = Reject clone request
moderation-reject-reason = Reason (shown to the member)
moderation-reject-reason-placeholder = e.g. We could not verify that this is your own voice.
moderation-rejected-done = Rejected; the member was told.
moderation-not-a-moderator = Only moderators can approve or reject clone requests.
moderation-not-its-review-post = This button does not belong to that request's review post in this server, so nothing was changed.

## The member's notice of a decision

moderation-rejected-notice = <@{ $user_id }> your voice clone request **{ $name }** was rejected by the moderators. Reason: { $reason }

## Answers about a request that moved on

moderation-request-gone = That clone request no longer exists.
moderation-not-your-request = Only the member who made this request can answer it.
moderation-review-unavailable = Your request could not be sent to the moderators: the review channel is missing or the bot cannot post there. Please tell a moderator.
moderation-no-longer-confirmed = This request can no longer be confirmed: it { $state }.
moderation-no-longer-cancelled = This request can no longer be cancelled: it { $state }.
moderation-no-longer-decided = This request can no longer be decided: it { $state }.
moderation-state-pending-approval = is waiting for a moderator
moderation-state-approved = was already approved
moderation-state-rejected = was already rejected
moderation-state-expired = has expired
moderation-state-cancelled = was cancelled
moderation-state-cloning = is already being cloned
moderation-state-done = is already done
moderation-state-failed = has already failed
moderation-state-other = is { $status }

## A post about a member who erased their data

moderation-post-removed = *(Removed: the member this was about erased their data.)*

## The reconcile sweep: requests whose clone answer was lost (the member is told in the
## server's language; the review post's line too)

moderation-sweep-found = <@{ $user_id }> your voice **{ $name }** was created after all: the bot had lost Inworld's answer, then found the voice in the account.
moderation-sweep-found-line = ✅ Voice created (found after a lost answer): `{ $voice_id }`
moderation-sweep-unverifiable = <@{ $user_id }> your voice **{ $name }** was created after Inworld's answer was lost, without its transcription, so your spoken sentence could not be checked: the voice was deleted. Run `/clone` again for a new sentence.
moderation-sweep-not-created = <@{ $user_id }> your voice clone request **{ $name }** did not go through: the bot checked with Inworld and no voice was created. You can send it again.
moderation-sweep-given-up = <@{ $user_id }> the bot could not confirm whether Inworld created your voice **{ $name }**. Please check your voice list before sending it again.
moderation-sweep-untagged = <@{ $user_id }> the bot cannot check whether Inworld created your voice **{ $name }**: its answer was lost, and the request predates the tags the bot now uses to find a voice. If you send it again you may end up with two voices.
moderation-sweep-interrupted = <@{ $user_id }> a bot restart interrupted the cloning of your voice **{ $name }**. Inworld may have created it: the bot is checking and will tell you here. Please don't send it again meanwhile.
moderation-voice-may-exist = Inworld may have created your voice, but its answer was lost on the way. Please don't send it again: the bot is checking with Inworld and will tell you here (with the voice ID) as soon as it knows.

# The audit channel's posts (bot/embeds.py audit_embed), in the server's language.

## Detail labels: audit-field-<detail key with hyphens>
audit-field-status = Status
audit-field-requeued = Requeued
audit-field-samples = Samples
audit-field-warnings = Warnings
audit-field-errors = Errors
audit-field-deleted = Deleted
audit-field-found-by = Found by
audit-field-server-voice = Server voice
audit-field-text-length = Text length
audit-field-model-id = Model
audit-field-via = Via
audit-field-voices-deleted = Voices deleted
audit-field-requests-erased = Requests erased
audit-field-challenge-id = Challenge
audit-field-attempt = Attempt
audit-field-fell-back = Fallback sentence
audit-field-expires-at = Expires
audit-field-mode = Mode
audit-field-recognizer = Recognizer
audit-field-score = Score
audit-field-offline-score = Offline score
audit-field-voice-message = Voice message
audit-field-decision = Decision
audit-field-characters = Characters
audit-field-utterances = Utterances
audit-field-stopped = Stopped by
audit-field-erased = Erased
audit-field-name = Name
audit-field-language = Language
audit-field-statement = Statement
audit-field-reason = Reason
audit-field-voice-id = Voice id
audit-field-also-matched = Also matched
audit-field-previous = Previous
audit-field-sentence = Sentence
audit-field-keywords = Keywords
audit-field-heard = Heard
audit-field-offline-heard = Heard offline
audit-field-recording-sha256 = Recording sha256
audit-field-channel-id = Channel
audit-field-voice-owner-id = Voice owner
audit-field-source = Source
audit-field-extra-speech-seconds = Extra speech (seconds)

## Settings a policy change records
audit-field-allowed-role-ids = Allowed roles
audit-field-allowed-channel-ids = Allowed channels
audit-field-blocked-user-ids = Blocked members
audit-field-moderator-role-ids = Moderator roles
audit-field-cooldown-seconds = Cooldown (seconds)
audit-field-member-daily-quota = Requests per member per day
audit-field-guild-daily-quota = Requests per server per day
audit-field-max-sample-seconds = Longest sample (seconds)
audit-field-default-language = Default language
audit-field-remove-noise = Remove noise
audit-field-approval-required = Approval required
audit-field-review-channel-id = Review channel
audit-field-audit-channel-id = Audit channel
audit-field-ephemeral = Private replies
audit-field-consent-text = Consent statement
audit-field-preview-enabled = Previews
audit-field-preview-text = Preview text
audit-field-preview-open = Previews for everyone
audit-field-verification = Spoken consent
audit-field-speech-enabled = Speech
audit-field-speech-role-ids = Speech roles
audit-field-speech-voice-channel-ids = Speech voice channels
audit-field-speech-text-channel-ids = Speech text channels
audit-field-read-aloud-allowed = Read aloud
audit-field-speech-server-voices = Server voices for speech
audit-field-speech-member-daily-chars = Characters per member per day
audit-field-speech-guild-daily-chars = Characters per server per day
audit-field-locale = Server language

## A request's status: audit-status-<status>
audit-status-processing = Processing
audit-status-awaiting-consent = Awaiting consent
audit-status-pending-approval = Pending approval
audit-status-approved = Approved
audit-status-rejected = Rejected
audit-status-expired = Expired
audit-status-cancelled = Cancelled
audit-status-cloning = Cloning
audit-status-reconciling = Reconciling
audit-status-done = Done
audit-status-failed = Failed

## Known values: audit-value-<key>-<value>
audit-value-via-result = Clone result
audit-value-via-command = Command
audit-value-via-voice-channel = Voice channel
audit-value-via-voice-message = Voice message
audit-value-source-say = `/say`
audit-value-source-message = Message
audit-value-source-read-aloud = Read aloud
audit-value-mode-off = Off
audit-value-mode-on = On
audit-value-mode-strict = Voice messages only
audit-value-decision-pending = Pending
audit-value-decision-accepted = Accepted
audit-value-decision-verified = Verified
audit-value-decision-mismatch = Did not match
audit-value-decision-extra-speech = Extra speech
audit-value-decision-not-voice-message = Not a voice message
audit-value-decision-replayed = Recording used before
audit-value-decision-expired = Expired
audit-value-decision-used = Already used
audit-value-found-by-sweep = Reconciliation sweep
audit-value-recognizer-pocketsphinx = PocketSphinx (offline)
audit-value-recognizer-inworld-transcription = Inworld transcription
audit-value-stopped-skip = Skip
audit-value-stopped-stop = Stop
audit-value-stopped-leave = Leave
audit-value-stopped-erasure = Data erasure

## Yes and no (English keeps the stored spelling)
audit-yes = True
audit-no = False

## An edit of a list setting
audit-list-add = Added { $item }
audit-list-remove = Removed { $item }
audit-list-clear = Cleared

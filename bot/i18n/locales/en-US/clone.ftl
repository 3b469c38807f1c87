# The /clone flow: progress, the consent prompt, the spoken-consent sentence, the result,
# notices to the member, and the review and audit embeds (bot/embeds.py, bot/desk/, cogs/clone.py).

## Progress (cogs/clone.py, bot/cloning.py, bot/desk/)
clone-stage-downloading = 📥 Downloading
clone-stage-processing = 🎛️ Processing audio
clone-stage-waiting = ⏳ Waiting for a free slot
clone-stage-cloning = 🧬 Cloning the voice with Inworld
clone-progress = { $stage }…
clone-progress-detail = { $stage } ({ $detail })…
clone-detail-files =
    { $count ->
        [one] { $count } file
       *[other] { $count } files
    }
clone-detail-queue = position { $position } in the queue
clone-detail-checking-sentence = checking your spoken sentence
clone-detail-busy = Inworld is busy; trying again in { $seconds } s

## Options (bot/cloning.py)
clone-tags-too-many = Please give at most { $max } tags.
clone-name-missing = Please give the voice a name.
clone-name-too-long = The voice name can be at most { $max } characters.
clone-sample-refused = Sample { $index } (`{ $file }`): { $reason }
clone-default-voice-name = { $member }'s voice
clone-default-voice-name-unnamed = My's voice

## The command and its buttons (cogs/clone.py)
clone-consent-confirm = I confirm
clone-consent-cancel = Cancel
clone-menu-not-yours = You can only clone the voice in your own messages. To clone a recording you have permission to use, upload it with /clone.
clone-menu-no-audio = That message has no voice message or audio attachment.
clone-modal-title = Clone this voice
clone-modal-name = Name for the new voice
clone-cancelled = Cancelled: nothing was sent to Inworld.
clone-sent-for-review = 📨 Thanks! Your request was sent to the moderators for approval. You will be told the outcome in this channel.
clone-failure-bug = Something went wrong on the bot's side. (ref `{ $ref }`)
clone-final-failed-interaction = ❌ Inworld did not create the voice; see the details below.
clone-final-failed-channel = ❌ Inworld did not create the voice; the details are posted in this channel.
clone-final-failed-dm = ❌ Inworld did not create the voice; I sent you the details by DM.
clone-final-failed-elsewhere = ❌ Inworld did not create the voice.
clone-final-created-interaction = ✅ Voice **{ $name }** created.
clone-final-created-channel = ✅ Voice **{ $name }** created: the result is posted in this channel.
clone-final-created-dm = ✅ Voice **{ $name }** created: I sent you the result by DM.
clone-final-created-elsewhere = ✅ Voice **{ $name }** created: run `/voices` to see its ID.

## Spoken consent (cogs/clone.py, bot/embeds.py)
clone-refusal-title = ❌ That recording was not accepted
clone-refusal-new-sentence = Please read the **new** sentence below and send its recording.
clone-refusal-retry-in = You have no tries left for now: try again in { $duration }.
clone-sentence-expired = ⌛ Your previous sentence expired before its recording arrived.
clone-sentence-not-used = The recording you gave now was not used: the recording of this sentence must come first.
clone-sentence-rename-later = You can rename the voice later with `/voices rename`.
clone-sentence-voice-message-only = This server accepts only a **voice message** recorded in Discord for your sentence, not an uploaded file. Hold the microphone button in this channel, read the sentence, send it, then use the message's menu → **Apps** → **Clone this voice**. Your sentence is still valid until { $time }.
clone-challenge-title = 🎙️ Read this sentence aloud
clone-challenge-how-voice = Record it as a **voice message** in this channel (hold the microphone button), then open the message's menu (right-click or long-press) → **Apps** → **Clone this voice**.
clone-challenge-how-file = Or record it with any app and run `/clone` again with the recording as `sample`, on its own (no `sample2` or `sample3`).
clone-challenge-description =
    This server asks you to prove the voice is yours. Read this, in your own voice:

    > **{ $sentence }**

    { $how }

    The sentence works once and expires { $expires }.
clone-challenge-english-fallback = There is no word list for the language you chose yet, so the sentence is in English.
clone-spoken-unavailable = Spoken-consent verification is not available.
clone-verify-verified = ✅ Verified by { $recognizer }
clone-verify-recognizer = speech recognition
clone-verify-pending = ⏳ Checked by Inworld's transcription once the voice is made (deleted if wrong)
clone-verify-sentence = Sentence: “{ $sentence }”
clone-verify-score = Score: { NUMBER($score, minimumFractionDigits: 2, maximumFractionDigits: 2) }
clone-verify-recording-voice-message = Recording: a Discord voice message, SHA-256 `{ $sha }…`
clone-verify-recording-file = Recording: an uploaded file, SHA-256 `{ $sha }…`

## Embeds (bot/embeds.py)
clone-field-language = Language
clone-language-auto = Other / auto-detect
clone-field-samples = Samples
clone-field-sample = Sample { $index }
clone-field-notes = Notes
clone-field-note = Note
clone-field-audio = Audio
clone-field-next-step = Next step
clone-field-spoken-consent = Spoken consent
clone-field-voice-name = Voice name
clone-field-try = Try
clone-field-noise-removal = Noise removal
clone-field-tags = Tags
clone-field-description = Description
clone-field-consent = Consent ({ $when })
clone-sample-kept = { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } s kept
clone-sample-from = from { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } s
clone-sample-peak = peak { NUMBER($dbfs, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } dBFS
clone-sample-clipped = ⚠️ { NUMBER($percent, minimumFractionDigits: 1, maximumFractionDigits: 1) }% clipped
clone-quality =
    Quality **{ $verdict }**: { NUMBER($speech, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } s speech of { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } s, { $loudness }, SNR { NUMBER($snr, maximumFractionDigits: 0, useGrouping: 0) } dB, noise { NUMBER($noise, maximumFractionDigits: 0, useGrouping: 0) } dBFS, { NUMBER($clipped, minimumFractionDigits: 2, maximumFractionDigits: 2) }% clipped
clone-quality-lufs = { NUMBER($lufs, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } LUFS
clone-quality-no-lufs = - LUFS
clone-verdict-good = good
clone-verdict-usable = usable
clone-verdict-poor = poor
clone-tip-closer = Move closer to the microphone (about a hand's width) or speak up.
clone-tip-longer = Record 10-15 s of varied, expressive speech in one language.
clone-tip-quiet-room = Turn off music and the TV, and record in a quiet room.
clone-tip-clipping = Lower the microphone gain or move back a little: the loudest parts are clipped.
clone-result-failed-title = Voice not created
clone-result-failed-description = Inworld checked the samples but did not create a voice. See the errors below, then try again with a clearer recording.
clone-result-title = Voice cloned: { $name }
clone-result-voice-id = **Voice ID**
clone-no-warnings = ✅ No warnings
clone-heard = Heard: “{ $text }”
clone-note-transcription-dropped = Your transcription was not sent: the recording was cut to the best 15 s, so it would no longer match.
clone-note-length = Tip: 10-15 s of clear speech gives the best clone.
clone-result-footer = The attached audio is exactly what was sent to Inworld.
clone-audio-too-large =
    { $count ->
        [one] { $count } processed sample(s) were too large to upload here.
       *[other] { $count } processed sample(s) were too large to upload here.
    }
clone-consent-title = Confirm your voice clone: { $name }
clone-consent-description =
    Your recording is ready. Nothing has been sent to Inworld yet.

    By pressing **I confirm** you attest:
    > { $statement }
clone-next-review = A moderator reviews it
clone-next-clone = The voice is cloned
clone-review-title = Clone request #{ $id }: { $name }
clone-review-requested = Requested by <@{ $user }> in <#{ $channel }>.
clone-on = on
clone-off = off
clone-not-yet = not yet
clone-review-footer = The attached audio is exactly what would be sent to Inworld.
clone-audit-title = { $action }: request #{ $id } ({ $name })
clone-audit-member = Member
clone-audit-status = Status
clone-audit-by = By
clone-audit-requested = Requested
clone-audit-consented = Consented
clone-audit-approved = Approved
clone-audit-rejected = Rejected
clone-audit-expired = Expired
clone-audit-cancelled = Cancelled
clone-audit-cloned = Cloned
clone-audit-failed = Failed
clone-audit-deleted = Deleted
clone-audit-policy-changed = Policy changed
clone-audit-interrupted = Interrupted
clone-audit-reconciling = Reconciling
clone-audit-reconciled = Reconciled
clone-audit-renamed = Renamed
clone-audit-server-voice = Server voice
clone-audit-previewed = Previewed
clone-audit-spoke = Spoke
clone-audit-speech-stopped = Speech stopped
clone-audit-erased = Erased
clone-audit-challenge-issued = Challenge issued
clone-audit-verified = Verified
clone-audit-verification-failed = Verification failed

## Results and notices (bot/delivery/result.py, bot/notifier.py, bot/desk/)
clone-headline-ready = <@{ $user }> your voice **{ $name }** is ready!
clone-headline-approved-ready = <@{ $user }> your voice **{ $name }** was approved by a moderator and cloned!
clone-headline-not-created = <@{ $user }> your voice clone request **{ $name }** did not succeed: Inworld did not create the voice.
clone-headline-approved-not-created = <@{ $user }> your voice clone request **{ $name }** was approved, but did not succeed: Inworld did not create the voice.
clone-headline-resumed = { $headline } (It was resumed after a bot restart.)
clone-headline-unknown = <@{ $user }> { $message }
clone-report-created-after-dm = { $headline } I sent you the voice ID and the audio by DM.
clone-report-created-no-dm = { $headline } I could not send you a DM: run `/voices list` here to see the voice ID (only you will see the answer).
clone-report-failed-after-dm = { $headline } I sent you the details by DM.
clone-relay-prefix = <@{ $user }> your voice clone **{ $name }**:
clone-relay-later-dm = ⏳ This is taking a while (you are in a queue). I will send you the result by DM.
clone-relay-later-channel = ⏳ This is taking a while (you are in a queue). I will post the result in this channel and mention you.
clone-stored-title = Voice { $name }
clone-stored-voice-id = Voice ID: `{ $voice }`
clone-stored-warnings = Sample { $index }: warnings
clone-request-line = <@{ $user }> your voice clone request **{ $name }**
clone-failed = { $request } failed: { $reason }
clone-failed-approved = { $request } was approved, but cloning failed: { $reason }
clone-notice-review-expired = { $request } expired before a moderator reviewed it. You can send it again.
clone-notice-interrupted = { $request } was interrupted by a bot restart. Please send it again.
clone-notice-interrupted-cloning = { $request } was interrupted by a bot restart. It may have been created anyway: check your voice list before trying again.
clone-already-handled = That clone request is already being handled.
clone-setting-not-changed = That setting was not changed: { $error }
clone-no-review-channel = This server requires a moderator's approval for voice clones, but no review channel is set up yet. Please ask a moderator to run `/clone-settings approval`.
clone-cancelled-while-processing = This request was cancelled while it was being processed.
clone-audio-gone = The audio of this request is no longer stored. Please send it again.
clone-spoken-delete-failed = { $refusal } Deleting it failed for now: the bot keeps trying until it is gone, and nobody can use it meanwhile.

## The moderators' review post, in the server's language (bot/desk/)
clone-review-approved-by = ✅ Approved by <@{ $moderator }>
clone-review-not-created = { $prefix }, but Inworld created no voice.
clone-review-created = { $prefix }. Voice created: `{ $voice }`
clone-review-lost = { $prefix }; Inworld's answer was lost: the bot is checking whether the voice was created.
clone-review-failed = { $prefix }, but cloning failed: { $reason }
clone-review-spoken-deleted = ❌ The spoken sentence did not match: the voice was deleted.
clone-review-spoken-not-deleted = ❌ The spoken sentence did not match: the voice was not deleted yet (the bot retries until it is gone).
clone-review-expired = ⌛ Expired: nobody reviewed it in time.

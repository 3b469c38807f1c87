# Spoken consent: why a recording of the sentence was refused, and what to do next
# (bot/consent/verifier.py). The sentence itself is in the voice's language, not here.
consent-not-yours = That sentence was given to someone else. Run /clone for your own.
# $expires: a Unix time (Discord shows it in the member's time zone).
consent-extra-samples = With spoken consent, the recording of your sentence is the voice's only sample, so other recordings (such as `sample2` or `sample3`) cannot be used. Please send the recording of your sentence on its own: your sentence is still valid until <t:{ $expires }:t>.
# $count: the tries a member has per hour; $wait: a duration.
consent-tries-used = Your last { $count } recordings did not match their sentences. Please try again in { $wait }.
consent-not-voice-message = This server accepts only a voice message recorded in Discord for the sentence.
consent-replayed = That recording was already used. Please record the sentence now, in your own voice.
consent-expired = Your sentence expired before its recording arrived.
consent-used = That sentence was already used. Run /clone again for a new one.

# The bot's own recognizer judged the recording. $heard: what it heard.
consent-heard-extra = I heard your sentence, but also other speech before, after or in the middle of it. The recording must be only your sentence, in your own voice, with nothing and no one else speaking.
# $seconds: whole seconds of other speech.
consent-heard-extra-seconds = I heard your sentence, but also about { $seconds } s of other speech before, after or in the middle of it. The recording must be only your sentence, in your own voice, with nothing and no one else speaking.
consent-heard-mismatch = I heard “{ $heard }”, which does not match your sentence.
consent-heard-nothing-recognized = (nothing I could recognize)

# Inworld's transcription judged the recording after the voice was made (and deleted it).
consent-inworld-heard-extra = Inworld heard “{ $heard }”: your sentence, but other speech as well, so the voice was deleted at once. The recording must be your sentence alone.
consent-inworld-heard-mismatch = Inworld heard “{ $heard }”, which is not the sentence you were given, so the voice was deleted at once.
consent-heard-nothing = (nothing)

# What to do next. $sentence: the new sentence (in the voice's language); $expires: a Unix time.
consent-try-again = To try again, read this new sentence aloud: “{ $sentence }” and send its recording by <t:{ $expires }:t>.
# $wait: a duration.
consent-no-tries-left = You have no tries left for now: try again in { $wait }.
# A refusal ($first) followed by what to do next ($then).
consent-then = { $first } { $then }

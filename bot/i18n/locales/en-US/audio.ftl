# Why an uploaded file cannot be a voice sample (bot/audio/errors.py).
audio-unusable = That file could not be used as a voice sample.
audio-empty-file = That file is empty (0 bytes). Please attach a recording of your voice.
audio-not-audio = That file looks like { $kind }, not audio. Please attach a voice recording (a voice message, MP3, WAV, OGG, M4A, FLAC or WebM).
audio-unsupported-format = That file type is not supported for voice samples. Please send a plain audio file (voice message, MP3, WAV, OGG, M4A, FLAC or WebM).
audio-no-audio-stream = That file has no audio track (a silent video or an image?). Please attach a recording of your voice.
audio-undecodable = That audio file could not be decoded: it looks corrupted or truncated. Please export or record it again and retry.
# $claimed and $got: seconds, with one decimal.
audio-truncated = That file looks truncated: it should last { NUMBER($claimed, minimumFractionDigits: 1, maximumFractionDigits: 1) } s but only { NUMBER($got, minimumFractionDigits: 1, maximumFractionDigits: 1) } s could be decoded. Please upload the complete recording.
audio-silent = No speech was found in that recording: it is silent or only quiet noise. Please record yourself speaking clearly.
audio-mostly-noise = That recording is mostly noise or music: only { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1) } s of it is a voice. Turn off music and other sounds, move closer to the microphone and record 10-15 s of your own speech.
# $problem: what is wrong with the sample; $tip: how to fix it (both from the quality report).
audio-poor-sample = { $problem } { $tip }
audio-too-short = That recording has only { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1) } s of speech; at least { $min_seconds } s are needed (10-15 s gives the best clone).
audio-timeout = Processing that file took too long and was stopped. Please send a shorter or simpler audio file.

# What a file that is not audio looks like ($kind of audio-not-audio).
audio-kind-text = a text file
# $format: PNG, JPEG, GIF, WebP, BMP.
audio-kind-image = an image ({ $format })
audio-kind-pdf = a PDF document
audio-kind-zip = a ZIP archive or office document
# $format: RAR, 7-Zip, gzip.
audio-kind-archive = a { $format } archive
audio-kind-program = a program
audio-kind-windows-program = a Windows program
# $format: M3U/HLS, PLS.
audio-kind-playlist = a playlist ({ $format })
audio-kind-ffmpeg-script = an ffmpeg concat script
audio-kind-xml = an XML document
audio-kind-web-page = a web page
audio-kind-sdp = a stream description (SDP)
audio-kind-dash = a DASH manifest

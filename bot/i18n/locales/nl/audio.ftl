# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# Why an uploaded file cannot be a voice sample (bot/audio/errors.py).
audio-unusable = Dat bestand kon niet als stemopname worden gebruikt.
audio-empty-file = Dat bestand is leeg (0 bytes). Voeg een opname van je stem toe.
audio-not-audio = Dat bestand lijkt { $kind }, geen audio. Voeg een spraakopname toe (een spraakbericht, MP3, WAV, OGG, M4A, FLAC of WebM).
audio-unsupported-format = Dat bestandstype wordt niet ondersteund voor stemopnames. Stuur een gewoon audiobestand (spraakbericht, MP3, WAV, OGG, M4A, FLAC of WebM).
audio-no-audio-stream = Dat bestand heeft geen audiospoor (een stille video of een afbeelding?). Voeg een opname van je stem toe.
audio-undecodable = Dat audiobestand kon niet worden gedecodeerd: het lijkt beschadigd of afgebroken. Exporteer of neem het opnieuw op en probeer het nog eens.
audio-truncated = Dat bestand lijkt afgebroken: het zou { NUMBER($claimed, minimumFractionDigits: 1, maximumFractionDigits: 1) } s moeten duren, maar er kon maar { NUMBER($got, minimumFractionDigits: 1, maximumFractionDigits: 1) } s worden gedecodeerd. Upload de volledige opname.
audio-silent = Er is geen spraak gevonden in die opname: die is stil of bevat alleen zacht geruis. Neem jezelf op terwijl je duidelijk spreekt.
audio-mostly-noise = Die opname is vooral ruis of muziek: maar { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1) } s ervan is een stem. Zet muziek en andere geluiden uit, ga dichter bij de microfoon zitten en neem 10-15 s van je eigen stem op.
audio-poor-sample = { $problem } { $tip }
audio-too-short = Die opname bevat maar { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1) } s spraak; er is minstens { $min_seconds } s nodig (10-15 s geeft de beste kloon).
audio-timeout = Het verwerken van dat bestand duurde te lang en is gestopt. Stuur een korter of eenvoudiger audiobestand.

# What a file that is not audio looks like ($kind of audio-not-audio).
audio-kind-text = een tekstbestand
audio-kind-image = een afbeelding ({ $format })
audio-kind-pdf = een pdf-document
audio-kind-zip = een zip-archief of Office-document
audio-kind-archive = een { $format }-archief
audio-kind-program = een programma
audio-kind-windows-program = een Windows-programma
audio-kind-playlist = een afspeellijst ({ $format })
audio-kind-ffmpeg-script = een ffmpeg-concatscript
audio-kind-xml = een XML-document
audio-kind-web-page = een webpagina
audio-kind-sdp = een streambeschrijving (SDP)
audio-kind-dash = een DASH-manifest

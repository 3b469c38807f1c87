# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# Why an uploaded file cannot be a voice sample (bot/audio/errors.py).
audio-unusable = Diese Datei konnte nicht als Stimmprobe verwendet werden.
audio-empty-file = Diese Datei ist leer (0 Bytes). Bitte hänge eine Aufnahme deiner Stimme an.
audio-not-audio = Diese Datei sieht aus wie { $kind }, nicht wie Audio. Bitte hänge eine Sprachaufnahme an (eine Sprachnachricht, MP3, WAV, OGG, M4A, FLAC oder WebM).
audio-unsupported-format = Dieser Dateityp wird für Stimmproben nicht unterstützt. Bitte sende eine normale Audiodatei (Sprachnachricht, MP3, WAV, OGG, M4A, FLAC oder WebM).
audio-no-audio-stream = Diese Datei hat keine Tonspur (ein stummes Video oder ein Bild?). Bitte hänge eine Aufnahme deiner Stimme an.
audio-undecodable = Diese Audiodatei konnte nicht dekodiert werden: Sie scheint beschädigt oder unvollständig zu sein. Bitte exportiere oder nimm sie erneut auf und versuch es noch einmal.
audio-truncated = Diese Datei scheint abgeschnitten zu sein: Sie sollte { NUMBER($claimed, minimumFractionDigits: 1, maximumFractionDigits: 1) } s lang sein, aber nur { NUMBER($got, minimumFractionDigits: 1, maximumFractionDigits: 1) } s konnten dekodiert werden. Bitte lade die vollständige Aufnahme hoch.
audio-silent = In dieser Aufnahme wurde keine Sprache gefunden: Sie ist still oder enthält nur leises Rauschen. Bitte nimm dich auf, während du deutlich sprichst.
audio-mostly-noise = Diese Aufnahme ist größtenteils Rauschen oder Musik: Nur { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1) } s davon sind eine Stimme. Schalte Musik und andere Geräusche aus, geh näher ans Mikrofon und nimm 10–15 s deiner eigenen Stimme auf.
audio-poor-sample = { $problem } { $tip }
audio-too-short = Diese Aufnahme enthält nur { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1) } s Sprache; mindestens { $min_seconds } s werden gebraucht (10–15 s ergeben den besten Klon).
audio-timeout = Die Verarbeitung dieser Datei hat zu lange gedauert und wurde abgebrochen. Bitte sende eine kürzere oder einfachere Audiodatei.

# What a file that is not audio looks like ($kind of audio-not-audio).
audio-kind-text = eine Textdatei
audio-kind-image = ein Bild ({ $format })
audio-kind-pdf = ein PDF-Dokument
audio-kind-zip = ein ZIP-Archiv oder Office-Dokument
audio-kind-archive = ein { $format }-Archiv
audio-kind-program = ein Programm
audio-kind-windows-program = ein Windows-Programm
audio-kind-playlist = eine Playlist ({ $format })
audio-kind-ffmpeg-script = ein ffmpeg-concat-Skript
audio-kind-xml = ein XML-Dokument
audio-kind-web-page = eine Webseite
audio-kind-sdp = eine Stream-Beschreibung (SDP)
audio-kind-dash = ein DASH-Manifest

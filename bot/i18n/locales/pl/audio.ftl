# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# Why an uploaded file cannot be a voice sample (bot/audio/errors.py).
audio-unusable = Tego pliku nie można użyć jako próbki głosu.
audio-empty-file = Ten plik jest pusty (0 bajtów). Załącz nagranie swojego głosu.
audio-not-audio = Ten plik wygląda na { $kind }, a nie na dźwięk. Załącz nagranie głosu (wiadomość głosową, MP3, WAV, OGG, M4A, FLAC lub WebM).
audio-unsupported-format = Ten typ pliku nie jest obsługiwany jako próbka głosu. Wyślij zwykły plik audio (wiadomość głosową, MP3, WAV, OGG, M4A, FLAC lub WebM).
audio-no-audio-stream = Ten plik nie ma ścieżki dźwiękowej (wideo bez dźwięku albo obraz?). Załącz nagranie swojego głosu.
audio-undecodable = Nie udało się zdekodować tego pliku audio: wygląda na uszkodzony lub ucięty. Wyeksportuj go lub nagraj ponownie i spróbuj jeszcze raz.
audio-truncated = Ten plik wygląda na ucięty: powinien trwać { NUMBER($claimed, minimumFractionDigits: 1, maximumFractionDigits: 1) } s, ale udało się zdekodować tylko { NUMBER($got, minimumFractionDigits: 1, maximumFractionDigits: 1) } s. Prześlij całe nagranie.
audio-silent = W tym nagraniu nie znaleziono mowy: jest ciche albo zawiera tylko cichy szum. Nagraj siebie, mówiąc wyraźnie.
audio-mostly-noise = To nagranie to głównie szum lub muzyka: tylko { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1) } s to głos. Wyłącz muzykę i inne dźwięki, przysuń się do mikrofonu i nagraj 10–15 s własnej mowy.
audio-poor-sample = { $problem } { $tip }
audio-too-short = To nagranie ma tylko { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1) } s mowy; potrzeba co najmniej { $min_seconds } s (10–15 s daje najlepszy klon).
audio-timeout = Przetwarzanie tego pliku trwało zbyt długo i zostało przerwane. Wyślij krótszy lub prostszy plik audio.

# What a file that is not audio looks like ($kind of audio-not-audio).
audio-kind-text = plik tekstowy
audio-kind-image = obraz ({ $format })
audio-kind-pdf = dokument PDF
audio-kind-zip = archiwum ZIP lub dokument pakietu Office
audio-kind-archive = archiwum { $format }
audio-kind-program = program
audio-kind-windows-program = program dla Windows
audio-kind-playlist = playlistę ({ $format })
audio-kind-ffmpeg-script = skrypt concat ffmpeg
audio-kind-xml = dokument XML
audio-kind-web-page = stronę internetową
audio-kind-sdp = opis strumienia (SDP)
audio-kind-dash = manifest DASH

# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# Why an uploaded file cannot be a voice sample (bot/audio/errors.py).
audio-unusable = Non è stato possibile usare quel file come campione vocale.
audio-empty-file = Quel file è vuoto (0 byte). Allega una registrazione della tua voce.
audio-not-audio = Quel file sembra { $kind }, non un audio. Allega una registrazione vocale (un messaggio vocale, MP3, WAV, OGG, M4A, FLAC o WebM).
audio-unsupported-format = Questo tipo di file non è supportato per i campioni vocali. Invia un normale file audio (messaggio vocale, MP3, WAV, OGG, M4A, FLAC o WebM).
audio-no-audio-stream = Quel file non ha una traccia audio (un video muto o un'immagine?). Allega una registrazione della tua voce.
audio-undecodable = Non è stato possibile decodificare quel file audio: sembra danneggiato o troncato. Esportalo o registralo di nuovo e riprova.
audio-truncated = Quel file sembra troncato: dovrebbe durare { NUMBER($claimed, minimumFractionDigits: 1, maximumFractionDigits: 1) } s, ma è stato possibile decodificarne solo { NUMBER($got, minimumFractionDigits: 1, maximumFractionDigits: 1) } s. Carica la registrazione completa.
audio-silent = In quella registrazione non è stato trovato parlato: è silenziosa o contiene solo un leggero rumore. Registrati mentre parli in modo chiaro.
audio-mostly-noise = Quella registrazione è per lo più rumore o musica: solo { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1) } s sono voce. Spegni la musica e gli altri suoni, avvicinati al microfono e registra 10-15 s della tua voce.
audio-poor-sample = { $problem } { $tip }
audio-too-short = Quella registrazione contiene solo { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1) } s di parlato; ne servono almeno { $min_seconds } s (10-15 s danno il clone migliore).
audio-timeout = L'elaborazione di quel file ha richiesto troppo tempo ed è stata interrotta. Invia un file audio più breve o più semplice.

# What a file that is not audio looks like ($kind of audio-not-audio).
audio-kind-text = un file di testo
audio-kind-image = un'immagine ({ $format })
audio-kind-pdf = un documento PDF
audio-kind-zip = un archivio ZIP o un documento Office
audio-kind-archive = un archivio { $format }
audio-kind-program = un programma
audio-kind-windows-program = un programma Windows
audio-kind-playlist = una playlist ({ $format })
audio-kind-ffmpeg-script = uno script concat di ffmpeg
audio-kind-xml = un documento XML
audio-kind-web-page = una pagina web
audio-kind-sdp = una descrizione di stream (SDP)
audio-kind-dash = un manifest DASH

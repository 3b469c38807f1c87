# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# Why an uploaded file cannot be a voice sample (bot/audio/errors.py).
audio-unusable = Ce fichier n'a pas pu être utilisé comme échantillon de voix.
audio-empty-file = Ce fichier est vide (0 octet). Joins un enregistrement de ta voix.
audio-not-audio = Ce fichier ressemble à { $kind }, pas à de l'audio. Joins un enregistrement de ta voix (un message vocal, MP3, WAV, OGG, M4A, FLAC ou WebM).
audio-unsupported-format = Ce type de fichier n'est pas pris en charge pour les échantillons de voix. Envoie un simple fichier audio (message vocal, MP3, WAV, OGG, M4A, FLAC ou WebM).
audio-no-audio-stream = Ce fichier n'a pas de piste audio (une vidéo muette ou une image ?). Joins un enregistrement de ta voix.
audio-undecodable = Ce fichier audio n'a pas pu être décodé : il semble corrompu ou tronqué. Exporte-le ou enregistre-le à nouveau, puis réessaie.
audio-truncated = Ce fichier semble tronqué : il devrait durer { NUMBER($claimed, minimumFractionDigits: 1, maximumFractionDigits: 1) } s, mais seules { NUMBER($got, minimumFractionDigits: 1, maximumFractionDigits: 1) } s ont pu être décodées. Envoie l'enregistrement complet.
audio-silent = Aucune parole n'a été trouvée dans cet enregistrement : il est silencieux ou ne contient qu'un léger bruit. Enregistre-toi en parlant distinctement.
audio-mostly-noise = Cet enregistrement est surtout du bruit ou de la musique : seules { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1) } s sont de la voix. Coupe la musique et les autres sons, rapproche-toi du micro et enregistre 10 à 15 s de ta propre voix.
audio-poor-sample = { $problem } { $tip }
audio-too-short = Cet enregistrement ne contient que { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1) } s de parole ; il faut au moins { $min_seconds } s (10 à 15 s donnent le meilleur clone).
audio-timeout = Le traitement de ce fichier a pris trop de temps et a été arrêté. Envoie un fichier audio plus court ou plus simple.

# What a file that is not audio looks like ($kind of audio-not-audio).
audio-kind-text = un fichier texte
audio-kind-image = une image ({ $format })
audio-kind-pdf = un document PDF
audio-kind-zip = une archive ZIP ou un document bureautique
audio-kind-archive = une archive { $format }
audio-kind-program = un programme
audio-kind-windows-program = un programme Windows
audio-kind-playlist = une playlist ({ $format })
audio-kind-ffmpeg-script = un script concat ffmpeg
audio-kind-xml = un document XML
audio-kind-web-page = une page web
audio-kind-sdp = une description de flux (SDP)
audio-kind-dash = un manifeste DASH

# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# Why an uploaded file cannot be a voice sample (bot/audio/errors.py).
audio-unusable = No se ha podido usar ese archivo como muestra de voz.
audio-empty-file = Ese archivo está vacío (0 bytes). Adjunta una grabación de tu voz.
audio-not-audio = Ese archivo parece { $kind }, no audio. Adjunta una grabación de voz (un mensaje de voz, MP3, WAV, OGG, M4A, FLAC o WebM).
audio-unsupported-format = Ese tipo de archivo no se admite para muestras de voz. Envía un archivo de audio normal (mensaje de voz, MP3, WAV, OGG, M4A, FLAC o WebM).
audio-no-audio-stream = Ese archivo no tiene pista de audio (¿un vídeo sin sonido o una imagen?). Adjunta una grabación de tu voz.
audio-undecodable = No se ha podido decodificar ese archivo de audio: parece dañado o incompleto. Vuelve a exportarlo o a grabarlo e inténtalo de nuevo.
audio-truncated = Ese archivo parece cortado: debería durar { NUMBER($claimed, minimumFractionDigits: 1, maximumFractionDigits: 1) } s, pero solo se han podido decodificar { NUMBER($got, minimumFractionDigits: 1, maximumFractionDigits: 1) } s. Sube la grabación completa.
audio-silent = No se ha encontrado voz en esa grabación: está en silencio o solo tiene un ruido débil. Grábate hablando con claridad.
audio-mostly-noise = Esa grabación es sobre todo ruido o música: solo { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1) } s son voz. Apaga la música y otros sonidos, acércate al micrófono y graba de 10 a 15 s de tu propia voz.
audio-poor-sample = { $problem } { $tip }
audio-too-short = Esa grabación solo tiene { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1) } s de voz; se necesitan al menos { $min_seconds } s (con 10 a 15 s se consigue el mejor clon).
audio-timeout = El procesamiento de ese archivo ha tardado demasiado y se ha detenido. Envía un archivo de audio más corto o más sencillo.

# What a file that is not audio looks like ($kind of audio-not-audio).
audio-kind-text = un archivo de texto
audio-kind-image = una imagen ({ $format })
audio-kind-pdf = un documento PDF
audio-kind-zip = un archivo ZIP o un documento de Office
audio-kind-archive = un archivo comprimido { $format }
audio-kind-program = un programa
audio-kind-windows-program = un programa de Windows
audio-kind-playlist = una lista de reproducción ({ $format })
audio-kind-ffmpeg-script = un script concat de ffmpeg
audio-kind-xml = un documento XML
audio-kind-web-page = una página web
audio-kind-sdp = una descripción de transmisión (SDP)
audio-kind-dash = un manifiesto DASH

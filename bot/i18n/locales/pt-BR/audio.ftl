# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# Why an uploaded file cannot be a voice sample (bot/audio/errors.py).
audio-unusable = Não foi possível usar esse arquivo como amostra de voz.
audio-empty-file = Esse arquivo está vazio (0 bytes). Anexe uma gravação da sua voz.
audio-not-audio = Esse arquivo parece ser { $kind }, não áudio. Anexe uma gravação de voz (uma mensagem de voz, MP3, WAV, OGG, M4A, FLAC ou WebM).
audio-unsupported-format = Esse tipo de arquivo não é aceito para amostras de voz. Envie um arquivo de áudio comum (mensagem de voz, MP3, WAV, OGG, M4A, FLAC ou WebM).
audio-no-audio-stream = Esse arquivo não tem faixa de áudio (um vídeo sem som ou uma imagem?). Anexe uma gravação da sua voz.
audio-undecodable = Não foi possível decodificar esse arquivo de áudio: ele parece corrompido ou incompleto. Exporte ou grave de novo e tente novamente.
audio-truncated = Esse arquivo parece cortado: ele deveria durar { NUMBER($claimed, minimumFractionDigits: 1, maximumFractionDigits: 1) } s, mas só { NUMBER($got, minimumFractionDigits: 1, maximumFractionDigits: 1) } s puderam ser decodificados. Envie a gravação completa.
audio-silent = Nenhuma fala foi encontrada nessa gravação: ela está em silêncio ou tem só um ruído baixo. Grave você mesmo falando com clareza.
audio-mostly-noise = Essa gravação é quase toda ruído ou música: só { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1) } s são de voz. Desligue a música e outros sons, chegue mais perto do microfone e grave de 10 a 15 s da sua própria fala.
audio-poor-sample = { $problem } { $tip }
audio-too-short = Essa gravação tem só { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1) } s de fala; são necessários pelo menos { $min_seconds } s (de 10 a 15 s dão o melhor clone).
audio-timeout = O processamento desse arquivo demorou demais e foi interrompido. Envie um arquivo de áudio mais curto ou mais simples.

# What a file that is not audio looks like ($kind of audio-not-audio).
audio-kind-text = um arquivo de texto
audio-kind-image = uma imagem ({ $format })
audio-kind-pdf = um documento PDF
audio-kind-zip = um arquivo ZIP ou documento do Office
audio-kind-archive = um arquivo compactado { $format }
audio-kind-program = um programa
audio-kind-windows-program = um programa do Windows
audio-kind-playlist = uma playlist ({ $format })
audio-kind-ffmpeg-script = um script concat do ffmpeg
audio-kind-xml = um documento XML
audio-kind-web-page = uma página da web
audio-kind-sdp = uma descrição de stream (SDP)
audio-kind-dash = um manifesto DASH

# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# Why an uploaded file cannot be a voice sample (bot/audio/errors.py).
audio-unusable = Этот файл нельзя использовать как образец голоса.
audio-empty-file = Этот файл пустой (0 байт). Прикрепите запись своего голоса.
audio-not-audio = Похоже, это { $kind }, а не аудио. Прикрепите запись голоса (голосовое сообщение, MP3, WAV, OGG, M4A, FLAC или WebM).
audio-unsupported-format = Этот тип файла не поддерживается для образцов голоса. Отправьте обычный аудиофайл (голосовое сообщение, MP3, WAV, OGG, M4A, FLAC или WebM).
audio-no-audio-stream = В этом файле нет звуковой дорожки (видео без звука или изображение?). Прикрепите запись своего голоса.
audio-undecodable = Не удалось декодировать этот аудиофайл: похоже, он повреждён или обрезан. Экспортируйте или запишите его заново и попробуйте ещё раз.
audio-truncated = Похоже, файл обрезан: он должен длиться { NUMBER($claimed, minimumFractionDigits: 1, maximumFractionDigits: 1) } с, но удалось декодировать только { NUMBER($got, minimumFractionDigits: 1, maximumFractionDigits: 1) } с. Загрузите запись целиком.
audio-silent = В этой записи не найдено речи: она беззвучна или содержит лишь тихий шум. Запишите, как вы чётко говорите.
audio-mostly-noise = Эта запись — в основном шум или музыка: голос занимает лишь { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1) } с. Выключите музыку и другие звуки, сядьте ближе к микрофону и запишите 10–15 с своей речи.
audio-poor-sample = { $problem } { $tip }
audio-too-short = В этой записи всего { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1) } с речи; нужно не меньше { $min_seconds } с (лучший клон получается из 10–15 с).
audio-timeout = Обработка этого файла заняла слишком много времени и была остановлена. Отправьте более короткий или простой аудиофайл.

# What a file that is not audio looks like ($kind of audio-not-audio).
audio-kind-text = текстовый файл
audio-kind-image = изображение ({ $format })
audio-kind-pdf = PDF-документ
audio-kind-zip = ZIP-архив или офисный документ
audio-kind-archive = архив { $format }
audio-kind-program = программа
audio-kind-windows-program = программа для Windows
audio-kind-playlist = плейлист ({ $format })
audio-kind-ffmpeg-script = скрипт concat для ffmpeg
audio-kind-xml = XML-документ
audio-kind-web-page = веб-страница
audio-kind-sdp = описание потока (SDP)
audio-kind-dash = манифест DASH

# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# Errors and refusals every command can answer with (bot/tree.py).
error-bug = На стороне бота что-то пошло не так. (код `{ $ref }`) Попробуйте ещё раз.
error-cooldown = Не так быстро! Попробуйте снова через { $seconds } с.
error-missing-permissions = Для этого нужно право «{ $permissions }».
error-server-only = Эта команда работает только на сервере.
error-not-allowed = Вам нельзя использовать эту команду здесь.
error-bad-value = Недопустимое значение: { $value }.

# Sizes ($count bytes; $value in $unit: KB, MB or GB, with one decimal).
error-size-bytes = { NUMBER($count, useGrouping: 0) } Б
error-size = { NUMBER($value, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } { $unit ->
        [KB] КБ
        [MB] МБ
        [GB] ГБ
       *[other] { $unit }
    }

# Downloading an attachment (bot/download.py).
error-download-too-large = Файл `{ $filename }` больше { $limit }, которые принимает этот бот. Достаточно записи длиной 10–30 секунд.
error-download-too-large-size = Файл `{ $filename }` ({ $size }) больше { $limit }, которые принимает этот бот. Достаточно записи длиной 10–30 секунд.
error-download-refused = Discord не дал боту скачать `{ $filename }` (HTTP { $status }). Попробуйте ещё раз.
error-download-timeout = Скачивание `{ $filename }` заняло больше { NUMBER($seconds, useGrouping: 0) } с. Попробуйте ещё раз.
error-download-failed = Не удалось скачать `{ $filename }`. Попробуйте ещё раз.

# The clone queue (bot/ratelimit/waiting.py).
error-queue-full = Очередь клонирования заполнена: { $group ->
        [true] { $waiting ->
            [one] ожидает { $waiting } запрос с этого сервера
            [few] ожидают { $waiting } запроса с этого сервера
            [many] ожидают { $waiting } запросов с этого сервера
           *[other] ожидают { $waiting } запроса с этого сервера
        }
       *[false] { $waiting ->
            [one] ожидает { $waiting } запрос
            [few] ожидают { $waiting } запроса
            [many] ожидают { $waiting } запросов
           *[other] ожидают { $waiting } запроса
        }
    } (ждать примерно { $wait }). Ничего не добавлено в очередь; попробуйте снова примерно через { $retry } (в <t:{ $at }:t>).
error-audio-not-attached = (Не удалось прикрепить сюда обработанное аудио.)
error-interrupted = ⏸️ Бот перезапускается, не закончив ваш запрос. Он сохранён: когда бот вернётся (обычно в течение минуты), он сообщит, чем всё закончилось.
error-restarting = Бот перезапускается; попробуйте через минуту.

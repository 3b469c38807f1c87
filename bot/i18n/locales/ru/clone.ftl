# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).

clone-stage-downloading = 📥 Загрузка
clone-stage-processing = 🎛️ Обработка аудио
clone-stage-waiting = ⏳ Ожидание свободного места
clone-stage-cloning = 🧬 Клонирование голоса в Inworld
clone-progress = { $stage }…
clone-progress-detail = { $stage } ({ $detail })…
clone-detail-files =
    { $count ->
        [one] { $count } файл
        [few] { $count } файла
        [many] { $count } файлов
       *[other] { $count } файла
    }
clone-detail-queue = место { $position } в очереди
clone-detail-checking-sentence = проверяем прочитанную фразу
clone-detail-busy = Inworld перегружен; повтор через { $seconds } с
clone-tags-too-many = Укажите не больше { $max } тегов.
clone-name-missing = Дайте голосу название.
clone-name-too-long = Название голоса может быть не длиннее { $max } символов.
clone-sample-refused = Образец { $index } (`{ $file }`): { $reason }
clone-default-voice-name = Голос { $member }
clone-default-voice-name-unnamed = Мой голос
clone-consent-confirm = Подтверждаю
clone-consent-cancel = Отмена
clone-menu-not-yours = Клонировать можно только голос из своих сообщений. Чтобы клонировать запись, которую вам разрешено использовать, загрузите её через /clone.
clone-menu-no-audio = В этом сообщении нет голосового сообщения или аудиовложения.
clone-modal-title = Клонировать этот голос
clone-modal-name = Название нового голоса
clone-cancelled = Отменено: в Inworld ничего не отправлено.
clone-sent-for-review = 📨 Спасибо! Ваш запрос отправлен модераторам на одобрение. О результате вы узнаете в этом канале.
clone-failure-bug = Что-то пошло не так на стороне бота. (код `{ $ref }`)
clone-final-failed-interaction = ❌ Inworld не создал голос; подробности ниже.
clone-final-failed-channel = ❌ Inworld не создал голос; подробности опубликованы в этом канале.
clone-final-failed-dm = ❌ Inworld не создал голос; подробности я отправил вам в личные сообщения.
clone-final-failed-elsewhere = ❌ Inworld не создал голос.
clone-final-created-interaction = ✅ Голос **{ $name }** создан.
clone-final-created-channel = ✅ Голос **{ $name }** создан: результат опубликован в этом канале.
clone-final-created-dm = ✅ Голос **{ $name }** создан: результат я отправил вам в личные сообщения.
clone-final-created-elsewhere = ✅ Голос **{ $name }** создан: его ID можно посмотреть через `/voices`.
clone-refusal-title = ❌ Эта запись не принята
clone-refusal-new-sentence = Прочитайте **новую** фразу ниже и отправьте её запись.
clone-refusal-retry-in = Попыток пока не осталось: попробуйте снова через { $duration }.
clone-sentence-expired = ⌛ Срок действия вашей предыдущей фразы истёк до того, как пришла её запись.
clone-sentence-not-used = Отправленная сейчас запись не использована: сначала нужна запись этой фразы.
clone-sentence-rename-later = Переименовать голос можно позже через `/voices rename`.
clone-sentence-voice-message-only = Этот сервер принимает для вашей фразы только **голосовое сообщение**, записанное в Discord, а не загруженный файл. Удерживайте кнопку микрофона в этом канале, прочитайте фразу, отправьте её, затем откройте меню сообщения → **Приложения** → **Clone this voice**. Ваша фраза действительна до { $time }.
clone-challenge-title = 🎙️ Прочитайте эту фразу вслух
clone-challenge-how-voice = Запишите её как **голосовое сообщение** в этом канале (удерживайте кнопку микрофона), затем откройте меню сообщения (правый клик или долгое нажатие) → **Приложения** → **Clone this voice**.
clone-challenge-how-file = Или запишите её в любом приложении и снова выполните `/clone` с записью в `sample`, без других файлов (без `sample2` и `sample3`).
clone-challenge-description =
    Этот сервер просит подтвердить, что голос ваш. Прочитайте это своим голосом:

    > **{ $sentence }**

    { $how }

    Фраза действует один раз и истекает { $expires }.
clone-challenge-english-fallback = Для выбранного языка ещё нет списка слов, поэтому фраза на английском.
clone-spoken-unavailable = Проверка устного согласия недоступна.
clone-verify-verified = ✅ Подтверждено: { $recognizer }
clone-verify-recognizer = распознавание речи
clone-verify-pending = ⏳ Проверяется расшифровкой Inworld после создания голоса (удаляется при несовпадении)
clone-verify-sentence = Фраза: «{ $sentence }»
clone-verify-score = Оценка: { NUMBER($score, minimumFractionDigits: 2, maximumFractionDigits: 2) }
clone-verify-recording-voice-message = Запись: голосовое сообщение Discord, SHA-256 `{ $sha }…`
clone-verify-recording-file = Запись: загруженный файл, SHA-256 `{ $sha }…`
clone-field-language = Язык
clone-language-auto = Другой / автоопределение
clone-field-samples = Образцы
clone-field-sample = Образец { $index }
clone-field-notes = Примечания
clone-field-note = Примечание
clone-field-audio = Аудио
clone-field-next-step = Следующий шаг
clone-field-spoken-consent = Устное согласие
clone-field-voice-name = Название голоса
clone-field-try = Попытка
clone-field-noise-removal = Шумоподавление
clone-field-tags = Теги
clone-field-description = Описание
clone-field-consent = Согласие ({ $when })
clone-sample-kept = оставлено { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } с
clone-sample-from = из { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } с
clone-sample-peak = пик { NUMBER($dbfs, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } dBFS
clone-sample-clipped = ⚠️ { NUMBER($percent, minimumFractionDigits: 1, maximumFractionDigits: 1) }% с перегрузкой
clone-quality =
    Качество **{ $verdict }**: { NUMBER($speech, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } с речи из { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } с, { $loudness }, SNR { NUMBER($snr, maximumFractionDigits: 0, useGrouping: 0) } дБ, шум { NUMBER($noise, maximumFractionDigits: 0, useGrouping: 0) } dBFS, { NUMBER($clipped, minimumFractionDigits: 2, maximumFractionDigits: 2) }% с перегрузкой
clone-quality-lufs = { NUMBER($lufs, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } LUFS
clone-quality-no-lufs = - LUFS
clone-verdict-good = хорошее
clone-verdict-usable = приемлемое
clone-verdict-poor = плохое
clone-tip-closer = Подойдите ближе к микрофону (примерно на ладонь) или говорите громче.
clone-tip-longer = Запишите 10–15 с разнообразной, выразительной речи на одном языке.
clone-tip-quiet-room = Выключите музыку и телевизор и записывайте в тихой комнате.
clone-tip-clipping = Уменьшите усиление микрофона или отодвиньтесь: самые громкие места перегружены.
clone-result-failed-title = Голос не создан
clone-result-failed-description = Inworld проверил образцы, но не создал голос. Посмотрите ошибки ниже и попробуйте снова с более чистой записью.
clone-result-title = Голос клонирован: { $name }
clone-result-voice-id = **ID голоса**
clone-no-warnings = ✅ Без предупреждений
clone-heard = Распознано: «{ $text }»
clone-note-transcription-dropped = Ваша расшифровка не отправлена: запись обрезана до лучших 15 с, и она бы больше не совпадала.
clone-note-length = Совет: 10–15 с чистой речи дают лучший клон.
clone-result-footer = Приложенное аудио — ровно то, что было отправлено в Inworld.
clone-audio-too-large =
    { $count ->
        [one] { $count } обработанный образец слишком велик для загрузки сюда.
        [few] { $count } обработанных образца слишком велики для загрузки сюда.
        [many] { $count } обработанных образцов слишком велики для загрузки сюда.
       *[other] { $count } обработанного образца слишком велики для загрузки сюда.
    }
clone-consent-title = Подтвердите клонирование голоса: { $name }
clone-consent-description =
    Ваша запись готова. В Inworld пока ничего не отправлено.

    Нажимая **Подтверждаю**, вы заявляете:
    > { $statement }
clone-next-review = Модератор проверит запрос
clone-next-clone = Голос будет клонирован
clone-review-title = Запрос на клонирование №{ $id }: { $name }
clone-review-requested = Запросил(а) <@{ $user }> в <#{ $channel }>.
clone-on = вкл.
clone-off = выкл.
clone-not-yet = ещё нет
clone-review-footer = Приложенное аудио — ровно то, что будет отправлено в Inworld.
clone-audit-title = { $action }: запрос №{ $id } ({ $name })
clone-audit-member = Участник
clone-audit-status = Статус
clone-audit-by = Кем
clone-audit-requested = Запрошено
clone-audit-consented = Согласие дано
clone-audit-approved = Одобрено
clone-audit-rejected = Отклонено
clone-audit-expired = Истекло
clone-audit-cancelled = Отменено
clone-audit-cloned = Клонировано
clone-audit-failed = Ошибка
clone-audit-deleted = Удалено
clone-audit-policy-changed = Настройки изменены
clone-audit-interrupted = Прервано
clone-audit-reconciling = Проверяется
clone-audit-reconciled = Проверено
clone-audit-renamed = Переименовано
clone-audit-server-voice = Голос сервера
clone-audit-previewed = Предпросмотр
clone-audit-spoke = Произнесено
clone-audit-speech-stopped = Речь остановлена
clone-audit-erased = Данные удалены
clone-audit-challenge-issued = Выдана фраза
clone-audit-verified = Подтверждено
clone-audit-verification-failed = Проверка не пройдена
clone-headline-ready = <@{ $user }> ваш голос **{ $name }** готов!
clone-headline-approved-ready = <@{ $user }> ваш голос **{ $name }** одобрен модератором и клонирован!
clone-headline-not-created = <@{ $user }> ваш запрос на клонирование **{ $name }** не выполнен: Inworld не создал голос.
clone-headline-approved-not-created = <@{ $user }> ваш запрос на клонирование **{ $name }** одобрен, но не выполнен: Inworld не создал голос.
clone-headline-resumed = { $headline } (Он возобновлён после перезапуска бота.)
clone-headline-unknown = <@{ $user }> { $message }
clone-report-created-after-dm = { $headline } ID голоса и аудио я отправил вам в личные сообщения.
clone-report-created-no-dm = { $headline } Не удалось отправить вам личное сообщение: выполните здесь `/voices list`, чтобы увидеть ID голоса (ответ увидите только вы).
clone-report-failed-after-dm = { $headline } Подробности я отправил вам в личные сообщения.
clone-relay-prefix = <@{ $user }> ваше клонирование голоса **{ $name }**:
clone-relay-later-dm = ⏳ Это занимает время (вы в очереди). Результат я пришлю вам в личные сообщения.
clone-relay-later-channel = ⏳ Это занимает время (вы в очереди). Результат я опубликую в этом канале и упомяну вас.
clone-stored-title = Голос { $name }
clone-stored-voice-id = ID голоса: `{ $voice }`
clone-stored-warnings = Образец { $index }: предупреждения
clone-request-line = <@{ $user }> ваш запрос на клонирование **{ $name }**
clone-failed = { $request } не выполнен: { $reason }
clone-failed-approved = { $request } одобрен, но клонирование не удалось: { $reason }
clone-notice-review-expired = Срок действия { $request } истёк до проверки модератором. Вы можете отправить его снова.
clone-notice-interrupted = { $request } прерван перезапуском бота. Отправьте его снова.
clone-notice-interrupted-cloning = { $request } прерван перезапуском бота. Голос всё же мог быть создан: проверьте список своих голосов, прежде чем пробовать снова.
clone-already-handled = Этот запрос на клонирование уже обрабатывается.
clone-setting-not-changed = Эта настройка не изменена: { $error }
clone-no-review-channel = На этом сервере клонирование голоса требует одобрения модератора, но канал для проверки ещё не настроен. Попросите модератора выполнить `/clone-settings approval`.
clone-cancelled-while-processing = Этот запрос был отменён во время обработки.
clone-audio-gone = Аудио этого запроса больше не хранится. Отправьте его снова.
clone-spoken-delete-failed = { $refusal } Удалить его пока не удалось: бот продолжает попытки, пока он не исчезнет, и до тех пор никто не может им пользоваться.
clone-review-approved-by = ✅ Одобрено <@{ $moderator }>
clone-review-not-created = { $prefix }, но Inworld не создал голос.
clone-review-created = { $prefix }. Голос создан: `{ $voice }`
clone-review-lost = { $prefix }; ответ Inworld потерян: бот проверяет, был ли создан голос.
clone-review-failed = { $prefix }, но клонирование не удалось: { $reason }
clone-review-spoken-deleted = ❌ Прочитанная фраза не совпала: голос удалён.
clone-review-spoken-not-deleted = ❌ Прочитанная фраза не совпала: голос ещё не удалён (бот повторяет попытки, пока он не исчезнет).
clone-review-expired = ⌛ Истекло: никто не проверил запрос вовремя.

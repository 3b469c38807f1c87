# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).

## Detail labels: audit-field-<detail key with hyphens>
audit-field-status = Статус
audit-field-requeued = Снова в очереди
audit-field-samples = Образцы
audit-field-warnings = Предупреждения
audit-field-errors = Ошибки
audit-field-deleted = Удалён
audit-field-found-by = Кем найден
audit-field-server-voice = Голос сервера
audit-field-text-length = Длина текста
audit-field-model-id = Модель
audit-field-via = Через
audit-field-voices-deleted = Удалено голосов
audit-field-requests-erased = Стёрто запросов
audit-field-challenge-id = Фраза для чтения
audit-field-attempt = Попытка
audit-field-fell-back = Запасная фраза
audit-field-expires-at = Истекает
audit-field-mode = Режим
audit-field-recognizer = Распознавание речи
audit-field-score = Оценка
audit-field-offline-score = Оценка офлайн
audit-field-voice-message = Голосовое сообщение
audit-field-decision = Решение
audit-field-characters = Символы
audit-field-utterances = Высказывания
audit-field-stopped = Чем остановлено
audit-field-erased = Стёрто
audit-field-name = Название
audit-field-language = Язык
audit-field-statement = Заявление
audit-field-reason = Причина
audit-field-voice-id = ID голоса
audit-field-also-matched = Также совпали
audit-field-previous = Прежнее значение
audit-field-sentence = Фраза
audit-field-keywords = Ключевые слова
audit-field-heard = Услышано
audit-field-offline-heard = Услышано офлайн
audit-field-recording-sha256 = sha256 записи
audit-field-channel-id = Канал
audit-field-voice-owner-id = Владелец голоса
audit-field-source = Источник
audit-field-extra-speech-seconds = Лишняя речь (секунды)

## Settings a policy change records
audit-field-allowed-role-ids = Разрешённые роли
audit-field-allowed-channel-ids = Разрешённые каналы
audit-field-blocked-user-ids = Заблокированные участники
audit-field-moderator-role-ids = Роли модераторов
audit-field-cooldown-seconds = Перерыв (секунды)
audit-field-member-daily-quota = Запросов на участника в день
audit-field-guild-daily-quota = Запросов на сервер в день
audit-field-max-sample-seconds = Самый длинный образец (секунды)
audit-field-default-language = Язык по умолчанию
audit-field-remove-noise = Шумоподавление
audit-field-approval-required = Нужно одобрение
audit-field-review-channel-id = Канал проверки
audit-field-audit-channel-id = Канал аудита
audit-field-ephemeral = Личные ответы
audit-field-consent-text = Текст согласия
audit-field-preview-enabled = Предпрослушивание
audit-field-preview-text = Текст предпрослушивания
audit-field-preview-open = Предпрослушивание для всех
audit-field-verification = Устное согласие
audit-field-speech-enabled = Озвучивание
audit-field-speech-role-ids = Роли для озвучивания
audit-field-speech-voice-channel-ids = Голосовые каналы для озвучивания
audit-field-speech-text-channel-ids = Текстовые каналы для озвучивания
audit-field-read-aloud-allowed = Чтение вслух
audit-field-speech-server-voices = Голоса сервера для озвучивания
audit-field-speech-member-daily-chars = Символов на участника в день
audit-field-speech-guild-daily-chars = Символов на сервер в день
audit-field-locale = Язык сервера

## A request's status: audit-status-<status>
audit-status-processing = Обрабатывается
audit-status-awaiting-consent = Ждёт согласия
audit-status-pending-approval = Ждёт одобрения
audit-status-approved = Одобрен
audit-status-rejected = Отклонён
audit-status-expired = Истёк
audit-status-cancelled = Отменён
audit-status-cloning = Клонируется
audit-status-reconciling = Сверяется
audit-status-done = Готово
audit-status-failed = Не удалось

## Known values: audit-value-<key>-<value>
audit-value-via-result = Результат клонирования
audit-value-via-command = Команда
audit-value-via-voice-channel = Голосовой канал
audit-value-via-voice-message = Голосовое сообщение
audit-value-source-say = `/say`
audit-value-source-message = Сообщение
audit-value-source-read-aloud = Чтение вслух
audit-value-mode-off = Выкл.
audit-value-mode-on = Вкл.
audit-value-mode-strict = Только голосовые сообщения
audit-value-decision-pending = Ожидает
audit-value-decision-accepted = Принято
audit-value-decision-verified = Подтверждено
audit-value-decision-mismatch = Не совпало
audit-value-decision-extra-speech = Лишняя речь
audit-value-decision-not-voice-message = Не голосовое сообщение
audit-value-decision-replayed = Запись уже использовалась
audit-value-decision-expired = Истекло
audit-value-decision-used = Уже использовано
audit-value-found-by-sweep = Плановая сверка
audit-value-recognizer-pocketsphinx = PocketSphinx (офлайн)
audit-value-recognizer-inworld-transcription = Расшифровка Inworld
audit-value-stopped-skip = Пропуск
audit-value-stopped-stop = Остановка
audit-value-stopped-leave = Выход
audit-value-stopped-erasure = Удаление данных

## Yes and no (English keeps the stored spelling)
audit-yes = Да
audit-no = Нет

## An edit of a list setting
audit-list-add = Добавлено: { $item }
audit-list-remove = Удалено: { $item }
audit-list-clear = Очищено

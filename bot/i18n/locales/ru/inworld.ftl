# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# The voice service's failures as a member reads them (bot/inworld/errors.py).
inworld-error = Голосовой сервис вернул ошибку. Попробуйте позже.
inworld-invalid-argument = Inworld отклонил запрос как недопустимый.
inworld-invalid-argument-detail = Inworld отклонил запрос: { $detail }
inworld-permission-denied = API-ключу Inworld этого бота не разрешено создавать голоса (вероятно, это ключ только для чтения). Администратору бота нужно настроить ключ с правами на чтение и запись.
inworld-unauthenticated = API-ключ Inworld этого бота отклонён. Администратору бота нужно проверить INWORLD_API_KEY.
inworld-not-found = Inworld не нашёл этот голос или эту конечную точку.
inworld-rate-limited = Достигнут лимит клонирования голосов Inworld. Попробуйте снова через минуту.
inworld-unavailable = Голосовой сервис Inworld сейчас недоступен. Попробуйте позже.
inworld-timeout = Голосовой сервис Inworld не ответил вовремя. Попробуйте позже (сначала проверьте список своих голосов: клон мог всё же создаться).
inworld-connection-failed = Боту не удалось подключиться к голосовому сервису Inworld. Попробуйте позже.
inworld-bad-response = Голосовой сервис Inworld прислал неожиданный ответ. Попробуйте позже.

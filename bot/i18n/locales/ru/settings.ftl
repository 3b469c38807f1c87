# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# /clone-settings and the policy rules (bot/policy.py, cogs/clone_settings.py).

settings-duration-hours-minutes = { $hours } ч { $minutes } мин
settings-duration-hours = { $hours } ч
settings-duration-minutes-seconds = { $minutes } мин { $seconds } с
settings-duration-minutes = { $minutes } мин
settings-duration-seconds = { $seconds } с
settings-when-in = через { $duration }
settings-when-at = в { $time } UTC
settings-when-tomorrow-at = завтра в { $time } UTC

settings-consent-default = Я подтверждаю, что голос на этих записях принадлежит мне или что его владелец дал мне явное разрешение клонировать его, и что я не буду использовать клонированный голос, чтобы обманывать, выдавать себя за других или причинять кому-либо вред.

settings-refusal-blocked = Вам нельзя клонировать голоса на этом сервере.
settings-refusal-channel = Клонирование голоса в этом канале запрещено. Используйте { $channels }.
settings-refusal-role = Чтобы клонировать голоса, нужна одна из этих ролей: { $roles }.
settings-refusal-open-request = У вас уже есть незавершённый запрос на клонирование (#{ $request }). Дождитесь его завершения.
settings-refusal-cooldown = Действует пауза: подождите { $wait } до следующего запроса.
settings-refusal-member-quota = Вы исчерпали лимит в { $count } запросов на клонирование за 24 часа. Попробуйте завтра.
settings-refusal-guild-quota = Этот сервер исчерпал лимит в { $count } запросов на клонирование за 24 часа. Попробуйте завтра.

settings-limit-once = Вы { $window ->
        [hour] только что
       *[other] недавно
    } { $done }{ $note }; попробуйте снова { $when }.
settings-limit-used = { $per ->
        [member] Вы использовали свои
       *[server] Этот сервер использовал свои
    } { $count } { $noun } за { $period }{ $note }; следующий будет доступен { $when }.
settings-limit-note = { " " }({ $note })
settings-period-hour = этот час
settings-period-day = сегодня
settings-period-last = последние { $duration }
settings-opened-noun = { $count ->
        [one] запрос на клонирование
        [few] запроса на клонирование
        [many] запросов на клонирование
       *[other] запроса на клонирование
    }
settings-opened-done = открыли запрос на клонирование
settings-opened-note = учитывается каждый открытый запрос, подтверждённый или нет

settings-needs-manage-server = Менять эти настройки могут только участники с правом **Управлять сервером**; ничего не изменено.
settings-needs-moderator = Эти настройки могут видеть только модераторы этого сервера.
settings-choose-item = Выберите, что добавить или удалить.
settings-choose-review-channel = При включении одобрения выберите канал для проверки.
settings-one-list-edit = Меняйте по одной записи списка за раз (добавить, удалить или очистить); ничего не изменено.
settings-chars-set-or-reset = Либо задайте число символов в день, либо сбросьте его; ничего не изменено.
settings-nothing-to-change = Нечего менять; текущие настройки:
settings-updated = ✅ Настройки обновлены.

settings-on = вкл.
settings-off = выкл.
settings-yes = да
settings-no = нет
settings-none = нет
settings-unlimited = без ограничений
settings-not-set = не задан
settings-any = любые
settings-any-channel = любой канал
settings-everyone = все
settings-every-member = все участники
settings-nobody = никто
settings-manage-server-only = только «Управлять сервером»
settings-requests-per-day = { $count } запросов / 24 ч
settings-chars-per-day = { $count } символов / 24 ч
settings-bot-default = { $value } (по умолчанию в боте)
settings-language-auto = Другой / автоопределение

settings-speech-title = Настройки речи
settings-read-aloud-unavailable = недоступно в этом боте (READ_ALOUD_ENABLED выключен)
settings-read-aloud-allowed = разрешено
settings-read-aloud-not-allowed = не разрешено
settings-speak-with-all = своим голосом и голосами сервера
settings-speak-with-own = своим голосом
settings-speech-lines =
    Речь: { $speaking }
    Кто: { $roles } (модераторы всегда)
    Голосовые каналы: { $voice_channels }
    Текстовые каналы: { $text_channels }
    Участники говорят: { $voices }
    Чтение вслух: { $read_aloud }
    На участника: { $member }
    На сервер: { $server }

settings-title = Настройки клонирования голоса
settings-who-title = Кто и где
settings-who-lines =
    Роли: { $roles }
    Каналы: { $channels }
    Заблокированы: { $blocked }
    Роли модераторов: { $moderators }
settings-limits-title = Ограничения
settings-limits-lines =
    Пауза для участника: { $cooldown }
    На участника: { $member }
    На сервер: { $server }
    Сохраняемая длина образца: до { $sample } с
settings-defaults-title = По умолчанию
settings-defaults-lines =
    Язык: { $language }
    Шумоподавление: { $noise }
    Ответы: { $replies }
    Язык сервера: { $server_language }
settings-replies-private = видны только участнику
settings-replies-public = публичные
settings-server-language-chosen = { $language }
settings-server-language-discord = язык сервера в Discord ({ $language })
settings-review-title = Проверка и журнал
settings-review-lines =
    Нужно одобрение: { $approval }
    Канал проверки: { $review }
    Канал журнала: { $audit }
settings-previews-title = Голосовые образцы
settings-previews-lines =
    В результатах клонирования: { $enabled }
    Кто может прослушать голос: { $who }
    Фраза: { $sentence }
settings-previews-anyone = любой участник
settings-previews-owner = его владелец (голоса сервера: любой)
settings-previews-default-sentence = стандартная для языка голоса
settings-verification-title = Устное согласие
settings-verification-off = выкл.: только кнопка согласия
settings-verification-on = вкл.: участники читают вслух новую фразу (голосовое сообщение или файл)
settings-verification-strict = строго: участники читают новую фразу в голосовом сообщении Discord
settings-speaking-title = Речь клонированными голосами
settings-consent-title = Заявление о согласии

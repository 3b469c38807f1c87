# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# Command, group, option and choice names and descriptions (bot/i18n/translator.py).
# A command's value is its name (lowercase, no spaces, 1-32 characters, unique among its
# siblings), .description its description (1-100 characters); context menus (menu-*) may
# have spaces and capitals; choices (choice-*, keyed by the English name) are 1-100 characters.

## /clone

cmd-clone = клонировать
    .description = Клонирует голос по его записи.
cmd-clone--sample = запись
    .description = Запись голоса: 10-15 с чёткой речи (голосовое сообщение, MP3, WAV...)
cmd-clone--name = название
    .description = Название нового голоса
cmd-clone--language = язык
    .description = Язык, на котором говорят в записи
cmd-clone--sample2 = запись2
    .description = Необязательная вторая запись того же голоса
cmd-clone--sample3 = запись3
    .description = Необязательная третья запись того же голоса
cmd-clone--transcription = расшифровка
    .description = Необязательно: точный текст первой записи
cmd-clone--description = описание
    .description = Необязательно: описание голоса (тон, акцент, назначение)
cmd-clone--tags = теги
    .description = Необязательно: теги через запятую, например спокойный, рассказчик
cmd-clone--remove-noise = убрать_шум
    .description = Сначала убрать фоновый шум (может ухудшить и так чистые записи)

## /clone-settings

cmd-clone-settings = настройки-клонирования
    .description = Настройки /clone на этом сервере (участники с правом «Управлять сервером»).
cmd-clone-settings-show = показать
    .description = Показывает настройки клонирования голоса на этом сервере.
cmd-clone-settings-limits = лимиты
    .description = Задержка, суточные лимиты, длина записи.
cmd-clone-settings-limits--cooldown-seconds = задержка_секунды
    .description = Сколько секунд участник ждёт между запросами (0 = без задержки)
cmd-clone-settings-limits--member-daily = в_сутки_на_участника
    .description = Запросов на участника за 24 ч (0 = без ограничений)
cmd-clone-settings-limits--server-daily = в_сутки_на_сервер
    .description = Запросов на весь сервер за 24 ч (0 = без ограничений)
cmd-clone-settings-limits--max-sample-seconds = макс_длина_записи
    .description = Самая длинная сохраняемая запись, в секундах (3-15)
cmd-clone-settings-defaults = по-умолчанию
    .description = Язык по умолчанию, шумоподавление, ответы.
cmd-clone-settings-defaults--language = язык
    .description = Язык /clone по умолчанию
cmd-clone-settings-defaults--remove-noise = убрать_шум
    .description = Убирать фоновый шум по умолчанию
cmd-clone-settings-defaults--ephemeral = скрытые
    .description = Ответы видит только участник (true) или все (false)
cmd-clone-settings-approval = одобрение
    .description = Требовать одобрения модератора.
cmd-clone-settings-approval--required = обязательно
    .description = Каждый запрос на клонирование должен одобрить модератор
cmd-clone-settings-approval--review-channel = канал_проверки
    .description = Куда публикуются запросы на проверку
cmd-clone-settings-verification = проверка
    .description = Сначала участник читает вслух новую фразу.
cmd-clone-settings-verification--mode = режим
    .description = выкл.; вкл.: любая запись фразы; строгий: только голосовое сообщение Discord
cmd-clone-settings-audit-channel = канал-аудита
    .description = Куда публикуется журнал аудита.
cmd-clone-settings-audit-channel--channel = канал
    .description = Канал аудита (оставьте пустым, чтобы больше не публиковать)
cmd-clone-settings-roles = роли
    .description = Роли, которым можно клонировать или модерировать.
cmd-clone-settings-roles--action = действие
    .description = Добавить, убрать или очистить список
cmd-clone-settings-roles--role = роль
    .description = Роль, которую нужно добавить или убрать
cmd-clone-settings-roles--kind = список
    .description = Какой список: роли, которым можно клонировать, или роли модераторов
cmd-clone-settings-channels = каналы
    .description = Каналы, где можно использовать /clone.
cmd-clone-settings-channels--action = действие
    .description = Добавить, убрать или очистить (очистить = любой канал)
cmd-clone-settings-channels--channel = канал
    .description = Канал
cmd-clone-settings-block = заблокировать
    .description = Запрещает участнику клонировать голоса.
cmd-clone-settings-block--member = участник
    .description = Участник, которому больше нельзя клонировать голоса
cmd-clone-settings-unblock = разблокировать
    .description = Снова разрешает заблокированному участнику клонировать.
cmd-clone-settings-unblock--member = участник
    .description = Заблокированный участник, которому снова можно клонировать
cmd-clone-settings-consent = согласие
    .description = Заявление, которое должны подтвердить участники.
cmd-clone-settings-consent--text = текст
    .description = Ваша формулировка (оставьте пустым для заявления по умолчанию)
cmd-clone-settings-language = язык
    .description = Язык сообщений бота здесь.
cmd-clone-settings-language--language = язык
    .description = Проверка, аудит и публичные сообщения на этом языке (ответы — на языке участника)
cmd-clone-settings-previews = прослушивание
    .description = Озвученные образцы клонированных голосов.
cmd-clone-settings-previews--enabled = включено
    .description = Произносить короткую фразу новым голосом в каждом результате клонирования
cmd-clone-settings-previews--open-to-members = для_всех
    .description = Любой участник может прослушать любой голос (выкл.: только свои и серверные)
cmd-clone-settings-previews--text = текст
    .description = Фраза для прослушивания (любой язык; оставьте пустым и включите сбросить_текст)
cmd-clone-settings-previews--reset-text = сбросить_текст
    .description = Вернуть фразу по умолчанию для языка каждого голоса
cmd-clone-settings-speech = речь
    .description = Кто может говорить клонированными голосами и где.
cmd-clone-settings-speech--enabled = включено
    .description = Участники могут говорить здесь клонированными голосами (/say, чтение вслух)
cmd-clone-settings-speech--add-role = добавить_роль
    .description = Разрешить этой роли говорить (нет ролей в списке: все участники)
cmd-clone-settings-speech--remove-role = убрать_роль
    .description = Убрать эту роль из списка
cmd-clone-settings-speech--add-voice-channel = добавить_голосовой_канал
    .description = Разрешить говорить в этом голосовом канале (нет в списке: в любом)
cmd-clone-settings-speech--remove-voice-channel = убрать_голосовой_канал
    .description = Убрать этот голосовой канал из списка
cmd-clone-settings-speech--add-text-channel = добавить_текстовый_канал
    .description = Разрешить /say и чтение вслух в этом канале (нет в списке: в любом)
cmd-clone-settings-speech--remove-text-channel = убрать_текстовый_канал
    .description = Убрать этот канал из списка
cmd-clone-settings-speech--clear = очистить
    .description = Очистить список: все участники или любой канал
cmd-clone-settings-speech--read-aloud = чтение_вслух
    .description = Участники могут слушать свои сообщения, прочитанные их голосом
cmd-clone-settings-speech--server-voices = голоса_сервера
    .description = Участники могут говорить голосами сервера, а не только своими
cmd-clone-settings-speech--member-daily-chars = символы_на_участника
    .description = Сколько символов каждый участник может озвучить за 24 ч (0 = без ограничений)
cmd-clone-settings-speech--server-daily-chars = символы_на_сервер
    .description = Сколько символов весь сервер может озвучить за 24 ч (0 = без ограничений)
cmd-clone-settings-speech--reset-daily-chars = сбросить_символы
    .description = Вернуть суточный лимит символов бота по умолчанию

## /voices

cmd-voices = голоса
    .description = Голоса, клонированные на этом сервере.
cmd-voices-list = список
    .description = Ваши голоса и голоса сервера.
cmd-voices-info = инфо
    .description = Подробности об одном голосе.
cmd-voices-info--voice = голос
    .description = Голос (начните вводить его название)
cmd-voices-preview = прослушать
    .description = Послушать, как голос произносит фразу.
cmd-voices-preview--voice = голос
    .description = Голос (ваш или голос сервера)
cmd-voices-preview--text = текст
    .description = Что он должен сказать (по умолчанию: фраза для прослушивания сервера)
cmd-voices-rename = переименовать
    .description = Меняет отображаемое название голоса.
cmd-voices-rename--voice = голос
    .description = Голос (ваш; модераторы: любой)
cmd-voices-rename--name = название
    .description = Новое название
cmd-voices-delete = удалить
    .description = Удаляет голос из Inworld.
cmd-voices-delete--voice = голос
    .description = Голос (ваш; модераторы: любой с этого сервера)
cmd-voices-server = сервер
    .description = Поделиться голосом со всем сервером.
cmd-voices-server--voice = голос
    .description = Голос
cmd-voices-server--shared = общий
    .description = Вкл.: все участники видят его и могут прослушать; выкл.: личный
cmd-voices-skip = пропустить
    .description = Пропускает то, что бот сейчас говорит в вашем звонке.
cmd-voices-stop = остановить
    .description = Модераторы: сразу замолчать и очистить очередь.
cmd-voices-leave = выйти
    .description = Бот выходит из голосового канала.
cmd-voices-read-aloud = читать-вслух
    .description = Озвучивает вашим клонированным голосом то, что вы пишете в чате голосового канала.
cmd-voices-read-aloud--state = состояние
    .description = Вкл.: ваши сообщения озвучиваются, пока мы в одном голосовом канале; выкл.: нет
cmd-voices-read-aloud--voice = голос
    .description = Каким голосом читать (ваш или голос сервера; по умолчанию: самый новый)
cmd-voices-erase-my-data = удалить-мои-данные
    .description = Удаляет все ваши голоса и всё, что о вас хранится.
cmd-voices-erase-member = удалить-участника
    .description = Модераторы: удалить голоса и данные участника.
cmd-voices-erase-member--member = участник
    .description = Участник (например, ушедший: вставьте его ID пользователя)

## /clone-delete

cmd-clone-delete = удалить-клон
    .description = Удаляет голос, клонированный здесь.
cmd-clone-delete--voice = голос
    .description = Голос для удаления (ваш; модераторы: любой с этого сервера)

## /say

cmd-say = сказать
    .description = Произнести текст клонированным голосом (в голосовом канале или голосовым сообщением).
cmd-say--text = текст
    .description = Что сказать
cmd-say--voice = голос
    .description = Какой голос (ваш или голос сервера; по умолчанию: самый новый)

## Context menus (Apps > ...)

menu-clone-this-voice = Клонировать этот голос
menu-speak-this-message = Озвучить сообщение

## Choices

choice-english-us = Английский (США)
choice-chinese-china = Китайский (Китай)
choice-korean = Корейский
choice-japanese = Японский
choice-russian = Русский
choice-other-auto-detect = Другой / автоопределение
choice-italian = Итальянский
choice-spanish-spain = Испанский (Испания)
choice-portuguese-brazil = Португальский (Бразилия)
choice-german = Немецкий
choice-french = Французский
choice-arabic-saudi-arabia = Арабский (Саудовская Аравия)
choice-polish = Польский
choice-dutch = Нидерландский
choice-hindi = Хинди
choice-hebrew = Иврит
choice-off = выкл.
choice-on-any-recording-of-the-sentence = вкл.: любая запись фразы
choice-strict-only-a-voice-message-recorded-in-discord = строгий: только голосовое сообщение, записанное в Discord
choice-add = добавить
choice-remove = убрать
choice-clear = очистить
choice-allowed = разрешённые
choice-moderator = модераторы
choice-discord-s-server-language = Язык сервера в Discord
choice-roles-every-member-may-speak = роли (говорить может любой участник)
choice-voice-channels-any = голосовые каналы (любой)
choice-text-channels-any = текстовые каналы (любой)
choice-on = вкл.

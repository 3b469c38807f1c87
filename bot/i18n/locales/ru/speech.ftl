# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# /say, "Speak this message", read-aloud, the call (bot/speech, cogs/speech.py).

## Refusals: who may speak, where, with which voice (bot/speech/policy.py)
speech-off = Речь клонированными голосами на этом сервере выключена. Модератор может включить её командой `/clone-settings speech enabled:True`.
speech-needs-role = Чтобы говорить здесь клонированным голосом, нужна одна из этих ролей: { $roles }.
speech-voice-channel = Бот не говорит в этом голосовом канале. Используйте { $channels }.
speech-text-channel = Речь клонированными голосами в этом канале запрещена. Используйте { $channels }.
speech-read-aloud-bot-off = Чтение вслух недоступно в этом боте: владелец его не включил (READ_ALOUD_ENABLED). `/say` по-прежнему работает.
speech-read-aloud-server-off = Этот сервер не разрешает чтение вслух. Модератор может разрешить его командой `/clone-settings speech read_aloud:True`; `/say` по-прежнему работает.
speech-only-own = Говорить этим голосом может только его владелец: участники говорят своими голосами.
speech-only-own-or-server = Говорить этим голосом может только его владелец: участники говорят своими голосами и голосами сервера.
speech-server-voices-off = На этом сервере участники говорят только своими голосами, а не голосами сервера.
speech-no-own-voice = У вас пока нет клонированного голоса на этом сервере: создайте его командой `/clone` и попробуйте снова.
speech-no-own-voice-or-server = У вас пока нет клонированного голоса на этом сервере: создайте его командой `/clone` (или выберите голос сервера) и попробуйте снова.

## Characters of speech per 24 hours (bot/speech/quota.py)
speech-member-text-over-limit = В этом тексте { $chars ->
        [one] { $chars } символ
        [few] { $chars } символа
       *[many] { $chars } символов
    } — больше вашего лимита в { $limit } озвучиваемых символов за 24 часа здесь: сократите его.
speech-member-limit = Это превысит ваш лимит в { $limit } озвучиваемых символов за 24 часа; достаточно освободится { $when } (или попробуйте текст короче).
speech-server-text-over-limit = В этом тексте { $chars ->
        [one] { $chars } символ
        [few] { $chars } символа
       *[many] { $chars } символов
    } — больше лимита этого сервера в { $limit } озвучиваемых символов за 24 часа: сократите его.
speech-server-limit = Этот сервер израсходовал свои { $limit } озвучиваемых символов за последние 24 часа; достаточно освободится { $when }.

## Speaking (bot/speech/service.py)
speech-empty = В этом тексте нечего произнести.
speech-too-long = Текст слишком длинный, чтобы его произнести: { $length ->
        [one] { $length } символ
        [few] { $length } символа
       *[many] { $length } символов
    }, ограничение — { $max }.
speech-tts-queue-full = В очереди уже слишком много текстов ({ $waiting }); ничего не добавлено. Попробуйте снова примерно через { $wait }.
speech-tts-queue-full-server = В очереди уже слишком много текстов с этого сервера ({ $waiting }); ничего не добавлено. Попробуйте снова примерно через { $wait }.
speech-voice-queue-full = Голосовая очередь этого сервера заполнена; попробуйте чуть позже.
speech-connect-failed = Не удалось подключиться к вашему голосовому каналу (есть ли у меня там права «Подключаться» и «Говорить»?). Ничего не произнесено.
speech-no-opus = В этой установке я не могу говорить в голосовых каналах (нет аудиобиблиотеки Opus; владелец бота может её установить). Используйте /say вне голосового канала, чтобы отправить голосовое сообщение. Ничего не было сказано.
speech-restarting = Бот перезапускается; ничего не произнесено.
speech-busy-elsewhere = Сейчас я говорю в <#{ $channel_id }>; присоединяйтесь туда или попробуйте снова, когда там станет тихо.
speech-message-too-long = Из этого текста получится голосовое сообщение, слишком длинное для отправки.
speech-voice-gone = Этот голос больше недоступен.
speech-unsendable = Из этого текста получилось аудио, которое нельзя отправить голосовым сообщением (слишком короткое?).
speech-tts-rate-limited = Достигнут лимит запросов к синтезу речи Inworld; ничего не опубликовано. Попробуйте снова через минуту.
speech-tts-failed = { $reason } Ничего не опубликовано.
speech-skip-not-yours = Пропустить то, что звучит сейчас, может только автор текста, владелец голоса или модератор.
speech-stop-moderators-only = Остановить речь бота может только модератор этого сервера.
speech-leave-join-first = Сначала зайдите в мой голосовой канал, чтобы попросить меня его покинуть.
speech-leave-others-waiting = Сейчас звучит или ждёт очереди чужой текст; модератор может заставить меня уйти сразу.

## Posts everyone reads, in the server's language
speech-disclosure-own = 🔊 <@{ $user_id }> говорит своим ИИ-голосом **{ $name }**
speech-disclosure-server = 🔊 <@{ $user_id }> говорит ИИ-голосом сервера **{ $name }**
speech-status = 🔊 ИИ-голос: { $name }
speech-status-server-voice = голос сервера { $name }
speech-status-someone = участник

## Discord refused a voice message (bot/speech/posting.py)
speech-post-timeout = Discord не принял голосовое сообщение вовремя; ничего не отправлено.
speech-post-not-allowed = Голосовые сообщения в этом канале запрещены; ничего не отправлено.
speech-post-missing-permissions = Я не могу публиковать здесь голосовые сообщения (в этом канале мне нужны права «Отправлять сообщения», «Прикреплять файлы» и «Отправлять голосовые сообщения»); ничего не отправлено.
speech-post-refused = Discord отклонил голосовое сообщение; ничего не отправлено. Попробуйте снова.

## Replies (cogs/speech.py)
speech-sent-voice-message = 🔊 Отправлено голосовым сообщением голосом **{ $name }** (символов: { $chars }).
speech-speaking-now = 🔊 Говорю сейчас голосом **{ $name }** (символов: { $chars }).
speech-queued = 🔊 В очереди с голосом **{ $name }**: перед вашим текстом { $position } (символов: { $chars }).
speech-say-nothing-aloud = В этом тексте нечего прочитать вслух (только код или эмодзи?).
speech-only-own-messages = Озвучивать можно только свои сообщения.
speech-message-nothing-aloud = В этом сообщении нечего прочитать вслух.

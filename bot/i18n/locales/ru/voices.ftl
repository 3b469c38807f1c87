# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# /voices: the server's voice library, previews, erasure (bot/voices, cogs/voices.py).

## Refusals (bot/voices/access.py, library.py, previews.py)
voices-not-here = Голос с таким ID не клонировался на этом сервере (или уже удалён).
voices-not-yours-delete = Удалять можно только голоса, которые вы клонировали сами (модераторы: любой голос этого сервера).
voices-not-yours-rename = Переименовывать можно только голоса, которые вы клонировали сами (модераторы: любой голос этого сервера).
voices-moderators-only-server-voice = Сделать голос голосом сервера может только модератор этого сервера.
voices-moderators-only-erase = Стереть данные другого участника может только модератор этого сервера.
voices-preview-private = Прослушать этот голос может только его владелец: это не голос сервера, а на этом сервере участники могут прослушивать только свои голоса и голоса сервера.
voices-info-private = Этот голос доступен только участнику, который его клонировал (это не голос сервера).
voices-erase-still-open = Запрос на клонирование ещё выполняется: отмените его или дождитесь завершения (или истечения срока), затем сотрите данные.
voices-rename-empty = Новое имя не может быть пустым.
voices-rename-too-long = Новое имя слишком длинное (не больше { $max }).
voices-gone-on-inworld = Этого голоса больше нет в Inworld; теперь он отмечен здесь как удалённый.
voices-deleted-meanwhile = Этот голос тем временем был удалён.
voices-preview-queue-full = В очереди уже слишком много прослушиваний ({ $waiting }); ничего не добавлено. Попробуйте снова примерно через { $wait }.
voices-preview-queue-full-server = В очереди уже слишком много прослушиваний с этого сервера ({ $waiting }); ничего не добавлено. Попробуйте снова примерно через { $wait }.
voices-preview-too-long = Текст слишком длинный для прослушивания: { $length ->
        [one] { $length } символ
        [few] { $length } символа
       *[many] { $length } символов
    }, ограничение — { $max }.
voices-preview-cooldown = Вы только что прослушивали голос; попробуйте снова через { $wait }.

## The spoken preview in a clone result (bot/voices/result.py)
voices-result-preview = 🔊 Прослушивание
voices-result-preview-failed = ⚠️ Не удалось озвучить пример: { $why }
voices-result-preview-later = Ваш голос всё равно готов; попробуйте `/voices preview` позже.
voices-result-why-restarting = бот перезапускается
voices-result-why-timeout = сервис синтеза речи не ответил вовремя
voices-result-why-unexpected = непредвиденная ошибка ({ $error })
voices-result-preview-too-large = Пример слишком большой, чтобы загрузить его сюда.
voices-result-preview-attached = Вложение: `{ $filename }`, «{ $text }»

## Embeds and buttons (bot/voices/ui.py)
voices-line-server = 🌐 голос сервера
voices-line-private = личный
voices-line = { $language } · владелец <@{ $user_id }> · создан { $created } · { $sharing }
voices-page-title-server = Голоса этого сервера
voices-page-title-mine = Ваши голоса и голоса сервера
voices-page-empty = Голосов пока нет. Создайте голос командой `/clone`.
voices-page-status = Страница { $page }/{ $pages } · { $total ->
        [one] { $total } голос
        [few] { $total } голоса
       *[many] { $total } голосов
    }
voices-page-footer = /voices info · preview · rename · delete
voices-info-title = Голос: { $name }
voices-info-voice-id = ID голоса
voices-info-language = Язык
voices-info-owner = Владелец
voices-info-created = Создан
voices-info-server-voice = Голос сервера
voices-info-server-voice-yes = да (его может прослушать любой участник)
voices-info-server-voice-no = нет
voices-pager-not-yours = ❌ Эти кнопки принадлежат участнику, который вызвал /voices list.
voices-pager-previous = ◀ Назад
voices-pager-next = Вперёд ▶
voices-confirm-not-yours = ❌ Подтвердить может только участник, который это запросил.
voices-confirm = Подтвердить
voices-cancel = Отмена
voices-cancelled = Отменено: ничего не изменилось.

## Replies (cogs/voices.py)
voices-preview-says = 🔊 **{ $name }** (`{ $voice_id }`) говорит: «{ $text }»
voices-renamed = ✏️ Голос `{ $voice_id }` теперь называется **{ $name }** (и в Inworld тоже).
voices-delete-ask = ⚠️ Удалить **{ $name }** (`{ $voice_id }`) из Inworld? Это нельзя отменить.
voices-delete-button = Удалить
voices-deleted = 🗑️ Голос **{ $name }** (`{ $voice_id }`) удалён из Inworld.
voices-shared = 🌐 **{ $name }** (`{ $voice_id }`) теперь голос сервера.
voices-unshared = 🌐 **{ $name }** (`{ $voice_id }`) больше не голос сервера.
voices-skipped = ⏭️ Пропущено.
voices-nothing-said = Сейчас ничего не произносится.
voices-stopped = ⏹️ Остановлено; отброшено текстов из очереди: { $dropped }.
voices-left = 👋 Я покинул голосовой канал.
voices-not-in-channel = Я не в голосовом канале.
voices-read-aloud-off = 🔇 Чтение вслух для вас выключено.
voices-read-aloud-on = 🔊 Чтение вслух включено: пока мы в одном голосовом канале, то, что вы пишете в его чате, озвучивается голосом **{ $name }**. `/voices read-aloud off` выключает его.
voices-erase-ask-own = ⚠️ Стереть ваши данные на этом сервере? Голосов будет удалено из Inworld: { $voices }; сохранённых запросов стёрто: { $requests } (аудио, имена, тексты). События аудита останутся, без личного содержимого. Это нельзя отменить.
voices-erase-ask-member = ⚠️ Стереть данные <@{ $member_id }> на этом сервере? Голосов будет удалено из Inworld: { $voices }; сохранённых запросов стёрто: { $requests } (аудио, имена, тексты). События аудита останутся, без личного содержимого. Это нельзя отменить.
voices-erase-button = Стереть всё
voices-erased = 🧹 Готово: голосов удалено из Inworld: { $voices }; сохранённых запросов стёрто: { $requests }.

## What a limit refusal names (bot/voices/limits.py, through settings-limit-*)
voices-renames-noun = { $count ->
        [one] переименование
        [few] переименования
        [many] переименований
       *[other] переименования
    }
voices-renames-done = переименовали голос
voices-previews-noun = { $count ->
        [one] прослушивание
        [few] прослушивания
        [many] прослушиваний
       *[other] прослушивания
    }
voices-previews-done = прослушали голос

# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# /voices: the server's voice library, previews, erasure (bot/voices, cogs/voices.py).

## Refusals (bot/voices/access.py, library.py, previews.py)
voices-not-here = Na tym serwerze nie sklonowano głosu o tym ID (albo został już usunięty).
voices-not-yours-delete = Możesz usuwać tylko głosy sklonowane przez siebie (moderatorzy: każdy głos tego serwera).
voices-not-yours-rename = Możesz zmieniać nazwy tylko głosów sklonowanych przez siebie (moderatorzy: każdego głosu tego serwera).
voices-moderators-only-server-voice = Tylko moderator tego serwera może zmienić głos w głos serwera.
voices-moderators-only-erase = Tylko moderator tego serwera może usunąć dane innego członka.
voices-preview-private = Tylko właściciel może odsłuchać ten głos: nie jest to głos serwera, a ten serwer pozwala członkom odsłuchiwać tylko własne głosy i głosy serwera.
voices-info-private = Ten głos jest prywatny dla członka, który go sklonował (nie jest głosem serwera).
voices-erase-still-open = Prośba o klonowanie jest wciąż w toku: anuluj ją albo poczekaj, aż się zakończy (lub wygaśnie), a potem usuń dane.
voices-rename-empty = Nowa nazwa nie może być pusta.
voices-rename-too-long = Nowa nazwa jest za długa (maksymalnie { $max }).
voices-gone-on-inworld = Ten głos nie istnieje już w Inworld; tutaj jest teraz oznaczony jako usunięty.
voices-deleted-meanwhile = Ten głos został w międzyczasie usunięty.
voices-preview-queue-full = Czeka już zbyt wiele odsłuchów ({ $waiting }); nic nie dodano do kolejki. Spróbuj ponownie za około { $wait }.
voices-preview-queue-full-server = Czeka już zbyt wiele odsłuchów z tego serwera ({ $waiting }); nic nie dodano do kolejki. Spróbuj ponownie za około { $wait }.
voices-preview-too-long = Ten tekst jest za długi na odsłuch: { $length ->
        [one] { $length } znak
        [few] { $length } znaki
       *[many] { $length } znaków
    }, limit to { $max }.
voices-preview-cooldown = Przed chwilą odsłuchano głos; spróbuj ponownie za { $wait }.

## The spoken preview in a clone result (bot/voices/result.py)
voices-result-preview = 🔊 Odsłuch
voices-result-preview-failed = ⚠️ Nie udało się przygotować odsłuchu: { $why }
voices-result-preview-later = Twój głos i tak jest gotowy; spróbuj później `/voices preview`.
voices-result-why-restarting = bot się restartuje
voices-result-why-timeout = usługa zamiany tekstu na mowę nie odpowiedziała na czas
voices-result-why-unexpected = nieoczekiwany błąd ({ $error })
voices-result-preview-too-large = Odsłuch był za duży, by go tu przesłać.
voices-result-preview-attached = Załącznik: `{ $filename }`, „{ $text }”

## Embeds and buttons (bot/voices/ui.py)
voices-line-server = 🌐 głos serwera
voices-line-private = prywatny
voices-line = { $language } · właściciel <@{ $user_id }> · utworzono { $created } · { $sharing }
voices-page-title-server = Głosy tego serwera
voices-page-title-mine = Twoje głosy i głosy serwera
voices-page-empty = Nie ma jeszcze głosów. Użyj `/clone`, aby utworzyć głos.
voices-page-status = Strona { $page }/{ $pages } · { $total ->
        [one] { $total } głos
        [few] { $total } głosy
        [many] { $total } głosów
       *[other] { $total } głosu
    }
voices-page-footer = /voices info · preview · rename · delete
voices-info-title = Głos: { $name }
voices-info-voice-id = ID głosu
voices-info-language = Język
voices-info-owner = Właściciel
voices-info-created = Utworzono
voices-info-server-voice = Głos serwera
voices-info-server-voice-yes = tak (każdy członek może go odsłuchać)
voices-info-server-voice-no = nie
voices-pager-not-yours = ❌ Te przyciski należą do członka, który użył /voices list.
voices-pager-previous = ◀ Poprzednia
voices-pager-next = Następna ▶
voices-confirm-not-yours = ❌ Tylko członek, który o to poprosił, może to potwierdzić.
voices-confirm = Potwierdź
voices-cancel = Anuluj
voices-cancelled = Anulowano: nic nie zostało zmienione.

## Replies (cogs/voices.py)
voices-preview-says = 🔊 **{ $name }** (`{ $voice_id }`) mówi: „{ $text }”
voices-renamed = ✏️ Głos `{ $voice_id }` nazywa się teraz **{ $name }** (również w Inworld).
voices-delete-ask = ⚠️ Usunąć **{ $name }** (`{ $voice_id }`) z Inworld? Tego nie można cofnąć.
voices-delete-button = Usuń
voices-deleted = 🗑️ Głos **{ $name }** (`{ $voice_id }`) został usunięty z Inworld.
voices-shared = 🌐 **{ $name }** (`{ $voice_id }`) jest teraz głosem serwera.
voices-unshared = 🌐 **{ $name }** (`{ $voice_id }`) nie jest już głosem serwera.
voices-skipped = ⏭️ Pominięto.
voices-nothing-said = W tej chwili nic nie jest mówione.
voices-stopped = ⏹️ Zatrzymano; odrzucone teksty z kolejki: { $dropped }.
voices-left = 👋 Opuściłem kanał głosowy.
voices-not-in-channel = Nie jestem na kanale głosowym.
voices-read-aloud-off = 🔇 Czytanie na głos jest dla Ciebie wyłączone.
voices-read-aloud-on = 🔊 Czytanie na głos jest włączone: dopóki jesteśmy na tym samym kanale głosowym, to, co piszesz na jego czacie, jest wypowiadane głosem **{ $name }**. `/voices read-aloud off` je wyłącza.
voices-erase-ask-own = ⚠️ Usunąć Twoje dane na tym serwerze? Głosy do usunięcia z Inworld: { $voices }; zapisane prośby do usunięcia: { $requests } (audio, nazwy, teksty). Zdarzenia audytu zostają, bez treści osobistych. Tego nie można cofnąć.
voices-erase-ask-member = ⚠️ Usunąć dane <@{ $member_id }> na tym serwerze? Głosy do usunięcia z Inworld: { $voices }; zapisane prośby do usunięcia: { $requests } (audio, nazwy, teksty). Zdarzenia audytu zostają, bez treści osobistych. Tego nie można cofnąć.
voices-erase-button = Usuń wszystko
voices-erased = 🧹 Gotowe: głosy usunięte z Inworld: { $voices }; usunięte zapisane prośby: { $requests }.

## What a limit refusal names (bot/voices/limits.py, through settings-limit-*)
voices-renames-noun = { $count ->
        [one] zmiana nazwy
        [few] zmiany nazwy
        [many] zmian nazwy
       *[other] zmiany nazwy
    }
voices-renames-done = zmieniono nazwę głosu
voices-previews-noun = { $count ->
        [one] odsłuch
        [few] odsłuchy
        [many] odsłuchów
       *[other] odsłuchu
    }
voices-previews-done = odsłuchano głos

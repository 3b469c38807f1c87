# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# Errors and refusals every command can answer with (bot/tree.py).
error-bug = Coś poszło nie tak po stronie bota. (ref. `{ $ref }`) Spróbuj ponownie.
error-cooldown = Zwolnij! Spróbuj ponownie za { $seconds } s.
error-missing-permissions = Aby to zrobić, potrzebujesz uprawnienia { $permissions }.
error-server-only = To polecenie działa tylko na serwerze.
error-not-allowed = Nie możesz tutaj używać tego polecenia.
error-bad-value = Ta wartość jest nieprawidłowa: { $value }.

# Sizes ($count bytes; $value in $unit: KB, MB or GB, with one decimal).
error-size-bytes = { $count ->
        [one] { NUMBER($count, useGrouping: 0) } bajt
        [few] { NUMBER($count, useGrouping: 0) } bajty
       *[other] { NUMBER($count, useGrouping: 0) } bajtów
    }
error-size = { NUMBER($value, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } { $unit }

# Downloading an attachment (bot/download.py).
error-download-too-large = Plik `{ $filename }` jest większy niż { $limit }, które przyjmuje ten bot. Wystarczy nagranie o długości 10–30 sekund.
error-download-too-large-size = Plik `{ $filename }` ({ $size }) jest większy niż { $limit }, które przyjmuje ten bot. Wystarczy nagranie o długości 10–30 sekund.
error-download-refused = Discord nie pozwolił botowi pobrać pliku `{ $filename }` (HTTP { $status }). Spróbuj ponownie.
error-download-timeout = Pobieranie pliku `{ $filename }` trwało dłużej niż { NUMBER($seconds, useGrouping: 0) } s. Spróbuj ponownie.
error-download-failed = Nie udało się pobrać pliku `{ $filename }`. Spróbuj ponownie.

# The clone queue (bot/ratelimit/waiting.py).
error-queue-full = Kolejka klonowania jest pełna: { $group ->
        [true] { $waiting ->
            [one] czeka { $waiting } zgłoszenie z tego serwera
            [few] czekają { $waiting } zgłoszenia z tego serwera
            [many] czeka { $waiting } zgłoszeń z tego serwera
           *[other] czeka { $waiting } zgłoszenia z tego serwera
        }
       *[false] { $waiting ->
            [one] czeka { $waiting } zgłoszenie
            [few] czekają { $waiting } zgłoszenia
            [many] czeka { $waiting } zgłoszeń
           *[other] czeka { $waiting } zgłoszenia
        }
    } (czas oczekiwania około { $wait }). Nic nie zostało dodane do kolejki; spróbuj ponownie za około { $retry } (o <t:{ $at }:t>).
error-audio-not-attached = (Nie udało się tu dołączyć przetworzonego dźwięku.)
error-interrupted = ⏸️ Bot uruchamia się ponownie, zanim twoja prośba została ukończona. Jest zapisana: gdy bot wróci (zwykle w ciągu minuty), powie ci, co się z nią stało.
error-restarting = Bot uruchamia się ponownie; spróbuj za minutę.

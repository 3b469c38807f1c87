# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# /clone-settings and the policy rules (bot/policy.py, cogs/clone_settings.py).

settings-duration-hours-minutes = { $hours } godz. { $minutes } min
settings-duration-hours = { $hours } godz.
settings-duration-minutes-seconds = { $minutes } min { $seconds } s
settings-duration-minutes = { $minutes } min
settings-duration-seconds = { $seconds } s
settings-when-in = za { $duration }
settings-when-at = o { $time } UTC
settings-when-tomorrow-at = jutro o { $time } UTC

settings-consent-default = Potwierdzam, że głos na tych nagraniach jest mój lub że jego właściciel wyraźnie pozwolił mi go sklonować, oraz że nie użyję sklonowanego głosu, aby kogokolwiek oszukać, się pod kogoś podszyć ani komukolwiek zaszkodzić.

settings-refusal-blocked = Nie możesz klonować głosów na tym serwerze.
settings-refusal-channel = Klonowanie głosu nie jest dozwolone na tym kanale. Użyj { $channels }.
settings-refusal-role = Aby klonować głosy, potrzebujesz jednej z tych ról: { $roles }.
settings-refusal-open-request = Masz już trwającą prośbę o klonowanie (#{ $request }). Poczekaj, aż się zakończy.
settings-refusal-cooldown = Musisz chwilę odczekać: poczekaj { $wait } przed kolejną prośbą.
settings-refusal-member-quota = Osiągnięto Twój limit { $count } próśb o klonowanie w ciągu 24 godzin. Spróbuj ponownie jutro.
settings-refusal-guild-quota = Ten serwer osiągnął limit { $count } próśb o klonowanie w ciągu 24 godzin. Spróbuj ponownie jutro.

settings-limit-once = { $window ->
        [hour] Przed chwilą
       *[other] Niedawno
    } { $done }{ $note }; spróbuj ponownie { $when }.
settings-limit-used = { $per ->
        [member] Wykorzystano Twój limit:
       *[server] Ten serwer wykorzystał limit:
    } { $count } { $noun } na { $period }{ $note }; następna będzie dostępna { $when }.
settings-limit-note = { " " }({ $note })
settings-period-hour = tę godzinę
settings-period-day = dziś
settings-period-last = ostatnie { $duration }
settings-opened-noun = { $count ->
        [one] prośba o klonowanie
        [few] prośby o klonowanie
        [many] próśb o klonowanie
       *[other] prośby o klonowanie
    }
settings-opened-done = otwarto prośbę o klonowanie
settings-opened-note = liczy się każda otwarta prośba, potwierdzona czy nie

settings-needs-manage-server = Tylko członkowie z uprawnieniem **Zarządzanie serwerem** mogą zmieniać te ustawienia; nic nie zostało zmienione.
settings-needs-moderator = Tylko moderatorzy tego serwera mogą zobaczyć te ustawienia.
settings-choose-item = Wybierz, co dodać lub usunąć.
settings-choose-review-channel = Wybierz kanał weryfikacji, gdy włączasz zatwierdzanie.
settings-one-list-edit = Zmieniaj jeden wpis listy naraz (dodaj, usuń lub wyczyść); nic nie zostało zmienione.
settings-chars-set-or-reset = Ustaw liczbę znaków dziennie albo ją zresetuj, nie oba naraz; nic nie zostało zmienione.
settings-nothing-to-change = Nic do zmiany; obecne ustawienia:
settings-updated = ✅ Zaktualizowano ustawienia.

settings-on = wł.
settings-off = wył.
settings-yes = tak
settings-no = nie
settings-none = brak
settings-unlimited = bez limitu
settings-not-set = nie ustawiono
settings-any = dowolne
settings-any-channel = dowolny kanał
settings-everyone = wszyscy
settings-every-member = każdy członek
settings-nobody = nikt
settings-manage-server-only = tylko Zarządzanie serwerem
settings-requests-per-day = { $count } próśb / 24 godz.
settings-chars-per-day = { $count } znaków / 24 godz.
settings-bot-default = { $value } (domyślnie w bocie)
settings-language-auto = Inny / wykrywanie automatyczne

settings-speech-title = Ustawienia mowy
settings-read-aloud-unavailable = niedostępne w tym bocie (READ_ALOUD_ENABLED jest wyłączone)
settings-read-aloud-allowed = dozwolone
settings-read-aloud-not-allowed = niedozwolone
settings-speak-with-all = własnym głosem i głosami serwera
settings-speak-with-own = własnym głosem
settings-speech-lines =
    Mówienie: { $speaking }
    Kto: { $roles } (moderatorzy zawsze)
    Kanały głosowe: { $voice_channels }
    Kanały tekstowe: { $text_channels }
    Członkowie mówią: { $voices }
    Czytanie na głos: { $read_aloud }
    Na członka: { $member }
    Na serwer: { $server }

settings-title = Ustawienia klonowania głosu
settings-who-title = Kto i gdzie
settings-who-lines =
    Role: { $roles }
    Kanały: { $channels }
    Zablokowani: { $blocked }
    Role moderatorów: { $moderators }
settings-limits-title = Limity
settings-limits-lines =
    Odstęp dla członka: { $cooldown }
    Na członka: { $member }
    Na serwer: { $server }
    Zachowana długość próbki: do { $sample } s
settings-defaults-title = Domyślne
settings-defaults-lines =
    Język: { $language }
    Usuwanie szumów: { $noise }
    Odpowiedzi: { $replies }
    Język serwera: { $server_language }
settings-replies-private = widoczne tylko dla członka
settings-replies-public = publiczne
settings-server-language-chosen = { $language }
settings-server-language-discord = język serwera w Discordzie ({ $language })
settings-review-title = Weryfikacja i dziennik
settings-review-lines =
    Wymagane zatwierdzenie: { $approval }
    Kanał weryfikacji: { $review }
    Kanał dziennika: { $audit }
settings-previews-title = Odsłuchy głosu
settings-previews-lines =
    W wynikach klonowania: { $enabled }
    Kto może odsłuchać głos: { $who }
    Zdanie: { $sentence }
settings-previews-anyone = każdy członek
settings-previews-owner = jego właściciel (głosy serwera: każdy)
settings-previews-default-sentence = domyślne dla języka głosu
settings-verification-title = Zgoda wypowiedziana na głos
settings-verification-off = wył.: tylko przycisk zgody
settings-verification-on = wł.: członkowie czytają na głos nowe zdanie (wiadomość głosowa lub plik)
settings-verification-strict = ścisły: członkowie czytają nowe zdanie w wiadomości głosowej Discorda
settings-speaking-title = Mówienie sklonowanymi głosami
settings-consent-title = Oświadczenie o zgodzie

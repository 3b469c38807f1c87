# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# Command, group, option and choice names and descriptions (bot/i18n/translator.py).
# A command's value is its name (lowercase, no spaces, 1-32 characters, unique among its
# siblings), .description its description (1-100 characters); context menus (menu-*) may
# have spaces and capitals; choices (choice-*, keyed by the English name) are 1-100 characters.

## /clone

cmd-clone = klonuj
    .description = Klonuje głos z jego nagrania.
cmd-clone--sample = próbka
    .description = Nagranie głosu: 10-15 s wyraźnej mowy (wiadomość głosowa, MP3, WAV...)
cmd-clone--name = nazwa
    .description = Nazwa nowego głosu
cmd-clone--language = język
    .description = Język, którym mówi się w nagraniu
cmd-clone--sample2 = próbka2
    .description = Opcjonalne drugie nagranie tego samego głosu
cmd-clone--sample3 = próbka3
    .description = Opcjonalne trzecie nagranie tego samego głosu
cmd-clone--transcription = transkrypcja
    .description = Opcjonalnie: dokładnie to, co mówi się w pierwszym nagraniu
cmd-clone--description = opis
    .description = Opcjonalnie: opis głosu (ton, akcent, zastosowanie)
cmd-clone--tags = tagi
    .description = Opcjonalnie: tagi oddzielone przecinkami, np. spokojny, narrator
cmd-clone--remove-noise = usuń_szum
    .description = Najpierw usuń szum tła (może pogorszyć już czyste nagrania)

## /clone-settings

cmd-clone-settings = ustawienia-klonowania
    .description = Ustawienia /clone na tym serwerze (członkowie z uprawnieniem Zarządzanie serwerem).
cmd-clone-settings-show = pokaż
    .description = Pokazuje ustawienia klonowania głosu na tym serwerze.
cmd-clone-settings-limits = limity
    .description = Czas oczekiwania, dzienne limity, długość próbki.
cmd-clone-settings-limits--cooldown-seconds = sekundy_oczekiwania
    .description = Sekundy, które członek czeka między prośbami (0 = brak)
cmd-clone-settings-limits--member-daily = dziennie_na_członka
    .description = Prośby na członka w ciągu 24 h (0 = bez limitu)
cmd-clone-settings-limits--server-daily = dziennie_na_serwer
    .description = Prośby całego serwera w ciągu 24 h (0 = bez limitu)
cmd-clone-settings-limits--max-sample-seconds = maks_sekundy_próbki
    .description = Najdłuższa zachowywana próbka, w sekundach (3-15)
cmd-clone-settings-defaults = domyślne
    .description = Domyślny język, usuwanie szumu, odpowiedzi.
cmd-clone-settings-defaults--language = język
    .description = Domyślny język /clone
cmd-clone-settings-defaults--remove-noise = usuń_szum
    .description = Domyślnie usuwaj szum tła
cmd-clone-settings-defaults--ephemeral = prywatne
    .description = Odpowiedzi widoczne tylko dla członka (true) lub publiczne (false)
cmd-clone-settings-approval = zatwierdzanie
    .description = Wymagaj zatwierdzenia przez moderatora.
cmd-clone-settings-approval--required = wymagane
    .description = Każda prośba o klonowanie wymaga zatwierdzenia przez moderatora
cmd-clone-settings-approval--review-channel = kanał_przeglądu
    .description = Gdzie publikowane są prośby do przeglądu
cmd-clone-settings-verification = weryfikacja
    .description = Członkowie najpierw czytają na głos nowe zdanie.
cmd-clone-settings-verification--mode = tryb
    .description = wył.; wł.: dowolne nagranie zdania; ścisły: tylko wiadomość głosowa z Discorda
cmd-clone-settings-audit-channel = kanał-audytu
    .description = Gdzie publikowany jest dziennik audytu.
cmd-clone-settings-audit-channel--channel = kanał
    .description = Kanał audytu (zostaw puste, aby przestać publikować)
cmd-clone-settings-roles = role
    .description = Role, które mogą klonować lub moderować.
cmd-clone-settings-roles--action = akcja
    .description = Dodaj, usuń lub wyczyść listę
cmd-clone-settings-roles--role = rola
    .description = Rola do dodania lub usunięcia
cmd-clone-settings-roles--kind = lista
    .description = Która lista: role, które mogą klonować, czy role moderatorów
cmd-clone-settings-channels = kanały
    .description = Kanały, w których można używać /clone.
cmd-clone-settings-channels--action = akcja
    .description = Dodaj, usuń lub wyczyść (wyczyść = dowolny kanał)
cmd-clone-settings-channels--channel = kanał
    .description = Kanał
cmd-clone-settings-block = zablokuj
    .description = Nie pozwala członkowi klonować głosów.
cmd-clone-settings-block--member = członek
    .description = Członek, który nie będzie mógł już klonować głosów
cmd-clone-settings-unblock = odblokuj
    .description = Pozwala zablokowanemu członkowi znowu klonować.
cmd-clone-settings-unblock--member = członek
    .description = Zablokowany członek, który znów będzie mógł klonować
cmd-clone-settings-consent = zgoda
    .description = Oświadczenie, które członkowie muszą potwierdzić.
cmd-clone-settings-consent--text = tekst
    .description = Twoje sformułowanie (zostaw puste dla domyślnego oświadczenia)
cmd-clone-settings-language = język
    .description = Język wiadomości bota na tym serwerze.
cmd-clone-settings-language--language = język
    .description = Przeglądy, audyt i publiczne posty w tym języku (odpowiedzi w języku członka)
cmd-clone-settings-previews = podglądy
    .description = Mówione podglądy sklonowanych głosów.
cmd-clone-settings-previews--enabled = włączone
    .description = Wypowiedz krótkie zdanie nowym głosem w każdym wyniku klonowania
cmd-clone-settings-previews--open-to-members = dla_wszystkich
    .description = Każdy członek może odsłuchać każdy głos (wył.: tylko własne i serwerowe)
cmd-clone-settings-previews--text = tekst
    .description = Zdanie podglądu (dowolny język; zostaw puste i włącz resetuj_tekst, by wrócić do domyślnego)
cmd-clone-settings-previews--reset-text = resetuj_tekst
    .description = Wróć do domyślnego zdania w języku każdego głosu
cmd-clone-settings-speech = mowa
    .description = Kto może mówić sklonowanymi głosami i gdzie.
cmd-clone-settings-speech--enabled = włączona
    .description = Członkowie mogą tu mówić sklonowanymi głosami (/say, czytanie na głos)
cmd-clone-settings-speech--add-role = dodaj_rolę
    .description = Pozwól tej roli mówić (brak ról na liście: każdy członek)
cmd-clone-settings-speech--remove-role = usuń_rolę
    .description = Usuń tę rolę z listy
cmd-clone-settings-speech--add-voice-channel = dodaj_kanał_głosowy
    .description = Pozwól mówić na tym kanale głosowym (brak na liście: dowolny)
cmd-clone-settings-speech--remove-voice-channel = usuń_kanał_głosowy
    .description = Usuń ten kanał głosowy z listy
cmd-clone-settings-speech--add-text-channel = dodaj_kanał_tekstowy
    .description = Pozwól na /say i czytanie na głos na tym kanale (brak na liście: dowolny)
cmd-clone-settings-speech--remove-text-channel = usuń_kanał_tekstowy
    .description = Usuń ten kanał z listy
cmd-clone-settings-speech--clear = wyczyść
    .description = Wyczyść listę: każdy członek lub dowolny kanał
cmd-clone-settings-speech--read-aloud = czytanie_na_głos
    .description = Członkowie mogą słyszeć to, co piszą, czytane ich głosem
cmd-clone-settings-speech--server-voices = głosy_serwera
    .description = Członkowie mogą mówić głosami serwera, nie tylko własnymi
cmd-clone-settings-speech--member-daily-chars = znaki_na_członka
    .description = Znaki, które każdy członek może wypowiedzieć w ciągu 24 h (0 = bez limitu)
cmd-clone-settings-speech--server-daily-chars = znaki_na_serwer
    .description = Znaki, które cały serwer może wypowiedzieć w ciągu 24 h (0 = bez limitu)
cmd-clone-settings-speech--reset-daily-chars = resetuj_znaki
    .description = Wróć do domyślnej liczby znaków dziennie bota

## /voices

cmd-voices = głosy
    .description = Głosy sklonowane na tym serwerze.
cmd-voices-list = lista
    .description = Twoje głosy i głosy serwera.
cmd-voices-info = info
    .description = Szczegóły głosu.
cmd-voices-info--voice = głos
    .description = Głos (zacznij wpisywać jego nazwę)
cmd-voices-preview = odsłuchaj
    .description = Posłuchaj, jak głos mówi zdanie.
cmd-voices-preview--voice = głos
    .description = Głos (twój lub głos serwera)
cmd-voices-preview--text = tekst
    .description = Co ma powiedzieć (domyślnie: zdanie podglądu serwera)
cmd-voices-rename = zmień-nazwę
    .description = Zmienia wyświetlaną nazwę głosu.
cmd-voices-rename--voice = głos
    .description = Głos (twój; moderatorzy: dowolny)
cmd-voices-rename--name = nazwa
    .description = Nowa nazwa
cmd-voices-delete = usuń
    .description = Usuwa głos z Inworld.
cmd-voices-delete--voice = głos
    .description = Głos (twój; moderatorzy: dowolny z tego serwera)
cmd-voices-server = serwer
    .description = Udostępnij głos całemu serwerowi.
cmd-voices-server--voice = głos
    .description = Głos
cmd-voices-server--shared = udostępniony
    .description = Wł.: każdy członek go widzi i może odsłuchać; wył.: prywatny
cmd-voices-skip = pomiń
    .description = Pomija to, co bot mówi w twojej rozmowie.
cmd-voices-stop = zatrzymaj
    .description = Moderatorzy: natychmiast przestań mówić i wyczyść kolejkę.
cmd-voices-leave = opuść
    .description = Bot opuszcza kanał głosowy.
cmd-voices-read-aloud = czytaj-na-głos
    .description = Czyta twoim sklonowanym głosem to, co piszesz na czacie kanału głosowego.
cmd-voices-read-aloud--state = stan
    .description = Wł.: to, co piszesz, jest czytane, gdy jesteśmy na tym samym kanale głosowym; wył.: nie
cmd-voices-read-aloud--voice = głos
    .description = Który głos czyta (twój lub głos serwera; domyślnie: najnowszy)
cmd-voices-erase-my-data = usuń-moje-dane
    .description = Usuwa wszystkie twoje głosy i wszystko, co o tobie zapisano.
cmd-voices-erase-member = usuń-członka
    .description = Moderatorzy: usuń głosy i dane członka.
cmd-voices-erase-member--member = członek
    .description = Członek (np. ktoś, kto wyszedł: wklej jego ID użytkownika)

## /clone-delete

cmd-clone-delete = usuń-klon
    .description = Usuwa głos sklonowany tutaj.
cmd-clone-delete--voice = głos
    .description = Głos do usunięcia (twój; moderatorzy: dowolny z tego serwera)

## /say

cmd-say = powiedz
    .description = Wypowiedz tekst swoim sklonowanym głosem (na kanale głosowym lub jako wiadomość głosowa).
cmd-say--text = tekst
    .description = Co powiedzieć
cmd-say--voice = głos
    .description = Który głos (twój lub głos serwera; domyślnie: najnowszy)

## Context menus (Apps > ...)

menu-clone-this-voice = Sklonuj ten głos
menu-speak-this-message = Przeczytaj tę wiadomość

## Choices

choice-english-us = Angielski (USA)
choice-chinese-china = Chiński (Chiny)
choice-korean = Koreański
choice-japanese = Japoński
choice-russian = Rosyjski
choice-other-auto-detect = Inny / wykryj automatycznie
choice-italian = Włoski
choice-spanish-spain = Hiszpański (Hiszpania)
choice-portuguese-brazil = Portugalski (Brazylia)
choice-german = Niemiecki
choice-french = Francuski
choice-arabic-saudi-arabia = Arabski (Arabia Saudyjska)
choice-polish = Polski
choice-dutch = Niderlandzki
choice-hindi = Hindi
choice-hebrew = Hebrajski
choice-off = wył.
choice-on-any-recording-of-the-sentence = wł.: dowolne nagranie zdania
choice-strict-only-a-voice-message-recorded-in-discord = ścisły: tylko wiadomość głosowa nagrana w Discordzie
choice-add = dodaj
choice-remove = usuń
choice-clear = wyczyść
choice-allowed = dozwolone
choice-moderator = moderatorzy
choice-discord-s-server-language = Język serwera w Discordzie
choice-roles-every-member-may-speak = role (każdy członek może mówić)
choice-voice-channels-any = kanały głosowe (dowolne)
choice-text-channels-any = kanały tekstowe (dowolne)
choice-on = wł.

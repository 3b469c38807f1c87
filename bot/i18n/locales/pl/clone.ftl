# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).

clone-stage-downloading = 📥 Pobieranie
clone-stage-processing = 🎛️ Przetwarzanie dźwięku
clone-stage-waiting = ⏳ Oczekiwanie na wolne miejsce
clone-stage-cloning = 🧬 Klonowanie głosu w Inworld
clone-progress = { $stage }…
clone-progress-detail = { $stage } ({ $detail })…
clone-detail-files =
    { $count ->
        [one] { $count } plik
        [few] { $count } pliki
        [many] { $count } plików
       *[other] { $count } pliku
    }
clone-detail-queue = miejsce { $position } w kolejce
clone-detail-checking-sentence = sprawdzanie przeczytanego zdania
clone-detail-busy = Inworld jest zajęty; ponowna próba za { $seconds } s
clone-tags-too-many = Podaj maksymalnie { $max } tagów.
clone-name-missing = Nadaj głosowi nazwę.
clone-name-too-long = Nazwa głosu może mieć maksymalnie { $max } znaków.
clone-sample-refused = Próbka { $index } (`{ $file }`): { $reason }
clone-default-voice-name = Głos { $member }
clone-default-voice-name-unnamed = Mój głos
clone-consent-confirm = Potwierdzam
clone-consent-cancel = Anuluj
clone-menu-not-yours = Możesz klonować tylko głos z własnych wiadomości. Aby sklonować nagranie, którego masz prawo używać, prześlij je przez /clone.
clone-menu-no-audio = Ta wiadomość nie zawiera wiadomości głosowej ani załącznika audio.
clone-modal-title = Sklonuj ten głos
clone-modal-name = Nazwa nowego głosu
clone-cancelled = Anulowano: nic nie zostało wysłane do Inworld.
clone-sent-for-review = 📨 Dzięki! Twoja prośba została wysłana moderatorom do zatwierdzenia. Wynik poznasz na tym kanale.
clone-failure-bug = Coś poszło nie tak po stronie bota. (ref. `{ $ref }`)
clone-final-failed-interaction = ❌ Inworld nie utworzył głosu; szczegóły poniżej.
clone-final-failed-channel = ❌ Inworld nie utworzył głosu; szczegóły są na tym kanale.
clone-final-failed-dm = ❌ Inworld nie utworzył głosu; szczegóły wysłałem Ci w wiadomości prywatnej.
clone-final-failed-elsewhere = ❌ Inworld nie utworzył głosu.
clone-final-created-interaction = ✅ Utworzono głos **{ $name }**.
clone-final-created-channel = ✅ Utworzono głos **{ $name }**: wynik jest na tym kanale.
clone-final-created-dm = ✅ Utworzono głos **{ $name }**: wynik wysłałem Ci w wiadomości prywatnej.
clone-final-created-elsewhere = ✅ Utworzono głos **{ $name }**: użyj `/voices`, aby zobaczyć jego ID.
clone-refusal-title = ❌ To nagranie nie zostało przyjęte
clone-refusal-new-sentence = Przeczytaj **nowe** zdanie poniżej i wyślij jego nagranie.
clone-refusal-retry-in = Na razie nie masz już prób: spróbuj ponownie za { $duration }.
clone-sentence-expired = ⌛ Twoje poprzednie zdanie wygasło, zanim dotarło jego nagranie.
clone-sentence-not-used = Przesłane teraz nagranie nie zostało użyte: najpierw musi przyjść nagranie tego zdania.
clone-sentence-rename-later = Nazwę głosu możesz później zmienić przez `/voices rename`.
clone-sentence-voice-message-only = Ten serwer przyjmuje dla Twojego zdania tylko **wiadomość głosową** nagraną w Discordzie, a nie przesłany plik. Przytrzymaj przycisk mikrofonu na tym kanale, przeczytaj zdanie, wyślij je, a potem użyj menu wiadomości → **Aplikacje** → **Clone this voice**. Twoje zdanie jest ważne do { $time }.
clone-challenge-title = 🎙️ Przeczytaj to zdanie na głos
clone-challenge-how-voice = Nagraj je jako **wiadomość głosową** na tym kanale (przytrzymaj przycisk mikrofonu), a potem otwórz menu wiadomości (prawy przycisk lub długie naciśnięcie) → **Aplikacje** → **Clone this voice**.
clone-challenge-how-file = Albo nagraj je dowolną aplikacją i użyj ponownie `/clone` z nagraniem jako `sample`, samym (bez `sample2` ani `sample3`).
clone-challenge-description =
    Ten serwer prosi Cię o udowodnienie, że głos należy do Ciebie. Przeczytaj to własnym głosem:

    > **{ $sentence }**

    { $how }

    Zdanie działa raz i wygasa { $expires }.
clone-challenge-english-fallback = Dla wybranego języka nie ma jeszcze listy słów, więc zdanie jest po angielsku.
clone-spoken-unavailable = Weryfikacja zgody wypowiedzianej na głos jest niedostępna.
clone-verify-verified = ✅ Zweryfikowano przez { $recognizer }
clone-verify-recognizer = rozpoznawanie mowy
clone-verify-pending = ⏳ Sprawdzane transkrypcją Inworld po utworzeniu głosu (usuwany, jeśli się nie zgadza)
clone-verify-sentence = Zdanie: „{ $sentence }”
clone-verify-score = Wynik: { NUMBER($score, minimumFractionDigits: 2, maximumFractionDigits: 2) }
clone-verify-recording-voice-message = Nagranie: wiadomość głosowa z Discorda, SHA-256 `{ $sha }…`
clone-verify-recording-file = Nagranie: przesłany plik, SHA-256 `{ $sha }…`
clone-field-language = Język
clone-language-auto = Inny / automatyczne wykrywanie
clone-field-samples = Próbki
clone-field-sample = Próbka { $index }
clone-field-notes = Uwagi
clone-field-note = Uwaga
clone-field-audio = Dźwięk
clone-field-next-step = Następny krok
clone-field-spoken-consent = Zgoda na głos
clone-field-voice-name = Nazwa głosu
clone-field-try = Próba
clone-field-noise-removal = Usuwanie szumów
clone-field-tags = Tagi
clone-field-description = Opis
clone-field-consent = Zgoda ({ $when })
clone-sample-kept = zachowano { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } s
clone-sample-from = z { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } s
clone-sample-peak = szczyt { NUMBER($dbfs, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } dBFS
clone-sample-clipped = ⚠️ { NUMBER($percent, minimumFractionDigits: 1, maximumFractionDigits: 1) }% przesterowane
clone-quality =
    Jakość **{ $verdict }**: { NUMBER($speech, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } s mowy z { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } s, { $loudness }, SNR { NUMBER($snr, maximumFractionDigits: 0, useGrouping: 0) } dB, szum { NUMBER($noise, maximumFractionDigits: 0, useGrouping: 0) } dBFS, { NUMBER($clipped, minimumFractionDigits: 2, maximumFractionDigits: 2) }% przesterowane
clone-quality-lufs = { NUMBER($lufs, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } LUFS
clone-quality-no-lufs = - LUFS
clone-verdict-good = dobra
clone-verdict-usable = do przyjęcia
clone-verdict-poor = słaba
clone-tip-closer = Przysuń się do mikrofonu (na szerokość dłoni) albo mów głośniej.
clone-tip-longer = Nagraj 10–15 s zróżnicowanej, ekspresyjnej mowy w jednym języku.
clone-tip-quiet-room = Wyłącz muzykę i telewizor i nagrywaj w cichym pomieszczeniu.
clone-tip-clipping = Zmniejsz wzmocnienie mikrofonu albo odsuń się trochę: najgłośniejsze fragmenty są przesterowane.
clone-result-failed-title = Głos nie został utworzony
clone-result-failed-description = Inworld sprawdził próbki, ale nie utworzył głosu. Zobacz błędy poniżej i spróbuj ponownie z wyraźniejszym nagraniem.
clone-result-title = Sklonowano głos: { $name }
clone-result-voice-id = **ID głosu**
clone-no-warnings = ✅ Brak ostrzeżeń
clone-heard = Usłyszano: „{ $text }”
clone-note-transcription-dropped = Twoja transkrypcja nie została wysłana: nagranie przycięto do najlepszych 15 s, więc przestałaby pasować.
clone-note-length = Wskazówka: 10–15 s wyraźnej mowy daje najlepszy klon.
clone-result-footer = Załączony dźwięk to dokładnie to, co wysłano do Inworld.
clone-audio-too-large =
    { $count ->
        [one] { $count } przetworzona próbka była za duża, by przesłać ją tutaj.
        [few] { $count } przetworzone próbki były za duże, by przesłać je tutaj.
        [many] { $count } przetworzonych próbek było za dużych, by przesłać je tutaj.
       *[other] { $count } przetworzonej próbki było za dużo, by przesłać je tutaj.
    }
clone-consent-title = Potwierdź klonowanie głosu: { $name }
clone-consent-description =
    Twoje nagranie jest gotowe. Nic nie zostało jeszcze wysłane do Inworld.

    Naciskając **Potwierdzam**, oświadczasz:
    > { $statement }
clone-next-review = Moderator ją sprawdzi
clone-next-clone = Głos zostanie sklonowany
clone-review-title = Prośba o klonowanie nr { $id }: { $name }
clone-review-requested = Zgłoszona przez <@{ $user }> na <#{ $channel }>.
clone-on = wł.
clone-off = wył.
clone-not-yet = jeszcze nie
clone-review-footer = Załączony dźwięk to dokładnie to, co zostałoby wysłane do Inworld.
clone-audit-title = { $action }: prośba nr { $id } ({ $name })
clone-audit-member = Członek
clone-audit-status = Stan
clone-audit-by = Przez
clone-audit-requested = Zgłoszono
clone-audit-consented = Wyrażono zgodę
clone-audit-approved = Zatwierdzono
clone-audit-rejected = Odrzucono
clone-audit-expired = Wygasło
clone-audit-cancelled = Anulowano
clone-audit-cloned = Sklonowano
clone-audit-failed = Niepowodzenie
clone-audit-deleted = Usunięto
clone-audit-policy-changed = Zmieniono ustawienia
clone-audit-interrupted = Przerwano
clone-audit-reconciling = Sprawdzanie
clone-audit-reconciled = Sprawdzono
clone-audit-renamed = Zmieniono nazwę
clone-audit-server-voice = Głos serwera
clone-audit-previewed = Podgląd
clone-audit-spoke = Mówił
clone-audit-speech-stopped = Zatrzymano mowę
clone-audit-erased = Usunięto dane
clone-audit-challenge-issued = Wydano zdanie
clone-audit-verified = Zweryfikowano
clone-audit-verification-failed = Weryfikacja nieudana
clone-headline-ready = <@{ $user }> Twój głos **{ $name }** jest gotowy!
clone-headline-approved-ready = <@{ $user }> Twój głos **{ $name }** został zatwierdzony przez moderatora i sklonowany!
clone-headline-not-created = <@{ $user }> Twoja prośba o klonowanie **{ $name }** nie powiodła się: Inworld nie utworzył głosu.
clone-headline-approved-not-created = <@{ $user }> Twoja prośba o klonowanie **{ $name }** została zatwierdzona, ale się nie powiodła: Inworld nie utworzył głosu.
clone-headline-resumed = { $headline } (Wznowiono ją po ponownym uruchomieniu bota.)
clone-headline-unknown = <@{ $user }> { $message }
clone-report-created-after-dm = { $headline } ID głosu i dźwięk wysłałem Ci w wiadomości prywatnej.
clone-report-created-no-dm = { $headline } Nie mogłem wysłać Ci wiadomości prywatnej: użyj tutaj `/voices list`, aby zobaczyć ID głosu (tylko Ty zobaczysz odpowiedź).
clone-report-failed-after-dm = { $headline } Szczegóły wysłałem Ci w wiadomości prywatnej.
clone-relay-prefix = <@{ $user }> Twoje klonowanie głosu **{ $name }**:
clone-relay-later-dm = ⏳ To trochę trwa (jesteś w kolejce). Wynik wyślę Ci w wiadomości prywatnej.
clone-relay-later-channel = ⏳ To trochę trwa (jesteś w kolejce). Wynik opublikuję na tym kanale i oznaczę Cię.
clone-stored-title = Głos { $name }
clone-stored-voice-id = ID głosu: `{ $voice }`
clone-stored-warnings = Próbka { $index }: ostrzeżenia
clone-request-line = <@{ $user }> Twoja prośba o klonowanie **{ $name }**
clone-failed = { $request } nie powiodła się: { $reason }
clone-failed-approved = { $request } została zatwierdzona, ale klonowanie się nie powiodło: { $reason }
clone-notice-review-expired = { $request } wygasła, zanim moderator ją sprawdził. Możesz wysłać ją ponownie.
clone-notice-interrupted = { $request } została przerwana przez ponowne uruchomienie bota. Wyślij ją ponownie.
clone-notice-interrupted-cloning = { $request } została przerwana przez ponowne uruchomienie bota. Głos mógł mimo to zostać utworzony: sprawdź listę swoich głosów, zanim spróbujesz ponownie.
clone-already-handled = Ta prośba o klonowanie jest już obsługiwana.
clone-setting-not-changed = To ustawienie nie zostało zmienione: { $error }
clone-no-review-channel = Ten serwer wymaga zatwierdzenia klonów głosu przez moderatora, ale nie ustawiono jeszcze kanału do ich sprawdzania. Poproś moderatora o użycie `/clone-settings approval`.
clone-cancelled-while-processing = Ta prośba została anulowana w trakcie przetwarzania.
clone-audio-gone = Dźwięk tej prośby nie jest już przechowywany. Wyślij go ponownie.
clone-spoken-delete-failed = { $refusal } Usunięcie na razie się nie udało: bot próbuje dalej, aż głos zniknie, a do tego czasu nikt nie może go używać.
clone-review-approved-by = ✅ Zatwierdzone przez <@{ $moderator }>
clone-review-not-created = { $prefix }, ale Inworld nie utworzył żadnego głosu.
clone-review-created = { $prefix }. Utworzono głos: `{ $voice }`
clone-review-lost = { $prefix }; odpowiedź Inworld zaginęła: bot sprawdza, czy głos został utworzony.
clone-review-failed = { $prefix }, ale klonowanie się nie powiodło: { $reason }
clone-review-spoken-deleted = ❌ Przeczytane zdanie się nie zgadzało: głos został usunięty.
clone-review-spoken-not-deleted = ❌ Przeczytane zdanie się nie zgadzało: głos nie został jeszcze usunięty (bot próbuje, aż zniknie).
clone-review-expired = ⌛ Wygasło: nikt nie sprawdził jej na czas.

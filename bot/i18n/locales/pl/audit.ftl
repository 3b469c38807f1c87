# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).

## Detail labels: audit-field-<detail key with hyphens>
audit-field-status = Status
audit-field-requeued = Ponownie w kolejce
audit-field-samples = Próbki
audit-field-warnings = Ostrzeżenia
audit-field-errors = Błędy
audit-field-deleted = Usunięty
audit-field-found-by = Znaleziony przez
audit-field-server-voice = Głos serwera
audit-field-text-length = Długość tekstu
audit-field-model-id = Model
audit-field-via = Przez
audit-field-voices-deleted = Usunięte głosy
audit-field-requests-erased = Usunięte prośby
audit-field-challenge-id = Zdanie do przeczytania
audit-field-attempt = Próba
audit-field-fell-back = Zdanie zastępcze
audit-field-expires-at = Wygasa
audit-field-mode = Tryb
audit-field-recognizer = Rozpoznawanie mowy
audit-field-score = Wynik
audit-field-offline-score = Wynik offline
audit-field-voice-message = Wiadomość głosowa
audit-field-decision = Decyzja
audit-field-characters = Znaki
audit-field-utterances = Wypowiedzi
audit-field-stopped = Zatrzymane przez
audit-field-erased = Usunięto dane
audit-field-name = Nazwa
audit-field-language = Język
audit-field-statement = Oświadczenie
audit-field-reason = Powód
audit-field-voice-id = ID głosu
audit-field-also-matched = Również pasowały
audit-field-previous = Poprzednio
audit-field-sentence = Zdanie
audit-field-keywords = Słowa kluczowe
audit-field-heard = Usłyszano
audit-field-offline-heard = Usłyszano offline
audit-field-recording-sha256 = sha256 nagrania
audit-field-channel-id = Kanał
audit-field-voice-owner-id = Właściciel głosu
audit-field-source = Źródło
audit-field-extra-speech-seconds = Dodatkowa mowa (sekundy)

## Settings a policy change records
audit-field-allowed-role-ids = Dozwolone role
audit-field-allowed-channel-ids = Dozwolone kanały
audit-field-blocked-user-ids = Zablokowani członkowie
audit-field-moderator-role-ids = Role moderatorów
audit-field-cooldown-seconds = Czas odnowienia (sekundy)
audit-field-member-daily-quota = Prośby na członka dziennie
audit-field-guild-daily-quota = Prośby na serwer dziennie
audit-field-max-sample-seconds = Najdłuższa próbka (sekundy)
audit-field-default-language = Domyślny język
audit-field-remove-noise = Usuwanie szumów
audit-field-approval-required = Wymagane zatwierdzenie
audit-field-review-channel-id = Kanał weryfikacji
audit-field-audit-channel-id = Kanał audytu
audit-field-ephemeral = Prywatne odpowiedzi
audit-field-consent-text = Oświadczenie o zgodzie
audit-field-preview-enabled = Podglądy
audit-field-preview-text = Tekst podglądu
audit-field-preview-open = Podglądy dla wszystkich
audit-field-verification = Zgoda wypowiedziana
audit-field-speech-enabled = Mowa
audit-field-speech-role-ids = Role do mowy
audit-field-speech-voice-channel-ids = Kanały głosowe do mowy
audit-field-speech-text-channel-ids = Kanały tekstowe do mowy
audit-field-read-aloud-allowed = Czytanie na głos
audit-field-speech-server-voices = Głosy serwera do mowy
audit-field-speech-member-daily-chars = Znaki na członka dziennie
audit-field-speech-guild-daily-chars = Znaki na serwer dziennie
audit-field-locale = Język serwera

## A request's status: audit-status-<status>
audit-status-processing = Przetwarzanie
audit-status-awaiting-consent = Oczekuje na zgodę
audit-status-pending-approval = Oczekuje na zatwierdzenie
audit-status-approved = Zatwierdzona
audit-status-rejected = Odrzucona
audit-status-expired = Wygasła
audit-status-cancelled = Anulowana
audit-status-cloning = Klonowanie
audit-status-reconciling = Uzgadnianie
audit-status-done = Gotowe
audit-status-failed = Niepowodzenie

## Known values: audit-value-<key>-<value>
audit-value-via-result = Wynik klonowania
audit-value-via-command = Polecenie
audit-value-via-voice-channel = Kanał głosowy
audit-value-via-voice-message = Wiadomość głosowa
audit-value-source-say = `/say`
audit-value-source-message = Wiadomość
audit-value-source-read-aloud = Czytanie na głos
audit-value-mode-off = Wyłączone
audit-value-mode-on = Włączone
audit-value-mode-strict = Tylko wiadomości głosowe
audit-value-decision-pending = Oczekuje
audit-value-decision-accepted = Zaakceptowano
audit-value-decision-verified = Zweryfikowano
audit-value-decision-mismatch = Nie pasowało
audit-value-decision-extra-speech = Dodatkowa mowa
audit-value-decision-not-voice-message = To nie wiadomość głosowa
audit-value-decision-replayed = Nagranie już użyte
audit-value-decision-expired = Wygasło
audit-value-decision-used = Już użyte
audit-value-found-by-sweep = Okresowe uzgadnianie
audit-value-recognizer-pocketsphinx = PocketSphinx (offline)
audit-value-recognizer-inworld-transcription = Transkrypcja Inworld
audit-value-stopped-skip = Pominięcie
audit-value-stopped-stop = Zatrzymanie
audit-value-stopped-leave = Wyjście
audit-value-stopped-erasure = Usunięcie danych

## Yes and no (English keeps the stored spelling)
audit-yes = Tak
audit-no = Nie

## An edit of a list setting
audit-list-add = Dodano { $item }
audit-list-remove = Usunięto { $item }
audit-list-clear = Wyczyszczono

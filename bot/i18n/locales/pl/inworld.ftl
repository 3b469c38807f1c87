# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# The voice service's failures as a member reads them (bot/inworld/errors.py).
inworld-error = Usługa głosowa zwróciła błąd. Spróbuj ponownie później.
inworld-invalid-argument = Inworld odrzucił żądanie jako nieprawidłowe.
inworld-invalid-argument-detail = Inworld odrzucił żądanie: { $detail }
inworld-permission-denied = Klucz API Inworld tego bota nie może tworzyć głosów (prawdopodobnie jest to klucz tylko do odczytu). Administrator bota musi ustawić klucz do odczytu i zapisu.
inworld-unauthenticated = Klucz API Inworld tego bota został odrzucony. Administrator bota musi sprawdzić INWORLD_API_KEY.
inworld-not-found = Inworld nie znalazł tego głosu ani tego punktu końcowego.
inworld-rate-limited = Osiągnięto limit klonowania głosów w Inworld. Spróbuj ponownie za minutę.
inworld-unavailable = Usługa głosowa Inworld jest teraz niedostępna. Spróbuj ponownie później.
inworld-timeout = Usługa głosowa Inworld nie odpowiedziała na czas. Spróbuj ponownie później (najpierw sprawdź listę swoich głosów: klon mógł mimo to zostać utworzony).
inworld-connection-failed = Bot nie mógł połączyć się z usługą głosową Inworld. Spróbuj ponownie później.
inworld-bad-response = Usługa głosowa Inworld wysłała nieoczekiwaną odpowiedź. Spróbuj ponownie później.

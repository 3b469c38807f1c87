# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# The voice service's failures as a member reads them (bot/inworld/errors.py).
inworld-error = Der Stimmdienst hat einen Fehler gemeldet. Bitte versuch es später noch einmal.
inworld-invalid-argument = Inworld hat die Anfrage als ungültig abgelehnt.
inworld-invalid-argument-detail = Inworld hat die Anfrage abgelehnt: { $detail }
inworld-permission-denied = Der Inworld-API-Schlüssel des Bots darf keine Stimmen erstellen (wahrscheinlich ist es ein Nur-Lese-Schlüssel). Ein Bot-Admin muss einen Schlüssel mit Lese- und Schreibrechten einrichten.
inworld-unauthenticated = Der Inworld-API-Schlüssel des Bots wurde abgelehnt. Ein Bot-Admin muss INWORLD_API_KEY prüfen.
inworld-not-found = Inworld konnte diese Stimme oder diesen Endpunkt nicht finden.
inworld-rate-limited = Das Limit für Stimmklone bei Inworld ist erreicht. Bitte versuch es in einer Minute noch einmal.
inworld-unavailable = Der Stimmdienst von Inworld ist gerade nicht verfügbar. Bitte versuch es später noch einmal.
inworld-timeout = Der Stimmdienst von Inworld hat nicht rechtzeitig geantwortet. Bitte versuch es später noch einmal (schau zuerst in deine Stimmenliste: Der Klon wurde eventuell trotzdem erstellt).
inworld-connection-failed = Der Bot konnte den Stimmdienst von Inworld nicht erreichen. Bitte versuch es später noch einmal.
inworld-bad-response = Der Stimmdienst von Inworld hat eine unerwartete Antwort gesendet. Bitte versuch es später noch einmal.

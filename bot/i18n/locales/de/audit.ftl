# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).

## Detail labels: audit-field-<detail key with hyphens>
audit-field-status = Status
audit-field-requeued = Erneut eingereiht
audit-field-samples = Samples
audit-field-warnings = Warnungen
audit-field-errors = Fehler
audit-field-deleted = Gelöscht
audit-field-found-by = Gefunden durch
audit-field-server-voice = Server-Stimme
audit-field-text-length = Textlänge
audit-field-model-id = Modell
audit-field-via = Über
audit-field-voices-deleted = Gelöschte Stimmen
audit-field-requests-erased = Gelöschte Anfragen
audit-field-challenge-id = Vorlesesatz
audit-field-attempt = Versuch
audit-field-fell-back = Ersatzsatz
audit-field-expires-at = Läuft ab
audit-field-mode = Modus
audit-field-recognizer = Spracherkennung
audit-field-score = Punktzahl
audit-field-offline-score = Offline-Punktzahl
audit-field-voice-message = Sprachnachricht
audit-field-decision = Entscheidung
audit-field-characters = Zeichen
audit-field-utterances = Äußerungen
audit-field-stopped = Beendet durch
audit-field-erased = Gelöscht
audit-field-name = Name
audit-field-language = Sprache
audit-field-statement = Erklärung
audit-field-reason = Grund
audit-field-voice-id = Stimmen-ID
audit-field-also-matched = Ebenfalls gefunden
audit-field-previous = Vorher
audit-field-sentence = Satz
audit-field-keywords = Schlüsselwörter
audit-field-heard = Gehört
audit-field-offline-heard = Offline gehört
audit-field-recording-sha256 = Aufnahme sha256
audit-field-channel-id = Kanal
audit-field-voice-owner-id = Stimmeninhaber
audit-field-source = Quelle
audit-field-extra-speech-seconds = Zusätzliche Sprache (Sekunden)

## Settings a policy change records
audit-field-allowed-role-ids = Erlaubte Rollen
audit-field-allowed-channel-ids = Erlaubte Kanäle
audit-field-blocked-user-ids = Gesperrte Mitglieder
audit-field-moderator-role-ids = Moderatorrollen
audit-field-cooldown-seconds = Abklingzeit (Sekunden)
audit-field-member-daily-quota = Anfragen pro Mitglied und Tag
audit-field-guild-daily-quota = Anfragen pro Server und Tag
audit-field-max-sample-seconds = Längstes Sample (Sekunden)
audit-field-default-language = Standardsprache
audit-field-remove-noise = Rauschunterdrückung
audit-field-approval-required = Freigabe erforderlich
audit-field-review-channel-id = Prüfkanal
audit-field-audit-channel-id = Audit-Kanal
audit-field-ephemeral = Private Antworten
audit-field-consent-text = Einwilligungserklärung
audit-field-preview-enabled = Vorschauen
audit-field-preview-text = Vorschautext
audit-field-preview-open = Vorschauen für alle
audit-field-verification = Gesprochene Einwilligung
audit-field-speech-enabled = Sprachausgabe
audit-field-speech-role-ids = Rollen für Sprachausgabe
audit-field-speech-voice-channel-ids = Sprachkanäle für Sprachausgabe
audit-field-speech-text-channel-ids = Textkanäle für Sprachausgabe
audit-field-read-aloud-allowed = Vorlesen
audit-field-speech-server-voices = Server-Stimmen für Sprachausgabe
audit-field-speech-member-daily-chars = Zeichen pro Mitglied und Tag
audit-field-speech-guild-daily-chars = Zeichen pro Server und Tag
audit-field-locale = Serversprache

## A request's status: audit-status-<status>
audit-status-processing = Wird verarbeitet
audit-status-awaiting-consent = Wartet auf Einwilligung
audit-status-pending-approval = Wartet auf Freigabe
audit-status-approved = Freigegeben
audit-status-rejected = Abgelehnt
audit-status-expired = Abgelaufen
audit-status-cancelled = Abgebrochen
audit-status-cloning = Wird geklont
audit-status-reconciling = Wird abgeglichen
audit-status-done = Fertig
audit-status-failed = Fehlgeschlagen

## Known values: audit-value-<key>-<value>
audit-value-via-result = Klon-Ergebnis
audit-value-via-command = Befehl
audit-value-via-voice-channel = Sprachkanal
audit-value-via-voice-message = Sprachnachricht
audit-value-source-say = `/say`
audit-value-source-message = Nachricht
audit-value-source-read-aloud = Vorlesen
audit-value-mode-off = Aus
audit-value-mode-on = An
audit-value-mode-strict = Nur Sprachnachrichten
audit-value-decision-pending = Ausstehend
audit-value-decision-accepted = Akzeptiert
audit-value-decision-verified = Bestätigt
audit-value-decision-mismatch = Stimmte nicht überein
audit-value-decision-extra-speech = Zusätzliche Sprache
audit-value-decision-not-voice-message = Keine Sprachnachricht
audit-value-decision-replayed = Aufnahme schon verwendet
audit-value-decision-expired = Abgelaufen
audit-value-decision-used = Bereits verwendet
audit-value-found-by-sweep = Abgleich-Durchlauf
audit-value-recognizer-pocketsphinx = PocketSphinx (offline)
audit-value-recognizer-inworld-transcription = Inworld-Transkription
audit-value-stopped-skip = Überspringen
audit-value-stopped-stop = Stopp
audit-value-stopped-leave = Verlassen
audit-value-stopped-erasure = Datenlöschung

## Yes and no (English keeps the stored spelling)
audit-yes = Ja
audit-no = Nein

## An edit of a list setting
audit-list-add = { $item } hinzugefügt
audit-list-remove = { $item } entfernt
audit-list-clear = Geleert

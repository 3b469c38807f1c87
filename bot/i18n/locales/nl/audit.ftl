# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).

## Detail labels: audit-field-<detail key with hyphens>
audit-field-status = Status
audit-field-requeued = Opnieuw in de wachtrij
audit-field-samples = Samples
audit-field-warnings = Waarschuwingen
audit-field-errors = Fouten
audit-field-deleted = Verwijderd
audit-field-found-by = Gevonden door
audit-field-server-voice = Serverstem
audit-field-text-length = Tekstlengte
audit-field-model-id = Model
audit-field-via = Via
audit-field-voices-deleted = Verwijderde stemmen
audit-field-requests-erased = Gewiste aanvragen
audit-field-challenge-id = Voorleeszin
audit-field-attempt = Poging
audit-field-fell-back = Reservezin
audit-field-expires-at = Verloopt
audit-field-mode = Modus
audit-field-recognizer = Spraakherkenning
audit-field-score = Score
audit-field-offline-score = Offline score
audit-field-voice-message = Spraakbericht
audit-field-decision = Beslissing
audit-field-characters = Tekens
audit-field-utterances = Uitingen
audit-field-stopped = Gestopt door
audit-field-erased = Gewist
audit-field-name = Naam
audit-field-language = Taal
audit-field-statement = Verklaring
audit-field-reason = Reden
audit-field-voice-id = Stem-ID
audit-field-also-matched = Ook gevonden
audit-field-previous = Vorige
audit-field-sentence = Zin
audit-field-keywords = Trefwoorden
audit-field-heard = Gehoord
audit-field-offline-heard = Offline gehoord
audit-field-recording-sha256 = sha256 van de opname
audit-field-channel-id = Kanaal
audit-field-voice-owner-id = Eigenaar van de stem
audit-field-source = Bron
audit-field-extra-speech-seconds = Extra spraak (seconden)

## Settings a policy change records
audit-field-allowed-role-ids = Toegestane rollen
audit-field-allowed-channel-ids = Toegestane kanalen
audit-field-blocked-user-ids = Geblokkeerde leden
audit-field-moderator-role-ids = Moderatorrollen
audit-field-cooldown-seconds = Wachttijd (seconden)
audit-field-member-daily-quota = Aanvragen per lid per dag
audit-field-guild-daily-quota = Aanvragen per server per dag
audit-field-max-sample-seconds = Langste sample (seconden)
audit-field-default-language = Standaardtaal
audit-field-remove-noise = Ruisonderdrukking
audit-field-approval-required = Goedkeuring vereist
audit-field-review-channel-id = Beoordelingskanaal
audit-field-audit-channel-id = Auditkanaal
audit-field-ephemeral = Privéantwoorden
audit-field-consent-text = Toestemmingsverklaring
audit-field-preview-enabled = Voorbeelden
audit-field-preview-text = Voorbeeldtekst
audit-field-preview-open = Voorbeelden voor iedereen
audit-field-verification = Uitgesproken toestemming
audit-field-speech-enabled = Spraak
audit-field-speech-role-ids = Rollen voor spraak
audit-field-speech-voice-channel-ids = Spraakkanalen voor spraak
audit-field-speech-text-channel-ids = Tekstkanalen voor spraak
audit-field-read-aloud-allowed = Voorlezen
audit-field-speech-server-voices = Serverstemmen voor spraak
audit-field-speech-member-daily-chars = Tekens per lid per dag
audit-field-speech-guild-daily-chars = Tekens per server per dag
audit-field-locale = Servertaal

## A request's status: audit-status-<status>
audit-status-processing = Wordt verwerkt
audit-status-awaiting-consent = Wacht op toestemming
audit-status-pending-approval = Wacht op goedkeuring
audit-status-approved = Goedgekeurd
audit-status-rejected = Afgewezen
audit-status-expired = Verlopen
audit-status-cancelled = Geannuleerd
audit-status-cloning = Wordt gekloond
audit-status-reconciling = Wordt afgestemd
audit-status-done = Klaar
audit-status-failed = Mislukt

## Known values: audit-value-<key>-<value>
audit-value-via-result = Kloonresultaat
audit-value-via-command = Opdracht
audit-value-via-voice-channel = Spraakkanaal
audit-value-via-voice-message = Spraakbericht
audit-value-source-say = `/say`
audit-value-source-message = Bericht
audit-value-source-read-aloud = Voorlezen
audit-value-mode-off = Uit
audit-value-mode-on = Aan
audit-value-mode-strict = Alleen spraakberichten
audit-value-decision-pending = In afwachting
audit-value-decision-accepted = Geaccepteerd
audit-value-decision-verified = Geverifieerd
audit-value-decision-mismatch = Kwam niet overeen
audit-value-decision-extra-speech = Extra spraak
audit-value-decision-not-voice-message = Geen spraakbericht
audit-value-decision-replayed = Opname al gebruikt
audit-value-decision-expired = Verlopen
audit-value-decision-used = Al gebruikt
audit-value-found-by-sweep = Periodieke controle
audit-value-recognizer-pocketsphinx = PocketSphinx (offline)
audit-value-recognizer-inworld-transcription = Inworld-transcriptie
audit-value-stopped-skip = Overslaan
audit-value-stopped-stop = Stoppen
audit-value-stopped-leave = Verlaten
audit-value-stopped-erasure = Gegevens gewist

## Yes and no (English keeps the stored spelling)
audit-yes = Ja
audit-no = Nee

## An edit of a list setting
audit-list-add = { $item } toegevoegd
audit-list-remove = { $item } verwijderd
audit-list-clear = Leeggemaakt

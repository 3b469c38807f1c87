# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).

## Detail labels: audit-field-<detail key with hyphens>
audit-field-status = Stato
audit-field-requeued = Rimesso in coda
audit-field-samples = Campioni
audit-field-warnings = Avvisi
audit-field-errors = Errori
audit-field-deleted = Eliminata
audit-field-found-by = Trovata da
audit-field-server-voice = Voce del server
audit-field-text-length = Lunghezza del testo
audit-field-model-id = Modello
audit-field-via = Tramite
audit-field-voices-deleted = Voci eliminate
audit-field-requests-erased = Richieste cancellate
audit-field-challenge-id = Frase da leggere
audit-field-attempt = Tentativo
audit-field-fell-back = Frase di riserva
audit-field-expires-at = Scade
audit-field-mode = Modalità
audit-field-recognizer = Riconoscimento vocale
audit-field-score = Punteggio
audit-field-offline-score = Punteggio offline
audit-field-voice-message = Messaggio vocale
audit-field-decision = Decisione
audit-field-characters = Caratteri
audit-field-utterances = Frasi pronunciate
audit-field-stopped = Interrotto da
audit-field-erased = Cancellato
audit-field-name = Nome
audit-field-language = Lingua
audit-field-statement = Dichiarazione
audit-field-reason = Motivo
audit-field-voice-id = ID della voce
audit-field-also-matched = Altre corrispondenze
audit-field-previous = Precedente
audit-field-sentence = Frase
audit-field-keywords = Parole chiave
audit-field-heard = Sentito
audit-field-offline-heard = Sentito offline
audit-field-recording-sha256 = sha256 della registrazione
audit-field-channel-id = Canale
audit-field-voice-owner-id = Proprietario della voce
audit-field-source = Origine
audit-field-extra-speech-seconds = Parlato in più (secondi)

## Settings a policy change records
audit-field-allowed-role-ids = Ruoli consentiti
audit-field-allowed-channel-ids = Canali consentiti
audit-field-blocked-user-ids = Membri bloccati
audit-field-moderator-role-ids = Ruoli di moderazione
audit-field-cooldown-seconds = Attesa (secondi)
audit-field-member-daily-quota = Richieste per membro al giorno
audit-field-guild-daily-quota = Richieste per server al giorno
audit-field-max-sample-seconds = Campione più lungo (secondi)
audit-field-default-language = Lingua predefinita
audit-field-remove-noise = Riduzione del rumore
audit-field-approval-required = Approvazione richiesta
audit-field-review-channel-id = Canale di revisione
audit-field-audit-channel-id = Canale di audit
audit-field-ephemeral = Risposte private
audit-field-consent-text = Dichiarazione di consenso
audit-field-preview-enabled = Anteprime
audit-field-preview-text = Testo dell'anteprima
audit-field-preview-open = Anteprime per tutti
audit-field-verification = Consenso parlato
audit-field-speech-enabled = Sintesi vocale
audit-field-speech-role-ids = Ruoli per la sintesi vocale
audit-field-speech-voice-channel-ids = Canali vocali per la sintesi vocale
audit-field-speech-text-channel-ids = Canali testuali per la sintesi vocale
audit-field-read-aloud-allowed = Lettura ad alta voce
audit-field-speech-server-voices = Voci del server per la sintesi vocale
audit-field-speech-member-daily-chars = Caratteri per membro al giorno
audit-field-speech-guild-daily-chars = Caratteri per server al giorno
audit-field-locale = Lingua del server

## A request's status: audit-status-<status>
audit-status-processing = In elaborazione
audit-status-awaiting-consent = In attesa di consenso
audit-status-pending-approval = In attesa di approvazione
audit-status-approved = Approvata
audit-status-rejected = Rifiutata
audit-status-expired = Scaduta
audit-status-cancelled = Annullata
audit-status-cloning = Clonazione in corso
audit-status-reconciling = Riconciliazione in corso
audit-status-done = Completata
audit-status-failed = Non riuscita

## Known values: audit-value-<key>-<value>
audit-value-via-result = Risultato della clonazione
audit-value-via-command = Comando
audit-value-via-voice-channel = Canale vocale
audit-value-via-voice-message = Messaggio vocale
audit-value-source-say = `/say`
audit-value-source-message = Messaggio
audit-value-source-read-aloud = Lettura ad alta voce
audit-value-mode-off = Disattivato
audit-value-mode-on = Attivato
audit-value-mode-strict = Solo messaggi vocali
audit-value-decision-pending = In attesa
audit-value-decision-accepted = Accettata
audit-value-decision-verified = Verificata
audit-value-decision-mismatch = Non corrispondeva
audit-value-decision-extra-speech = Parlato in più
audit-value-decision-not-voice-message = Non è un messaggio vocale
audit-value-decision-replayed = Registrazione già usata
audit-value-decision-expired = Scaduta
audit-value-decision-used = Già usata
audit-value-found-by-sweep = Riconciliazione periodica
audit-value-recognizer-pocketsphinx = PocketSphinx (offline)
audit-value-recognizer-inworld-transcription = Trascrizione Inworld
audit-value-stopped-skip = Salta
audit-value-stopped-stop = Stop
audit-value-stopped-leave = Uscita
audit-value-stopped-erasure = Cancellazione dei dati

## Yes and no (English keeps the stored spelling)
audit-yes = Sì
audit-no = No

## An edit of a list setting
audit-list-add = { $item } aggiunto
audit-list-remove = { $item } rimosso
audit-list-clear = Svuotato

# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).

clone-stage-downloading = 📥 Download in corso
clone-stage-processing = 🎛️ Elaborazione dell'audio
clone-stage-waiting = ⏳ In attesa di un posto libero
clone-stage-cloning = 🧬 Clonazione della voce con Inworld
clone-progress = { $stage }…
clone-progress-detail = { $stage } ({ $detail })…
clone-detail-files =
    { $count ->
        [one] { $count } file
       *[other] { $count } file
    }
clone-detail-queue = posizione { $position } in coda
clone-detail-checking-sentence = controllo della frase che hai letto
clone-detail-busy = Inworld è occupato; nuovo tentativo tra { $seconds } s
clone-tags-too-many = Indica al massimo { $max } tag.
clone-name-missing = Dai un nome alla voce.
clone-name-too-long = Il nome della voce può avere al massimo { $max } caratteri.
clone-sample-refused = Campione { $index } (`{ $file }`): { $reason }
clone-default-voice-name = Voce di { $member }
clone-default-voice-name-unnamed = La mia voce
clone-consent-confirm = Confermo
clone-consent-cancel = Annulla
clone-menu-not-yours = Puoi clonare solo la voce dei tuoi messaggi. Per clonare una registrazione che hai il permesso di usare, caricala con /clone.
clone-menu-no-audio = Quel messaggio non contiene un messaggio vocale né un allegato audio.
clone-modal-title = Clona questa voce
clone-modal-name = Nome della nuova voce
clone-cancelled = Annullato: non è stato inviato nulla a Inworld.
clone-sent-for-review = 📨 Grazie! La tua richiesta è stata inviata ai moderatori per l'approvazione. Saprai l'esito in questo canale.
clone-failure-bug = Qualcosa è andato storto dal lato del bot. (rif. `{ $ref }`)
clone-final-failed-interaction = ❌ Inworld non ha creato la voce; vedi i dettagli qui sotto.
clone-final-failed-channel = ❌ Inworld non ha creato la voce; i dettagli sono pubblicati in questo canale.
clone-final-failed-dm = ❌ Inworld non ha creato la voce; ti ho inviato i dettagli in DM.
clone-final-failed-elsewhere = ❌ Inworld non ha creato la voce.
clone-final-created-interaction = ✅ Voce **{ $name }** creata.
clone-final-created-channel = ✅ Voce **{ $name }** creata: il risultato è pubblicato in questo canale.
clone-final-created-dm = ✅ Voce **{ $name }** creata: ti ho inviato il risultato in DM.
clone-final-created-elsewhere = ✅ Voce **{ $name }** creata: usa `/voices` per vedere il suo ID.
clone-refusal-title = ❌ Quella registrazione non è stata accettata
clone-refusal-new-sentence = Leggi la frase **nuova** qui sotto e invia la sua registrazione.
clone-refusal-retry-in = Per ora non hai più tentativi: riprova tra { $duration }.
clone-sentence-expired = ⌛ La tua frase precedente è scaduta prima che arrivasse la sua registrazione.
clone-sentence-not-used = La registrazione che hai inviato ora non è stata usata: deve arrivare prima la registrazione di questa frase.
clone-sentence-rename-later = Potrai rinominare la voce in seguito con `/voices rename`.
clone-sentence-voice-message-only = Questo server accetta per la tua frase solo un **messaggio vocale** registrato su Discord, non un file caricato. Tieni premuto il pulsante del microfono in questo canale, leggi la frase, inviala e poi usa il menu del messaggio → **App** → **Clone this voice**. La tua frase è valida fino alle { $time }.
clone-challenge-title = 🎙️ Leggi questa frase ad alta voce
clone-challenge-how-voice = Registrala come **messaggio vocale** in questo canale (tieni premuto il pulsante del microfono), poi apri il menu del messaggio (clic destro o pressione prolungata) → **App** → **Clone this voice**.
clone-challenge-how-file = Oppure registrala con qualsiasi app ed esegui di nuovo `/clone` con la registrazione come `sample`, da sola (senza `sample2` o `sample3`).
clone-challenge-description =
    Questo server ti chiede di dimostrare che la voce è tua. Leggi questo con la tua voce:

    > **{ $sentence }**

    { $how }

    La frase vale una sola volta e scade { $expires }.
clone-challenge-english-fallback = Non c'è ancora un elenco di parole per la lingua scelta, quindi la frase è in inglese.
clone-spoken-unavailable = La verifica del consenso parlato non è disponibile.
clone-verify-verified = ✅ Verificato da { $recognizer }
clone-verify-recognizer = riconoscimento vocale
clone-verify-pending = ⏳ Verificato con la trascrizione di Inworld una volta creata la voce (eliminata se non corrisponde)
clone-verify-sentence = Frase: «{ $sentence }»
clone-verify-score = Punteggio: { NUMBER($score, minimumFractionDigits: 2, maximumFractionDigits: 2) }
clone-verify-recording-voice-message = Registrazione: un messaggio vocale di Discord, SHA-256 `{ $sha }…`
clone-verify-recording-file = Registrazione: un file caricato, SHA-256 `{ $sha }…`
clone-field-language = Lingua
clone-language-auto = Altra / rilevamento automatico
clone-field-samples = Campioni
clone-field-sample = Campione { $index }
clone-field-notes = Note
clone-field-note = Nota
clone-field-audio = Audio
clone-field-next-step = Passo successivo
clone-field-spoken-consent = Consenso parlato
clone-field-voice-name = Nome della voce
clone-field-try = Tentativo
clone-field-noise-removal = Rimozione del rumore
clone-field-tags = Tag
clone-field-description = Descrizione
clone-field-consent = Consenso ({ $when })
clone-sample-kept = { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } s mantenuti
clone-sample-from = su { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } s
clone-sample-peak = picco { NUMBER($dbfs, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } dBFS
clone-sample-clipped = ⚠️ { NUMBER($percent, minimumFractionDigits: 1, maximumFractionDigits: 1) }% distorto
clone-quality =
    Qualità **{ $verdict }**: { NUMBER($speech, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } s di parlato su { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } s, { $loudness }, SNR { NUMBER($snr, maximumFractionDigits: 0, useGrouping: 0) } dB, rumore { NUMBER($noise, maximumFractionDigits: 0, useGrouping: 0) } dBFS, { NUMBER($clipped, minimumFractionDigits: 2, maximumFractionDigits: 2) }% distorto
clone-quality-lufs = { NUMBER($lufs, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } LUFS
clone-quality-no-lufs = - LUFS
clone-verdict-good = buona
clone-verdict-usable = utilizzabile
clone-verdict-poor = scarsa
clone-tip-closer = Avvicinati al microfono (circa un palmo) o parla più forte.
clone-tip-longer = Registra 10-15 s di parlato vario ed espressivo in una sola lingua.
clone-tip-quiet-room = Spegni musica e TV e registra in una stanza silenziosa.
clone-tip-clipping = Abbassa il guadagno del microfono o allontanati un po': le parti più forti sono distorte.
clone-result-failed-title = Voce non creata
clone-result-failed-description = Inworld ha controllato i campioni ma non ha creato una voce. Guarda gli errori qui sotto, poi riprova con una registrazione più chiara.
clone-result-title = Voce clonata: { $name }
clone-result-voice-id = **ID della voce**
clone-no-warnings = ✅ Nessun avviso
clone-heard = Sentito: «{ $text }»
clone-note-transcription-dropped = La tua trascrizione non è stata inviata: la registrazione è stata tagliata ai 15 s migliori, quindi non corrisponderebbe più.
clone-note-length = Suggerimento: 10-15 s di parlato chiaro danno il clone migliore.
clone-result-footer = L'audio allegato è esattamente ciò che è stato inviato a Inworld.
clone-audio-too-large =
    { $count ->
        [one] { $count } campione elaborato era troppo grande per caricarlo qui.
       *[other] { $count } campioni elaborati erano troppo grandi per caricarli qui.
    }
clone-consent-title = Conferma la clonazione della tua voce: { $name }
clone-consent-description =
    La tua registrazione è pronta. Non è ancora stato inviato nulla a Inworld.

    Premendo **Confermo** dichiari:
    > { $statement }
clone-next-review = La esamina un moderatore
clone-next-clone = La voce viene clonata
clone-review-title = Richiesta di clonazione n. { $id }: { $name }
clone-review-requested = Richiesta da <@{ $user }> in <#{ $channel }>.
clone-on = attiva
clone-off = disattivata
clone-not-yet = non ancora
clone-review-footer = L'audio allegato è esattamente ciò che verrebbe inviato a Inworld.
clone-audit-title = { $action }: richiesta n. { $id } ({ $name })
clone-audit-member = Membro
clone-audit-status = Stato
clone-audit-by = Da
clone-audit-requested = Richiesta
clone-audit-consented = Consenso dato
clone-audit-approved = Approvata
clone-audit-rejected = Rifiutata
clone-audit-expired = Scaduta
clone-audit-cancelled = Annullata
clone-audit-cloned = Clonata
clone-audit-failed = Non riuscita
clone-audit-deleted = Eliminata
clone-audit-policy-changed = Impostazioni modificate
clone-audit-interrupted = Interrotta
clone-audit-reconciling = In verifica
clone-audit-reconciled = Verificata
clone-audit-renamed = Rinominata
clone-audit-server-voice = Voce del server
clone-audit-previewed = Anteprima
clone-audit-spoke = Ha parlato
clone-audit-speech-stopped = Parlato interrotto
clone-audit-erased = Dati cancellati
clone-audit-challenge-issued = Frase emessa
clone-audit-verified = Verificato
clone-audit-verification-failed = Verifica non riuscita
clone-headline-ready = <@{ $user }> la tua voce **{ $name }** è pronta!
clone-headline-approved-ready = <@{ $user }> la tua voce **{ $name }** è stata approvata da un moderatore e clonata!
clone-headline-not-created = <@{ $user }> la tua richiesta di clonazione **{ $name }** non è andata a buon fine: Inworld non ha creato la voce.
clone-headline-approved-not-created = <@{ $user }> la tua richiesta di clonazione **{ $name }** è stata approvata, ma non è andata a buon fine: Inworld non ha creato la voce.
clone-headline-resumed = { $headline } (È stata ripresa dopo un riavvio del bot.)
clone-headline-unknown = <@{ $user }> { $message }
clone-report-created-after-dm = { $headline } Ti ho inviato l'ID della voce e l'audio in DM.
clone-report-created-no-dm = { $headline } Non sono riuscito a inviarti un DM: usa `/voices list` qui per vedere l'ID della voce (solo tu vedrai la risposta).
clone-report-failed-after-dm = { $headline } Ti ho inviato i dettagli in DM.
clone-relay-prefix = <@{ $user }> la tua clonazione della voce **{ $name }**:
clone-relay-later-dm = ⏳ Ci vuole un po' (sei in coda). Ti invierò il risultato in DM.
clone-relay-later-channel = ⏳ Ci vuole un po' (sei in coda). Pubblicherò il risultato in questo canale e ti menzionerò.
clone-stored-title = Voce { $name }
clone-stored-voice-id = ID della voce: `{ $voice }`
clone-stored-warnings = Campione { $index }: avvisi
clone-request-line = <@{ $user }> la tua richiesta di clonazione **{ $name }**
clone-failed = { $request } non è riuscita: { $reason }
clone-failed-approved = { $request } è stata approvata, ma la clonazione non è riuscita: { $reason }
clone-notice-review-expired = { $request } è scaduta prima che un moderatore la esaminasse. Puoi inviarla di nuovo.
clone-notice-interrupted = { $request } è stata interrotta da un riavvio del bot. Inviala di nuovo.
clone-notice-interrupted-cloning = { $request } è stata interrotta da un riavvio del bot. La voce potrebbe essere stata creata comunque: controlla l'elenco delle tue voci prima di riprovare.
clone-already-handled = Quella richiesta di clonazione è già in lavorazione.
clone-setting-not-changed = Quell'impostazione non è stata modificata: { $error }
clone-no-review-channel = Questo server richiede l'approvazione di un moderatore per clonare le voci, ma non è ancora stato configurato un canale di revisione. Chiedi a un moderatore di usare `/clone-settings approval`.
clone-cancelled-while-processing = Questa richiesta è stata annullata durante l'elaborazione.
clone-audio-gone = L'audio di questa richiesta non è più conservato. Invialo di nuovo.
clone-spoken-delete-failed = { $refusal } Per ora l'eliminazione non è riuscita: il bot continua a riprovare finché non sparisce, e nel frattempo nessuno può usarla.
clone-review-approved-by = ✅ Approvata da <@{ $moderator }>
clone-review-not-created = { $prefix }, ma Inworld non ha creato nessuna voce.
clone-review-created = { $prefix }. Voce creata: `{ $voice }`
clone-review-lost = { $prefix }; la risposta di Inworld è andata persa: il bot sta verificando se la voce è stata creata.
clone-review-failed = { $prefix }, ma la clonazione non è riuscita: { $reason }
clone-review-spoken-deleted = ❌ La frase letta non corrispondeva: la voce è stata eliminata.
clone-review-spoken-not-deleted = ❌ La frase letta non corrispondeva: la voce non è ancora stata eliminata (il bot riprova finché non sparisce).
clone-review-expired = ⌛ Scaduta: nessuno l'ha esaminata in tempo.

# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# Spoken consent: why a recording of the sentence was refused, and what to do next.
consent-not-yours = Quella frase è stata data a qualcun altro. Usa /clone per avere la tua.
consent-extra-samples = Con il consenso vocale, la registrazione della tua frase è l'unico campione della voce, quindi non si possono usare altre registrazioni (come `sample2` o `sample3`). Invia solo la registrazione della tua frase: la tua frase è valida fino alle <t:{ $expires }:t>.
consent-tries-used = Le tue ultime { $count } registrazioni non corrispondevano alle loro frasi. Riprova tra { $wait }.
consent-not-voice-message = Questo server accetta per la frase solo un messaggio vocale registrato in Discord.
consent-replayed = Quella registrazione è già stata usata. Registra la frase adesso, con la tua voce.
consent-expired = La tua frase è scaduta prima che arrivasse la sua registrazione.
consent-used = Quella frase è già stata usata. Usa di nuovo /clone per averne una nuova.

consent-heard-extra = Ho sentito la tua frase, ma anche altre voci prima, dopo o nel mezzo. La registrazione deve contenere solo la tua frase, con la tua voce, senza altri suoni né altre persone che parlano.
consent-heard-extra-seconds = Ho sentito la tua frase, ma anche circa { $seconds } s di altre voci prima, dopo o nel mezzo. La registrazione deve contenere solo la tua frase, con la tua voce, senza altri suoni né altre persone che parlano.
consent-heard-mismatch = Ho sentito «{ $heard }», che non corrisponde alla tua frase.
consent-heard-nothing-recognized = (niente che sia riuscito a riconoscere)

consent-inworld-heard-extra = Inworld ha sentito «{ $heard }»: la tua frase, ma anche altre voci, quindi la voce è stata eliminata subito. La registrazione deve contenere solo la tua frase.
consent-inworld-heard-mismatch = Inworld ha sentito «{ $heard }», che non è la frase che ti è stata data, quindi la voce è stata eliminata subito.
consent-heard-nothing = (niente)

consent-try-again = Per riprovare, leggi ad alta voce questa nuova frase: «{ $sentence }» e invia la registrazione entro le <t:{ $expires }:t>.
consent-no-tries-left = Per ora non hai più tentativi: riprova tra { $wait }.
consent-then = { $first } { $then }

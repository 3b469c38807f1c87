# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# /clone-settings and the policy rules (bot/policy.py, cogs/clone_settings.py).

settings-duration-hours-minutes = { $hours } h { $minutes } min
settings-duration-hours = { $hours } h
settings-duration-minutes-seconds = { $minutes } min { $seconds } s
settings-duration-minutes = { $minutes } min
settings-duration-seconds = { $seconds } s
settings-when-in = tra { $duration }
settings-when-at = alle { $time } UTC
settings-when-tomorrow-at = domani alle { $time } UTC

settings-consent-default = Confermo che la voce in queste registrazioni è la mia, o che chi la possiede mi ha dato il permesso esplicito di clonarla, e che non userò la voce clonata per ingannare, impersonare o danneggiare nessuno.

settings-refusal-blocked = Non puoi clonare voci in questo server.
settings-refusal-channel = La clonazione vocale non è consentita in questo canale. Usa { $channels }.
settings-refusal-role = Ti serve uno di questi ruoli per clonare voci: { $roles }.
settings-refusal-open-request = Hai già una richiesta di clonazione in corso (#{ $request }). Attendi che sia completata.
settings-refusal-cooldown = Sei in attesa: aspetta { $wait } prima della prossima richiesta.
settings-refusal-member-quota = Hai raggiunto il tuo limite di { $count } richieste di clonazione in 24 ore. Riprova domani.
settings-refusal-guild-quota = Questo server ha raggiunto il limite di { $count } richieste di clonazione in 24 ore. Riprova domani.

settings-limit-once = Hai { $done } { $window ->
        [hour] un attimo fa
       *[other] di recente
    }{ $note }; riprova { $when }.
settings-limit-used = { $per ->
        [member] Hai usato le tue
       *[server] Questo server ha usato le sue
    } { $count } { $noun } per { $period }{ $note }; la prossima sarà disponibile { $when }.
settings-limit-note = { " " }({ $note })
settings-period-hour = quest'ora
settings-period-day = oggi
settings-period-last = le ultime { $duration }
settings-opened-noun = { $count ->
        [one] richiesta di clonazione
       *[other] richieste di clonazione
    }
settings-opened-done = aperto una richiesta di clonazione
settings-opened-note = conta ogni richiesta aperta, confermata o no

settings-needs-manage-server = Solo i membri con il permesso **Gestisci server** possono modificare queste impostazioni; non è stato modificato nulla.
settings-needs-moderator = Solo i moderatori di questo server possono vedere queste impostazioni.
settings-choose-item = Scegli quale aggiungere o rimuovere.
settings-choose-review-channel = Scegli un canale di revisione quando attivi l'approvazione.
settings-one-list-edit = Modifica una voce dell'elenco alla volta (aggiungi, rimuovi o svuota); non è stato modificato nulla.
settings-chars-set-or-reset = Imposta i caratteri al giorno oppure reimpostali, non entrambe le cose; non è stato modificato nulla.
settings-nothing-to-change = Niente da modificare; impostazioni attuali:
settings-updated = ✅ Impostazioni aggiornate.

settings-on = attivo
settings-off = disattivato
settings-yes = sì
settings-no = no
settings-none = nessuno
settings-unlimited = illimitato
settings-not-set = non impostato
settings-any = qualsiasi
settings-any-channel = qualsiasi canale
settings-everyone = tutti
settings-every-member = tutti i membri
settings-nobody = nessuno
settings-manage-server-only = solo Gestisci server
settings-requests-per-day = { $count } richieste / 24 h
settings-chars-per-day = { $count } caratteri / 24 h
settings-bot-default = { $value } (predefinito del bot)
settings-language-auto = Altro / rilevamento automatico

settings-speech-title = Impostazioni vocali
settings-read-aloud-unavailable = non disponibile su questo bot (READ_ALOUD_ENABLED è disattivato)
settings-read-aloud-allowed = consentita
settings-read-aloud-not-allowed = non consentita
settings-speak-with-all = la propria voce e quelle del server
settings-speak-with-own = la propria voce
settings-speech-lines =
    Parlare: { $speaking }
    Chi: { $roles } (i moderatori sempre)
    Canali vocali: { $voice_channels }
    Canali testuali: { $text_channels }
    I membri parlano con: { $voices }
    Lettura ad alta voce: { $read_aloud }
    Per membro: { $member }
    Per server: { $server }

settings-title = Impostazioni della clonazione vocale
settings-who-title = Chi e dove
settings-who-lines =
    Ruoli: { $roles }
    Canali: { $channels }
    Bloccati: { $blocked }
    Ruoli moderatore: { $moderators }
settings-limits-title = Limiti
settings-limits-lines =
    Attesa per membro: { $cooldown }
    Per membro: { $member }
    Per server: { $server }
    Durata del campione conservata: fino a { $sample } s
settings-defaults-title = Predefiniti
settings-defaults-lines =
    Lingua: { $language }
    Riduzione del rumore: { $noise }
    Risposte: { $replies }
    Lingua del server: { $server_language }
settings-replies-private = visibili solo al membro
settings-replies-public = pubbliche
settings-server-language-chosen = { $language }
settings-server-language-discord = lingua del server su Discord ({ $language })
settings-review-title = Revisione e registro
settings-review-lines =
    Approvazione richiesta: { $approval }
    Canale di revisione: { $review }
    Canale del registro: { $audit }
settings-previews-title = Anteprime parlate
settings-previews-lines =
    Nei risultati: { $enabled }
    Chi può ascoltare l'anteprima di una voce: { $who }
    Frase: { $sentence }
settings-previews-anyone = qualsiasi membro
settings-previews-owner = chi la possiede (voci del server: chiunque)
settings-previews-default-sentence = quella predefinita della lingua della voce
settings-verification-title = Consenso parlato
settings-verification-off = disattivato: solo il pulsante di consenso
settings-verification-on = attivo: i membri leggono ad alta voce una frase nuova (un messaggio vocale o un file)
settings-verification-strict = rigoroso: i membri leggono una frase nuova in un messaggio vocale di Discord
settings-speaking-title = Parlare con voci clonate
settings-consent-title = Dichiarazione di consenso

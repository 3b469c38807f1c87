# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# Command, group, option and choice names and descriptions (bot/i18n/translator.py).
# A command's value is its name (lowercase, no spaces, 1-32 characters, unique among its
# siblings), .description its description (1-100 characters); context menus (menu-*) may
# have spaces and capitals; choices (choice-*, keyed by the English name) are 1-100 characters.

## /clone

cmd-clone = clona
    .description = Clona una voce da una sua registrazione.
cmd-clone--sample = campione
    .description = Una registrazione della voce: 10-15 s di parlato chiaro (messaggio vocale, MP3, WAV...)
cmd-clone--name = nome
    .description = Un nome per la nuova voce
cmd-clone--language = lingua
    .description = La lingua parlata nella registrazione
cmd-clone--sample2 = campione2
    .description = Seconda registrazione facoltativa della stessa voce
cmd-clone--sample3 = campione3
    .description = Terza registrazione facoltativa della stessa voce
cmd-clone--transcription = trascrizione
    .description = Facoltativo: esattamente ciò che si dice nella prima registrazione
cmd-clone--description = descrizione
    .description = Facoltativo: una descrizione della voce (tono, accento, uso)
cmd-clone--tags = tag
    .description = Facoltativo: tag separati da virgole, es. calma, narratore
cmd-clone--remove-noise = rimuovi_rumore
    .description = Rimuovi prima il rumore di fondo (può peggiorare registrazioni già pulite)

## /clone-settings

cmd-clone-settings = impostazioni-clonazione
    .description = Impostazioni di /clone in questo server (membri con Gestire il server).
cmd-clone-settings-show = mostra
    .description = Mostra le impostazioni di clonazione vocale di questo server.
cmd-clone-settings-limits = limiti
    .description = Attesa, quote giornaliere, durata del campione.
cmd-clone-settings-limits--cooldown-seconds = secondi_attesa
    .description = Secondi di attesa di un membro tra due richieste (0 = nessuna)
cmd-clone-settings-limits--member-daily = giornaliere_membro
    .description = Richieste per membro ogni 24 h (0 = illimitate)
cmd-clone-settings-limits--server-daily = giornaliere_server
    .description = Richieste per l'intero server ogni 24 h (0 = illimitate)
cmd-clone-settings-limits--max-sample-seconds = secondi_max_campione
    .description = Campione più lungo conservato, in secondi (3-15)
cmd-clone-settings-defaults = predefiniti
    .description = Lingua predefinita, rimozione del rumore, risposte.
cmd-clone-settings-defaults--language = lingua
    .description = Lingua predefinita di /clone
cmd-clone-settings-defaults--remove-noise = rimuovi_rumore
    .description = Rimuovi il rumore di fondo per impostazione predefinita
cmd-clone-settings-defaults--ephemeral = effimere
    .description = Risposte visibili solo al membro (true) o pubbliche (false)
cmd-clone-settings-approval = approvazione
    .description = Richiedi l'approvazione di un moderatore.
cmd-clone-settings-approval--required = obbligatoria
    .description = Ogni richiesta di clonazione richiede l'approvazione di un moderatore
cmd-clone-settings-approval--review-channel = canale_revisione
    .description = Dove vengono pubblicate le richieste da revisionare
cmd-clone-settings-verification = verifica
    .description = Fai leggere prima ad alta voce una frase nuova ai membri.
cmd-clone-settings-verification--mode = modalità
    .description = disattivata; attivata: ogni registrazione della frase; rigorosa: solo un messaggio vocale Discord
cmd-clone-settings-audit-channel = canale-audit
    .description = Dove viene pubblicato il registro di audit.
cmd-clone-settings-audit-channel--channel = canale
    .description = Il canale di audit (lascia vuoto per non pubblicare più)
cmd-clone-settings-roles = ruoli
    .description = Ruoli che possono clonare o moderare.
cmd-clone-settings-roles--action = azione
    .description = Aggiungi, rimuovi o svuota l'elenco
cmd-clone-settings-roles--role = ruolo
    .description = Il ruolo da aggiungere o rimuovere
cmd-clone-settings-roles--kind = elenco
    .description = Quale elenco: ruoli che possono clonare o ruoli moderatore
cmd-clone-settings-channels = canali
    .description = Canali in cui si può usare /clone.
cmd-clone-settings-channels--action = azione
    .description = Aggiungi, rimuovi o svuota (svuota = qualsiasi canale)
cmd-clone-settings-channels--channel = canale
    .description = Canale
cmd-clone-settings-block = blocca
    .description = Impedisce a un membro di clonare voci.
cmd-clone-settings-block--member = membro
    .description = Il membro che non potrà più clonare voci
cmd-clone-settings-unblock = sblocca
    .description = Permette a un membro bloccato di clonare di nuovo.
cmd-clone-settings-unblock--member = membro
    .description = Il membro bloccato che potrà clonare di nuovo
cmd-clone-settings-consent = consenso
    .description = La dichiarazione che i membri devono confermare.
cmd-clone-settings-consent--text = testo
    .description = La tua formulazione (lascia vuoto per la dichiarazione predefinita)
cmd-clone-settings-language = lingua
    .description = La lingua dei messaggi del bot qui.
cmd-clone-settings-language--language = lingua
    .description = Revisione, audit e avvisi pubblici in questa lingua (le risposte seguono quella del membro)
cmd-clone-settings-previews = anteprime
    .description = Anteprime parlate delle voci clonate.
cmd-clone-settings-previews--enabled = attive
    .description = Pronuncia una breve frase con la nuova voce in ogni risultato di clonazione
cmd-clone-settings-previews--open-to-members = aperte_ai_membri
    .description = Ogni membro può ascoltare qualsiasi voce (no: solo le proprie e quelle del server)
cmd-clone-settings-previews--text = testo
    .description = La frase di anteprima (ogni lingua; lascia vuoto e attiva reimposta_testo per quella predefinita)
cmd-clone-settings-previews--reset-text = reimposta_testo
    .description = Torna alla frase predefinita della lingua di ogni voce
cmd-clone-settings-speech = parlato
    .description = Chi può parlare con le voci clonate, e dove.
cmd-clone-settings-speech--enabled = attivo
    .description = I membri possono parlare qui con voci clonate (/say, lettura ad alta voce)
cmd-clone-settings-speech--add-role = aggiungi_ruolo
    .description = Permetti a questo ruolo di parlare (nessun ruolo in elenco: tutti i membri)
cmd-clone-settings-speech--remove-role = rimuovi_ruolo
    .description = Togli questo ruolo dall'elenco
cmd-clone-settings-speech--add-voice-channel = aggiungi_canale_vocale
    .description = Permetti di parlare in questo canale vocale (nessuno in elenco: qualsiasi)
cmd-clone-settings-speech--remove-voice-channel = rimuovi_canale_vocale
    .description = Togli questo canale vocale dall'elenco
cmd-clone-settings-speech--add-text-channel = aggiungi_canale_testuale
    .description = Permetti /say e la lettura ad alta voce in questo canale (nessuno in elenco: qualsiasi)
cmd-clone-settings-speech--remove-text-channel = rimuovi_canale_testuale
    .description = Togli questo canale dall'elenco
cmd-clone-settings-speech--clear = svuota
    .description = Svuota un elenco: tutti i membri, o qualsiasi canale
cmd-clone-settings-speech--read-aloud = lettura_ad_alta_voce
    .description = I membri possono far leggere ad alta voce ciò che scrivono con la loro voce
cmd-clone-settings-speech--server-voices = voci_del_server
    .description = I membri possono parlare con le voci del server, non solo con le proprie
cmd-clone-settings-speech--member-daily-chars = caratteri_giornalieri_membro
    .description = Caratteri che ogni membro può far pronunciare ogni 24 h (0 = illimitati)
cmd-clone-settings-speech--server-daily-chars = caratteri_giornalieri_server
    .description = Caratteri che l'intero server può far pronunciare ogni 24 h (0 = illimitati)
cmd-clone-settings-speech--reset-daily-chars = reimposta_caratteri
    .description = Torna ai caratteri giornalieri predefiniti del bot

## /voices

cmd-voices = voci
    .description = Le voci clonate in questo server.
cmd-voices-list = elenco
    .description = Le tue voci e le voci del server.
cmd-voices-info = info
    .description = Dettagli di una voce.
cmd-voices-info--voice = voce
    .description = La voce (inizia a scriverne il nome)
cmd-voices-preview = ascolta
    .description = Ascolta una voce dire una frase.
cmd-voices-preview--voice = voce
    .description = La voce (tua, o una voce del server)
cmd-voices-preview--text = testo
    .description = Cosa deve dire (predefinito: la frase di anteprima del server)
cmd-voices-rename = rinomina
    .description = Cambia il nome visualizzato di una voce.
cmd-voices-rename--voice = voce
    .description = La voce (tua; moderatori: qualsiasi)
cmd-voices-rename--name = nome
    .description = Il suo nuovo nome
cmd-voices-delete = elimina
    .description = Elimina una voce da Inworld.
cmd-voices-delete--voice = voce
    .description = La voce (tua; moderatori: qualsiasi di questo server)
cmd-voices-server = server
    .description = Condividi una voce con tutto il server.
cmd-voices-server--voice = voce
    .description = La voce
cmd-voices-server--shared = condivisa
    .description = Sì: ogni membro la vede e può ascoltarla; no: privata
cmd-voices-skip = salta
    .description = Salta ciò che il bot sta dicendo nella tua chiamata.
cmd-voices-stop = ferma
    .description = Moderatori: smetti subito di parlare e svuota la coda.
cmd-voices-leave = esci
    .description = Fa uscire il bot dal canale vocale.
cmd-voices-read-aloud = leggi-ad-alta-voce
    .description = Pronuncia ciò che scrivi nella chat del tuo canale vocale, con la tua voce clonata.
cmd-voices-read-aloud--state = stato
    .description = Attivata: ciò che scrivi viene detto mentre siamo nello stesso canale vocale; disattivata: no
cmd-voices-read-aloud--voice = voce
    .description = Quale voce legge (tua, o una voce del server; predefinita: la più recente)
cmd-voices-erase-my-data = cancella-i-miei-dati
    .description = Elimina tutte le tue voci e tutto ciò che è salvato su di te.
cmd-voices-erase-member = cancella-membro
    .description = Moderatori: cancella le voci e i dati di un membro.
cmd-voices-erase-member--member = membro
    .description = Il membro (es. uno che è uscito: incolla il suo ID utente)

## /clone-delete

cmd-clone-delete = elimina-clone
    .description = Elimina una voce clonata qui.
cmd-clone-delete--voice = voce
    .description = La voce da eliminare (tua; moderatori: qualsiasi di questo server)

## /say

cmd-say = parla
    .description = Pronuncia un testo con la tua voce clonata (nel tuo canale vocale o come messaggio vocale).
cmd-say--text = testo
    .description = Cosa dire
cmd-say--voice = voce
    .description = Quale voce (tua, o una voce del server; predefinita: la più recente)

## Context menus (Apps > ...)

menu-clone-this-voice = Clona questa voce
menu-speak-this-message = Pronuncia questo messaggio

## Choices

choice-english-us = Inglese (USA)
choice-chinese-china = Cinese (Cina)
choice-korean = Coreano
choice-japanese = Giapponese
choice-russian = Russo
choice-other-auto-detect = Altro / rilevamento automatico
choice-italian = Italiano
choice-spanish-spain = Spagnolo (Spagna)
choice-portuguese-brazil = Portoghese (Brasile)
choice-german = Tedesco
choice-french = Francese
choice-arabic-saudi-arabia = Arabo (Arabia Saudita)
choice-polish = Polacco
choice-dutch = Olandese
choice-hindi = Hindi
choice-hebrew = Ebraico
choice-off = disattivata
choice-on-any-recording-of-the-sentence = attivata: qualsiasi registrazione della frase
choice-strict-only-a-voice-message-recorded-in-discord = rigorosa: solo un messaggio vocale registrato in Discord
choice-add = aggiungi
choice-remove = rimuovi
choice-clear = svuota
choice-allowed = autorizzati
choice-moderator = moderatori
choice-discord-s-server-language = Lingua del server su Discord
choice-roles-every-member-may-speak = ruoli (tutti i membri possono parlare)
choice-voice-channels-any = canali vocali (qualsiasi)
choice-text-channels-any = canali testuali (qualsiasi)
choice-on = attivata

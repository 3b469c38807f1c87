# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# /voices: the server's voice library, previews, erasure (bot/voices, cogs/voices.py).

## Refusals (bot/voices/access.py, library.py, previews.py)
voices-not-here = Nessuna voce con quell'ID è stata clonata in questo server (oppure è già stata eliminata).
voices-not-yours-delete = Puoi eliminare solo le voci che hai clonato tu (moderatori: qualsiasi voce di questo server).
voices-not-yours-rename = Puoi rinominare solo le voci che hai clonato tu (moderatori: qualsiasi voce di questo server).
voices-moderators-only-server-voice = Solo un moderatore di questo server può rendere una voce una voce del server.
voices-moderators-only-erase = Solo un moderatore di questo server può cancellare i dati di un altro membro.
voices-preview-private = Solo il proprietario può ascoltare un'anteprima di questa voce: non è una voce del server, e questo server permette ai membri di ascoltare solo le proprie voci e le voci del server.
voices-info-private = Quella voce è privata del membro che l'ha clonata (non è una voce del server).
voices-erase-still-open = C'è ancora una richiesta di clonazione in corso: annullala o aspetta che finisca (o scada), poi cancella i dati.
voices-rename-empty = Il nuovo nome non può essere vuoto.
voices-rename-too-long = Il nuovo nome è troppo lungo (al massimo { $max }).
voices-gone-on-inworld = Quella voce non esiste più su Inworld; ora è segnata come eliminata anche qui.
voices-deleted-meanwhile = Quella voce è stata eliminata nel frattempo.
voices-preview-queue-full = Ci sono già troppe anteprime in attesa ({ $waiting }); non è stato messo in coda nulla. Riprova tra circa { $wait }.
voices-preview-queue-full-server = Ci sono già troppe anteprime di questo server in attesa ({ $waiting }); non è stato messo in coda nulla. Riprova tra circa { $wait }.
voices-preview-too-long = Quel testo è troppo lungo per un'anteprima: { $length } caratteri, il limite è { $max }.
voices-preview-cooldown = Hai appena ascoltato l'anteprima di una voce; riprova tra { $wait }.

## The spoken preview in a clone result (bot/voices/result.py)
voices-result-preview = 🔊 Anteprima
voices-result-preview-failed = ⚠️ L'anteprima parlata non è riuscita: { $why }
voices-result-preview-later = La tua voce è comunque pronta; prova `/voices preview` più tardi.
voices-result-why-restarting = il bot si sta riavviando
voices-result-why-timeout = il servizio di sintesi vocale non ha risposto in tempo
voices-result-why-unexpected = un errore imprevisto ({ $error })
voices-result-preview-too-large = L'anteprima era troppo grande per essere caricata qui.
voices-result-preview-attached = In allegato: `{ $filename }`, “{ $text }”

## Embeds and buttons (bot/voices/ui.py)
voices-line-server = 🌐 voce del server
voices-line-private = privata
voices-line = { $language } · proprietario <@{ $user_id }> · creata { $created } · { $sharing }
voices-page-title-server = Le voci di questo server
voices-page-title-mine = Le tue voci e le voci del server
voices-page-empty = Ancora nessuna voce. Usa `/clone` per crearne una.
voices-page-status = Pagina { $page }/{ $pages } · { $total ->
        [one] { $total } voce
       *[other] { $total } voci
    }
voices-page-footer = /voices info · preview · rename · delete
voices-info-title = Voce: { $name }
voices-info-voice-id = ID della voce
voices-info-language = Lingua
voices-info-owner = Proprietario
voices-info-created = Creata
voices-info-server-voice = Voce del server
voices-info-server-voice-yes = sì (ogni membro può ascoltarne l'anteprima)
voices-info-server-voice-no = no
voices-pager-not-yours = ❌ Questi pulsanti appartengono al membro che ha usato /voices list.
voices-pager-previous = ◀ Precedente
voices-pager-next = Successiva ▶
voices-confirm-not-yours = ❌ Solo il membro che l'ha chiesto può confermare.
voices-confirm = Conferma
voices-cancel = Annulla
voices-cancelled = Annullato: non è stato modificato nulla.

## Replies (cogs/voices.py)
voices-preview-says = 🔊 **{ $name }** (`{ $voice_id }`) dice: “{ $text }”
voices-renamed = ✏️ La voce `{ $voice_id }` ora si chiama **{ $name }** (anche su Inworld).
voices-delete-ask = ⚠️ Eliminare **{ $name }** (`{ $voice_id }`) da Inworld? Non si può annullare.
voices-delete-button = Elimina
voices-deleted = 🗑️ La voce **{ $name }** (`{ $voice_id }`) è stata eliminata da Inworld.
voices-shared = 🌐 **{ $name }** (`{ $voice_id }`) ora è una voce del server.
voices-unshared = 🌐 **{ $name }** (`{ $voice_id }`) non è più una voce del server.
voices-skipped = ⏭️ Saltato.
voices-nothing-said = In questo momento non si sta dicendo nulla.
voices-stopped = ⏹️ Fermato; { $dropped ->
        [one] { $dropped } testo in coda scartato.
       *[other] { $dropped } testi in coda scartati.
    }
voices-left = 👋 Ho lasciato il canale vocale.
voices-not-in-channel = Non sono in un canale vocale.
voices-read-aloud-off = 🔇 La lettura ad alta voce è disattivata per te.
voices-read-aloud-on = 🔊 La lettura ad alta voce è attiva: finché siamo nello stesso canale vocale, ciò che scrivi nella sua chat viene letto con **{ $name }**. `/voices read-aloud off` la ferma.
voices-erase-ask-own = ⚠️ Cancellare i tuoi dati in questo server? { $voices ->
        [one] { $voices } voce verrà eliminata
       *[other] { $voices } voci verranno eliminate
    } da Inworld e { $requests ->
        [one] { $requests } richiesta salvata cancellata
       *[other] { $requests } richieste salvate cancellate
    } (audio, nomi, testi). Gli eventi di audit restano, senza contenuti personali. Non si può annullare.
voices-erase-ask-member = ⚠️ Cancellare i dati di <@{ $member_id }> in questo server? { $voices ->
        [one] { $voices } voce verrà eliminata
       *[other] { $voices } voci verranno eliminate
    } da Inworld e { $requests ->
        [one] { $requests } richiesta salvata cancellata
       *[other] { $requests } richieste salvate cancellate
    } (audio, nomi, testi). Gli eventi di audit restano, senza contenuti personali. Non si può annullare.
voices-erase-button = Cancella tutto
voices-erased = 🧹 Fatto: { $voices ->
        [one] { $voices } voce eliminata
       *[other] { $voices } voci eliminate
    } da Inworld, { $requests ->
        [one] { $requests } richiesta salvata cancellata.
       *[other] { $requests } richieste salvate cancellate.
    }

## What a limit refusal names (bot/voices/limits.py, through settings-limit-*)
voices-renames-noun = { $count ->
        [one] rinomina
       *[other] rinomine
    }
voices-renames-done = rinominato una voce
voices-previews-noun = { $count ->
        [one] anteprima
       *[other] anteprime
    }
voices-previews-done = ascoltato l'anteprima di una voce

# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# Errors and refusals every command can answer with (bot/tree.py).
error-bug = Qualcosa è andato storto nel bot. (rif. `{ $ref }`) Riprova.
error-cooldown = Piano! Riprova tra { $seconds } s.
error-missing-permissions = Ti serve il permesso { $permissions } per farlo.
error-server-only = Questo comando funziona solo in un server.
error-not-allowed = Non puoi usare questo comando qui.
error-bad-value = Questo valore non è valido: { $value }.

# Sizes ($count bytes; $value in $unit: KB, MB or GB, with one decimal).
error-size-bytes = { NUMBER($count, useGrouping: 0) } byte
error-size = { NUMBER($value, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } { $unit }

# Downloading an attachment (bot/download.py).
error-download-too-large = `{ $filename }` supera i { $limit } accettati da questo bot. Basta una registrazione di 10-30 secondi.
error-download-too-large-size = `{ $filename }` ({ $size }) supera i { $limit } accettati da questo bot. Basta una registrazione di 10-30 secondi.
error-download-refused = Discord non ha permesso al bot di scaricare `{ $filename }` (HTTP { $status }). Riprova.
error-download-timeout = Il download di `{ $filename }` ha richiesto più di { NUMBER($seconds, useGrouping: 0) } s. Riprova.
error-download-failed = Il download di `{ $filename }` non è riuscito. Riprova.

# The clone queue (bot/ratelimit/waiting.py).
error-queue-full = La coda di clonazione è piena: { $group ->
        [true] { $waiting ->
            [one] { $waiting } richiesta da questo server è
           *[other] { $waiting } richieste da questo server sono
        }
       *[false] { $waiting ->
            [one] { $waiting } richiesta è
           *[other] { $waiting } richieste sono
        }
    } in attesa (un'attesa di circa { $wait }). Non è stato messo in coda nulla; riprova tra circa { $retry } (alle <t:{ $at }:t>).
error-audio-not-attached = (Non è stato possibile allegare qui l’audio elaborato.)
error-interrupted = ⏸️ Il bot si sta riavviando prima che la tua richiesta fosse completata. È salvata: appena il bot torna (di solito entro un minuto), ti dirà com’è andata.
error-restarting = Il bot si sta riavviando; riprova tra un minuto.

# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# Errors and refusals every command can answer with (bot/tree.py).
error-bug = Un problème est survenu du côté du bot. (réf. `{ $ref }`) Merci de réessayer.
error-cooldown = Doucement ! Réessaie dans { $seconds } s.
error-missing-permissions = Tu as besoin de la permission { $permissions } pour faire ça.
error-server-only = Cette commande ne fonctionne que dans un serveur.
error-not-allowed = Tu n'as pas le droit d'utiliser cette commande ici.
error-bad-value = Cette valeur n'est pas valide : { $value }.

# Sizes ($count bytes; $value in $unit: KB, MB or GB, with one decimal).
error-size-bytes = { NUMBER($count, useGrouping: 0) } octets
error-size = { NUMBER($value, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } { $unit ->
        [KB] Ko
        [MB] Mo
        [GB] Go
       *[other] { $unit }
    }

# Downloading an attachment (bot/download.py).
error-download-too-large = `{ $filename }` dépasse les { $limit } acceptés par ce bot. Un enregistrement de 10 à 30 secondes suffit.
error-download-too-large-size = `{ $filename }` ({ $size }) dépasse les { $limit } acceptés par ce bot. Un enregistrement de 10 à 30 secondes suffit.
error-download-refused = Discord n'a pas laissé le bot télécharger `{ $filename }` (HTTP { $status }). Merci de réessayer.
error-download-timeout = Le téléchargement de `{ $filename }` a pris plus de { NUMBER($seconds, useGrouping: 0) } s. Merci de réessayer.
error-download-failed = Le téléchargement de `{ $filename }` a échoué. Merci de réessayer.

# The clone queue (bot/ratelimit/waiting.py).
error-queue-full = La file de clonage est pleine : { $group ->
        [true] { $waiting ->
            [one] { $waiting } demande de ce serveur est
           *[other] { $waiting } demandes de ce serveur sont
        }
       *[false] { $waiting ->
            [one] { $waiting } demande est
           *[other] { $waiting } demandes sont
        }
    } en attente (environ { $wait } d'attente). Rien n'a été mis en file ; réessaie dans environ { $retry } (vers <t:{ $at }:t>).
error-audio-not-attached = (L’audio traité n’a pas pu être joint ici.)
error-interrupted = ⏸️ Le bot redémarre avant la fin de ta demande. Elle est enregistrée : dès que le bot sera de retour (en général en moins d’une minute), il te dira ce qu’elle est devenue.
error-restarting = Le bot redémarre ; réessaie dans une minute.

# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# /voices: the server's voice library, previews, erasure (bot/voices, cogs/voices.py).

## Refusals (bot/voices/access.py, library.py, previews.py)
voices-not-here = Aucune voix avec cet ID n'a été clonée sur ce serveur (ou elle est déjà supprimée).
voices-not-yours-delete = Tu ne peux supprimer que les voix que tu as clonées toi-même (modérateurs : toute voix de ce serveur).
voices-not-yours-rename = Tu ne peux renommer que les voix que tu as clonées toi-même (modérateurs : toute voix de ce serveur).
voices-moderators-only-server-voice = Seul un modérateur de ce serveur peut faire d'une voix une voix du serveur.
voices-moderators-only-erase = Seul un modérateur de ce serveur peut effacer les données d'un autre membre.
voices-preview-private = Seul son propriétaire peut écouter un aperçu de cette voix : ce n'est pas une voix du serveur, et ce serveur ne laisse les membres écouter que leurs propres voix et les voix du serveur.
voices-info-private = Cette voix est privée, réservée au membre qui l'a clonée (ce n'est pas une voix du serveur).
voices-erase-still-open = Une demande de clonage est encore en cours : annule-la ou attends qu'elle soit terminée (ou qu'elle expire), puis efface les données.
voices-rename-empty = Le nouveau nom ne peut pas être vide.
voices-rename-too-long = Le nouveau nom est trop long ({ $max } au maximum).
voices-gone-on-inworld = Cette voix n'existe plus sur Inworld ; elle est désormais marquée comme supprimée ici.
voices-deleted-meanwhile = Cette voix a été supprimée entre-temps.
voices-preview-queue-full = Trop d'aperçus sont déjà en attente ({ $waiting }) ; rien n'a été mis en file. Réessaie dans environ { $wait }.
voices-preview-queue-full-server = Trop d'aperçus de ce serveur sont déjà en attente ({ $waiting }) ; rien n'a été mis en file. Réessaie dans environ { $wait }.
voices-preview-too-long = Ce texte est trop long pour un aperçu : { $length } caractères, la limite est de { $max }.
voices-preview-cooldown = Tu as écouté l'aperçu d'une voix il y a un instant ; réessaie dans { $wait }.

## The spoken preview in a clone result (bot/voices/result.py)
voices-result-preview = 🔊 Aperçu
voices-result-preview-failed = ⚠️ L'aperçu parlé a échoué : { $why }
voices-result-preview-later = Ta voix est prête malgré tout ; essaie `/voices preview` plus tard.
voices-result-why-restarting = le bot redémarre
voices-result-why-timeout = le service de synthèse vocale n'a pas répondu à temps
voices-result-why-unexpected = une erreur inattendue ({ $error })
voices-result-preview-too-large = L'aperçu était trop volumineux pour être envoyé ici.
voices-result-preview-attached = En pièce jointe : `{ $filename }`, « { $text } »

## Embeds and buttons (bot/voices/ui.py)
voices-line-server = 🌐 voix du serveur
voices-line-private = privée
voices-line = { $language } · propriétaire <@{ $user_id }> · créée { $created } · { $sharing }
voices-page-title-server = Les voix de ce serveur
voices-page-title-mine = Tes voix et les voix du serveur
voices-page-empty = Pas encore de voix. Utilise `/clone` pour en créer une.
voices-page-status = Page { $page }/{ $pages } · { $total ->
        [one] { $total } voix
       *[other] { $total } voix
    }
voices-page-footer = /voices info · preview · rename · delete
voices-info-title = Voix : { $name }
voices-info-voice-id = ID de la voix
voices-info-language = Langue
voices-info-owner = Propriétaire
voices-info-created = Créée
voices-info-server-voice = Voix du serveur
voices-info-server-voice-yes = oui (tous les membres peuvent l'écouter)
voices-info-server-voice-no = non
voices-pager-not-yours = ❌ Ces boutons appartiennent au membre qui a lancé /voices list.
voices-pager-previous = ◀ Précédent
voices-pager-next = Suivant ▶
voices-confirm-not-yours = ❌ Seul le membre qui a fait la demande peut confirmer.
voices-confirm = Confirmer
voices-cancel = Annuler
voices-cancelled = Annulé : rien n'a été modifié.

## Replies (cogs/voices.py)
voices-preview-says = 🔊 **{ $name }** (`{ $voice_id }`) dit : « { $text } »
voices-renamed = ✏️ La voix `{ $voice_id }` s'appelle désormais **{ $name }** (sur Inworld aussi).
voices-delete-ask = ⚠️ Supprimer **{ $name }** (`{ $voice_id }`) d'Inworld ? C'est irréversible.
voices-delete-button = Supprimer
voices-deleted = 🗑️ La voix **{ $name }** (`{ $voice_id }`) a été supprimée d'Inworld.
voices-shared = 🌐 **{ $name }** (`{ $voice_id }`) est désormais une voix du serveur.
voices-unshared = 🌐 **{ $name }** (`{ $voice_id }`) n'est plus une voix du serveur.
voices-skipped = ⏭️ Passé.
voices-nothing-said = Rien n'est dit en ce moment.
voices-stopped = ⏹️ Arrêté ; { $dropped ->
        [one] { $dropped } texte en attente abandonné.
       *[other] { $dropped } textes en attente abandonnés.
    }
voices-left = 👋 J'ai quitté le salon vocal.
voices-not-in-channel = Je ne suis pas dans un salon vocal.
voices-read-aloud-off = 🔇 La lecture à voix haute est désactivée pour toi.
voices-read-aloud-on = 🔊 La lecture à voix haute est activée : tant que nous sommes dans le même salon vocal, ce que tu écris dans son chat est lu avec **{ $name }**. `/voices read-aloud off` l'arrête.
voices-erase-ask-own = ⚠️ Effacer tes données sur ce serveur ? { $voices ->
        [one] { $voices } voix sera supprimée
       *[other] { $voices } voix seront supprimées
    } d'Inworld et { $requests ->
        [one] { $requests } demande enregistrée effacée
       *[other] { $requests } demandes enregistrées effacées
    } (audio, noms, textes). Les événements d'audit restent, sans contenu personnel. C'est irréversible.
voices-erase-ask-member = ⚠️ Effacer les données de <@{ $member_id }> sur ce serveur ? { $voices ->
        [one] { $voices } voix sera supprimée
       *[other] { $voices } voix seront supprimées
    } d'Inworld et { $requests ->
        [one] { $requests } demande enregistrée effacée
       *[other] { $requests } demandes enregistrées effacées
    } (audio, noms, textes). Les événements d'audit restent, sans contenu personnel. C'est irréversible.
voices-erase-button = Tout effacer
voices-erased = 🧹 Terminé : { $voices ->
        [one] { $voices } voix supprimée
       *[other] { $voices } voix supprimées
    } d'Inworld, { $requests ->
        [one] { $requests } demande enregistrée effacée.
       *[other] { $requests } demandes enregistrées effacées.
    }

## What a limit refusal names (bot/voices/limits.py, through settings-limit-*)
voices-renames-noun = { $count ->
        [one] renommage
       *[other] renommages
    }
voices-renames-done = renommé une voix
voices-previews-noun = { $count ->
        [one] aperçu
       *[other] aperçus
    }
voices-previews-done = écouté l'aperçu d'une voix

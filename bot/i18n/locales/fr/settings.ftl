# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# /clone-settings and the policy rules (bot/policy.py, cogs/clone_settings.py).

settings-duration-hours-minutes = { $hours } h { $minutes } min
settings-duration-hours = { $hours } h
settings-duration-minutes-seconds = { $minutes } min { $seconds } s
settings-duration-minutes = { $minutes } min
settings-duration-seconds = { $seconds } s
settings-when-in = dans { $duration }
settings-when-at = à { $time } UTC
settings-when-tomorrow-at = demain à { $time } UTC

settings-consent-default = Je confirme que la voix de ces enregistrements est la mienne, ou que son propriétaire m'a explicitement autorisé à la cloner, et que je n'utiliserai pas la voix clonée pour tromper, usurper l'identité de quiconque ou nuire à qui que ce soit.

settings-refusal-blocked = Tu n'as pas le droit de cloner des voix sur ce serveur.
settings-refusal-channel = Le clonage de voix n'est pas autorisé dans ce salon. Utilise { $channels }.
settings-refusal-role = Il te faut l'un de ces rôles pour cloner des voix : { $roles }.
settings-refusal-open-request = Tu as déjà une demande de clonage en cours (#{ $request }). Attends qu'elle soit terminée.
settings-refusal-cooldown = Tu dois patienter : attends { $wait } avant ta prochaine demande.
settings-refusal-member-quota = Tu as atteint ta limite de { $count } demandes de clonage en 24 heures. Réessaie demain.
settings-refusal-guild-quota = Ce serveur a atteint sa limite de { $count } demandes de clonage en 24 heures. Réessaie demain.

settings-limit-once = Tu as { $done } { $window ->
        [hour] il y a un instant
       *[other] récemment
    }{ $note } ; réessaie { $when }.
settings-limit-used = { $per ->
        [member] Tu as utilisé tes
       *[server] Ce serveur a utilisé ses
    } { $count } { $noun } pour { $period }{ $note } ; la prochaine sera disponible { $when }.
settings-limit-note = { " " }({ $note })
settings-period-hour = cette heure
settings-period-day = aujourd'hui
settings-period-last = les dernières { $duration }
settings-opened-noun = { $count ->
        [one] demande de clonage
       *[other] demandes de clonage
    }
settings-opened-done = ouvert une demande de clonage
settings-opened-note = chaque demande ouverte compte, confirmée ou non

settings-needs-manage-server = Seuls les membres ayant la permission **Gérer le serveur** peuvent modifier ces paramètres ; rien n'a été modifié.
settings-needs-moderator = Seuls les modérateurs de ce serveur peuvent voir ces paramètres.
settings-choose-item = Choisis l'élément à ajouter ou à retirer.
settings-choose-review-channel = Choisis un salon de validation quand tu actives l'approbation.
settings-one-list-edit = Modifie une seule entrée de liste à la fois (ajouter, retirer ou vider) ; rien n'a été modifié.
settings-chars-set-or-reset = Définis les caractères par jour ou réinitialise-les, pas les deux ; rien n'a été modifié.
settings-nothing-to-change = Rien à modifier ; paramètres actuels :
settings-updated = ✅ Paramètres mis à jour.

settings-on = activé
settings-off = désactivé
settings-yes = oui
settings-no = non
settings-none = aucun
settings-unlimited = illimité
settings-not-set = non défini
settings-any = tous
settings-any-channel = n'importe quel salon
settings-everyone = tout le monde
settings-every-member = tous les membres
settings-nobody = personne
settings-manage-server-only = Gérer le serveur uniquement
settings-requests-per-day = { $count } demandes / 24 h
settings-chars-per-day = { $count } caractères / 24 h
settings-bot-default = { $value } (valeur par défaut du bot)
settings-language-auto = Autre / détection automatique

settings-speech-title = Paramètres de parole
settings-read-aloud-unavailable = indisponible sur ce bot (READ_ALOUD_ENABLED est désactivé)
settings-read-aloud-allowed = autorisée
settings-read-aloud-not-allowed = non autorisée
settings-speak-with-all = leur propre voix et celles du serveur
settings-speak-with-own = leur propre voix
settings-speech-lines =
    Parole : { $speaking }
    Qui : { $roles } (les modérateurs toujours)
    Salons vocaux : { $voice_channels }
    Salons textuels : { $text_channels }
    Les membres parlent avec : { $voices }
    Lecture à voix haute : { $read_aloud }
    Par membre : { $member }
    Par serveur : { $server }

settings-title = Paramètres du clonage de voix
settings-who-title = Qui et où
settings-who-lines =
    Rôles : { $roles }
    Salons : { $channels }
    Bloqués : { $blocked }
    Rôles de modérateur : { $moderators }
settings-limits-title = Limites
settings-limits-lines =
    Délai par membre : { $cooldown }
    Par membre : { $member }
    Par serveur : { $server }
    Durée d'échantillon conservée : jusqu'à { $sample } s
settings-defaults-title = Par défaut
settings-defaults-lines =
    Langue : { $language }
    Réduction du bruit : { $noise }
    Réponses : { $replies }
    Langue du serveur : { $server_language }
settings-replies-private = visibles uniquement par le membre
settings-replies-public = publiques
settings-server-language-chosen = { $language }
settings-server-language-discord = langue du serveur sur Discord ({ $language })
settings-review-title = Validation et journal
settings-review-lines =
    Approbation requise : { $approval }
    Salon de validation : { $review }
    Salon du journal : { $audit }
settings-previews-title = Aperçus parlés
settings-previews-lines =
    Dans les résultats : { $enabled }
    Qui peut écouter l'aperçu d'une voix : { $who }
    Phrase : { $sentence }
settings-previews-anyone = n'importe quel membre
settings-previews-owner = son propriétaire (voix du serveur : tout le monde)
settings-previews-default-sentence = celle par défaut de la langue de la voix
settings-verification-title = Consentement oral
settings-verification-off = désactivé : le bouton de consentement seulement
settings-verification-on = activé : les membres lisent une nouvelle phrase à voix haute (un message vocal ou un fichier)
settings-verification-strict = strict : les membres lisent une nouvelle phrase dans un message vocal Discord
settings-speaking-title = Parler avec des voix clonées
settings-consent-title = Déclaration de consentement

# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# Command, group, option and choice names and descriptions (bot/i18n/translator.py).
# A command's value is its name (lowercase, no spaces, 1-32 characters, unique among its
# siblings), .description its description (1-100 characters); context menus (menu-*) may
# have spaces and capitals; choices (choice-*, keyed by the English name) are 1-100 characters.

## /clone

cmd-clone = cloner
    .description = Clone une voix à partir d'un enregistrement.
cmd-clone--sample = échantillon
    .description = Un enregistrement de la voix : 10-15 s de parole claire (message vocal, MP3, WAV...)
cmd-clone--name = nom
    .description = Un nom pour la nouvelle voix
cmd-clone--language = langue
    .description = La langue parlée dans l'enregistrement
cmd-clone--sample2 = échantillon2
    .description = Deuxième enregistrement facultatif de la même voix
cmd-clone--sample3 = échantillon3
    .description = Troisième enregistrement facultatif de la même voix
cmd-clone--transcription = transcription
    .description = Facultatif : exactement ce qui est dit dans le premier enregistrement
cmd-clone--description = description
    .description = Facultatif : une description de la voix (ton, accent, usage)
cmd-clone--tags = tags
    .description = Facultatif : tags séparés par des virgules, p. ex. calme, narrateur
cmd-clone--remove-noise = supprimer_bruit
    .description = Supprimer d'abord le bruit de fond (peut dégrader un enregistrement déjà propre)

## /clone-settings

cmd-clone-settings = réglages-clonage
    .description = Réglages de /clone sur ce serveur (membres avec Gérer le serveur).
cmd-clone-settings-show = afficher
    .description = Affiche les réglages de clonage de voix de ce serveur.
cmd-clone-settings-limits = limites
    .description = Délai, quotas quotidiens, durée de l'échantillon.
cmd-clone-settings-limits--cooldown-seconds = délai_secondes
    .description = Secondes qu'un membre attend entre deux demandes (0 = aucun)
cmd-clone-settings-limits--member-daily = par_membre_par_jour
    .description = Demandes par membre sur 24 h (0 = illimité)
cmd-clone-settings-limits--server-daily = par_serveur_par_jour
    .description = Demandes pour tout le serveur sur 24 h (0 = illimité)
cmd-clone-settings-limits--max-sample-seconds = durée_max_échantillon
    .description = Échantillon le plus long conservé, en secondes (3-15)
cmd-clone-settings-defaults = par-défaut
    .description = Langue par défaut, suppression du bruit, réponses.
cmd-clone-settings-defaults--language = langue
    .description = Langue par défaut de /clone
cmd-clone-settings-defaults--remove-noise = supprimer_bruit
    .description = Supprimer le bruit de fond par défaut
cmd-clone-settings-defaults--ephemeral = éphémères
    .description = Réponses visibles par le seul membre (true) ou publiques (false)
cmd-clone-settings-approval = approbation
    .description = Exiger l'approbation d'un modérateur.
cmd-clone-settings-approval--required = obligatoire
    .description = Chaque demande de clonage doit être approuvée par un modérateur
cmd-clone-settings-approval--review-channel = salon_de_revue
    .description = Où les demandes sont publiées pour être examinées
cmd-clone-settings-verification = vérification
    .description = Faire d'abord lire à voix haute une phrase inédite aux membres.
cmd-clone-settings-verification--mode = mode
    .description = désactivée ; activée : tout enregistrement de la phrase ; stricte : un message vocal Discord
cmd-clone-settings-audit-channel = salon-audit
    .description = Où le journal d'audit est publié.
cmd-clone-settings-audit-channel--channel = salon
    .description = Le salon d'audit (laisser vide pour ne plus rien publier)
cmd-clone-settings-roles = rôles
    .description = Rôles autorisés à cloner ou à modérer.
cmd-clone-settings-roles--action = action
    .description = Ajouter, retirer ou vider la liste
cmd-clone-settings-roles--role = rôle
    .description = Le rôle à ajouter ou à retirer
cmd-clone-settings-roles--kind = liste
    .description = Quelle liste : rôles autorisés à cloner ou rôles de modérateur
cmd-clone-settings-channels = salons
    .description = Salons où /clone peut être utilisé.
cmd-clone-settings-channels--action = action
    .description = Ajouter, retirer ou vider (vider = n'importe quel salon)
cmd-clone-settings-channels--channel = salon
    .description = Salon
cmd-clone-settings-block = bloquer
    .description = Empêche un membre de cloner des voix.
cmd-clone-settings-block--member = membre
    .description = Le membre qui ne pourra plus cloner de voix
cmd-clone-settings-unblock = débloquer
    .description = Permet à un membre bloqué de cloner à nouveau.
cmd-clone-settings-unblock--member = membre
    .description = Le membre bloqué qui pourra de nouveau cloner
cmd-clone-settings-consent = consentement
    .description = La déclaration que les membres doivent confirmer.
cmd-clone-settings-consent--text = texte
    .description = Votre formulation (laisser vide pour la déclaration par défaut)
cmd-clone-settings-language = langue
    .description = La langue des publications du bot ici.
cmd-clone-settings-language--language = langue
    .description = Revue, audit et annonces publiques dans cette langue (les réponses suivent celle du membre)
cmd-clone-settings-previews = aperçus
    .description = Aperçus parlés des voix clonées.
cmd-clone-settings-previews--enabled = activés
    .description = Dire une courte phrase avec la nouvelle voix dans chaque résultat de clonage
cmd-clone-settings-previews--open-to-members = ouverts_aux_membres
    .description = Tout membre peut écouter toute voix (désactivé : seulement les siennes et celles du serveur)
cmd-clone-settings-previews--text = texte
    .description = La phrase d'aperçu (toute langue ; vide et réinit_texte pour revenir à celle par défaut)
cmd-clone-settings-previews--reset-text = réinit_texte
    .description = Revenir à la phrase par défaut de la langue de chaque voix
cmd-clone-settings-speech = parole
    .description = Qui peut parler avec les voix clonées, et où.
cmd-clone-settings-speech--enabled = activée
    .description = Les membres peuvent parler ici avec des voix clonées (/say, lecture à voix haute)
cmd-clone-settings-speech--add-role = ajouter_rôle
    .description = Autoriser ce rôle à parler (aucun rôle listé : tous les membres)
cmd-clone-settings-speech--remove-role = retirer_rôle
    .description = Retirer ce rôle de la liste
cmd-clone-settings-speech--add-voice-channel = ajouter_salon_vocal
    .description = Autoriser la parole dans ce salon vocal (aucun listé : n'importe lequel)
cmd-clone-settings-speech--remove-voice-channel = retirer_salon_vocal
    .description = Retirer ce salon vocal de la liste
cmd-clone-settings-speech--add-text-channel = ajouter_salon_textuel
    .description = Autoriser /say et la lecture à voix haute dans ce salon (aucun listé : tous)
cmd-clone-settings-speech--remove-text-channel = retirer_salon_textuel
    .description = Retirer ce salon de la liste
cmd-clone-settings-speech--clear = vider
    .description = Vider une liste : tous les membres, ou n'importe quel salon
cmd-clone-settings-speech--read-aloud = lecture_à_voix_haute
    .description = Les membres peuvent faire lire à voix haute ce qu'ils écrivent, avec leur voix
cmd-clone-settings-speech--server-voices = voix_du_serveur
    .description = Les membres peuvent parler avec les voix du serveur, pas seulement les leurs
cmd-clone-settings-speech--member-daily-chars = caractères_par_membre
    .description = Caractères que chaque membre peut faire dire sur 24 h (0 = illimité)
cmd-clone-settings-speech--server-daily-chars = caractères_par_serveur
    .description = Caractères que tout le serveur peut faire dire sur 24 h (0 = illimité)
cmd-clone-settings-speech--reset-daily-chars = réinit_caractères
    .description = Revenir au nombre de caractères par jour par défaut du bot

## /voices

cmd-voices = voix
    .description = Les voix clonées sur ce serveur.
cmd-voices-list = liste
    .description = Vos voix et les voix du serveur.
cmd-voices-info = infos
    .description = Détails d'une voix.
cmd-voices-info--voice = voix
    .description = La voix (commencez à taper son nom)
cmd-voices-preview = écouter
    .description = Écouter une voix dire une phrase.
cmd-voices-preview--voice = voix
    .description = La voix (la vôtre, ou une voix du serveur)
cmd-voices-preview--text = texte
    .description = Ce qu'elle doit dire (par défaut : la phrase d'aperçu du serveur)
cmd-voices-rename = renommer
    .description = Change le nom affiché d'une voix.
cmd-voices-rename--voice = voix
    .description = La voix (la vôtre ; modérateurs : n'importe laquelle)
cmd-voices-rename--name = nom
    .description = Son nouveau nom
cmd-voices-delete = supprimer
    .description = Supprime une voix d'Inworld.
cmd-voices-delete--voice = voix
    .description = La voix (la vôtre ; modérateurs : n'importe laquelle de ce serveur)
cmd-voices-server = serveur
    .description = Partager une voix avec tout le serveur.
cmd-voices-server--voice = voix
    .description = La voix
cmd-voices-server--shared = partagée
    .description = Activé : chaque membre la voit et peut l'écouter ; désactivé : privée
cmd-voices-skip = passer
    .description = Passe ce que le bot est en train de dire dans votre appel.
cmd-voices-stop = arrêter
    .description = Modérateurs : arrêter de parler tout de suite et vider la file.
cmd-voices-leave = quitter
    .description = Faire quitter le salon vocal au bot.
cmd-voices-read-aloud = lecture-à-voix-haute
    .description = Dit ce que vous écrivez dans le chat de votre salon vocal, avec votre voix clonée.
cmd-voices-read-aloud--state = état
    .description = Activée : vos messages sont dits tant que nous partageons un salon vocal ; désactivée : non
cmd-voices-read-aloud--voice = voix
    .description = Quelle voix lit (la vôtre, ou une voix du serveur ; par défaut : la plus récente)
cmd-voices-erase-my-data = effacer-mes-données
    .description = Supprime toutes vos voix et tout ce qui est conservé sur vous.
cmd-voices-erase-member = effacer-membre
    .description = Modérateurs : effacer les voix et les données d'un membre.
cmd-voices-erase-member--member = membre
    .description = Le membre (p. ex. parti : collez son ID d'utilisateur)

## /clone-delete

cmd-clone-delete = supprimer-clone
    .description = Supprime une voix clonée ici.
cmd-clone-delete--voice = voix
    .description = La voix à supprimer (la vôtre ; modérateurs : n'importe laquelle de ce serveur)

## /say

cmd-say = dire
    .description = Dire un texte avec votre voix clonée (votre salon vocal, ou un message vocal).
cmd-say--text = texte
    .description = Ce qu'il faut dire
cmd-say--voice = voix
    .description = Quelle voix (la vôtre, ou une voix du serveur ; par défaut : la plus récente)

## Context menus (Apps > ...)

menu-clone-this-voice = Cloner cette voix
menu-speak-this-message = Dire ce message

## Choices

choice-english-us = Anglais (États-Unis)
choice-chinese-china = Chinois (Chine)
choice-korean = Coréen
choice-japanese = Japonais
choice-russian = Russe
choice-other-auto-detect = Autre / détection automatique
choice-italian = Italien
choice-spanish-spain = Espagnol (Espagne)
choice-portuguese-brazil = Portugais (Brésil)
choice-german = Allemand
choice-french = Français
choice-arabic-saudi-arabia = Arabe (Arabie saoudite)
choice-polish = Polonais
choice-dutch = Néerlandais
choice-hindi = Hindi
choice-hebrew = Hébreu
choice-off = désactivée
choice-on-any-recording-of-the-sentence = activée : tout enregistrement de la phrase
choice-strict-only-a-voice-message-recorded-in-discord = stricte : seulement un message vocal enregistré dans Discord
choice-add = ajouter
choice-remove = retirer
choice-clear = vider
choice-allowed = autorisés
choice-moderator = modérateurs
choice-discord-s-server-language = Langue du serveur sur Discord
choice-roles-every-member-may-speak = rôles (tous les membres peuvent parler)
choice-voice-channels-any = salons vocaux (tous)
choice-text-channels-any = salons textuels (tous)
choice-on = activée

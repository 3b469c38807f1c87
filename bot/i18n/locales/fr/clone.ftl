# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).

clone-stage-downloading = 📥 Téléchargement
clone-stage-processing = 🎛️ Traitement de l'audio
clone-stage-waiting = ⏳ En attente d'une place libre
clone-stage-cloning = 🧬 Clonage de la voix avec Inworld
clone-progress = { $stage }…
clone-progress-detail = { $stage } ({ $detail })…
clone-detail-files =
    { $count ->
        [one] { $count } fichier
       *[other] { $count } fichiers
    }
clone-detail-queue = position { $position } dans la file
clone-detail-checking-sentence = vérification de ta phrase lue
clone-detail-busy = Inworld est occupé ; nouvel essai dans { $seconds } s
clone-tags-too-many = Indique au maximum { $max } tags.
clone-name-missing = Donne un nom à la voix.
clone-name-too-long = Le nom de la voix peut faire au maximum { $max } caractères.
clone-sample-refused = Échantillon { $index } (`{ $file }`) : { $reason }
clone-default-voice-name = Voix de { $member }
clone-default-voice-name-unnamed = Ma voix
clone-consent-confirm = Je confirme
clone-consent-cancel = Annuler
clone-menu-not-yours = Tu ne peux cloner que la voix de tes propres messages. Pour cloner un enregistrement que tu as le droit d'utiliser, envoie-le avec /clone.
clone-menu-no-audio = Ce message ne contient ni message vocal ni pièce jointe audio.
clone-modal-title = Cloner cette voix
clone-modal-name = Nom de la nouvelle voix
clone-cancelled = Annulé : rien n'a été envoyé à Inworld.
clone-sent-for-review = 📨 Merci ! Ta demande a été envoyée aux modérateurs pour approbation. Tu connaîtras le résultat dans ce salon.
clone-failure-bug = Un problème est survenu du côté du bot. (réf. `{ $ref }`)
clone-final-failed-interaction = ❌ Inworld n'a pas créé la voix ; voir les détails ci-dessous.
clone-final-failed-channel = ❌ Inworld n'a pas créé la voix ; les détails sont publiés dans ce salon.
clone-final-failed-dm = ❌ Inworld n'a pas créé la voix ; je t'ai envoyé les détails en MP.
clone-final-failed-elsewhere = ❌ Inworld n'a pas créé la voix.
clone-final-created-interaction = ✅ Voix **{ $name }** créée.
clone-final-created-channel = ✅ Voix **{ $name }** créée : le résultat est publié dans ce salon.
clone-final-created-dm = ✅ Voix **{ $name }** créée : je t'ai envoyé le résultat en MP.
clone-final-created-elsewhere = ✅ Voix **{ $name }** créée : utilise `/voices` pour voir son ID.
clone-refusal-title = ❌ Cet enregistrement n'a pas été accepté
clone-refusal-new-sentence = Lis la **nouvelle** phrase ci-dessous et envoie son enregistrement.
clone-refusal-retry-in = Tu n'as plus d'essais pour l'instant : réessaie dans { $duration }.
clone-sentence-expired = ⌛ Ta phrase précédente a expiré avant l'arrivée de son enregistrement.
clone-sentence-not-used = L'enregistrement que tu viens d'envoyer n'a pas été utilisé : l'enregistrement de cette phrase doit venir en premier.
clone-sentence-rename-later = Tu pourras renommer la voix plus tard avec `/voices rename`.
clone-sentence-voice-message-only = Ce serveur n'accepte pour ta phrase qu'un **message vocal** enregistré dans Discord, pas un fichier envoyé. Maintiens le bouton du micro dans ce salon, lis la phrase, envoie-la, puis utilise le menu du message → **Applications** → **Clone this voice**. Ta phrase reste valable jusqu'à { $time }.
clone-challenge-title = 🎙️ Lis cette phrase à voix haute
clone-challenge-how-voice = Enregistre-la en **message vocal** dans ce salon (maintiens le bouton du micro), puis ouvre le menu du message (clic droit ou appui long) → **Applications** → **Clone this voice**.
clone-challenge-how-file = Ou enregistre-la avec n'importe quelle appli et relance `/clone` avec l'enregistrement en `sample`, seul (sans `sample2` ni `sample3`).
clone-challenge-description =
    Ce serveur te demande de prouver que la voix est la tienne. Lis ceci, avec ta propre voix :

    > **{ $sentence }**

    { $how }

    La phrase ne sert qu'une fois et expire { $expires }.
clone-challenge-english-fallback = Il n'y a pas encore de liste de mots pour la langue choisie, la phrase est donc en anglais.
clone-spoken-unavailable = La vérification du consentement oral n'est pas disponible.
clone-verify-verified = ✅ Vérifié par { $recognizer }
clone-verify-recognizer = reconnaissance vocale
clone-verify-pending = ⏳ Vérifié par la transcription d'Inworld une fois la voix créée (supprimée si elle ne correspond pas)
clone-verify-sentence = Phrase : « { $sentence } »
clone-verify-score = Score : { NUMBER($score, minimumFractionDigits: 2, maximumFractionDigits: 2) }
clone-verify-recording-voice-message = Enregistrement : un message vocal Discord, SHA-256 `{ $sha }…`
clone-verify-recording-file = Enregistrement : un fichier envoyé, SHA-256 `{ $sha }…`
clone-field-language = Langue
clone-language-auto = Autre / détection automatique
clone-field-samples = Échantillons
clone-field-sample = Échantillon { $index }
clone-field-notes = Remarques
clone-field-note = Remarque
clone-field-audio = Audio
clone-field-next-step = Étape suivante
clone-field-spoken-consent = Consentement oral
clone-field-voice-name = Nom de la voix
clone-field-try = Essai
clone-field-noise-removal = Suppression du bruit
clone-field-tags = Tags
clone-field-description = Description
clone-field-consent = Consentement ({ $when })
clone-sample-kept = { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } s conservées
clone-sample-from = sur { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } s
clone-sample-peak = crête { NUMBER($dbfs, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } dBFS
clone-sample-clipped = ⚠️ { NUMBER($percent, minimumFractionDigits: 1, maximumFractionDigits: 1) } % saturé
clone-quality =
    Qualité **{ $verdict }** : { NUMBER($speech, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } s de parole sur { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } s, { $loudness }, SNR { NUMBER($snr, maximumFractionDigits: 0, useGrouping: 0) } dB, bruit { NUMBER($noise, maximumFractionDigits: 0, useGrouping: 0) } dBFS, { NUMBER($clipped, minimumFractionDigits: 2, maximumFractionDigits: 2) } % saturé
clone-quality-lufs = { NUMBER($lufs, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } LUFS
clone-quality-no-lufs = - LUFS
clone-verdict-good = bonne
clone-verdict-usable = utilisable
clone-verdict-poor = mauvaise
clone-tip-closer = Rapproche-toi du micro (environ une main) ou parle plus fort.
clone-tip-longer = Enregistre 10 à 15 s de parole variée et expressive, dans une seule langue.
clone-tip-quiet-room = Coupe la musique et la télé, et enregistre dans une pièce calme.
clone-tip-clipping = Baisse le gain du micro ou recule un peu : les passages les plus forts saturent.
clone-result-failed-title = Voix non créée
clone-result-failed-description = Inworld a vérifié les échantillons mais n'a pas créé de voix. Consulte les erreurs ci-dessous, puis réessaie avec un enregistrement plus clair.
clone-result-title = Voix clonée : { $name }
clone-result-voice-id = **ID de la voix**
clone-no-warnings = ✅ Aucun avertissement
clone-heard = Entendu : « { $text } »
clone-note-transcription-dropped = Ta transcription n'a pas été envoyée : l'enregistrement a été réduit aux 15 meilleures secondes, elle ne correspondrait donc plus.
clone-note-length = Astuce : 10 à 15 s de parole claire donnent le meilleur clone.
clone-result-footer = L'audio joint est exactement ce qui a été envoyé à Inworld.
clone-audio-too-large =
    { $count ->
        [one] { $count } échantillon traité était trop volumineux pour être envoyé ici.
       *[other] { $count } échantillons traités étaient trop volumineux pour être envoyés ici.
    }
clone-consent-title = Confirme le clonage de ta voix : { $name }
clone-consent-description =
    Ton enregistrement est prêt. Rien n'a encore été envoyé à Inworld.

    En appuyant sur **Je confirme**, tu attestes :
    > { $statement }
clone-next-review = Un modérateur l'examine
clone-next-clone = La voix est clonée
clone-review-title = Demande de clonage n°{ $id } : { $name }
clone-review-requested = Demandée par <@{ $user }> dans <#{ $channel }>.
clone-on = activée
clone-off = désactivée
clone-not-yet = pas encore
clone-review-footer = L'audio joint est exactement ce qui serait envoyé à Inworld.
clone-audit-title = { $action } : demande n°{ $id } ({ $name })
clone-audit-member = Membre
clone-audit-status = Statut
clone-audit-by = Par
clone-audit-requested = Demandée
clone-audit-consented = Consentie
clone-audit-approved = Approuvée
clone-audit-rejected = Refusée
clone-audit-expired = Expirée
clone-audit-cancelled = Annulée
clone-audit-cloned = Clonée
clone-audit-failed = Échouée
clone-audit-deleted = Supprimée
clone-audit-policy-changed = Paramètres modifiés
clone-audit-interrupted = Interrompue
clone-audit-reconciling = En vérification
clone-audit-reconciled = Vérifiée
clone-audit-renamed = Renommée
clone-audit-server-voice = Voix du serveur
clone-audit-previewed = Aperçu
clone-audit-spoke = A parlé
clone-audit-speech-stopped = Parole arrêtée
clone-audit-erased = Données effacées
clone-audit-challenge-issued = Phrase émise
clone-audit-verified = Vérifié
clone-audit-verification-failed = Vérification échouée
clone-headline-ready = <@{ $user }> ta voix **{ $name }** est prête !
clone-headline-approved-ready = <@{ $user }> ta voix **{ $name }** a été approuvée par un modérateur et clonée !
clone-headline-not-created = <@{ $user }> ta demande de clonage **{ $name }** n'a pas abouti : Inworld n'a pas créé la voix.
clone-headline-approved-not-created = <@{ $user }> ta demande de clonage **{ $name }** a été approuvée, mais n'a pas abouti : Inworld n'a pas créé la voix.
clone-headline-resumed = { $headline } (Elle a repris après un redémarrage du bot.)
clone-headline-unknown = <@{ $user }> { $message }
clone-report-created-after-dm = { $headline } Je t'ai envoyé l'ID de la voix et l'audio en MP.
clone-report-created-no-dm = { $headline } Je n'ai pas pu t'envoyer de MP : utilise `/voices list` ici pour voir l'ID de la voix (toi seul verras la réponse).
clone-report-failed-after-dm = { $headline } Je t'ai envoyé les détails en MP.
clone-relay-prefix = <@{ $user }> ton clonage de voix **{ $name }** :
clone-relay-later-dm = ⏳ Ça prend un peu de temps (tu es dans une file d'attente). Je t'enverrai le résultat en MP.
clone-relay-later-channel = ⏳ Ça prend un peu de temps (tu es dans une file d'attente). Je publierai le résultat dans ce salon en te mentionnant.
clone-stored-title = Voix { $name }
clone-stored-voice-id = ID de la voix : `{ $voice }`
clone-stored-warnings = Échantillon { $index } : avertissements
clone-request-line = <@{ $user }> ta demande de clonage **{ $name }**
clone-failed = { $request } a échoué : { $reason }
clone-failed-approved = { $request } a été approuvée, mais le clonage a échoué : { $reason }
clone-notice-review-expired = { $request } a expiré avant qu'un modérateur l'examine. Tu peux l'envoyer à nouveau.
clone-notice-interrupted = { $request } a été interrompue par un redémarrage du bot. Envoie-la à nouveau.
clone-notice-interrupted-cloning = { $request } a été interrompue par un redémarrage du bot. La voix a peut-être quand même été créée : vérifie ta liste de voix avant de réessayer.
clone-already-handled = Cette demande de clonage est déjà en cours de traitement.
clone-setting-not-changed = Ce paramètre n'a pas été modifié : { $error }
clone-no-review-channel = Ce serveur exige l'approbation d'un modérateur pour cloner une voix, mais aucun salon d'examen n'est encore configuré. Demande à un modérateur d'utiliser `/clone-settings approval`.
clone-cancelled-while-processing = Cette demande a été annulée pendant son traitement.
clone-audio-gone = L'audio de cette demande n'est plus conservé. Envoie-le à nouveau.
clone-spoken-delete-failed = { $refusal } La suppression a échoué pour l'instant : le bot réessaie jusqu'à ce qu'elle disparaisse, et personne ne peut l'utiliser entre-temps.
clone-review-approved-by = ✅ Approuvée par <@{ $moderator }>
clone-review-not-created = { $prefix }, mais Inworld n'a créé aucune voix.
clone-review-created = { $prefix }. Voix créée : `{ $voice }`
clone-review-lost = { $prefix } ; la réponse d'Inworld s'est perdue : le bot vérifie si la voix a été créée.
clone-review-failed = { $prefix }, mais le clonage a échoué : { $reason }
clone-review-spoken-deleted = ❌ La phrase lue ne correspondait pas : la voix a été supprimée.
clone-review-spoken-not-deleted = ❌ La phrase lue ne correspondait pas : la voix n'est pas encore supprimée (le bot réessaie jusqu'à ce qu'elle disparaisse).
clone-review-expired = ⌛ Expirée : personne ne l'a examinée à temps.

# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).

## Detail labels: audit-field-<detail key with hyphens>
audit-field-status = Statut
audit-field-requeued = Remis en file
audit-field-samples = Échantillons
audit-field-warnings = Avertissements
audit-field-errors = Erreurs
audit-field-deleted = Supprimée
audit-field-found-by = Trouvée par
audit-field-server-voice = Voix du serveur
audit-field-text-length = Longueur du texte
audit-field-model-id = Modèle
audit-field-via = Via
audit-field-voices-deleted = Voix supprimées
audit-field-requests-erased = Demandes effacées
audit-field-challenge-id = Phrase à lire
audit-field-attempt = Tentative
audit-field-fell-back = Phrase de secours
audit-field-expires-at = Expire
audit-field-mode = Mode
audit-field-recognizer = Reconnaissance vocale
audit-field-score = Score
audit-field-offline-score = Score hors ligne
audit-field-voice-message = Message vocal
audit-field-decision = Décision
audit-field-characters = Caractères
audit-field-utterances = Énoncés
audit-field-stopped = Arrêté par
audit-field-erased = Effacé
audit-field-name = Nom
audit-field-language = Langue
audit-field-statement = Déclaration
audit-field-reason = Raison
audit-field-voice-id = ID de la voix
audit-field-also-matched = Autres correspondances
audit-field-previous = Précédent
audit-field-sentence = Phrase
audit-field-keywords = Mots-clés
audit-field-heard = Entendu
audit-field-offline-heard = Entendu hors ligne
audit-field-recording-sha256 = sha256 de l’enregistrement
audit-field-channel-id = Salon
audit-field-voice-owner-id = Propriétaire de la voix
audit-field-source = Source
audit-field-extra-speech-seconds = Parole en trop (secondes)

## Settings a policy change records
audit-field-allowed-role-ids = Rôles autorisés
audit-field-allowed-channel-ids = Salons autorisés
audit-field-blocked-user-ids = Membres bloqués
audit-field-moderator-role-ids = Rôles de modération
audit-field-cooldown-seconds = Délai (secondes)
audit-field-member-daily-quota = Demandes par membre et par jour
audit-field-guild-daily-quota = Demandes par serveur et par jour
audit-field-max-sample-seconds = Échantillon le plus long (secondes)
audit-field-default-language = Langue par défaut
audit-field-remove-noise = Réduction du bruit
audit-field-approval-required = Approbation requise
audit-field-review-channel-id = Salon de vérification
audit-field-audit-channel-id = Salon d’audit
audit-field-ephemeral = Réponses privées
audit-field-consent-text = Déclaration de consentement
audit-field-preview-enabled = Aperçus
audit-field-preview-text = Texte d’aperçu
audit-field-preview-open = Aperçus pour tous
audit-field-verification = Consentement oral
audit-field-speech-enabled = Synthèse vocale
audit-field-speech-role-ids = Rôles pour la synthèse vocale
audit-field-speech-voice-channel-ids = Salons vocaux pour la synthèse vocale
audit-field-speech-text-channel-ids = Salons textuels pour la synthèse vocale
audit-field-read-aloud-allowed = Lecture à voix haute
audit-field-speech-server-voices = Voix du serveur pour la synthèse vocale
audit-field-speech-member-daily-chars = Caractères par membre et par jour
audit-field-speech-guild-daily-chars = Caractères par serveur et par jour
audit-field-locale = Langue du serveur

## A request's status: audit-status-<status>
audit-status-processing = En traitement
audit-status-awaiting-consent = En attente de consentement
audit-status-pending-approval = En attente d’approbation
audit-status-approved = Approuvée
audit-status-rejected = Refusée
audit-status-expired = Expirée
audit-status-cancelled = Annulée
audit-status-cloning = Clonage en cours
audit-status-reconciling = Rapprochement en cours
audit-status-done = Terminée
audit-status-failed = Échouée

## Known values: audit-value-<key>-<value>
audit-value-via-result = Résultat du clonage
audit-value-via-command = Commande
audit-value-via-voice-channel = Salon vocal
audit-value-via-voice-message = Message vocal
audit-value-source-say = `/say`
audit-value-source-message = Message
audit-value-source-read-aloud = Lecture à voix haute
audit-value-mode-off = Désactivé
audit-value-mode-on = Activé
audit-value-mode-strict = Messages vocaux uniquement
audit-value-decision-pending = En attente
audit-value-decision-accepted = Acceptée
audit-value-decision-verified = Vérifiée
audit-value-decision-mismatch = Ne correspondait pas
audit-value-decision-extra-speech = Parole en trop
audit-value-decision-not-voice-message = Pas un message vocal
audit-value-decision-replayed = Enregistrement déjà utilisé
audit-value-decision-expired = Expirée
audit-value-decision-used = Déjà utilisée
audit-value-found-by-sweep = Rapprochement périodique
audit-value-recognizer-pocketsphinx = PocketSphinx (hors ligne)
audit-value-recognizer-inworld-transcription = Transcription Inworld
audit-value-stopped-skip = Passer
audit-value-stopped-stop = Arrêter
audit-value-stopped-leave = Quitter
audit-value-stopped-erasure = Effacement des données

## Yes and no (English keeps the stored spelling)
audit-yes = Oui
audit-no = Non

## An edit of a list setting
audit-list-add = { $item } ajouté
audit-list-remove = { $item } retiré
audit-list-clear = Vidé

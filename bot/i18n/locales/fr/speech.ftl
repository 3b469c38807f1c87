# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# /say, "Speak this message", read-aloud, the call (bot/speech, cogs/speech.py).

## Refusals: who may speak, where, with which voice (bot/speech/policy.py)
speech-off = Parler avec des voix clonées est désactivé sur ce serveur. Un modérateur peut l'activer avec `/clone-settings speech enabled:True`.
speech-needs-role = Il te faut l'un de ces rôles pour parler avec une voix clonée ici : { $roles }.
speech-voice-channel = Le bot ne parle pas dans ce salon vocal ici. Utilise { $channels }.
speech-text-channel = Parler avec des voix clonées n'est pas autorisé dans ce salon. Utilise { $channels }.
speech-read-aloud-bot-off = La lecture à voix haute n'est pas disponible sur ce bot : son propriétaire ne l'a pas activée (READ_ALOUD_ENABLED). `/say` fonctionne toujours.
speech-read-aloud-server-off = Ce serveur n'autorise pas la lecture à voix haute. Un modérateur peut l'autoriser avec `/clone-settings speech read_aloud:True` ; `/say` fonctionne toujours.
speech-only-own = Seul son propriétaire peut parler avec cette voix : les membres parlent avec leurs propres voix.
speech-only-own-or-server = Seul son propriétaire peut parler avec cette voix : les membres parlent avec leurs propres voix et les voix du serveur.
speech-server-voices-off = Sur ce serveur, les membres ne parlent qu'avec leurs propres voix, pas avec les voix du serveur.
speech-no-own-voice = Tu n'as pas encore de voix clonée sur ce serveur : crées-en une avec `/clone`, puis réessaie.
speech-no-own-voice-or-server = Tu n'as pas encore de voix clonée sur ce serveur : crées-en une avec `/clone` (ou choisis une voix du serveur), puis réessaie.

## Characters of speech per 24 hours (bot/speech/quota.py)
speech-member-text-over-limit = Ce texte fait { $chars } caractères, plus que ta limite de { $limit } caractères parlés par 24 heures ici : raccourcis-le.
speech-member-limit = Cela dépasserait ta limite de { $limit } caractères parlés par 24 heures ; il y aura de nouveau assez de place { $when } (ou essaie un texte plus court).
speech-server-text-over-limit = Ce texte fait { $chars } caractères, plus que la limite de ce serveur de { $limit } caractères parlés par 24 heures : raccourcis-le.
speech-server-limit = Ce serveur a utilisé ses { $limit } caractères parlés des dernières 24 heures ; il y aura de nouveau assez de place { $when }.

## Speaking (bot/speech/service.py)
speech-empty = Il n'y a rien à dire dans ce texte.
speech-too-long = Ce texte est trop long pour être dit : { $length } caractères, la limite est de { $max }.
speech-tts-queue-full = Trop de textes sont déjà en attente ({ $waiting }) ; rien n'a été mis en file. Réessaie dans environ { $wait }.
speech-tts-queue-full-server = Trop de textes de ce serveur sont déjà en attente ({ $waiting }) ; rien n'a été mis en file. Réessaie dans environ { $wait }.
speech-voice-queue-full = La file vocale de ce serveur est pleine ; réessaie dans un instant.
speech-connect-failed = Je n'ai pas pu rejoindre ton salon vocal (ai-je les permissions Se connecter et Parler là-bas ?). Rien n'a été dit.
speech-no-opus = Je ne peux pas parler dans les salons vocaux sur cette installation (la bibliothèque audio Opus manque ; la personne qui héberge le bot peut l'installer). Utilise /say hors d'un salon vocal pour un message vocal. Rien n'a été dit.
speech-restarting = Le bot redémarre ; rien n'a été dit.
speech-busy-elsewhere = Je parle dans <#{ $channel_id }> en ce moment ; rejoins-le, ou réessaie quand ce sera calme là-bas.
speech-message-too-long = Ce texte donnerait un message vocal trop long pour être envoyé.
speech-voice-gone = Cette voix n'est plus disponible.
speech-unsendable = Ce texte a donné un audio qui ne peut pas être envoyé en message vocal (trop court ?).
speech-tts-rate-limited = La limite de débit de la synthèse vocale d'Inworld a été atteinte ; rien n'a été publié. Réessaie dans une minute.
speech-tts-failed = { $reason } Rien n'a été publié.
speech-skip-not-yours = Seuls l'auteur du texte, le propriétaire de la voix ou un modérateur peuvent passer ce qui est dit en ce moment.
speech-stop-moderators-only = Seul un modérateur de ce serveur peut faire taire le bot.
speech-leave-join-first = Rejoins d'abord mon salon vocal pour me demander de le quitter.
speech-leave-others-waiting = Le texte de quelqu'un d'autre est en cours de lecture ou en attente ; un modérateur peut me faire partir tout de suite.

## Posts everyone reads, in the server's language
speech-disclosure-own = 🔊 <@{ $user_id }> parle avec sa voix IA **{ $name }**
speech-disclosure-server = 🔊 <@{ $user_id }> parle avec la voix IA du serveur **{ $name }**
speech-status = 🔊 Voix IA de { $name }
speech-status-server-voice = la voix du serveur { $name }
speech-status-someone = un membre

## Discord refused a voice message (bot/speech/posting.py)
speech-post-timeout = Discord n'a pas accepté le message vocal à temps ; rien n'a été envoyé.
speech-post-not-allowed = Les messages vocaux ne sont pas autorisés dans ce salon ; rien n'a été envoyé.
speech-post-missing-permissions = Je ne peux pas publier de messages vocaux ici (il me faut Envoyer des messages, Joindre des fichiers et Envoyer des messages vocaux dans ce salon) ; rien n'a été envoyé.
speech-post-refused = Discord a refusé le message vocal ; rien n'a été envoyé. Réessaie.

## Replies (cogs/speech.py)
speech-sent-voice-message = 🔊 Envoyé en message vocal avec **{ $name }** ({ $chars } caractères).
speech-speaking-now = 🔊 Je parle maintenant avec **{ $name }** ({ $chars } caractères).
speech-queued = 🔊 En file avec **{ $name }** : { $position } avant le tien ({ $chars } caractères).
speech-say-nothing-aloud = Ce texte n'a rien à dire à voix haute (seulement du code ou des emoji ?).
speech-only-own-messages = Tu ne peux faire dire que tes propres messages.
speech-message-nothing-aloud = Ce message n'a rien à dire à voix haute.

# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# The voice service's failures as a member reads them (bot/inworld/errors.py).
inworld-error = Le service vocal a renvoyé une erreur. Réessaie plus tard.
inworld-invalid-argument = Inworld a refusé la requête comme invalide.
inworld-invalid-argument-detail = Inworld a refusé la requête : { $detail }
inworld-permission-denied = La clé API Inworld du bot n'a pas le droit de créer des voix (c'est sans doute une clé en lecture seule). Un administrateur du bot doit configurer une clé en lecture-écriture.
inworld-unauthenticated = La clé API Inworld du bot a été refusée. Un administrateur du bot doit vérifier INWORLD_API_KEY.
inworld-not-found = Inworld n'a pas trouvé cette voix ou ce point d'accès.
inworld-rate-limited = La limite de clonage de voix d'Inworld a été atteinte. Réessaie dans une minute.
inworld-unavailable = Le service vocal d'Inworld est indisponible pour le moment. Réessaie plus tard.
inworld-timeout = Le service vocal d'Inworld n'a pas répondu à temps. Réessaie plus tard (vérifie d'abord ta liste de voix : le clone a peut-être quand même été créé).
inworld-connection-failed = Le bot n'a pas pu joindre le service vocal d'Inworld. Réessaie plus tard.
inworld-bad-response = Le service vocal d'Inworld a envoyé une réponse inattendue. Réessaie plus tard.

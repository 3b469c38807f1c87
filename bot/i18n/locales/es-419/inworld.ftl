# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# The voice service's failures as a member reads them (bot/inworld/errors.py).
inworld-error = El servicio de voz devolvió un error. Vuelve a intentarlo más tarde.
inworld-invalid-argument = Inworld rechazó la solicitud por no ser válida.
inworld-invalid-argument-detail = Inworld rechazó la solicitud: { $detail }
inworld-permission-denied = La clave de API de Inworld del bot no tiene permiso para crear voces (probablemente sea una clave de solo lectura). Un administrador del bot debe configurar una clave de lectura y escritura.
inworld-unauthenticated = Se rechazó la clave de API de Inworld del bot. Un administrador del bot debe revisar INWORLD_API_KEY.
inworld-not-found = Inworld no encontró esa voz o ese endpoint.
inworld-rate-limited = Se alcanzó el límite de clonación de voz de Inworld. Vuelve a intentarlo dentro de un minuto.
inworld-unavailable = El servicio de voz de Inworld no está disponible en este momento. Vuelve a intentarlo más tarde.
inworld-timeout = El servicio de voz de Inworld no respondió a tiempo. Vuelve a intentarlo más tarde (revisa antes tu lista de voces: puede que el clon se haya creado igualmente).
inworld-connection-failed = El bot no pudo conectar con el servicio de voz de Inworld. Vuelve a intentarlo más tarde.
inworld-bad-response = El servicio de voz de Inworld envió una respuesta inesperada. Vuelve a intentarlo más tarde.

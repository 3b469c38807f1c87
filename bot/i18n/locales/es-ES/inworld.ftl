# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# The voice service's failures as a member reads them (bot/inworld/errors.py).
inworld-error = El servicio de voz ha devuelto un error. Vuelve a intentarlo más tarde.
inworld-invalid-argument = Inworld ha rechazado la solicitud por no ser válida.
inworld-invalid-argument-detail = Inworld ha rechazado la solicitud: { $detail }
inworld-permission-denied = La clave de API de Inworld del bot no tiene permiso para crear voces (probablemente sea una clave de solo lectura). Un administrador del bot debe configurar una clave de lectura y escritura.
inworld-unauthenticated = Se ha rechazado la clave de API de Inworld del bot. Un administrador del bot debe revisar INWORLD_API_KEY.
inworld-not-found = Inworld no ha encontrado esa voz o ese endpoint.
inworld-rate-limited = Se ha alcanzado el límite de clonación de voz de Inworld. Vuelve a intentarlo dentro de un minuto.
inworld-unavailable = El servicio de voz de Inworld no está disponible ahora mismo. Vuelve a intentarlo más tarde.
inworld-timeout = El servicio de voz de Inworld no ha respondido a tiempo. Vuelve a intentarlo más tarde (revisa antes tu lista de voces: puede que el clon se haya creado igualmente).
inworld-connection-failed = El bot no ha podido conectar con el servicio de voz de Inworld. Vuelve a intentarlo más tarde.
inworld-bad-response = El servicio de voz de Inworld ha enviado una respuesta inesperada. Vuelve a intentarlo más tarde.

# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).

## Detail labels: audit-field-<detail key with hyphens>
audit-field-status = Estado
audit-field-requeued = Regresado a la cola
audit-field-samples = Muestras
audit-field-warnings = Advertencias
audit-field-errors = Errores
audit-field-deleted = Eliminada
audit-field-found-by = Encontrada por
audit-field-server-voice = Voz del servidor
audit-field-text-length = Longitud del texto
audit-field-model-id = Modelo
audit-field-via = Vía
audit-field-voices-deleted = Voces eliminadas
audit-field-requests-erased = Solicitudes borradas
audit-field-challenge-id = Frase de lectura
audit-field-attempt = Intento
audit-field-fell-back = Frase alternativa
audit-field-expires-at = Vence
audit-field-mode = Modo
audit-field-recognizer = Reconocimiento de voz
audit-field-score = Puntuación
audit-field-offline-score = Puntuación sin conexión
audit-field-voice-message = Mensaje de voz
audit-field-decision = Decisión
audit-field-characters = Caracteres
audit-field-utterances = Intervenciones
audit-field-stopped = Detenido por
audit-field-erased = Borrado
audit-field-name = Nombre
audit-field-language = Idioma
audit-field-statement = Declaración
audit-field-reason = Motivo
audit-field-voice-id = ID de la voz
audit-field-also-matched = También coincidió
audit-field-previous = Anterior
audit-field-sentence = Frase
audit-field-keywords = Palabras clave
audit-field-heard = Oído
audit-field-offline-heard = Oído sin conexión
audit-field-recording-sha256 = sha256 de la grabación
audit-field-channel-id = Canal
audit-field-voice-owner-id = Propietario de la voz
audit-field-source = Origen
audit-field-extra-speech-seconds = Habla de más (segundos)

## Settings a policy change records
audit-field-allowed-role-ids = Roles permitidos
audit-field-allowed-channel-ids = Canales permitidos
audit-field-blocked-user-ids = Miembros bloqueados
audit-field-moderator-role-ids = Roles de moderación
audit-field-cooldown-seconds = Tiempo de espera (segundos)
audit-field-member-daily-quota = Solicitudes por miembro al día
audit-field-guild-daily-quota = Solicitudes por servidor al día
audit-field-max-sample-seconds = Muestra más larga (segundos)
audit-field-default-language = Idioma predeterminado
audit-field-remove-noise = Reducción de ruido
audit-field-approval-required = Requiere aprobación
audit-field-review-channel-id = Canal de revisión
audit-field-audit-channel-id = Canal de auditoría
audit-field-ephemeral = Respuestas privadas
audit-field-consent-text = Declaración de consentimiento
audit-field-preview-enabled = Vistas previas
audit-field-preview-text = Texto de vista previa
audit-field-preview-open = Vistas previas para todos
audit-field-verification = Consentimiento hablado
audit-field-speech-enabled = Voz
audit-field-speech-role-ids = Roles para hablar
audit-field-speech-voice-channel-ids = Canales de voz para hablar
audit-field-speech-text-channel-ids = Canales de texto para hablar
audit-field-read-aloud-allowed = Lectura en voz alta
audit-field-speech-server-voices = Voces del servidor para hablar
audit-field-speech-member-daily-chars = Caracteres por miembro al día
audit-field-speech-guild-daily-chars = Caracteres por servidor al día
audit-field-locale = Idioma del servidor

## A request's status: audit-status-<status>
audit-status-processing = Procesando
audit-status-awaiting-consent = Esperando consentimiento
audit-status-pending-approval = Pendiente de aprobación
audit-status-approved = Aprobada
audit-status-rejected = Rechazada
audit-status-expired = Vencida
audit-status-cancelled = Cancelada
audit-status-cloning = Clonando
audit-status-reconciling = Conciliando
audit-status-done = Completada
audit-status-failed = Fallida

## Known values: audit-value-<key>-<value>
audit-value-via-result = Resultado de la clonación
audit-value-via-command = Comando
audit-value-via-voice-channel = Canal de voz
audit-value-via-voice-message = Mensaje de voz
audit-value-source-say = `/say`
audit-value-source-message = Mensaje
audit-value-source-read-aloud = Lectura en voz alta
audit-value-mode-off = Desactivado
audit-value-mode-on = Activado
audit-value-mode-strict = Solo mensajes de voz
audit-value-decision-pending = Pendiente
audit-value-decision-accepted = Aceptada
audit-value-decision-verified = Verificada
audit-value-decision-mismatch = No coincidía
audit-value-decision-extra-speech = Habla de más
audit-value-decision-not-voice-message = No es un mensaje de voz
audit-value-decision-replayed = Grabación ya usada
audit-value-decision-expired = Vencida
audit-value-decision-used = Ya usada
audit-value-found-by-sweep = Conciliación periódica
audit-value-recognizer-pocketsphinx = PocketSphinx (sin conexión)
audit-value-recognizer-inworld-transcription = Transcripción de Inworld
audit-value-stopped-skip = Saltar
audit-value-stopped-stop = Detener
audit-value-stopped-leave = Salir
audit-value-stopped-erasure = Borrado de datos

## Yes and no (English keeps the stored spelling)
audit-yes = Sí
audit-no = No

## An edit of a list setting
audit-list-add = { $item } agregado
audit-list-remove = { $item } quitado
audit-list-clear = Vaciado

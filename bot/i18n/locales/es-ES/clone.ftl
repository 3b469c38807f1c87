# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).

clone-stage-downloading = 📥 Descargando
clone-stage-processing = 🎛️ Procesando el audio
clone-stage-waiting = ⏳ Esperando un hueco libre
clone-stage-cloning = 🧬 Clonando la voz con Inworld
clone-progress = { $stage }…
clone-progress-detail = { $stage } ({ $detail })…
clone-detail-files =
    { $count ->
        [one] { $count } archivo
       *[other] { $count } archivos
    }
clone-detail-queue = posición { $position } en la cola
clone-detail-checking-sentence = comprobando la frase que has leído
clone-detail-busy = Inworld está saturado; se reintentará en { $seconds } s
clone-tags-too-many = Indica como máximo { $max } etiquetas.
clone-name-missing = Ponle un nombre a la voz.
clone-name-too-long = El nombre de la voz puede tener como máximo { $max } caracteres.
clone-sample-refused = Muestra { $index } (`{ $file }`): { $reason }
clone-default-voice-name = Voz de { $member }
clone-default-voice-name-unnamed = Mi voz
clone-consent-confirm = Lo confirmo
clone-consent-cancel = Cancelar
clone-menu-not-yours = Solo puedes clonar la voz de tus propios mensajes. Para clonar una grabación que tengas permiso para usar, súbela con /clone.
clone-menu-no-audio = Ese mensaje no tiene ningún mensaje de voz ni archivo de audio adjunto.
clone-modal-title = Clonar esta voz
clone-modal-name = Nombre de la nueva voz
clone-cancelled = Cancelado: no se ha enviado nada a Inworld.
clone-sent-for-review = 📨 ¡Gracias! Tu solicitud se ha enviado a los moderadores para su aprobación. Te diremos el resultado en este canal.
clone-failure-bug = Algo ha fallado por parte del bot. (ref. `{ $ref }`)
clone-final-failed-interaction = ❌ Inworld no ha creado la voz; consulta los detalles abajo.
clone-final-failed-channel = ❌ Inworld no ha creado la voz; los detalles están publicados en este canal.
clone-final-failed-dm = ❌ Inworld no ha creado la voz; te he enviado los detalles por MD.
clone-final-failed-elsewhere = ❌ Inworld no ha creado la voz.
clone-final-created-interaction = ✅ Voz **{ $name }** creada.
clone-final-created-channel = ✅ Voz **{ $name }** creada: el resultado está publicado en este canal.
clone-final-created-dm = ✅ Voz **{ $name }** creada: te he enviado el resultado por MD.
clone-final-created-elsewhere = ✅ Voz **{ $name }** creada: usa `/voices` para ver su ID.
clone-refusal-title = ❌ No se ha aceptado esa grabación
clone-refusal-new-sentence = Lee la frase **nueva** de abajo y envía su grabación.
clone-refusal-retry-in = De momento no te quedan intentos: vuelve a intentarlo dentro de { $duration }.
clone-sentence-expired = ⌛ Tu frase anterior caducó antes de que llegara su grabación.
clone-sentence-not-used = No se ha usado la grabación que acabas de enviar: primero tiene que llegar la grabación de esta frase.
clone-sentence-rename-later = Puedes cambiar el nombre de la voz más tarde con `/voices rename`.
clone-sentence-voice-message-only = Este servidor solo acepta para tu frase un **mensaje de voz** grabado en Discord, no un archivo subido. Mantén pulsado el botón del micrófono en este canal, lee la frase, envíala y luego usa el menú del mensaje → **Aplicaciones** → **Clone this voice**. Tu frase sigue siendo válida hasta { $time }.
clone-challenge-title = 🎙️ Lee esta frase en voz alta
clone-challenge-how-voice = Grábala como **mensaje de voz** en este canal (mantén pulsado el botón del micrófono) y abre el menú del mensaje (clic derecho o pulsación larga) → **Aplicaciones** → **Clone this voice**.
clone-challenge-how-file = O grábala con cualquier aplicación y vuelve a usar `/clone` con la grabación como `sample`, sola (sin `sample2` ni `sample3`).
clone-challenge-description =
    Este servidor te pide que demuestres que la voz es tuya. Lee esto con tu propia voz:

    > **{ $sentence }**

    { $how }

    La frase sirve una sola vez y caduca { $expires }.
clone-challenge-english-fallback = Todavía no hay lista de palabras para el idioma que has elegido, así que la frase está en inglés.
clone-spoken-unavailable = La verificación del consentimiento hablado no está disponible.
clone-verify-verified = ✅ Verificado por { $recognizer }
clone-verify-recognizer = reconocimiento de voz
clone-verify-pending = ⏳ Se comprobará con la transcripción de Inworld cuando se cree la voz (se elimina si no coincide)
clone-verify-sentence = Frase: «{ $sentence }»
clone-verify-score = Puntuación: { NUMBER($score, minimumFractionDigits: 2, maximumFractionDigits: 2) }
clone-verify-recording-voice-message = Grabación: un mensaje de voz de Discord, SHA-256 `{ $sha }…`
clone-verify-recording-file = Grabación: un archivo subido, SHA-256 `{ $sha }…`
clone-field-language = Idioma
clone-language-auto = Otro / detección automática
clone-field-samples = Muestras
clone-field-sample = Muestra { $index }
clone-field-notes = Notas
clone-field-note = Nota
clone-field-audio = Audio
clone-field-next-step = Siguiente paso
clone-field-spoken-consent = Consentimiento hablado
clone-field-voice-name = Nombre de la voz
clone-field-try = Intento
clone-field-noise-removal = Eliminación de ruido
clone-field-tags = Etiquetas
clone-field-description = Descripción
clone-field-consent = Consentimiento ({ $when })
clone-sample-kept = { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } s conservados
clone-sample-from = de { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } s
clone-sample-peak = pico { NUMBER($dbfs, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } dBFS
clone-sample-clipped = ⚠️ { NUMBER($percent, minimumFractionDigits: 1, maximumFractionDigits: 1) } % saturado
clone-quality =
    Calidad **{ $verdict }**: { NUMBER($speech, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } s de voz de { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } s, { $loudness }, SNR { NUMBER($snr, maximumFractionDigits: 0, useGrouping: 0) } dB, ruido { NUMBER($noise, maximumFractionDigits: 0, useGrouping: 0) } dBFS, { NUMBER($clipped, minimumFractionDigits: 2, maximumFractionDigits: 2) } % saturado
clone-quality-lufs = { NUMBER($lufs, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } LUFS
clone-quality-no-lufs = - LUFS
clone-verdict-good = buena
clone-verdict-usable = aceptable
clone-verdict-poor = mala
clone-tip-closer = Acércate al micrófono (como a un palmo) o habla más alto.
clone-tip-longer = Graba de 10 a 15 s de habla variada y expresiva en un solo idioma.
clone-tip-quiet-room = Apaga la música y la tele, y graba en una habitación tranquila.
clone-tip-clipping = Baja la ganancia del micrófono o aléjate un poco: las partes más fuertes están saturadas.
clone-result-failed-title = Voz no creada
clone-result-failed-description = Inworld ha revisado las muestras, pero no ha creado ninguna voz. Consulta los errores de abajo y vuelve a intentarlo con una grabación más clara.
clone-result-title = Voz clonada: { $name }
clone-result-voice-id = **ID de la voz**
clone-no-warnings = ✅ Sin avisos
clone-heard = Se ha oído: «{ $text }»
clone-note-transcription-dropped = No se ha enviado tu transcripción: la grabación se recortó a los mejores 15 s, así que ya no coincidiría.
clone-note-length = Consejo: de 10 a 15 s de habla clara dan el mejor clon.
clone-result-footer = El audio adjunto es exactamente lo que se ha enviado a Inworld.
clone-audio-too-large =
    { $count ->
        [one] { $count } muestra procesada era demasiado grande para subirla aquí.
       *[other] { $count } muestras procesadas eran demasiado grandes para subirlas aquí.
    }
clone-consent-title = Confirma la clonación de tu voz: { $name }
clone-consent-description =
    Tu grabación está lista. Todavía no se ha enviado nada a Inworld.

    Al pulsar **Lo confirmo** declaras:
    > { $statement }
clone-next-review = La revisa un moderador
clone-next-clone = Se clona la voz
clone-review-title = Solicitud de clonación n.º { $id }: { $name }
clone-review-requested = Solicitada por <@{ $user }> en <#{ $channel }>.
clone-on = activada
clone-off = desactivada
clone-not-yet = todavía no
clone-review-footer = El audio adjunto es exactamente lo que se enviaría a Inworld.
clone-audit-title = { $action }: solicitud n.º { $id } ({ $name })
clone-audit-member = Miembro
clone-audit-status = Estado
clone-audit-by = Por
clone-audit-requested = Solicitada
clone-audit-consented = Consentida
clone-audit-approved = Aprobada
clone-audit-rejected = Rechazada
clone-audit-expired = Caducada
clone-audit-cancelled = Cancelada
clone-audit-cloned = Clonada
clone-audit-failed = Fallida
clone-audit-deleted = Eliminada
clone-audit-policy-changed = Ajustes cambiados
clone-audit-interrupted = Interrumpida
clone-audit-reconciling = En comprobación
clone-audit-reconciled = Comprobada
clone-audit-renamed = Renombrada
clone-audit-server-voice = Voz del servidor
clone-audit-previewed = Vista previa
clone-audit-spoke = Habló
clone-audit-speech-stopped = Habla detenida
clone-audit-erased = Datos borrados
clone-audit-challenge-issued = Frase emitida
clone-audit-verified = Verificado
clone-audit-verification-failed = Verificación fallida
clone-headline-ready = <@{ $user }> ¡tu voz **{ $name }** está lista!
clone-headline-approved-ready = <@{ $user }> ¡un moderador ha aprobado tu voz **{ $name }** y se ha clonado!
clone-headline-not-created = <@{ $user }> tu solicitud de clonación **{ $name }** no ha salido bien: Inworld no ha creado la voz.
clone-headline-approved-not-created = <@{ $user }> tu solicitud de clonación **{ $name }** se aprobó, pero no ha salido bien: Inworld no ha creado la voz.
clone-headline-resumed = { $headline } (Se reanudó tras un reinicio del bot.)
clone-headline-unknown = <@{ $user }> { $message }
clone-report-created-after-dm = { $headline } Te he enviado el ID de la voz y el audio por MD.
clone-report-created-no-dm = { $headline } No he podido enviarte un MD: usa `/voices list` aquí para ver el ID de la voz (solo tú verás la respuesta).
clone-report-failed-after-dm = { $headline } Te he enviado los detalles por MD.
clone-relay-prefix = <@{ $user }> tu clonación de voz **{ $name }**:
clone-relay-later-dm = ⏳ Esto está tardando (estás en una cola). Te enviaré el resultado por MD.
clone-relay-later-channel = ⏳ Esto está tardando (estás en una cola). Publicaré el resultado en este canal y te mencionaré.
clone-stored-title = Voz { $name }
clone-stored-voice-id = ID de la voz: `{ $voice }`
clone-stored-warnings = Muestra { $index }: avisos
clone-request-line = <@{ $user }> tu solicitud de clonación **{ $name }**
clone-failed = { $request } ha fallado: { $reason }
clone-failed-approved = { $request } se aprobó, pero la clonación ha fallado: { $reason }
clone-notice-review-expired = { $request } caducó antes de que un moderador la revisara. Puedes volver a enviarla.
clone-notice-interrupted = { $request } se interrumpió por un reinicio del bot. Vuelve a enviarla.
clone-notice-interrupted-cloning = { $request } se interrumpió por un reinicio del bot. Puede que la voz se haya creado igualmente: revisa tu lista de voces antes de volver a intentarlo.
clone-already-handled = Esa solicitud de clonación ya se está procesando.
clone-setting-not-changed = No se ha cambiado ese ajuste: { $error }
clone-no-review-channel = Este servidor exige la aprobación de un moderador para clonar voces, pero todavía no hay un canal de revisión configurado. Pide a un moderador que use `/clone-settings approval`.
clone-cancelled-while-processing = Esta solicitud se canceló mientras se procesaba.
clone-audio-gone = El audio de esta solicitud ya no está guardado. Vuelve a enviarlo.
clone-spoken-delete-failed = { $refusal } De momento no se ha podido eliminar: el bot seguirá intentándolo hasta que desaparezca, y mientras tanto nadie puede usarla.
clone-review-approved-by = ✅ Aprobada por <@{ $moderator }>
clone-review-not-created = { $prefix }, pero Inworld no ha creado ninguna voz.
clone-review-created = { $prefix }. Voz creada: `{ $voice }`
clone-review-lost = { $prefix }; se perdió la respuesta de Inworld: el bot está comprobando si se creó la voz.
clone-review-failed = { $prefix }, pero la clonación ha fallado: { $reason }
clone-review-spoken-deleted = ❌ La frase leída no coincidía: se ha eliminado la voz.
clone-review-spoken-not-deleted = ❌ La frase leída no coincidía: la voz aún no se ha eliminado (el bot lo reintenta hasta que desaparezca).
clone-review-expired = ⌛ Caducada: nadie la revisó a tiempo.

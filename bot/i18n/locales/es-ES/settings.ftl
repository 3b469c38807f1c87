# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# /clone-settings and the policy rules (bot/policy.py, cogs/clone_settings.py).

settings-duration-hours-minutes = { $hours } h { $minutes } min
settings-duration-hours = { $hours } h
settings-duration-minutes-seconds = { $minutes } min { $seconds } s
settings-duration-minutes = { $minutes } min
settings-duration-seconds = { $seconds } s
settings-when-in = dentro de { $duration }
settings-when-at = a las { $time } UTC
settings-when-tomorrow-at = mañana a las { $time } UTC

settings-consent-default = Confirmo que la voz de estas grabaciones es mía, o que su dueño me ha dado permiso explícito para clonarla, y que no usaré la voz clonada para engañar, suplantar ni hacer daño a nadie.

settings-refusal-blocked = No puedes clonar voces en este servidor.
settings-refusal-channel = La clonación de voz no está permitida en este canal. Usa { $channels }.
settings-refusal-role = Necesitas uno de estos roles para clonar voces: { $roles }.
settings-refusal-open-request = Ya tienes una solicitud de clonación en curso (#{ $request }). Espera a que termine.
settings-refusal-cooldown = Estás en tiempo de espera: espera { $wait } antes de tu próxima solicitud.
settings-refusal-member-quota = Has alcanzado tu límite de { $count } solicitudes de clonación en 24 horas. Vuelve a intentarlo mañana.
settings-refusal-guild-quota = Este servidor ha alcanzado su límite de { $count } solicitudes de clonación en 24 horas. Vuelve a intentarlo mañana.

settings-limit-once = Has { $done } { $window ->
        [hour] hace un momento
       *[other] hace poco
    }{ $note }; vuelve a intentarlo { $when }.
settings-limit-used = { $per ->
        [member] Has usado tus
       *[server] Este servidor ha usado sus
    } { $count } { $noun } de { $period }{ $note }; la siguiente estará disponible { $when }.
settings-limit-note = { " " }({ $note })
settings-period-hour = esta hora
settings-period-day = hoy
settings-period-last = las últimas { $duration }
settings-opened-noun = { $count ->
        [one] solicitud de clonación
       *[other] solicitudes de clonación
    }
settings-opened-done = abierto una solicitud de clonación
settings-opened-note = cuenta cada solicitud abierta, confirmada o no

settings-needs-manage-server = Solo los miembros con el permiso **Gestionar servidor** pueden cambiar estos ajustes; no se ha cambiado nada.
settings-needs-moderator = Solo los moderadores de este servidor pueden ver estos ajustes.
settings-choose-item = Elige cuál quieres añadir o quitar.
settings-choose-review-channel = Elige un canal de revisión al activar la aprobación.
settings-one-list-edit = Cambia una entrada de la lista cada vez (añadir, quitar o vaciar); no se ha cambiado nada.
settings-chars-set-or-reset = Establece los caracteres por día o restablécelos, pero no ambas cosas; no se ha cambiado nada.
settings-nothing-to-change = Nada que cambiar; ajustes actuales:
settings-updated = ✅ Ajustes actualizados.

settings-on = activado
settings-off = desactivado
settings-yes = sí
settings-no = no
settings-none = ninguno
settings-unlimited = sin límite
settings-not-set = sin definir
settings-any = cualquiera
settings-any-channel = cualquier canal
settings-everyone = todos
settings-every-member = todos los miembros
settings-nobody = nadie
settings-manage-server-only = solo Gestionar servidor
settings-requests-per-day = { $count } solicitudes / 24 h
settings-chars-per-day = { $count } caracteres / 24 h
settings-bot-default = { $value } (valor predeterminado del bot)
settings-language-auto = Otro / detección automática

settings-speech-title = Ajustes de voz
settings-read-aloud-unavailable = no disponible en este bot (READ_ALOUD_ENABLED está desactivado)
settings-read-aloud-allowed = permitida
settings-read-aloud-not-allowed = no permitida
settings-speak-with-all = su propia voz y las del servidor
settings-speak-with-own = su propia voz
settings-speech-lines =
    Hablar: { $speaking }
    Quién: { $roles } (los moderadores siempre)
    Canales de voz: { $voice_channels }
    Canales de texto: { $text_channels }
    Los miembros hablan con: { $voices }
    Lectura en voz alta: { $read_aloud }
    Por miembro: { $member }
    Por servidor: { $server }

settings-title = Ajustes de clonación de voz
settings-who-title = Quién y dónde
settings-who-lines =
    Roles: { $roles }
    Canales: { $channels }
    Bloqueados: { $blocked }
    Roles de moderador: { $moderators }
settings-limits-title = Límites
settings-limits-lines =
    Tiempo de espera por miembro: { $cooldown }
    Por miembro: { $member }
    Por servidor: { $server }
    Duración de muestra guardada: hasta { $sample } s
settings-defaults-title = Valores predeterminados
settings-defaults-lines =
    Idioma: { $language }
    Eliminación de ruido: { $noise }
    Respuestas: { $replies }
    Idioma del servidor: { $server_language }
settings-replies-private = solo visibles para el miembro
settings-replies-public = públicas
settings-server-language-chosen = { $language }
settings-server-language-discord = idioma del servidor en Discord ({ $language })
settings-review-title = Revisión y registro
settings-review-lines =
    Aprobación obligatoria: { $approval }
    Canal de revisión: { $review }
    Canal de registro: { $audit }
settings-previews-title = Muestras habladas
settings-previews-lines =
    En los resultados: { $enabled }
    Quién puede escuchar una voz: { $who }
    Frase: { $sentence }
settings-previews-anyone = cualquier miembro
settings-previews-owner = su dueño (voces del servidor: cualquiera)
settings-previews-default-sentence = la predeterminada del idioma de la voz
settings-verification-title = Consentimiento hablado
settings-verification-off = desactivado: solo el botón de consentimiento
settings-verification-on = activado: los miembros leen en voz alta una frase nueva (un mensaje de voz o un archivo)
settings-verification-strict = estricto: los miembros leen una frase nueva en un mensaje de voz de Discord
settings-speaking-title = Hablar con voces clonadas
settings-consent-title = Declaración de consentimiento

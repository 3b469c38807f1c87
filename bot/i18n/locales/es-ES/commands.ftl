# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# Command, group, option and choice names and descriptions (bot/i18n/translator.py).
# A command's value is its name (lowercase, no spaces, 1-32 characters, unique among its
# siblings), .description its description (1-100 characters); context menus (menu-*) may
# have spaces and capitals; choices (choice-*, keyed by the English name) are 1-100 characters.

## /clone

cmd-clone = clonar
    .description = Clona una voz a partir de una grabación.
cmd-clone--sample = muestra
    .description = Una grabación de la voz: 10-15 s de habla clara (mensaje de voz, MP3, WAV...)
cmd-clone--name = nombre
    .description = Un nombre para la nueva voz
cmd-clone--language = idioma
    .description = El idioma que se habla en la grabación
cmd-clone--sample2 = muestra2
    .description = Segunda grabación opcional de la misma voz
cmd-clone--sample3 = muestra3
    .description = Tercera grabación opcional de la misma voz
cmd-clone--transcription = transcripción
    .description = Opcional: exactamente lo que se dice en la primera grabación
cmd-clone--description = descripción
    .description = Opcional: una descripción de la voz (tono, acento, uso)
cmd-clone--tags = etiquetas
    .description = Opcional: etiquetas separadas por comas, p. ej. tranquila, narrador
cmd-clone--remove-noise = quitar_ruido
    .description = Quita primero el ruido de fondo (puede empeorar grabaciones ya limpias)

## /clone-settings

cmd-clone-settings = ajustes-clonación
    .description = Ajustes de /clone en este servidor (miembros con Gestionar servidor).
cmd-clone-settings-show = ver
    .description = Muestra los ajustes de clonación de voz de este servidor.
cmd-clone-settings-limits = límites
    .description = Tiempo de espera, cuotas diarias, duración de la muestra.
cmd-clone-settings-limits--cooldown-seconds = segundos_espera
    .description = Segundos que espera un miembro entre solicitudes (0 = sin espera)
cmd-clone-settings-limits--member-daily = diario_miembro
    .description = Solicitudes por miembro cada 24 h (0 = ilimitadas)
cmd-clone-settings-limits--server-daily = diario_servidor
    .description = Solicitudes de todo el servidor cada 24 h (0 = ilimitadas)
cmd-clone-settings-limits--max-sample-seconds = segundos_máx_muestra
    .description = Duración máxima de la muestra que se conserva, en segundos (3-15)
cmd-clone-settings-defaults = predeterminados
    .description = Idioma predeterminado, eliminación de ruido, respuestas.
cmd-clone-settings-defaults--language = idioma
    .description = Idioma predeterminado de /clone
cmd-clone-settings-defaults--remove-noise = quitar_ruido
    .description = Quitar el ruido de fondo por defecto
cmd-clone-settings-defaults--ephemeral = efímeras
    .description = Respuestas que solo ve el miembro (true) o públicas (false)
cmd-clone-settings-approval = aprobación
    .description = Exigir la aprobación de un moderador.
cmd-clone-settings-approval--required = obligatoria
    .description = Cada solicitud de clonación necesita la aprobación de un moderador
cmd-clone-settings-approval--review-channel = canal_revisión
    .description = Dónde se publican las solicitudes para revisarlas
cmd-clone-settings-verification = verificación
    .description = Hacer que los miembros lean antes en voz alta una frase nueva.
cmd-clone-settings-verification--mode = modo
    .description = desactivada; activada: cualquier grabación de la frase; estricta: solo un mensaje de voz de Discord
cmd-clone-settings-audit-channel = canal-auditoría
    .description = Dónde se publica el registro de auditoría.
cmd-clone-settings-audit-channel--channel = canal
    .description = El canal de auditoría (déjalo vacío para dejar de publicar)
cmd-clone-settings-roles = roles
    .description = Roles que pueden clonar o moderar.
cmd-clone-settings-roles--action = acción
    .description = Añadir, quitar o vaciar la lista
cmd-clone-settings-roles--role = rol
    .description = El rol que se añade o se quita
cmd-clone-settings-roles--kind = tipo
    .description = Qué lista: roles que pueden clonar o roles de moderador
cmd-clone-settings-channels = canales
    .description = Canales donde se puede usar /clone.
cmd-clone-settings-channels--action = acción
    .description = Añadir, quitar o vaciar (vaciar = cualquier canal)
cmd-clone-settings-channels--channel = canal
    .description = Canal
cmd-clone-settings-block = bloquear
    .description = Impide que un miembro clone voces.
cmd-clone-settings-block--member = miembro
    .description = El miembro que ya no podrá clonar voces
cmd-clone-settings-unblock = desbloquear
    .description = Permite que un miembro bloqueado vuelva a clonar.
cmd-clone-settings-unblock--member = miembro
    .description = El miembro bloqueado que podrá volver a clonar
cmd-clone-settings-consent = consentimiento
    .description = La declaración que deben confirmar los miembros.
cmd-clone-settings-consent--text = texto
    .description = Tu redacción (déjalo vacío para usar la declaración predeterminada)
cmd-clone-settings-language = idioma
    .description = El idioma de las publicaciones del bot aquí.
cmd-clone-settings-language--language = idioma
    .description = Revisión, auditoría y avisos públicos en este idioma (las respuestas siguen el de cada miembro)
cmd-clone-settings-previews = vistas-previas
    .description = Vistas previas habladas de las voces clonadas.
cmd-clone-settings-previews--enabled = activadas
    .description = Decir una frase corta con la nueva voz en cada resultado de clonación
cmd-clone-settings-previews--open-to-members = abiertas_a_miembros
    .description = Cualquier miembro puede escuchar cualquier voz (no: solo las suyas y las del servidor)
cmd-clone-settings-previews--text = texto
    .description = La frase de prueba (cualquier idioma; vacía y con restablecer_texto vuelve la predeterminada)
cmd-clone-settings-previews--reset-text = restablecer_texto
    .description = Volver a la frase predeterminada del idioma de cada voz
cmd-clone-settings-speech = habla
    .description = Quién puede hablar con voces clonadas y dónde.
cmd-clone-settings-speech--enabled = activada
    .description = Los miembros pueden hablar aquí con voces clonadas (/say, lectura en voz alta)
cmd-clone-settings-speech--add-role = añadir_rol
    .description = Permitir hablar a este rol (sin roles en la lista: todos los miembros)
cmd-clone-settings-speech--remove-role = quitar_rol
    .description = Quitar este rol de la lista
cmd-clone-settings-speech--add-voice-channel = añadir_canal_de_voz
    .description = Permitir hablar en este canal de voz (ninguno en la lista: cualquiera)
cmd-clone-settings-speech--remove-voice-channel = quitar_canal_de_voz
    .description = Quitar este canal de voz de la lista
cmd-clone-settings-speech--add-text-channel = añadir_canal_de_texto
    .description = Permitir /say y la lectura en voz alta en este canal (ninguno en la lista: cualquiera)
cmd-clone-settings-speech--remove-text-channel = quitar_canal_de_texto
    .description = Quitar este canal de la lista
cmd-clone-settings-speech--clear = vaciar
    .description = Vaciar una lista: todos los miembros o cualquier canal
cmd-clone-settings-speech--read-aloud = lectura_en_voz_alta
    .description = Los miembros pueden hacer que lo que escriben se lea en voz alta con su voz
cmd-clone-settings-speech--server-voices = voces_del_servidor
    .description = Los miembros pueden hablar con las voces del servidor, no solo con las suyas
cmd-clone-settings-speech--member-daily-chars = caracteres_diarios_miembro
    .description = Caracteres que cada miembro puede hacer decir cada 24 h (0 = ilimitados)
cmd-clone-settings-speech--server-daily-chars = caracteres_diarios_servidor
    .description = Caracteres que todo el servidor puede hacer decir cada 24 h (0 = ilimitados)
cmd-clone-settings-speech--reset-daily-chars = restablecer_caracteres
    .description = Volver a los caracteres diarios predeterminados del bot

## /voices

cmd-voices = voces
    .description = Las voces clonadas en este servidor.
cmd-voices-list = lista
    .description = Tus voces y las voces del servidor.
cmd-voices-info = info
    .description = Detalles de una voz.
cmd-voices-info--voice = voz
    .description = La voz (empieza a escribir su nombre)
cmd-voices-preview = escuchar
    .description = Escucha una voz diciendo una frase.
cmd-voices-preview--voice = voz
    .description = La voz (tuya o una voz del servidor)
cmd-voices-preview--text = texto
    .description = Lo que debe decir (por defecto: la frase de prueba del servidor)
cmd-voices-rename = renombrar
    .description = Cambia el nombre visible de una voz.
cmd-voices-rename--voice = voz
    .description = La voz (tuya; moderadores: cualquiera)
cmd-voices-rename--name = nombre
    .description = Su nuevo nombre
cmd-voices-delete = eliminar
    .description = Elimina una voz de Inworld.
cmd-voices-delete--voice = voz
    .description = La voz (tuya; moderadores: cualquiera de este servidor)
cmd-voices-server = servidor
    .description = Comparte una voz con todo el servidor.
cmd-voices-server--voice = voz
    .description = La voz
cmd-voices-server--shared = compartida
    .description = Sí: todos los miembros la ven y pueden escucharla; no: privada
cmd-voices-skip = saltar
    .description = Salta lo que el bot está diciendo en tu llamada.
cmd-voices-stop = detener
    .description = Moderadores: dejar de hablar al instante y vaciar la cola.
cmd-voices-leave = salir
    .description = Hace que el bot salga del canal de voz.
cmd-voices-read-aloud = leer-en-voz-alta
    .description = Lee con tu voz clonada lo que escribes en el chat de tu canal de voz.
cmd-voices-read-aloud--state = estado
    .description = Activada: lo que escribes se dice mientras compartimos canal de voz; desactivada: no
cmd-voices-read-aloud--voice = voz
    .description = Qué voz lee (tuya o una voz del servidor; por defecto: la más reciente)
cmd-voices-erase-my-data = borrar-mis-datos
    .description = Elimina todas tus voces y todo lo que se guarda sobre ti.
cmd-voices-erase-member = borrar-miembro
    .description = Moderadores: borrar las voces y los datos de un miembro.
cmd-voices-erase-member--member = miembro
    .description = El miembro (p. ej. uno que se ha ido: pega su ID de usuario)

## /clone-delete

cmd-clone-delete = eliminar-clon
    .description = Elimina una voz clonada aquí.
cmd-clone-delete--voice = voz
    .description = La voz que quieres eliminar (tuya; moderadores: cualquiera de este servidor)

## /say

cmd-say = decir
    .description = Di un texto con tu voz clonada (en tu canal de voz o como mensaje de voz).
cmd-say--text = texto
    .description = Qué decir
cmd-say--voice = voz
    .description = Qué voz (tuya o una voz del servidor; por defecto: la más reciente)

## Context menus (Apps > ...)

menu-clone-this-voice = Clonar esta voz
menu-speak-this-message = Decir este mensaje

## Choices

choice-english-us = Inglés (EE. UU.)
choice-chinese-china = Chino (China)
choice-korean = Coreano
choice-japanese = Japonés
choice-russian = Ruso
choice-other-auto-detect = Otro / detección automática
choice-italian = Italiano
choice-spanish-spain = Español (España)
choice-portuguese-brazil = Portugués (Brasil)
choice-german = Alemán
choice-french = Francés
choice-arabic-saudi-arabia = Árabe (Arabia Saudí)
choice-polish = Polaco
choice-dutch = Neerlandés
choice-hindi = Hindi
choice-hebrew = Hebreo
choice-off = desactivada
choice-on-any-recording-of-the-sentence = activada: cualquier grabación de la frase
choice-strict-only-a-voice-message-recorded-in-discord = estricta: solo un mensaje de voz grabado en Discord
choice-add = añadir
choice-remove = quitar
choice-clear = vaciar
choice-allowed = permitidos
choice-moderator = moderador
choice-discord-s-server-language = Idioma del servidor en Discord
choice-roles-every-member-may-speak = roles (todos los miembros pueden hablar)
choice-voice-channels-any = canales de voz (cualquiera)
choice-text-channels-any = canales de texto (cualquiera)
choice-on = activada

# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# /voices: the server's voice library, previews, erasure (bot/voices, cogs/voices.py).

## Refusals (bot/voices/access.py, library.py, previews.py)
voices-not-here = No se clonó ninguna voz con ese ID en este servidor (o ya se eliminó).
voices-not-yours-delete = Solo puedes eliminar las voces que clonaste tú (moderadores: cualquier voz de este servidor).
voices-not-yours-rename = Solo puedes cambiar el nombre de las voces que clonaste tú (moderadores: cualquier voz de este servidor).
voices-moderators-only-server-voice = Solo un moderador de este servidor puede convertir una voz en voz del servidor.
voices-moderators-only-erase = Solo un moderador de este servidor puede borrar los datos de otro miembro.
voices-preview-private = Solo su propietario puede escuchar esta voz: no es una voz del servidor, y este servidor solo deja a los miembros escuchar sus propias voces y las voces del servidor.
voices-info-private = Esa voz es privada del miembro que la clonó (no es una voz del servidor).
voices-erase-still-open = Todavía hay una solicitud de clonación en curso: cancélala o espera a que termine (o caduque) y luego borra los datos.
voices-rename-empty = El nuevo nombre no puede estar vacío.
voices-rename-too-long = El nuevo nombre es demasiado largo (como máximo { $max }).
voices-gone-on-inworld = Esa voz ya no existe en Inworld; ahora está marcada como eliminada aquí.
voices-deleted-meanwhile = Esa voz se eliminó mientras tanto.
voices-preview-queue-full = Ya hay demasiadas muestras en espera ({ $waiting }); no se agregó nada a la cola. Vuelve a intentarlo dentro de unos { $wait }.
voices-preview-queue-full-server = Ya hay demasiadas muestras de este servidor en espera ({ $waiting }); no se agregó nada a la cola. Vuelve a intentarlo dentro de unos { $wait }.
voices-preview-too-long = Ese texto es demasiado largo para una muestra: { $length } caracteres, el límite es { $max }.
voices-preview-cooldown = Acabas de escuchar una voz; vuelve a intentarlo dentro de { $wait }.

## The spoken preview in a clone result (bot/voices/result.py)
voices-result-preview = 🔊 Muestra
voices-result-preview-failed = ⚠️ La muestra hablada falló: { $why }
voices-result-preview-later = Tu voz está lista de todos modos; prueba `/voices preview` más tarde.
voices-result-why-restarting = el bot se está reiniciando
voices-result-why-timeout = el servicio de texto a voz no respondió a tiempo
voices-result-why-unexpected = un error inesperado ({ $error })
voices-result-preview-too-large = La muestra era demasiado grande para subirla aquí.
voices-result-preview-attached = Adjunto: `{ $filename }`, “{ $text }”

## Embeds and buttons (bot/voices/ui.py)
voices-line-server = 🌐 voz del servidor
voices-line-private = privada
voices-line = { $language } · propietario <@{ $user_id }> · creada { $created } · { $sharing }
voices-page-title-server = Las voces de este servidor
voices-page-title-mine = Tus voces y las voces del servidor
voices-page-empty = Todavía no hay voces. Usa `/clone` para crear una.
voices-page-status = Página { $page }/{ $pages } · { $total ->
        [one] { $total } voz
       *[other] { $total } voces
    }
voices-page-footer = /voices info · preview · rename · delete
voices-info-title = Voz: { $name }
voices-info-voice-id = ID de la voz
voices-info-language = Idioma
voices-info-owner = Propietario
voices-info-created = Creada
voices-info-server-voice = Voz del servidor
voices-info-server-voice-yes = sí (cualquier miembro puede escucharla)
voices-info-server-voice-no = no
voices-pager-not-yours = ❌ Estos botones son del miembro que usó /voices list.
voices-pager-previous = ◀ Anterior
voices-pager-next = Siguiente ▶
voices-confirm-not-yours = ❌ Solo el miembro que lo pidió puede confirmarlo.
voices-confirm = Confirmar
voices-cancel = Cancelar
voices-cancelled = Cancelado: no se cambió nada.

## Replies (cogs/voices.py)
voices-preview-says = 🔊 **{ $name }** (`{ $voice_id }`) dice: “{ $text }”
voices-renamed = ✏️ La voz `{ $voice_id }` ahora se llama **{ $name }** (también en Inworld).
voices-delete-ask = ⚠️ ¿Eliminar **{ $name }** (`{ $voice_id }`) de Inworld? No se puede deshacer.
voices-delete-button = Eliminar
voices-deleted = 🗑️ La voz **{ $name }** (`{ $voice_id }`) se eliminó de Inworld.
voices-shared = 🌐 **{ $name }** (`{ $voice_id }`) ahora es una voz del servidor.
voices-unshared = 🌐 **{ $name }** (`{ $voice_id }`) ya no es una voz del servidor.
voices-skipped = ⏭️ Saltado.
voices-nothing-said = Ahora mismo no se está diciendo nada.
voices-stopped = ⏹️ Detenido; { $dropped ->
        [one] { $dropped } texto en cola descartado.
       *[other] { $dropped } textos en cola descartados.
    }
voices-left = 👋 Salí del canal de voz.
voices-not-in-channel = No estoy en ningún canal de voz.
voices-read-aloud-off = 🔇 La lectura en voz alta está desactivada para ti.
voices-read-aloud-on = 🔊 La lectura en voz alta está activada: mientras compartamos un canal de voz, lo que escribas en su chat se dirá con **{ $name }**. `/voices read-aloud off` la detiene.
voices-erase-ask-own = ⚠️ ¿Borrar tus datos en este servidor? Se eliminarán de Inworld { $voices ->
        [one] { $voices } voz
       *[other] { $voices } voces
    } y se borrarán { $requests ->
        [one] { $requests } solicitud guardada
       *[other] { $requests } solicitudes guardadas
    } (audio, nombres, textos). Los eventos de auditoría se conservan, sin contenido personal. No se puede deshacer.
voices-erase-ask-member = ⚠️ ¿Borrar los datos de <@{ $member_id }> en este servidor? Se eliminarán de Inworld { $voices ->
        [one] { $voices } voz
       *[other] { $voices } voces
    } y se borrarán { $requests ->
        [one] { $requests } solicitud guardada
       *[other] { $requests } solicitudes guardadas
    } (audio, nombres, textos). Los eventos de auditoría se conservan, sin contenido personal. No se puede deshacer.
voices-erase-button = Borrarlo todo
voices-erased = 🧹 Hecho: { $voices ->
        [one] { $voices } voz eliminada
       *[other] { $voices } voces eliminadas
    } de Inworld, { $requests ->
        [one] { $requests } solicitud guardada borrada.
       *[other] { $requests } solicitudes guardadas borradas.
    }

## What a limit refusal names (bot/voices/limits.py, through settings-limit-*)
voices-renames-noun = { $count ->
        [one] cambio de nombre
       *[other] cambios de nombre
    }
voices-renames-done = cambiado el nombre de una voz
voices-previews-noun = { $count ->
        [one] muestra
       *[other] muestras
    }
voices-previews-done = escuchado una voz

# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# Errors and refusals every command can answer with (bot/tree.py).
error-bug = Algo salió mal en el bot. (ref. `{ $ref }`) Vuelve a intentarlo.
error-cooldown = ¡Más despacio! Vuelve a intentarlo dentro de { $seconds } s.
error-missing-permissions = Necesitas el permiso { $permissions } para hacer eso.
error-server-only = Este comando solo funciona en un servidor.
error-not-allowed = No tienes permiso para usar este comando aquí.
error-bad-value = Ese valor no es válido: { $value }.

# Sizes ($count bytes; $value in $unit: KB, MB or GB, with one decimal).
error-size-bytes = { NUMBER($count, useGrouping: 0) } bytes
error-size = { NUMBER($value, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } { $unit }

# Downloading an attachment (bot/download.py).
error-download-too-large = `{ $filename }` supera los { $limit } que acepta este bot. Basta con una grabación de 10 a 30 segundos.
error-download-too-large-size = `{ $filename }` ({ $size }) supera los { $limit } que acepta este bot. Basta con una grabación de 10 a 30 segundos.
error-download-refused = Discord no dejó que el bot descargue `{ $filename }` (HTTP { $status }). Vuelve a intentarlo.
error-download-timeout = La descarga de `{ $filename }` tardó más de { NUMBER($seconds, useGrouping: 0) } s. Vuelve a intentarlo.
error-download-failed = No se pudo descargar `{ $filename }`. Vuelve a intentarlo.

# The clone queue (bot/ratelimit/waiting.py).
error-queue-full = La cola de clonación está llena: { $group ->
        [true] { $waiting ->
            [one] hay { $waiting } solicitud de este servidor
           *[other] hay { $waiting } solicitudes de este servidor
        }
       *[false] { $waiting ->
            [one] hay { $waiting } solicitud
           *[other] hay { $waiting } solicitudes
        }
    } en espera (una espera de unos { $wait }). No se agregó nada a la cola; vuelve a intentarlo dentro de unos { $retry } (a las <t:{ $at }:t>).
error-audio-not-attached = (No se pudo adjuntar aquí el audio procesado.)
error-interrupted = ⏸️ El bot se está reiniciando antes de terminar tu solicitud. Quedó guardada: cuando el bot vuelva (normalmente en menos de un minuto), te dirá qué pasó con ella.
error-restarting = El bot se está reiniciando; inténtalo de nuevo en un minuto.

# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# Errors and refusals every command can answer with (bot/tree.py).
error-bug = Beim Bot ist etwas schiefgelaufen. (Ref. `{ $ref }`) Bitte versuch es noch einmal.
error-cooldown = Langsam! Versuch es in { $seconds } s noch einmal.
error-missing-permissions = Dafür brauchst du die Berechtigung { $permissions }.
error-server-only = Dieser Befehl funktioniert nur auf einem Server.
error-not-allowed = Du darfst diesen Befehl hier nicht verwenden.
error-bad-value = Dieser Wert ist ungültig: { $value }.

# Sizes ($count bytes; $value in $unit: KB, MB or GB, with one decimal).
error-size-bytes = { NUMBER($count, useGrouping: 0) } Bytes
error-size = { NUMBER($value, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } { $unit }

# Downloading an attachment (bot/download.py).
error-download-too-large = `{ $filename }` ist größer als die { $limit }, die dieser Bot annimmt. Eine Aufnahme von 10–30 Sekunden reicht völlig.
error-download-too-large-size = `{ $filename }` ({ $size }) ist größer als die { $limit }, die dieser Bot annimmt. Eine Aufnahme von 10–30 Sekunden reicht völlig.
error-download-refused = Discord hat dem Bot den Download von `{ $filename }` verweigert (HTTP { $status }). Bitte versuch es noch einmal.
error-download-timeout = Der Download von `{ $filename }` hat länger als { NUMBER($seconds, useGrouping: 0) } s gedauert. Bitte versuch es noch einmal.
error-download-failed = Der Download von `{ $filename }` ist fehlgeschlagen. Bitte versuch es noch einmal.

# The clone queue (bot/ratelimit/waiting.py).
error-queue-full = Die Klon-Warteschlange ist voll: { $group ->
        [true] { $waiting ->
            [one] { $waiting } Anfrage von diesem Server wartet
           *[other] { $waiting } Anfragen von diesem Server warten
        }
       *[false] { $waiting ->
            [one] { $waiting } Anfrage wartet
           *[other] { $waiting } Anfragen warten
        }
    } (etwa { $wait } Wartezeit). Es wurde nichts eingereiht; bitte versuch es in etwa { $retry } noch einmal (um <t:{ $at }:t>).
error-audio-not-attached = (Das bearbeitete Audio konnte hier nicht angehängt werden.)
error-interrupted = ⏸️ Der Bot startet neu, bevor deine Anfrage fertig war. Sie ist gespeichert: Sobald der Bot zurück ist (meist innerhalb einer Minute), sagt er dir, was daraus geworden ist.
error-restarting = Der Bot startet neu; bitte versuche es in einer Minute noch einmal.

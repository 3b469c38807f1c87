# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# Errors and refusals every command can answer with (bot/tree.py).
error-bug = Er ging iets mis aan de kant van de bot. (ref `{ $ref }`) Probeer het opnieuw.
error-cooldown = Rustig aan! Probeer het over { $seconds } s opnieuw.
error-missing-permissions = Je hebt de machtiging { $permissions } nodig om dat te doen.
error-server-only = Deze opdracht werkt alleen in een server.
error-not-allowed = Je mag deze opdracht hier niet gebruiken.
error-bad-value = Die waarde is niet geldig: { $value }.

# Sizes ($count bytes; $value in $unit: KB, MB or GB, with one decimal).
error-size-bytes = { NUMBER($count, useGrouping: 0) } bytes
error-size = { NUMBER($value, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } { $unit }

# Downloading an attachment (bot/download.py).
error-download-too-large = `{ $filename }` is groter dan de { $limit } die deze bot accepteert. Een opname van 10-30 seconden is genoeg.
error-download-too-large-size = `{ $filename }` ({ $size }) is groter dan de { $limit } die deze bot accepteert. Een opname van 10-30 seconden is genoeg.
error-download-refused = Discord liet de bot `{ $filename }` niet downloaden (HTTP { $status }). Probeer het opnieuw.
error-download-timeout = Het downloaden van `{ $filename }` duurde langer dan { NUMBER($seconds, useGrouping: 0) } s. Probeer het opnieuw.
error-download-failed = Het downloaden van `{ $filename }` is mislukt. Probeer het opnieuw.

# The clone queue (bot/ratelimit/waiting.py).
error-queue-full = De kloonwachtrij is vol: { $group ->
        [true] { $waiting ->
            [one] { $waiting } verzoek van deze server wacht
           *[other] { $waiting } verzoeken van deze server wachten
        }
       *[false] { $waiting ->
            [one] { $waiting } verzoek wacht
           *[other] { $waiting } verzoeken wachten
        }
    } al (een wachttijd van ongeveer { $wait }). Er is niets in de wachtrij gezet; probeer het over ongeveer { $retry } opnieuw (om <t:{ $at }:t>).
error-audio-not-attached = (De bewerkte audio kon hier niet worden bijgevoegd.)
error-interrupted = ⏸️ De bot start opnieuw voordat je verzoek klaar was. Het is bewaard: zodra de bot terug is (meestal binnen een minuut), laat hij je weten wat ermee is gebeurd.
error-restarting = De bot start opnieuw; probeer het over een minuut nog eens.

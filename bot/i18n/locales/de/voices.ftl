# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# /voices: the server's voice library, previews, erasure (bot/voices, cogs/voices.py).

## Refusals (bot/voices/access.py, library.py, previews.py)
voices-not-here = Auf diesem Server wurde keine Stimme mit dieser ID geklont (oder sie ist bereits gelöscht).
voices-not-yours-delete = Du kannst nur Stimmen löschen, die du selbst geklont hast (Moderatoren: jede Stimme dieses Servers).
voices-not-yours-rename = Du kannst nur Stimmen umbenennen, die du selbst geklont hast (Moderatoren: jede Stimme dieses Servers).
voices-moderators-only-server-voice = Nur ein Moderator dieses Servers kann eine Stimme zur Serverstimme machen.
voices-moderators-only-erase = Nur ein Moderator dieses Servers kann die Daten eines anderen Mitglieds löschen.
voices-preview-private = Nur die Person, der sie gehört, kann diese Stimme probehören: Sie ist keine Serverstimme, und auf diesem Server können Mitglieder nur ihre eigenen Stimmen und die Serverstimmen probehören.
voices-info-private = Diese Stimme ist privat für das Mitglied, das sie geklont hat (sie ist keine Serverstimme).
voices-erase-still-open = Eine Klon-Anfrage läuft noch: Brich sie ab oder warte, bis sie fertig ist (oder abläuft), und lösche dann die Daten.
voices-rename-empty = Der neue Name darf nicht leer sein.
voices-rename-too-long = Der neue Name ist zu lang (höchstens { $max }).
voices-gone-on-inworld = Diese Stimme gibt es bei Inworld nicht mehr; sie ist jetzt auch hier als gelöscht markiert.
voices-deleted-meanwhile = Diese Stimme wurde inzwischen gelöscht.
voices-preview-queue-full = Es warten bereits zu viele Hörproben ({ $waiting }); nichts wurde eingereiht. Bitte versuche es in etwa { $wait } erneut.
voices-preview-queue-full-server = Es warten bereits zu viele Hörproben von diesem Server ({ $waiting }); nichts wurde eingereiht. Bitte versuche es in etwa { $wait } erneut.
voices-preview-too-long = Dieser Text ist zu lang für eine Hörprobe: { $length } Zeichen, das Limit ist { $max }.
voices-preview-cooldown = Du hast gerade erst eine Stimme probegehört; versuche es in { $wait } erneut.

## The spoken preview in a clone result (bot/voices/result.py)
voices-result-preview = 🔊 Hörprobe
voices-result-preview-failed = ⚠️ Die gesprochene Hörprobe ist fehlgeschlagen: { $why }
voices-result-preview-later = Deine Stimme ist trotzdem bereit; versuche `/voices preview` später.
voices-result-why-restarting = der Bot startet gerade neu
voices-result-why-timeout = der Sprachsynthese-Dienst hat nicht rechtzeitig geantwortet
voices-result-why-unexpected = ein unerwarteter Fehler ({ $error })
voices-result-preview-too-large = Die Hörprobe war zu groß, um sie hier hochzuladen.
voices-result-preview-attached = Angehängt: `{ $filename }`, „{ $text }“

## Embeds and buttons (bot/voices/ui.py)
voices-line-server = 🌐 Serverstimme
voices-line-private = privat
voices-line = { $language } · gehört <@{ $user_id }> · erstellt { $created } · { $sharing }
voices-page-title-server = Die Stimmen dieses Servers
voices-page-title-mine = Deine Stimmen und die Serverstimmen
voices-page-empty = Noch keine Stimmen. Erstelle eine mit `/clone`.
voices-page-status = Seite { $page }/{ $pages } · { $total ->
        [one] { $total } Stimme
       *[other] { $total } Stimmen
    }
voices-page-footer = /voices info · preview · rename · delete
voices-info-title = Stimme: { $name }
voices-info-voice-id = Stimmen-ID
voices-info-language = Sprache
voices-info-owner = Besitzer
voices-info-created = Erstellt
voices-info-server-voice = Serverstimme
voices-info-server-voice-yes = ja (jedes Mitglied kann sie probehören)
voices-info-server-voice-no = nein
voices-pager-not-yours = ❌ Diese Schaltflächen gehören dem Mitglied, das /voices list ausgeführt hat.
voices-pager-previous = ◀ Zurück
voices-pager-next = Weiter ▶
voices-confirm-not-yours = ❌ Nur das Mitglied, das gefragt hat, kann das bestätigen.
voices-confirm = Bestätigen
voices-cancel = Abbrechen
voices-cancelled = Abgebrochen: Es wurde nichts geändert.

## Replies (cogs/voices.py)
voices-preview-says = 🔊 **{ $name }** (`{ $voice_id }`) sagt: „{ $text }“
voices-renamed = ✏️ Die Stimme `{ $voice_id }` heißt jetzt **{ $name }** (auch bei Inworld).
voices-delete-ask = ⚠️ **{ $name }** (`{ $voice_id }`) bei Inworld löschen? Das kann nicht rückgängig gemacht werden.
voices-delete-button = Löschen
voices-deleted = 🗑️ Die Stimme **{ $name }** (`{ $voice_id }`) wurde bei Inworld gelöscht.
voices-shared = 🌐 **{ $name }** (`{ $voice_id }`) ist jetzt eine Serverstimme.
voices-unshared = 🌐 **{ $name }** (`{ $voice_id }`) ist keine Serverstimme mehr.
voices-skipped = ⏭️ Übersprungen.
voices-nothing-said = Gerade wird nichts gesprochen.
voices-stopped = ⏹️ Gestoppt; { $dropped ->
        [one] { $dropped } wartender Text verworfen.
       *[other] { $dropped } wartende Texte verworfen.
    }
voices-left = 👋 Sprachkanal verlassen.
voices-not-in-channel = Ich bin in keinem Sprachkanal.
voices-read-aloud-off = 🔇 Vorlesen ist für dich ausgeschaltet.
voices-read-aloud-on = 🔊 Vorlesen ist an: Solange wir im selben Sprachkanal sind, wird das, was du in seinen Chat schreibst, mit **{ $name }** gesprochen. `/voices read-aloud off` beendet es.
voices-erase-ask-own = ⚠️ Deine Daten auf diesem Server löschen? { $voices ->
        [one] { $voices } Stimme wird
       *[other] { $voices } Stimmen werden
    } bei Inworld gelöscht und { $requests ->
        [one] { $requests } gespeicherte Anfrage
       *[other] { $requests } gespeicherte Anfragen
    } entfernt (Audio, Namen, Texte). Audit-Ereignisse bleiben, ohne persönliche Inhalte. Das kann nicht rückgängig gemacht werden.
voices-erase-ask-member = ⚠️ Die Daten von <@{ $member_id }> auf diesem Server löschen? { $voices ->
        [one] { $voices } Stimme wird
       *[other] { $voices } Stimmen werden
    } bei Inworld gelöscht und { $requests ->
        [one] { $requests } gespeicherte Anfrage
       *[other] { $requests } gespeicherte Anfragen
    } entfernt (Audio, Namen, Texte). Audit-Ereignisse bleiben, ohne persönliche Inhalte. Das kann nicht rückgängig gemacht werden.
voices-erase-button = Alles löschen
voices-erased = 🧹 Erledigt: { $voices ->
        [one] { $voices } Stimme
       *[other] { $voices } Stimmen
    } bei Inworld gelöscht, { $requests ->
        [one] { $requests } gespeicherte Anfrage entfernt.
       *[other] { $requests } gespeicherte Anfragen entfernt.
    }

## What a limit refusal names (bot/voices/limits.py, through settings-limit-*)
voices-renames-noun = { $count ->
        [one] Umbenennung
       *[other] Umbenennungen
    }
voices-renames-done = eine Stimme umbenannt
voices-previews-noun = { $count ->
        [one] Hörprobe
       *[other] Hörproben
    }
voices-previews-done = eine Stimme probegehört

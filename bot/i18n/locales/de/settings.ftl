# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# /clone-settings and the policy rules (bot/policy.py, cogs/clone_settings.py).

## Durations and times (variables of other messages)

settings-duration-hours-minutes = { $hours } Std. { $minutes } Min.
settings-duration-hours = { $hours } Std.
settings-duration-minutes-seconds = { $minutes } Min. { $seconds } Sek.
settings-duration-minutes = { $minutes } Min.
settings-duration-seconds = { $seconds } Sek.
settings-when-in = in { $duration }
settings-when-at = um { $time } UTC
settings-when-tomorrow-at = morgen um { $time } UTC

## The default consent statement

settings-consent-default = Ich bestätige, dass die Stimme in diesen Aufnahmen meine eigene ist oder dass mir ihre Besitzerin oder ihr Besitzer ausdrücklich erlaubt hat, sie zu klonen, und dass ich die geklonte Stimme nicht nutzen werde, um jemanden zu täuschen, mich als jemand anderes auszugeben oder jemandem zu schaden.

## Policy refusals

settings-refusal-blocked = Du darfst auf diesem Server keine Stimmen klonen.
settings-refusal-channel = Stimmen klonen ist in diesem Kanal nicht erlaubt. Bitte nutze { $channels }.
settings-refusal-role = Du brauchst eine dieser Rollen, um Stimmen zu klonen: { $roles }.
settings-refusal-open-request = Du hast bereits eine laufende Klon-Anfrage (#{ $request }). Bitte warte, bis sie abgeschlossen ist.
settings-refusal-cooldown = Du hast gerade eine Abklingzeit: Bitte warte { $wait } bis zu deiner nächsten Anfrage.
settings-refusal-member-quota = Du hast dein Limit von { $count } Klon-Anfragen in 24 Stunden erreicht. Bitte versuche es morgen wieder.
settings-refusal-guild-quota = Dieser Server hat sein Limit von { $count } Klon-Anfragen in 24 Stunden erreicht. Bitte versuche es morgen wieder.

## Limits on uses in a rolling window

settings-limit-once = Du hast { $window ->
        [hour] gerade eben
       *[other] kürzlich
    } { $done }{ $note }; versuche es { $when } erneut.
settings-limit-used = { $per ->
        [member] Du hast deine
       *[server] Dieser Server hat seine
    } { $count } { $noun } für { $period } aufgebraucht{ $note }; die nächste ist { $when } verfügbar.
settings-limit-note = { " " }({ $note })
settings-period-hour = diese Stunde
settings-period-day = heute
settings-period-last = die letzten { $duration }
settings-opened-noun = { $count ->
        [one] Klon-Anfrage
       *[other] Klon-Anfragen
    }
settings-opened-done = eine Klon-Anfrage gestartet
settings-opened-note = jede gestartete Anfrage zählt, bestätigt oder nicht

## /clone-settings replies (cogs/clone_settings.py)

settings-needs-manage-server = Nur Mitglieder mit der Berechtigung **Server verwalten** können diese Einstellungen ändern; es wurde nichts geändert.
settings-needs-moderator = Nur die Moderatoren dieses Servers können diese Einstellungen sehen.
settings-choose-item = Bitte wähle aus, was hinzugefügt oder entfernt werden soll.
settings-choose-review-channel = Bitte wähle einen Prüfkanal, wenn du die Freigabe aktivierst.
settings-one-list-edit = Bitte ändere immer nur einen Listeneintrag (hinzufügen, entfernen oder leeren); es wurde nichts geändert.
settings-chars-set-or-reset = Bitte lege die Zeichen pro Tag entweder fest oder setze sie zurück; es wurde nichts geändert.
settings-nothing-to-change = Nichts zu ändern; aktuelle Einstellungen:
settings-updated = ✅ Einstellungen aktualisiert.

## The settings embeds: words shown as values

settings-on = an
settings-off = aus
settings-yes = ja
settings-no = nein
settings-none = keine
settings-unlimited = unbegrenzt
settings-not-set = nicht festgelegt
settings-any = alle
settings-any-channel = jeder Kanal
settings-everyone = alle
settings-every-member = jedes Mitglied
settings-nobody = niemand
settings-manage-server-only = nur „Server verwalten“
settings-requests-per-day = { $count } Anfragen / 24 Std.
settings-chars-per-day = { $count } Zeichen / 24 Std.
settings-bot-default = { $value } (Standard des Bots)
settings-language-auto = Andere / automatisch erkennen

## The speech settings

settings-speech-title = Spracheinstellungen
settings-read-aloud-unavailable = auf diesem Bot nicht verfügbar (READ_ALOUD_ENABLED ist aus)
settings-read-aloud-allowed = erlaubt
settings-read-aloud-not-allowed = nicht erlaubt
settings-speak-with-all = ihren eigenen und den Server-Stimmen
settings-speak-with-own = ihren eigenen
settings-speech-lines =
    Sprechen: { $speaking }
    Wer: { $roles } (Moderatoren immer)
    Sprachkanäle: { $voice_channels }
    Textkanäle: { $text_channels }
    Mitglieder sprechen mit: { $voices }
    Vorlesen: { $read_aloud }
    Pro Mitglied: { $member }
    Pro Server: { $server }

## The settings (/clone-settings show)

settings-title = Einstellungen für Stimmklone
settings-who-title = Wer und wo
settings-who-lines =
    Rollen: { $roles }
    Kanäle: { $channels }
    Gesperrt: { $blocked }
    Moderatorrollen: { $moderators }
settings-limits-title = Limits
settings-limits-lines =
    Abklingzeit pro Mitglied: { $cooldown }
    Pro Mitglied: { $member }
    Pro Server: { $server }
    Gespeicherte Probenlänge: bis zu { $sample } Sek.
settings-defaults-title = Standards
settings-defaults-lines =
    Sprache: { $language }
    Rauschunterdrückung: { $noise }
    Antworten: { $replies }
    Serversprache: { $server_language }
settings-replies-private = nur für das Mitglied sichtbar
settings-replies-public = öffentlich
settings-server-language-chosen = { $language }
settings-server-language-discord = Serversprache von Discord ({ $language })
settings-review-title = Prüfung und Protokoll
settings-review-lines =
    Freigabe erforderlich: { $approval }
    Prüfkanal: { $review }
    Protokollkanal: { $audit }
settings-previews-title = Gesprochene Vorschauen
settings-previews-lines =
    In Klon-Ergebnissen: { $enabled }
    Wer eine Stimme anhören darf: { $who }
    Satz: { $sentence }
settings-previews-anyone = jedes Mitglied
settings-previews-owner = ihr Besitzer (Server-Stimmen: alle)
settings-previews-default-sentence = der Standardsatz der Sprache der Stimme
settings-verification-title = Gesprochene Zustimmung
settings-verification-off = aus: nur der Zustimmungsbutton
settings-verification-on = an: Mitglieder lesen einen neuen Satz laut vor (eine Sprachnachricht oder eine Datei)
settings-verification-strict = streng: Mitglieder lesen einen neuen Satz in einer Discord-Sprachnachricht vor
settings-speaking-title = Mit geklonten Stimmen sprechen
settings-consent-title = Zustimmungserklärung

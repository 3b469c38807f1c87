# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# Command, group, option and choice names and descriptions (bot/i18n/translator.py).
# A command's value is its name (lowercase, no spaces, 1-32 characters, unique among its
# siblings), .description its description (1-100 characters); context menus (menu-*) may
# have spaces and capitals; choices (choice-*, keyed by the English name) are 1-100 characters.

## /clone

cmd-clone = klonen
    .description = Klont eine Stimme aus einer Aufnahme von ihr.
cmd-clone--sample = aufnahme
    .description = Eine Aufnahme der Stimme: 10-15 s klare Sprache (Sprachnachricht, MP3, WAV...)
cmd-clone--name = name
    .description = Ein Name für die neue Stimme
cmd-clone--language = sprache
    .description = Die Sprache, die in der Aufnahme gesprochen wird
cmd-clone--sample2 = aufnahme2
    .description = Optionale zweite Aufnahme derselben Stimme
cmd-clone--sample3 = aufnahme3
    .description = Optionale dritte Aufnahme derselben Stimme
cmd-clone--transcription = transkript
    .description = Optional: genau das, was in der ersten Aufnahme gesagt wird
cmd-clone--description = beschreibung
    .description = Optional: eine Beschreibung der Stimme (Ton, Akzent, Verwendung)
cmd-clone--tags = tags
    .description = Optional: kommagetrennte Tags, z. B. ruhig, Erzähler
cmd-clone--remove-noise = rauschen_entfernen
    .description = Zuerst Hintergrundgeräusche entfernen (kann saubere Aufnahmen verschlechtern)

## /clone-settings

cmd-clone-settings = klon-einstellungen
    .description = Einstellungen für /clone auf diesem Server (Mitglieder mit „Server verwalten“).
cmd-clone-settings-show = anzeigen
    .description = Zeigt die Stimmklon-Einstellungen dieses Servers.
cmd-clone-settings-limits = limits
    .description = Wartezeit, Tageskontingente, Länge der Aufnahme.
cmd-clone-settings-limits--cooldown-seconds = wartezeit_sekunden
    .description = Sekunden, die ein Mitglied zwischen Anfragen wartet (0 = keine)
cmd-clone-settings-limits--member-daily = pro_mitglied_täglich
    .description = Anfragen pro Mitglied in 24 h (0 = unbegrenzt)
cmd-clone-settings-limits--server-daily = pro_server_täglich
    .description = Anfragen für den ganzen Server in 24 h (0 = unbegrenzt)
cmd-clone-settings-limits--max-sample-seconds = max_aufnahme_sekunden
    .description = Längste behaltene Aufnahme, in Sekunden (3-15)
cmd-clone-settings-defaults = standards
    .description = Standardsprache, Rauschentfernung, Antworten.
cmd-clone-settings-defaults--language = sprache
    .description = Standardsprache von /clone
cmd-clone-settings-defaults--remove-noise = rauschen_entfernen
    .description = Hintergrundgeräusche standardmäßig entfernen
cmd-clone-settings-defaults--ephemeral = privat
    .description = Antworten nur für das Mitglied sichtbar (true) oder öffentlich (false)
cmd-clone-settings-approval = freigabe
    .description = Freigabe durch einen Moderator verlangen.
cmd-clone-settings-approval--required = erforderlich
    .description = Jede Klon-Anfrage braucht die Freigabe eines Moderators
cmd-clone-settings-approval--review-channel = prüfkanal
    .description = Wo Anfragen zur Prüfung gepostet werden
cmd-clone-settings-verification = verifizierung
    .description = Mitglieder zuerst einen neuen Satz vorlesen lassen.
cmd-clone-settings-verification--mode = modus
    .description = aus; an: jede Aufnahme des Satzes; strikt: nur eine Discord-Sprachnachricht
cmd-clone-settings-audit-channel = audit-kanal
    .description = Wo das Audit-Log gepostet wird.
cmd-clone-settings-audit-channel--channel = kanal
    .description = Der Audit-Kanal (leer lassen, um nichts mehr zu posten)
cmd-clone-settings-roles = rollen
    .description = Rollen, die klonen oder moderieren dürfen.
cmd-clone-settings-roles--action = aktion
    .description = Hinzufügen, entfernen oder die Liste leeren
cmd-clone-settings-roles--role = rolle
    .description = Die Rolle, die hinzugefügt oder entfernt wird
cmd-clone-settings-roles--kind = liste
    .description = Welche Liste: Rollen, die klonen dürfen, oder Moderatorrollen
cmd-clone-settings-channels = kanäle
    .description = Kanäle, in denen /clone genutzt werden kann.
cmd-clone-settings-channels--action = aktion
    .description = Hinzufügen, entfernen oder leeren (leeren = jeder Kanal)
cmd-clone-settings-channels--channel = kanal
    .description = Kanal
cmd-clone-settings-block = sperren
    .description = Hindert ein Mitglied daran, Stimmen zu klonen.
cmd-clone-settings-block--member = mitglied
    .description = Das Mitglied, das keine Stimmen mehr klonen darf
cmd-clone-settings-unblock = entsperren
    .description = Lässt ein gesperrtes Mitglied wieder klonen.
cmd-clone-settings-unblock--member = mitglied
    .description = Das gesperrte Mitglied, das wieder klonen darf
cmd-clone-settings-consent = einwilligung
    .description = Die Erklärung, die Mitglieder bestätigen müssen.
cmd-clone-settings-consent--text = text
    .description = Dein Wortlaut (leer lassen für die Standarderklärung)
cmd-clone-settings-language = sprache
    .description = Die Sprache der Beiträge des Bots hier.
cmd-clone-settings-language--language = sprache
    .description = Prüfung, Audit und öffentliche Beiträge in dieser Sprache (Antworten folgen der des Mitglieds)
cmd-clone-settings-previews = hörproben
    .description = Gesprochene Hörproben geklonter Stimmen.
cmd-clone-settings-previews--enabled = aktiviert
    .description = In jedem Klon-Ergebnis einen kurzen Satz mit der neuen Stimme sprechen
cmd-clone-settings-previews--open-to-members = für_alle_mitglieder
    .description = Jedes Mitglied darf jede Stimme anhören (aus: nur eigene und Server-Stimmen)
cmd-clone-settings-previews--text = text
    .description = Der Satz der Hörprobe (jede Sprache; leer lassen und text_zurücksetzen für den Standard)
cmd-clone-settings-previews--reset-text = text_zurücksetzen
    .description = Zum Standardsatz der Sprache jeder Stimme zurückkehren
cmd-clone-settings-speech = sprechen
    .description = Wer mit geklonten Stimmen sprechen darf, und wo.
cmd-clone-settings-speech--enabled = aktiviert
    .description = Mitglieder dürfen hier mit geklonten Stimmen sprechen (/say, Vorlesen)
cmd-clone-settings-speech--add-role = rolle_hinzufügen
    .description = Dieser Rolle das Sprechen erlauben (keine Rolle gelistet: alle Mitglieder)
cmd-clone-settings-speech--remove-role = rolle_entfernen
    .description = Diese Rolle von der Liste nehmen
cmd-clone-settings-speech--add-voice-channel = sprachkanal_hinzufügen
    .description = Sprechen in diesem Sprachkanal erlauben (keiner gelistet: jeder)
cmd-clone-settings-speech--remove-voice-channel = sprachkanal_entfernen
    .description = Diesen Sprachkanal von der Liste nehmen
cmd-clone-settings-speech--add-text-channel = textkanal_hinzufügen
    .description = /say und Vorlesen in diesem Kanal erlauben (keiner gelistet: jeder)
cmd-clone-settings-speech--remove-text-channel = textkanal_entfernen
    .description = Diesen Kanal von der Liste nehmen
cmd-clone-settings-speech--clear = leeren
    .description = Eine Liste leeren: alle Mitglieder oder jeder Kanal
cmd-clone-settings-speech--read-aloud = vorlesen
    .description = Mitglieder dürfen sich Getipptes mit ihrer Stimme vorlesen lassen
cmd-clone-settings-speech--server-voices = server_stimmen
    .description = Mitglieder dürfen mit den Server-Stimmen sprechen, nicht nur mit ihren eigenen
cmd-clone-settings-speech--member-daily-chars = zeichen_pro_mitglied
    .description = Zeichen, die jedes Mitglied in 24 h sprechen lassen darf (0 = unbegrenzt)
cmd-clone-settings-speech--server-daily-chars = zeichen_pro_server
    .description = Zeichen, die der ganze Server in 24 h sprechen lassen darf (0 = unbegrenzt)
cmd-clone-settings-speech--reset-daily-chars = zeichen_zurücksetzen
    .description = Zu den Standard-Zeichen pro Tag des Bots zurückkehren

## /voices

cmd-voices = stimmen
    .description = Die auf diesem Server geklonten Stimmen.
cmd-voices-list = liste
    .description = Deine Stimmen und die Server-Stimmen.
cmd-voices-info = info
    .description = Details zu einer Stimme.
cmd-voices-info--voice = stimme
    .description = Die Stimme (tippe ihren Namen)
cmd-voices-preview = anhören
    .description = Eine Stimme einen Satz sagen hören.
cmd-voices-preview--voice = stimme
    .description = Die Stimme (deine oder eine Server-Stimme)
cmd-voices-preview--text = text
    .description = Was sie sagen soll (Standard: der Hörproben-Satz des Servers)
cmd-voices-rename = umbenennen
    .description = Ändert den Anzeigenamen einer Stimme.
cmd-voices-rename--voice = stimme
    .description = Die Stimme (deine; Moderatoren: jede)
cmd-voices-rename--name = name
    .description = Ihr neuer Name
cmd-voices-delete = löschen
    .description = Löscht eine Stimme bei Inworld.
cmd-voices-delete--voice = stimme
    .description = Die Stimme (deine; Moderatoren: jede von diesem Server)
cmd-voices-server = server
    .description = Eine Stimme mit dem ganzen Server teilen.
cmd-voices-server--voice = stimme
    .description = Die Stimme
cmd-voices-server--shared = geteilt
    .description = An: jedes Mitglied sieht sie und darf sie anhören; aus: privat
cmd-voices-skip = überspringen
    .description = Überspringt, was der Bot gerade in deinem Anruf sagt.
cmd-voices-stop = stopp
    .description = Moderatoren: sofort aufhören zu sprechen und die Warteschlange leeren.
cmd-voices-leave = verlassen
    .description = Lässt den Bot den Sprachkanal verlassen.
cmd-voices-read-aloud = vorlesen
    .description = Spricht, was du im Chat deines Sprachkanals tippst, mit deiner geklonten Stimme.
cmd-voices-read-aloud--state = status
    .description = An: Getipptes wird gesprochen, solange wir einen Sprachkanal teilen; aus: nicht
cmd-voices-read-aloud--voice = stimme
    .description = Welche Stimme vorliest (deine oder eine Server-Stimme; Standard: deine neueste)
cmd-voices-erase-my-data = meine-daten-löschen
    .description = Löscht alle deine Stimmen und alles, was über dich gespeichert ist.
cmd-voices-erase-member = mitglied-löschen
    .description = Moderatoren: die Stimmen und Daten eines Mitglieds löschen.
cmd-voices-erase-member--member = mitglied
    .description = Das Mitglied (z. B. eines, das gegangen ist: Nutzer-ID einfügen)

## /clone-delete

cmd-clone-delete = klon-löschen
    .description = Löscht eine hier geklonte Stimme.
cmd-clone-delete--voice = stimme
    .description = Die zu löschende Stimme (deine; Moderatoren: jede von diesem Server)

## /say

cmd-say = sagen
    .description = Sprich einen Text mit deiner geklonten Stimme (dein Sprachkanal oder eine Sprachnachricht).
cmd-say--text = text
    .description = Was gesagt werden soll
cmd-say--voice = stimme
    .description = Welche Stimme (deine oder eine Server-Stimme; Standard: deine neueste)

## Context menus (Apps > ...)

menu-clone-this-voice = Diese Stimme klonen
menu-speak-this-message = Nachricht vorlesen

## Choices

choice-english-us = Englisch (USA)
choice-chinese-china = Chinesisch (China)
choice-korean = Koreanisch
choice-japanese = Japanisch
choice-russian = Russisch
choice-other-auto-detect = Andere / automatisch erkennen
choice-italian = Italienisch
choice-spanish-spain = Spanisch (Spanien)
choice-portuguese-brazil = Portugiesisch (Brasilien)
choice-german = Deutsch
choice-french = Französisch
choice-arabic-saudi-arabia = Arabisch (Saudi-Arabien)
choice-polish = Polnisch
choice-dutch = Niederländisch
choice-hindi = Hindi
choice-hebrew = Hebräisch
choice-off = aus
choice-on-any-recording-of-the-sentence = an: jede Aufnahme des Satzes
choice-strict-only-a-voice-message-recorded-in-discord = strikt: nur eine in Discord aufgenommene Sprachnachricht
choice-add = hinzufügen
choice-remove = entfernen
choice-clear = leeren
choice-allowed = erlaubt
choice-moderator = Moderatoren
choice-discord-s-server-language = Serversprache in Discord
choice-roles-every-member-may-speak = Rollen (alle Mitglieder dürfen sprechen)
choice-voice-channels-any = Sprachkanäle (jeder)
choice-text-channels-any = Textkanäle (jeder)
choice-on = an

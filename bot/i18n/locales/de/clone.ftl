# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).

clone-stage-downloading = 📥 Wird heruntergeladen
clone-stage-processing = 🎛️ Audio wird verarbeitet
clone-stage-waiting = ⏳ Warte auf einen freien Platz
clone-stage-cloning = 🧬 Stimme wird mit Inworld geklont
clone-progress = { $stage }…
clone-progress-detail = { $stage } ({ $detail })…
clone-detail-files =
    { $count ->
        [one] { $count } Datei
       *[other] { $count } Dateien
    }
clone-detail-queue = Platz { $position } in der Warteschlange
clone-detail-checking-sentence = dein gesprochener Satz wird geprüft
clone-detail-busy = Inworld ist ausgelastet; neuer Versuch in { $seconds } s
clone-tags-too-many = Bitte gib höchstens { $max } Tags an.
clone-name-missing = Bitte gib der Stimme einen Namen.
clone-name-too-long = Der Name der Stimme darf höchstens { $max } Zeichen lang sein.
clone-sample-refused = Aufnahme { $index } (`{ $file }`): { $reason }
clone-default-voice-name = Stimme von { $member }
clone-default-voice-name-unnamed = Meine Stimme
clone-consent-confirm = Ich bestätige
clone-consent-cancel = Abbrechen
clone-menu-not-yours = Du kannst nur die Stimme in deinen eigenen Nachrichten klonen. Um eine Aufnahme zu klonen, die du verwenden darfst, lade sie mit /clone hoch.
clone-menu-no-audio = Diese Nachricht enthält keine Sprachnachricht und keinen Audioanhang.
clone-modal-title = Diese Stimme klonen
clone-modal-name = Name der neuen Stimme
clone-cancelled = Abgebrochen: Es wurde nichts an Inworld gesendet.
clone-sent-for-review = 📨 Danke! Deine Anfrage wurde den Moderatoren zur Freigabe geschickt. Das Ergebnis erfährst du in diesem Kanal.
clone-failure-bug = Auf Seiten des Bots ist etwas schiefgelaufen. (Ref. `{ $ref }`)
clone-final-failed-interaction = ❌ Inworld hat die Stimme nicht erstellt; Details siehe unten.
clone-final-failed-channel = ❌ Inworld hat die Stimme nicht erstellt; die Details stehen in diesem Kanal.
clone-final-failed-dm = ❌ Inworld hat die Stimme nicht erstellt; ich habe dir die Details per DM geschickt.
clone-final-failed-elsewhere = ❌ Inworld hat die Stimme nicht erstellt.
clone-final-created-interaction = ✅ Stimme **{ $name }** erstellt.
clone-final-created-channel = ✅ Stimme **{ $name }** erstellt: Das Ergebnis steht in diesem Kanal.
clone-final-created-dm = ✅ Stimme **{ $name }** erstellt: Ich habe dir das Ergebnis per DM geschickt.
clone-final-created-elsewhere = ✅ Stimme **{ $name }** erstellt: Mit `/voices` siehst du ihre ID.
clone-refusal-title = ❌ Diese Aufnahme wurde nicht angenommen
clone-refusal-new-sentence = Bitte lies den **neuen** Satz unten vor und sende die Aufnahme davon.
clone-refusal-retry-in = Du hast vorerst keine Versuche mehr: Versuche es in { $duration } erneut.
clone-sentence-expired = ⌛ Dein vorheriger Satz ist abgelaufen, bevor seine Aufnahme ankam.
clone-sentence-not-used = Die eben gesendete Aufnahme wurde nicht verwendet: Zuerst muss die Aufnahme dieses Satzes kommen.
clone-sentence-rename-later = Du kannst die Stimme später mit `/voices rename` umbenennen.
clone-sentence-voice-message-only = Dieser Server akzeptiert für deinen Satz nur eine in Discord aufgenommene **Sprachnachricht**, keine hochgeladene Datei. Halte in diesem Kanal die Mikrofontaste gedrückt, lies den Satz vor, sende ihn und nutze dann das Menü der Nachricht → **Apps** → **Clone this voice**. Dein Satz gilt noch bis { $time }.
clone-challenge-title = 🎙️ Lies diesen Satz laut vor
clone-challenge-how-voice = Nimm ihn als **Sprachnachricht** in diesem Kanal auf (Mikrofontaste gedrückt halten) und öffne dann das Menü der Nachricht (Rechtsklick oder lange drücken) → **Apps** → **Clone this voice**.
clone-challenge-how-file = Oder nimm ihn mit einer beliebigen App auf und führe `/clone` erneut aus, mit der Aufnahme als `sample`, allein (ohne `sample2` oder `sample3`).
clone-challenge-description =
    Dieser Server bittet dich zu beweisen, dass die Stimme deine ist. Lies dies mit deiner eigenen Stimme vor:

    > **{ $sentence }**

    { $how }

    Der Satz gilt einmal und läuft { $expires } ab.
clone-challenge-english-fallback = Für die gewählte Sprache gibt es noch keine Wortliste, daher ist der Satz auf Englisch.
clone-spoken-unavailable = Die Prüfung der gesprochenen Zustimmung ist nicht verfügbar.
clone-verify-verified = ✅ Bestätigt durch { $recognizer }
clone-verify-recognizer = Spracherkennung
clone-verify-pending = ⏳ Wird nach dem Erstellen der Stimme mit Inworlds Transkription geprüft (bei Abweichung gelöscht)
clone-verify-sentence = Satz: „{ $sentence }“
clone-verify-score = Wert: { NUMBER($score, minimumFractionDigits: 2, maximumFractionDigits: 2) }
clone-verify-recording-voice-message = Aufnahme: eine Discord-Sprachnachricht, SHA-256 `{ $sha }…`
clone-verify-recording-file = Aufnahme: eine hochgeladene Datei, SHA-256 `{ $sha }…`
clone-field-language = Sprache
clone-language-auto = Andere / automatisch erkennen
clone-field-samples = Aufnahmen
clone-field-sample = Aufnahme { $index }
clone-field-notes = Hinweise
clone-field-note = Hinweis
clone-field-audio = Audio
clone-field-next-step = Nächster Schritt
clone-field-spoken-consent = Gesprochene Zustimmung
clone-field-voice-name = Name der Stimme
clone-field-try = Versuch
clone-field-noise-removal = Rauschentfernung
clone-field-tags = Tags
clone-field-description = Beschreibung
clone-field-consent = Zustimmung ({ $when })
clone-sample-kept = { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } s behalten
clone-sample-from = von { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } s
clone-sample-peak = Spitze { NUMBER($dbfs, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } dBFS
clone-sample-clipped = ⚠️ { NUMBER($percent, minimumFractionDigits: 1, maximumFractionDigits: 1) } % übersteuert
clone-quality =
    Qualität **{ $verdict }**: { NUMBER($speech, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } s Sprache von { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } s, { $loudness }, SNR { NUMBER($snr, maximumFractionDigits: 0, useGrouping: 0) } dB, Rauschen { NUMBER($noise, maximumFractionDigits: 0, useGrouping: 0) } dBFS, { NUMBER($clipped, minimumFractionDigits: 2, maximumFractionDigits: 2) } % übersteuert
clone-quality-lufs = { NUMBER($lufs, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } LUFS
clone-quality-no-lufs = - LUFS
clone-verdict-good = gut
clone-verdict-usable = brauchbar
clone-verdict-poor = schlecht
clone-tip-closer = Geh näher ans Mikrofon (etwa eine Handbreit) oder sprich lauter.
clone-tip-longer = Nimm 10–15 s abwechslungsreiche, ausdrucksvolle Sprache in einer Sprache auf.
clone-tip-quiet-room = Schalte Musik und Fernseher aus und nimm in einem ruhigen Raum auf.
clone-tip-clipping = Verringere die Mikrofonverstärkung oder geh etwas zurück: Die lautesten Stellen sind übersteuert.
clone-result-failed-title = Stimme nicht erstellt
clone-result-failed-description = Inworld hat die Aufnahmen geprüft, aber keine Stimme erstellt. Sieh dir die Fehler unten an und versuche es mit einer klareren Aufnahme erneut.
clone-result-title = Stimme geklont: { $name }
clone-result-voice-id = **Stimmen-ID**
clone-no-warnings = ✅ Keine Warnungen
clone-heard = Gehört: „{ $text }“
clone-note-transcription-dropped = Deine Transkription wurde nicht gesendet: Die Aufnahme wurde auf die besten 15 s gekürzt und würde nicht mehr passen.
clone-note-length = Tipp: 10–15 s klare Sprache ergeben den besten Klon.
clone-result-footer = Das angehängte Audio ist genau das, was an Inworld gesendet wurde.
clone-audio-too-large =
    { $count ->
        [one] { $count } verarbeitete Aufnahme war zu groß, um sie hier hochzuladen.
       *[other] { $count } verarbeitete Aufnahmen waren zu groß, um sie hier hochzuladen.
    }
clone-consent-title = Bestätige deinen Stimmklon: { $name }
clone-consent-description =
    Deine Aufnahme ist bereit. Es wurde noch nichts an Inworld gesendet.

    Mit **Ich bestätige** erklärst du:
    > { $statement }
clone-next-review = Ein Moderator prüft sie
clone-next-clone = Die Stimme wird geklont
clone-review-title = Klon-Anfrage #{ $id }: { $name }
clone-review-requested = Angefragt von <@{ $user }> in <#{ $channel }>.
clone-on = an
clone-off = aus
clone-not-yet = noch nicht
clone-review-footer = Das angehängte Audio ist genau das, was an Inworld gesendet würde.
clone-audit-title = { $action }: Anfrage #{ $id } ({ $name })
clone-audit-member = Mitglied
clone-audit-status = Status
clone-audit-by = Von
clone-audit-requested = Angefragt
clone-audit-consented = Zugestimmt
clone-audit-approved = Freigegeben
clone-audit-rejected = Abgelehnt
clone-audit-expired = Abgelaufen
clone-audit-cancelled = Abgebrochen
clone-audit-cloned = Geklont
clone-audit-failed = Fehlgeschlagen
clone-audit-deleted = Gelöscht
clone-audit-policy-changed = Einstellungen geändert
clone-audit-interrupted = Unterbrochen
clone-audit-reconciling = Wird abgeglichen
clone-audit-reconciled = Abgeglichen
clone-audit-renamed = Umbenannt
clone-audit-server-voice = Server-Stimme
clone-audit-previewed = Vorschau
clone-audit-spoke = Gesprochen
clone-audit-speech-stopped = Sprachausgabe gestoppt
clone-audit-erased = Daten gelöscht
clone-audit-challenge-issued = Satz ausgegeben
clone-audit-verified = Bestätigt
clone-audit-verification-failed = Prüfung fehlgeschlagen
clone-headline-ready = <@{ $user }> deine Stimme **{ $name }** ist fertig!
clone-headline-approved-ready = <@{ $user }> deine Stimme **{ $name }** wurde von einem Moderator freigegeben und geklont!
clone-headline-not-created = <@{ $user }> deine Klon-Anfrage **{ $name }** war nicht erfolgreich: Inworld hat die Stimme nicht erstellt.
clone-headline-approved-not-created = <@{ $user }> deine Klon-Anfrage **{ $name }** wurde freigegeben, war aber nicht erfolgreich: Inworld hat die Stimme nicht erstellt.
clone-headline-resumed = { $headline } (Sie wurde nach einem Neustart des Bots fortgesetzt.)
clone-headline-unknown = <@{ $user }> { $message }
clone-report-created-after-dm = { $headline } Ich habe dir die Stimmen-ID und das Audio per DM geschickt.
clone-report-created-no-dm = { $headline } Ich konnte dir keine DM senden: Führe hier `/voices list` aus, um die Stimmen-ID zu sehen (nur du siehst die Antwort).
clone-report-failed-after-dm = { $headline } Ich habe dir die Details per DM geschickt.
clone-relay-prefix = <@{ $user }> dein Stimmklon **{ $name }**:
clone-relay-later-dm = ⏳ Das dauert etwas (du bist in einer Warteschlange). Ich schicke dir das Ergebnis per DM.
clone-relay-later-channel = ⏳ Das dauert etwas (du bist in einer Warteschlange). Ich poste das Ergebnis in diesem Kanal und erwähne dich.
clone-stored-title = Stimme { $name }
clone-stored-voice-id = Stimmen-ID: `{ $voice }`
clone-stored-warnings = Aufnahme { $index }: Warnungen
clone-request-line = <@{ $user }> deine Klon-Anfrage **{ $name }**
clone-failed = { $request } ist fehlgeschlagen: { $reason }
clone-failed-approved = { $request } wurde freigegeben, aber das Klonen ist fehlgeschlagen: { $reason }
clone-notice-review-expired = { $request } ist abgelaufen, bevor ein Moderator sie geprüft hat. Du kannst sie erneut senden.
clone-notice-interrupted = { $request } wurde durch einen Neustart des Bots unterbrochen. Bitte sende sie erneut.
clone-notice-interrupted-cloning = { $request } wurde durch einen Neustart des Bots unterbrochen. Die Stimme wurde eventuell trotzdem erstellt: Prüfe deine Stimmenliste, bevor du es erneut versuchst.
clone-already-handled = Diese Klon-Anfrage wird bereits bearbeitet.
clone-setting-not-changed = Diese Einstellung wurde nicht geändert: { $error }
clone-no-review-channel = Dieser Server verlangt für Stimmklone die Freigabe eines Moderators, aber es ist noch kein Prüfkanal eingerichtet. Bitte einen Moderator, `/clone-settings approval` auszuführen.
clone-cancelled-while-processing = Diese Anfrage wurde während der Verarbeitung abgebrochen.
clone-audio-gone = Das Audio dieser Anfrage ist nicht mehr gespeichert. Bitte sende es erneut.
clone-spoken-delete-failed = { $refusal } Das Löschen ist vorerst fehlgeschlagen: Der Bot versucht es weiter, bis sie weg ist, und solange kann sie niemand verwenden.
clone-review-approved-by = ✅ Freigegeben von <@{ $moderator }>
clone-review-not-created = { $prefix }, aber Inworld hat keine Stimme erstellt.
clone-review-created = { $prefix }. Stimme erstellt: `{ $voice }`
clone-review-lost = { $prefix }; die Antwort von Inworld ging verloren: Der Bot prüft, ob die Stimme erstellt wurde.
clone-review-failed = { $prefix }, aber das Klonen ist fehlgeschlagen: { $reason }
clone-review-spoken-deleted = ❌ Der gesprochene Satz stimmte nicht überein: Die Stimme wurde gelöscht.
clone-review-spoken-not-deleted = ❌ Der gesprochene Satz stimmte nicht überein: Die Stimme ist noch nicht gelöscht (der Bot versucht es weiter, bis sie weg ist).
clone-review-expired = ⌛ Abgelaufen: Niemand hat sie rechtzeitig geprüft.

# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).

clone-stage-downloading = 📥 Downloaden
clone-stage-processing = 🎛️ Audio verwerken
clone-stage-waiting = ⏳ Wachten op een vrije plek
clone-stage-cloning = 🧬 Stem klonen met Inworld
clone-progress = { $stage }…
clone-progress-detail = { $stage } ({ $detail })…
clone-detail-files =
    { $count ->
        [one] { $count } bestand
       *[other] { $count } bestanden
    }
clone-detail-queue = plek { $position } in de wachtrij
clone-detail-checking-sentence = je uitgesproken zin wordt gecontroleerd
clone-detail-busy = Inworld is druk; nieuwe poging over { $seconds } s
clone-tags-too-many = Geef maximaal { $max } tags op.
clone-name-missing = Geef de stem een naam.
clone-name-too-long = De naam van de stem mag maximaal { $max } tekens lang zijn.
clone-sample-refused = Opname { $index } (`{ $file }`): { $reason }
clone-default-voice-name = Stem van { $member }
clone-default-voice-name-unnamed = Mijn stem
clone-consent-confirm = Ik bevestig
clone-consent-cancel = Annuleren
clone-menu-not-yours = Je kunt alleen de stem in je eigen berichten klonen. Upload een opname die je mag gebruiken met /clone om die te klonen.
clone-menu-no-audio = Dat bericht heeft geen spraakbericht of audiobijlage.
clone-modal-title = Deze stem klonen
clone-modal-name = Naam voor de nieuwe stem
clone-cancelled = Geannuleerd: er is niets naar Inworld gestuurd.
clone-sent-for-review = 📨 Bedankt! Je verzoek is ter goedkeuring naar de moderators gestuurd. Je hoort de uitkomst in dit kanaal.
clone-failure-bug = Er ging iets mis aan de kant van de bot. (ref `{ $ref }`)
clone-final-failed-interaction = ❌ Inworld heeft de stem niet gemaakt; zie de details hieronder.
clone-final-failed-channel = ❌ Inworld heeft de stem niet gemaakt; de details staan in dit kanaal.
clone-final-failed-dm = ❌ Inworld heeft de stem niet gemaakt; ik heb je de details via DM gestuurd.
clone-final-failed-elsewhere = ❌ Inworld heeft de stem niet gemaakt.
clone-final-created-interaction = ✅ Stem **{ $name }** gemaakt.
clone-final-created-channel = ✅ Stem **{ $name }** gemaakt: het resultaat staat in dit kanaal.
clone-final-created-dm = ✅ Stem **{ $name }** gemaakt: ik heb je het resultaat via DM gestuurd.
clone-final-created-elsewhere = ✅ Stem **{ $name }** gemaakt: gebruik `/voices` om de ID te zien.
clone-refusal-title = ❌ Die opname is niet geaccepteerd
clone-refusal-new-sentence = Lees de **nieuwe** zin hieronder voor en stuur de opname ervan.
clone-refusal-retry-in = Je hebt voorlopig geen pogingen meer: probeer het over { $duration } opnieuw.
clone-sentence-expired = ⌛ Je vorige zin is verlopen voordat de opname binnenkwam.
clone-sentence-not-used = De opname die je nu gaf is niet gebruikt: de opname van deze zin moet eerst komen.
clone-sentence-rename-later = Je kunt de stem later hernoemen met `/voices rename`.
clone-sentence-voice-message-only = Deze server accepteert voor je zin alleen een in Discord opgenomen **spraakbericht**, geen geüpload bestand. Houd de microfoonknop in dit kanaal ingedrukt, lees de zin voor, verstuur hem en gebruik dan het menu van het bericht → **Apps** → **Clone this voice**. Je zin is nog geldig tot { $time }.
clone-challenge-title = 🎙️ Lees deze zin hardop voor
clone-challenge-how-voice = Neem hem op als **spraakbericht** in dit kanaal (houd de microfoonknop ingedrukt) en open dan het menu van het bericht (rechtsklikken of lang indrukken) → **Apps** → **Clone this voice**.
clone-challenge-how-file = Of neem hem op met een willekeurige app en gebruik `/clone` opnieuw met de opname als `sample`, op zichzelf (zonder `sample2` of `sample3`).
clone-challenge-description =
    Deze server vraagt je te bewijzen dat de stem van jou is. Lees dit voor met je eigen stem:

    > **{ $sentence }**

    { $how }

    De zin werkt één keer en verloopt { $expires }.
clone-challenge-english-fallback = Er is nog geen woordenlijst voor de gekozen taal, dus de zin is in het Engels.
clone-spoken-unavailable = Verificatie van gesproken toestemming is niet beschikbaar.
clone-verify-verified = ✅ Geverifieerd door { $recognizer }
clone-verify-recognizer = spraakherkenning
clone-verify-pending = ⏳ Gecontroleerd met de transcriptie van Inworld zodra de stem is gemaakt (verwijderd als het niet klopt)
clone-verify-sentence = Zin: ‘{ $sentence }’
clone-verify-score = Score: { NUMBER($score, minimumFractionDigits: 2, maximumFractionDigits: 2) }
clone-verify-recording-voice-message = Opname: een Discord-spraakbericht, SHA-256 `{ $sha }…`
clone-verify-recording-file = Opname: een geüpload bestand, SHA-256 `{ $sha }…`
clone-field-language = Taal
clone-language-auto = Anders / automatisch herkennen
clone-field-samples = Opnames
clone-field-sample = Opname { $index }
clone-field-notes = Opmerkingen
clone-field-note = Opmerking
clone-field-audio = Audio
clone-field-next-step = Volgende stap
clone-field-spoken-consent = Gesproken toestemming
clone-field-voice-name = Naam van de stem
clone-field-try = Poging
clone-field-noise-removal = Ruisverwijdering
clone-field-tags = Tags
clone-field-description = Beschrijving
clone-field-consent = Toestemming ({ $when })
clone-sample-kept = { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } s behouden
clone-sample-from = van { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } s
clone-sample-peak = piek { NUMBER($dbfs, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } dBFS
clone-sample-clipped = ⚠️ { NUMBER($percent, minimumFractionDigits: 1, maximumFractionDigits: 1) }% oversturing
clone-quality =
    Kwaliteit **{ $verdict }**: { NUMBER($speech, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } s spraak van { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } s, { $loudness }, SNR { NUMBER($snr, maximumFractionDigits: 0, useGrouping: 0) } dB, ruis { NUMBER($noise, maximumFractionDigits: 0, useGrouping: 0) } dBFS, { NUMBER($clipped, minimumFractionDigits: 2, maximumFractionDigits: 2) }% oversturing
clone-quality-lufs = { NUMBER($lufs, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } LUFS
clone-quality-no-lufs = - LUFS
clone-verdict-good = goed
clone-verdict-usable = bruikbaar
clone-verdict-poor = slecht
clone-tip-closer = Ga dichter bij de microfoon (ongeveer een handbreedte) of spreek luider.
clone-tip-longer = Neem 10-15 s gevarieerde, expressieve spraak op in één taal.
clone-tip-quiet-room = Zet muziek en tv uit en neem op in een stille ruimte.
clone-tip-clipping = Zet de microfoonversterking lager of ga iets achteruit: de luidste delen zijn oversturd.
clone-result-failed-title = Stem niet gemaakt
clone-result-failed-description = Inworld heeft de opnames gecontroleerd maar geen stem gemaakt. Bekijk de fouten hieronder en probeer het opnieuw met een duidelijkere opname.
clone-result-title = Stem gekloond: { $name }
clone-result-voice-id = **Stem-ID**
clone-no-warnings = ✅ Geen waarschuwingen
clone-heard = Gehoord: ‘{ $text }’
clone-note-transcription-dropped = Je transcriptie is niet verstuurd: de opname is ingekort tot de beste 15 s, dus die zou niet meer kloppen.
clone-note-length = Tip: 10-15 s duidelijke spraak geeft de beste kloon.
clone-result-footer = De bijgevoegde audio is precies wat naar Inworld is gestuurd.
clone-audio-too-large =
    { $count ->
        [one] { $count } verwerkte opname was te groot om hier te uploaden.
       *[other] { $count } verwerkte opnames waren te groot om hier te uploaden.
    }
clone-consent-title = Bevestig je stemkloon: { $name }
clone-consent-description =
    Je opname is klaar. Er is nog niets naar Inworld gestuurd.

    Door op **Ik bevestig** te drukken verklaar je:
    > { $statement }
clone-next-review = Een moderator beoordeelt het
clone-next-clone = De stem wordt gekloond
clone-review-title = Kloonverzoek #{ $id }: { $name }
clone-review-requested = Aangevraagd door <@{ $user }> in <#{ $channel }>.
clone-on = aan
clone-off = uit
clone-not-yet = nog niet
clone-review-footer = De bijgevoegde audio is precies wat naar Inworld gestuurd zou worden.
clone-audit-title = { $action }: verzoek #{ $id } ({ $name })
clone-audit-member = Lid
clone-audit-status = Status
clone-audit-by = Door
clone-audit-requested = Aangevraagd
clone-audit-consented = Toestemming gegeven
clone-audit-approved = Goedgekeurd
clone-audit-rejected = Afgewezen
clone-audit-expired = Verlopen
clone-audit-cancelled = Geannuleerd
clone-audit-cloned = Gekloond
clone-audit-failed = Mislukt
clone-audit-deleted = Verwijderd
clone-audit-policy-changed = Instellingen gewijzigd
clone-audit-interrupted = Onderbroken
clone-audit-reconciling = Wordt nagegaan
clone-audit-reconciled = Nagegaan
clone-audit-renamed = Hernoemd
clone-audit-server-voice = Serverstem
clone-audit-previewed = Voorbeeld
clone-audit-spoke = Gesproken
clone-audit-speech-stopped = Spraak gestopt
clone-audit-erased = Gegevens gewist
clone-audit-challenge-issued = Zin uitgegeven
clone-audit-verified = Geverifieerd
clone-audit-verification-failed = Verificatie mislukt
clone-headline-ready = <@{ $user }> je stem **{ $name }** is klaar!
clone-headline-approved-ready = <@{ $user }> je stem **{ $name }** is door een moderator goedgekeurd en gekloond!
clone-headline-not-created = <@{ $user }> je kloonverzoek **{ $name }** is niet gelukt: Inworld heeft de stem niet gemaakt.
clone-headline-approved-not-created = <@{ $user }> je kloonverzoek **{ $name }** is goedgekeurd, maar niet gelukt: Inworld heeft de stem niet gemaakt.
clone-headline-resumed = { $headline } (Het is hervat na een herstart van de bot.)
clone-headline-unknown = <@{ $user }> { $message }
clone-report-created-after-dm = { $headline } Ik heb je de stem-ID en de audio via DM gestuurd.
clone-report-created-no-dm = { $headline } Ik kon je geen DM sturen: gebruik hier `/voices list` om de stem-ID te zien (alleen jij ziet het antwoord).
clone-report-failed-after-dm = { $headline } Ik heb je de details via DM gestuurd.
clone-relay-prefix = <@{ $user }> je stemkloon **{ $name }**:
clone-relay-later-dm = ⏳ Dit duurt even (je staat in een wachtrij). Ik stuur je het resultaat via DM.
clone-relay-later-channel = ⏳ Dit duurt even (je staat in een wachtrij). Ik plaats het resultaat in dit kanaal en vermeld je.
clone-stored-title = Stem { $name }
clone-stored-voice-id = Stem-ID: `{ $voice }`
clone-stored-warnings = Opname { $index }: waarschuwingen
clone-request-line = <@{ $user }> je kloonverzoek **{ $name }**
clone-failed = { $request } is mislukt: { $reason }
clone-failed-approved = { $request } is goedgekeurd, maar het klonen is mislukt: { $reason }
clone-notice-review-expired = { $request } is verlopen voordat een moderator het beoordeelde. Je kunt het opnieuw sturen.
clone-notice-interrupted = { $request } is onderbroken door een herstart van de bot. Stuur het opnieuw.
clone-notice-interrupted-cloning = { $request } is onderbroken door een herstart van de bot. De stem is misschien toch gemaakt: controleer je stemmenlijst voordat je het opnieuw probeert.
clone-already-handled = Dat kloonverzoek wordt al behandeld.
clone-setting-not-changed = Die instelling is niet gewijzigd: { $error }
clone-no-review-channel = Deze server vereist goedkeuring van een moderator voor stemklonen, maar er is nog geen beoordelingskanaal ingesteld. Vraag een moderator om `/clone-settings approval` te gebruiken.
clone-cancelled-while-processing = Dit verzoek is geannuleerd terwijl het werd verwerkt.
clone-audio-gone = De audio van dit verzoek is niet meer opgeslagen. Stuur het opnieuw.
clone-spoken-delete-failed = { $refusal } Verwijderen is voorlopig mislukt: de bot blijft het proberen tot hij weg is, en intussen kan niemand hem gebruiken.
clone-review-approved-by = ✅ Goedgekeurd door <@{ $moderator }>
clone-review-not-created = { $prefix }, maar Inworld heeft geen stem gemaakt.
clone-review-created = { $prefix }. Stem gemaakt: `{ $voice }`
clone-review-lost = { $prefix }; het antwoord van Inworld is verloren gegaan: de bot controleert of de stem is gemaakt.
clone-review-failed = { $prefix }, maar het klonen is mislukt: { $reason }
clone-review-spoken-deleted = ❌ De uitgesproken zin kwam niet overeen: de stem is verwijderd.
clone-review-spoken-not-deleted = ❌ De uitgesproken zin kwam niet overeen: de stem is nog niet verwijderd (de bot probeert het opnieuw tot hij weg is).
clone-review-expired = ⌛ Verlopen: niemand heeft het op tijd beoordeeld.

# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# /clone-settings and the policy rules (bot/policy.py, cogs/clone_settings.py).

settings-duration-hours-minutes = { $hours } u { $minutes } min
settings-duration-hours = { $hours } u
settings-duration-minutes-seconds = { $minutes } min { $seconds } s
settings-duration-minutes = { $minutes } min
settings-duration-seconds = { $seconds } s
settings-when-in = over { $duration }
settings-when-at = om { $time } UTC
settings-when-tomorrow-at = morgen om { $time } UTC

settings-consent-default = Ik bevestig dat de stem in deze opnames van mij is, of dat de eigenaar mij uitdrukkelijk toestemming heeft gegeven om hem te klonen, en dat ik de gekloonde stem niet zal gebruiken om iemand te misleiden, na te bootsen of schade te berokkenen.

settings-refusal-blocked = Je mag op deze server geen stemmen klonen.
settings-refusal-channel = Stemmen klonen is niet toegestaan in dit kanaal. Gebruik { $channels }.
settings-refusal-role = Je hebt een van deze rollen nodig om stemmen te klonen: { $roles }.
settings-refusal-open-request = Je hebt al een kloonverzoek in behandeling (#{ $request }). Wacht tot het klaar is.
settings-refusal-cooldown = Je moet even wachten: wacht { $wait } voor je volgende verzoek.
settings-refusal-member-quota = Je hebt je limiet van { $count } kloonverzoeken per 24 uur bereikt. Probeer het morgen opnieuw.
settings-refusal-guild-quota = Deze server heeft zijn limiet van { $count } kloonverzoeken per 24 uur bereikt. Probeer het morgen opnieuw.

settings-limit-once = Je hebt { $window ->
        [hour] zojuist
       *[other] onlangs
    } { $done }{ $note }; probeer het { $when } opnieuw.
settings-limit-used = { $per ->
        [member] Je hebt je
       *[server] Deze server heeft zijn
    } { $count } { $noun } voor { $period } gebruikt{ $note }; de volgende is { $when } beschikbaar.
settings-limit-note = { " " }({ $note })
settings-period-hour = dit uur
settings-period-day = vandaag
settings-period-last = de laatste { $duration }
settings-opened-noun = { $count ->
        [one] kloonverzoek
       *[other] kloonverzoeken
    }
settings-opened-done = een kloonverzoek gestart
settings-opened-note = elk gestart verzoek telt, bevestigd of niet

settings-needs-manage-server = Alleen leden met de machtiging **Server beheren** kunnen deze instellingen wijzigen; er is niets gewijzigd.
settings-needs-moderator = Alleen de moderators van deze server kunnen deze instellingen zien.
settings-choose-item = Kies wat je wilt toevoegen of verwijderen.
settings-choose-review-channel = Kies een beoordelingskanaal wanneer je goedkeuring inschakelt.
settings-one-list-edit = Wijzig één lijstitem tegelijk (toevoegen, verwijderen of leegmaken); er is niets gewijzigd.
settings-chars-set-or-reset = Stel de tekens per dag in of zet ze terug, niet allebei; er is niets gewijzigd.
settings-nothing-to-change = Niets te wijzigen; huidige instellingen:
settings-updated = ✅ Instellingen bijgewerkt.

settings-on = aan
settings-off = uit
settings-yes = ja
settings-no = nee
settings-none = geen
settings-unlimited = onbeperkt
settings-not-set = niet ingesteld
settings-any = alle
settings-any-channel = elk kanaal
settings-everyone = iedereen
settings-every-member = elk lid
settings-nobody = niemand
settings-manage-server-only = alleen Server beheren
settings-requests-per-day = { $count } verzoeken / 24 u
settings-chars-per-day = { $count } tekens / 24 u
settings-bot-default = { $value } (standaard van de bot)
settings-language-auto = Anders / automatisch herkennen

settings-speech-title = Spraakinstellingen
settings-read-aloud-unavailable = niet beschikbaar op deze bot (READ_ALOUD_ENABLED staat uit)
settings-read-aloud-allowed = toegestaan
settings-read-aloud-not-allowed = niet toegestaan
settings-speak-with-all = hun eigen stem en de serverstemmen
settings-speak-with-own = hun eigen stem
settings-speech-lines =
    Spreken: { $speaking }
    Wie: { $roles } (moderators altijd)
    Spraakkanalen: { $voice_channels }
    Tekstkanalen: { $text_channels }
    Leden spreken met: { $voices }
    Voorlezen: { $read_aloud }
    Per lid: { $member }
    Per server: { $server }

settings-title = Instellingen voor stemklonen
settings-who-title = Wie en waar
settings-who-lines =
    Rollen: { $roles }
    Kanalen: { $channels }
    Geblokkeerd: { $blocked }
    Moderatorrollen: { $moderators }
settings-limits-title = Limieten
settings-limits-lines =
    Wachttijd per lid: { $cooldown }
    Per lid: { $member }
    Per server: { $server }
    Bewaarde samplelengte: tot { $sample } s
settings-defaults-title = Standaarden
settings-defaults-lines =
    Taal: { $language }
    Ruisonderdrukking: { $noise }
    Antwoorden: { $replies }
    Servertaal: { $server_language }
settings-replies-private = alleen zichtbaar voor het lid
settings-replies-public = openbaar
settings-server-language-chosen = { $language }
settings-server-language-discord = servertaal van Discord ({ $language })
settings-review-title = Beoordeling en logboek
settings-review-lines =
    Goedkeuring vereist: { $approval }
    Beoordelingskanaal: { $review }
    Logboekkanaal: { $audit }
settings-previews-title = Gesproken voorbeelden
settings-previews-lines =
    In kloonresultaten: { $enabled }
    Wie een stem mag beluisteren: { $who }
    Zin: { $sentence }
settings-previews-anyone = elk lid
settings-previews-owner = de eigenaar (serverstemmen: iedereen)
settings-previews-default-sentence = de standaardzin van de taal van de stem
settings-verification-title = Gesproken toestemming
settings-verification-off = uit: alleen de toestemmingsknop
settings-verification-on = aan: leden lezen een nieuwe zin hardop voor (een spraakbericht of een bestand)
settings-verification-strict = strikt: leden lezen een nieuwe zin voor in een Discord-spraakbericht
settings-speaking-title = Spreken met gekloonde stemmen
settings-consent-title = Toestemmingsverklaring

# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# Command, group, option and choice names and descriptions (bot/i18n/translator.py).
# A command's value is its name (lowercase, no spaces, 1-32 characters, unique among its
# siblings), .description its description (1-100 characters); context menus (menu-*) may
# have spaces and capitals; choices (choice-*, keyed by the English name) are 1-100 characters.

## /clone

cmd-clone = klonen
    .description = Kloon een stem uit een opname ervan.
cmd-clone--sample = opname
    .description = Een opname van de stem: 10-15 s duidelijke spraak (spraakbericht, MP3, WAV...)
cmd-clone--name = naam
    .description = Een naam voor de nieuwe stem
cmd-clone--language = taal
    .description = De taal die in de opname gesproken wordt
cmd-clone--sample2 = opname2
    .description = Optionele tweede opname van dezelfde stem
cmd-clone--sample3 = opname3
    .description = Optionele derde opname van dezelfde stem
cmd-clone--transcription = transcriptie
    .description = Optioneel: precies wat er in de eerste opname gezegd wordt
cmd-clone--description = beschrijving
    .description = Optioneel: een beschrijving van de stem (toon, accent, gebruik)
cmd-clone--tags = tags
    .description = Optioneel: tags gescheiden door komma's, bv. rustig, verteller
cmd-clone--remove-noise = ruis_verwijderen
    .description = Eerst achtergrondgeluid verwijderen (kan schone opnames slechter maken)

## /clone-settings

cmd-clone-settings = kloon-instellingen
    .description = Instellingen voor /clone op deze server (leden met Server beheren).
cmd-clone-settings-show = tonen
    .description = Toont de stemkloon-instellingen van deze server.
cmd-clone-settings-limits = limieten
    .description = Wachttijd, dagquota, lengte van de opname.
cmd-clone-settings-limits--cooldown-seconds = wachttijd_seconden
    .description = Seconden die een lid wacht tussen verzoeken (0 = geen)
cmd-clone-settings-limits--member-daily = per_lid_per_dag
    .description = Verzoeken per lid per 24 u (0 = onbeperkt)
cmd-clone-settings-limits--server-daily = per_server_per_dag
    .description = Verzoeken voor de hele server per 24 u (0 = onbeperkt)
cmd-clone-settings-limits--max-sample-seconds = max_opname_seconden
    .description = Langste opname die bewaard wordt, in seconden (3-15)
cmd-clone-settings-defaults = standaard
    .description = Standaardtaal, ruisverwijdering, antwoorden.
cmd-clone-settings-defaults--language = taal
    .description = Standaardtaal van /clone
cmd-clone-settings-defaults--remove-noise = ruis_verwijderen
    .description = Standaard achtergrondgeluid verwijderen
cmd-clone-settings-defaults--ephemeral = privé
    .description = Antwoorden alleen zichtbaar voor het lid (true) of openbaar (false)
cmd-clone-settings-approval = goedkeuring
    .description = Goedkeuring van een moderator vereisen.
cmd-clone-settings-approval--required = verplicht
    .description = Elk kloonverzoek heeft goedkeuring van een moderator nodig
cmd-clone-settings-approval--review-channel = beoordelingskanaal
    .description = Waar verzoeken ter beoordeling geplaatst worden
cmd-clone-settings-verification = verificatie
    .description = Leden eerst een nieuwe zin hardop laten voorlezen.
cmd-clone-settings-verification--mode = modus
    .description = uit; aan: elke opname van de zin; strikt: alleen een Discord-spraakbericht
cmd-clone-settings-audit-channel = auditkanaal
    .description = Waar het auditlogboek geplaatst wordt.
cmd-clone-settings-audit-channel--channel = kanaal
    .description = Het auditkanaal (leeg laten om niets meer te plaatsen)
cmd-clone-settings-roles = rollen
    .description = Rollen die mogen klonen of modereren.
cmd-clone-settings-roles--action = actie
    .description = Toevoegen, verwijderen of de lijst leegmaken
cmd-clone-settings-roles--role = rol
    .description = De rol om toe te voegen of te verwijderen
cmd-clone-settings-roles--kind = lijst
    .description = Welke lijst: rollen die mogen klonen, of moderatorrollen
cmd-clone-settings-channels = kanalen
    .description = Kanalen waar /clone gebruikt mag worden.
cmd-clone-settings-channels--action = actie
    .description = Toevoegen, verwijderen of leegmaken (leegmaken = elk kanaal)
cmd-clone-settings-channels--channel = kanaal
    .description = Kanaal
cmd-clone-settings-block = blokkeren
    .description = Voorkomt dat een lid stemmen kloont.
cmd-clone-settings-block--member = lid
    .description = Het lid dat geen stemmen meer mag klonen
cmd-clone-settings-unblock = deblokkeren
    .description = Laat een geblokkeerd lid weer klonen.
cmd-clone-settings-unblock--member = lid
    .description = Het geblokkeerde lid dat weer mag klonen
cmd-clone-settings-consent = toestemming
    .description = De verklaring die leden moeten bevestigen.
cmd-clone-settings-consent--text = tekst
    .description = Jouw bewoording (leeg laten voor de standaardverklaring)
cmd-clone-settings-language = taal
    .description = De taal van de berichten van de bot hier.
cmd-clone-settings-language--language = taal
    .description = Beoordeling, audit en openbare berichten in deze taal (antwoorden volgen die van het lid)
cmd-clone-settings-previews = voorbeelden
    .description = Gesproken voorbeelden van gekloonde stemmen.
cmd-clone-settings-previews--enabled = ingeschakeld
    .description = Een korte zin met de nieuwe stem uitspreken in elk kloonresultaat
cmd-clone-settings-previews--open-to-members = open_voor_leden
    .description = Elk lid mag elke stem beluisteren (uit: alleen eigen en serverstemmen)
cmd-clone-settings-previews--text = tekst
    .description = De voorbeeldzin (elke taal; leeg laten en tekst_herstellen voor de standaardzin)
cmd-clone-settings-previews--reset-text = tekst_herstellen
    .description = Terug naar de standaardzin van de taal van elke stem
cmd-clone-settings-speech = spreken
    .description = Wie met gekloonde stemmen mag spreken, en waar.
cmd-clone-settings-speech--enabled = ingeschakeld
    .description = Leden mogen hier met gekloonde stemmen spreken (/say, voorlezen)
cmd-clone-settings-speech--add-role = rol_toevoegen
    .description = Deze rol laten spreken (geen rollen in de lijst: elk lid)
cmd-clone-settings-speech--remove-role = rol_verwijderen
    .description = Deze rol van de lijst halen
cmd-clone-settings-speech--add-voice-channel = spraakkanaal_toevoegen
    .description = Spreken in dit spraakkanaal toestaan (geen in de lijst: elk)
cmd-clone-settings-speech--remove-voice-channel = spraakkanaal_verwijderen
    .description = Dit spraakkanaal van de lijst halen
cmd-clone-settings-speech--add-text-channel = tekstkanaal_toevoegen
    .description = /say en voorlezen in dit kanaal toestaan (geen in de lijst: elk)
cmd-clone-settings-speech--remove-text-channel = tekstkanaal_verwijderen
    .description = Dit kanaal van de lijst halen
cmd-clone-settings-speech--clear = leegmaken
    .description = Een lijst leegmaken: elk lid, of elk kanaal
cmd-clone-settings-speech--read-aloud = voorlezen
    .description = Leden mogen wat ze typen laten voorlezen met hun stem
cmd-clone-settings-speech--server-voices = serverstemmen
    .description = Leden mogen met de serverstemmen spreken, niet alleen met hun eigen
cmd-clone-settings-speech--member-daily-chars = tekens_per_lid
    .description = Tekens die elk lid per 24 u mag laten uitspreken (0 = onbeperkt)
cmd-clone-settings-speech--server-daily-chars = tekens_per_server
    .description = Tekens die de hele server per 24 u mag laten uitspreken (0 = onbeperkt)
cmd-clone-settings-speech--reset-daily-chars = tekens_herstellen
    .description = Terug naar het standaard aantal tekens per dag van de bot

## /voices

cmd-voices = stemmen
    .description = De stemmen die op deze server gekloond zijn.
cmd-voices-list = lijst
    .description = Jouw stemmen en de serverstemmen.
cmd-voices-info = info
    .description = Details van een stem.
cmd-voices-info--voice = stem
    .description = De stem (begin de naam te typen)
cmd-voices-preview = beluisteren
    .description = Hoor een stem een zin zeggen.
cmd-voices-preview--voice = stem
    .description = De stem (van jou, of een serverstem)
cmd-voices-preview--text = tekst
    .description = Wat de stem moet zeggen (standaard: de voorbeeldzin van de server)
cmd-voices-rename = hernoemen
    .description = Wijzigt de weergavenaam van een stem.
cmd-voices-rename--voice = stem
    .description = De stem (van jou; moderators: elke)
cmd-voices-rename--name = naam
    .description = De nieuwe naam
cmd-voices-delete = verwijderen
    .description = Verwijdert een stem bij Inworld.
cmd-voices-delete--voice = stem
    .description = De stem (van jou; moderators: elke van deze server)
cmd-voices-server = server
    .description = Deel een stem met de hele server.
cmd-voices-server--voice = stem
    .description = De stem
cmd-voices-server--shared = gedeeld
    .description = Aan: elk lid ziet de stem en mag hem beluisteren; uit: privé
cmd-voices-skip = overslaan
    .description = Slaat over wat de bot in je gesprek zegt.
cmd-voices-stop = stoppen
    .description = Moderators: meteen stoppen met spreken en de wachtrij leegmaken.
cmd-voices-leave = verlaten
    .description = Laat de bot het spraakkanaal verlaten.
cmd-voices-read-aloud = voorlezen
    .description = Spreekt wat je typt in de chat van je spraakkanaal uit, met je gekloonde stem.
cmd-voices-read-aloud--state = status
    .description = Aan: wat je typt wordt uitgesproken zolang we een spraakkanaal delen; uit: niet
cmd-voices-read-aloud--voice = stem
    .description = Welke stem voorleest (van jou, of een serverstem; standaard: je nieuwste)
cmd-voices-erase-my-data = mijn-gegevens-wissen
    .description = Verwijdert al je stemmen en alles wat over jou bewaard is.
cmd-voices-erase-member = lid-wissen
    .description = Moderators: de stemmen en gegevens van een lid wissen.
cmd-voices-erase-member--member = lid
    .description = Het lid (bv. iemand die vertrokken is: plak de gebruikers-ID)

## /clone-delete

cmd-clone-delete = kloon-verwijderen
    .description = Verwijdert een hier gekloonde stem.
cmd-clone-delete--voice = stem
    .description = De stem om te verwijderen (van jou; moderators: elke van deze server)

## /say

cmd-say = zeggen
    .description = Spreek een tekst uit met je gekloonde stem (je spraakkanaal, of een spraakbericht).
cmd-say--text = tekst
    .description = Wat er gezegd moet worden
cmd-say--voice = stem
    .description = Welke stem (van jou, of een serverstem; standaard: je nieuwste)

## Context menus (Apps > ...)

menu-clone-this-voice = Deze stem klonen
menu-speak-this-message = Dit bericht uitspreken

## Choices

choice-english-us = Engels (VS)
choice-chinese-china = Chinees (China)
choice-korean = Koreaans
choice-japanese = Japans
choice-russian = Russisch
choice-other-auto-detect = Anders / automatisch herkennen
choice-italian = Italiaans
choice-spanish-spain = Spaans (Spanje)
choice-portuguese-brazil = Portugees (Brazilië)
choice-german = Duits
choice-french = Frans
choice-arabic-saudi-arabia = Arabisch (Saoedi-Arabië)
choice-polish = Pools
choice-dutch = Nederlands
choice-hindi = Hindi
choice-hebrew = Hebreeuws
choice-off = uit
choice-on-any-recording-of-the-sentence = aan: elke opname van de zin
choice-strict-only-a-voice-message-recorded-in-discord = strikt: alleen een spraakbericht opgenomen in Discord
choice-add = toevoegen
choice-remove = verwijderen
choice-clear = leegmaken
choice-allowed = toegestaan
choice-moderator = moderators
choice-discord-s-server-language = Servertaal in Discord
choice-roles-every-member-may-speak = rollen (elk lid mag spreken)
choice-voice-channels-any = spraakkanalen (elk)
choice-text-channels-any = tekstkanalen (elk)
choice-on = aan

# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# The voice service's failures as a member reads them (bot/inworld/errors.py).
inworld-error = De stemdienst gaf een fout terug. Probeer het later opnieuw.
inworld-invalid-argument = Inworld heeft het verzoek als ongeldig geweigerd.
inworld-invalid-argument-detail = Inworld heeft het verzoek geweigerd: { $detail }
inworld-permission-denied = De Inworld-API-sleutel van de bot mag geen stemmen maken (waarschijnlijk is het een alleen-lezen-sleutel). Een botbeheerder moet een sleutel met lees- en schrijfrechten instellen.
inworld-unauthenticated = De Inworld-API-sleutel van de bot is geweigerd. Een botbeheerder moet INWORLD_API_KEY controleren.
inworld-not-found = Inworld kon die stem of dat endpoint niet vinden.
inworld-rate-limited = De limiet voor stemklonen van Inworld is bereikt. Probeer het over een minuut opnieuw.
inworld-unavailable = De stemdienst van Inworld is nu niet beschikbaar. Probeer het later opnieuw.
inworld-timeout = De stemdienst van Inworld antwoordde niet op tijd. Probeer het later opnieuw (kijk eerst in je stemmenlijst: de kloon is misschien toch gemaakt).
inworld-connection-failed = De bot kon de stemdienst van Inworld niet bereiken. Probeer het later opnieuw.
inworld-bad-response = De stemdienst van Inworld stuurde een onverwacht antwoord. Probeer het later opnieuw.

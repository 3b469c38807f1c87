# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# /say, "Speak this message", read-aloud, the call (bot/speech, cogs/speech.py).

## Refusals: who may speak, where, with which voice (bot/speech/policy.py)
speech-off = Spreken met gekloonde stemmen staat uit in deze server. Een moderator kan het aanzetten met `/clone-settings speech enabled:True`.
speech-needs-role = Je hebt een van deze rollen nodig om hier met een gekloonde stem te spreken: { $roles }.
speech-voice-channel = De bot spreekt hier niet in dit spraakkanaal. Gebruik { $channels }.
speech-text-channel = Spreken met gekloonde stemmen is in dit kanaal niet toegestaan. Gebruik { $channels }.
speech-read-aloud-bot-off = Voorlezen is niet beschikbaar op deze bot: de eigenaar heeft het niet aangezet (READ_ALOUD_ENABLED). `/say` werkt nog steeds.
speech-read-aloud-server-off = Deze server staat voorlezen niet toe. Een moderator kan het toestaan met `/clone-settings speech read_aloud:True`; `/say` werkt nog steeds.
speech-only-own = Alleen de eigenaar kan met deze stem spreken: leden spreken met hun eigen stemmen.
speech-only-own-or-server = Alleen de eigenaar kan met deze stem spreken: leden spreken met hun eigen stemmen en de serverstemmen.
speech-server-voices-off = In deze server spreken leden alleen met hun eigen stemmen, niet met de serverstemmen.
speech-no-own-voice = Je hebt nog geen gekloonde stem in deze server: maak er een met `/clone` en probeer het dan opnieuw.
speech-no-own-voice-or-server = Je hebt nog geen gekloonde stem in deze server: maak er een met `/clone` (of kies een serverstem) en probeer het dan opnieuw.

## Characters of speech per 24 hours (bot/speech/quota.py)
speech-member-text-over-limit = Deze tekst heeft { $chars } tekens, meer dan je limiet van { $limit } gesproken tekens per 24 uur hier: maak hem korter.
speech-member-limit = Hiermee zou je over je limiet van { $limit } gesproken tekens per 24 uur gaan; er is weer genoeg vrij { $when } (of probeer een kortere tekst).
speech-server-text-over-limit = Deze tekst heeft { $chars } tekens, meer dan de limiet van deze server van { $limit } gesproken tekens per 24 uur: maak hem korter.
speech-server-limit = Deze server heeft zijn { $limit } gesproken tekens van de afgelopen 24 uur gebruikt; er is weer genoeg vrij { $when }.

## Speaking (bot/speech/service.py)
speech-empty = Er valt niets te zeggen in die tekst.
speech-too-long = Die tekst is te lang om uit te spreken: { $length } tekens, de limiet is { $max }.
speech-tts-queue-full = Er wachten al te veel teksten ({ $waiting }); er is niets in de wachtrij gezet. Probeer het over ongeveer { $wait } opnieuw.
speech-tts-queue-full-server = Er wachten al te veel teksten van deze server ({ $waiting }); er is niets in de wachtrij gezet. Probeer het over ongeveer { $wait } opnieuw.
speech-voice-queue-full = De spraakwachtrij van deze server is vol; probeer het zo opnieuw.
speech-connect-failed = Ik kon je spraakkanaal niet in (heb ik daar de rechten Verbinden en Spreken?). Er is niets gezegd.
speech-no-opus = Op deze installatie kan ik niet spreken in spraakkanalen (de Opus-audiobibliotheek ontbreekt; wie de bot beheert kan die installeren). Gebruik /say buiten een spraakkanaal voor een spraakbericht. Er is niets gezegd.
speech-restarting = De bot wordt opnieuw opgestart; er is niets gezegd.
speech-busy-elsewhere = Ik spreek nu in <#{ $channel_id }>; kom daar ook, of probeer het opnieuw als het daar stil is.
speech-message-too-long = Die tekst levert een spraakbericht op dat te lang is om te versturen.
speech-voice-gone = Die stem is niet meer beschikbaar.
speech-unsendable = Die tekst leverde audio op die niet als spraakbericht kan worden verstuurd (te kort?).
speech-tts-rate-limited = De limiet van Inworlds tekst-naar-spraak is bereikt; er is niets geplaatst. Probeer het over een minuut opnieuw.
speech-tts-failed = { $reason } Er is niets geplaatst.
speech-skip-not-yours = Alleen wie de tekst stuurde, de eigenaar van de stem of een moderator kan overslaan wat nu wordt gezegd.
speech-stop-moderators-only = Alleen een moderator van deze server kan de bot laten stoppen met spreken.
speech-leave-join-first = Kom eerst in mijn spraakkanaal om me te vragen het te verlaten.
speech-leave-others-waiting = De tekst van iemand anders wordt uitgesproken of wacht; een moderator kan me nu laten vertrekken.

## Posts everyone reads, in the server's language
speech-disclosure-own = 🔊 <@{ $user_id }> spreekt met de eigen AI-stem **{ $name }**
speech-disclosure-server = 🔊 <@{ $user_id }> spreekt met de AI-stem van de server **{ $name }**
speech-status = 🔊 AI-stem van { $name }
speech-status-server-voice = de serverstem { $name }
speech-status-someone = een lid

## Discord refused a voice message (bot/speech/posting.py)
speech-post-timeout = Discord nam het spraakbericht niet op tijd aan; er is niets verstuurd.
speech-post-not-allowed = Spraakberichten zijn in dit kanaal niet toegestaan; er is niets verstuurd.
speech-post-missing-permissions = Ik mag hier geen spraakberichten plaatsen (ik heb Berichten versturen, Bestanden bijvoegen en Spraakberichten versturen nodig in dit kanaal); er is niets verstuurd.
speech-post-refused = Discord weigerde het spraakbericht; er is niets verstuurd. Probeer het opnieuw.

## Replies (cogs/speech.py)
speech-sent-voice-message = 🔊 Verstuurd als spraakbericht met **{ $name }** ({ $chars } tekens).
speech-speaking-now = 🔊 Nu aan het spreken met **{ $name }** ({ $chars } tekens).
speech-queued = 🔊 In de wachtrij met **{ $name }**: { $position } vóór de jouwe ({ $chars } tekens).
speech-say-nothing-aloud = Die tekst heeft niets om voor te lezen (alleen code of emoji?).
speech-only-own-messages = Je kunt alleen je eigen berichten laten uitspreken.
speech-message-nothing-aloud = Dat bericht heeft niets om voor te lezen.

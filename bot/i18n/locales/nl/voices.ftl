# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# /voices: the server's voice library, previews, erasure (bot/voices, cogs/voices.py).

## Refusals (bot/voices/access.py, library.py, previews.py)
voices-not-here = Er is in deze server geen stem met dat ID gekloond (of hij is al verwijderd).
voices-not-yours-delete = Je kunt alleen stemmen verwijderen die je zelf hebt gekloond (moderators: elke stem van deze server).
voices-not-yours-rename = Je kunt alleen stemmen hernoemen die je zelf hebt gekloond (moderators: elke stem van deze server).
voices-moderators-only-server-voice = Alleen een moderator van deze server kan een stem een serverstem maken.
voices-moderators-only-erase = Alleen een moderator van deze server kan de gegevens van een ander lid wissen.
voices-preview-private = Alleen de eigenaar kan deze stem beluisteren: het is geen serverstem, en in deze server kunnen leden alleen hun eigen stemmen en de serverstemmen beluisteren.
voices-info-private = Die stem is privé voor het lid dat hem heeft gekloond (het is geen serverstem).
voices-erase-still-open = Er loopt nog een kloonverzoek: annuleer het of wacht tot het klaar is (of verloopt) en wis daarna de gegevens.
voices-rename-empty = De nieuwe naam mag niet leeg zijn.
voices-rename-too-long = De nieuwe naam is te lang (maximaal { $max }).
voices-gone-on-inworld = Die stem bestaat niet meer bij Inworld; hij is hier nu als verwijderd gemarkeerd.
voices-deleted-meanwhile = Die stem is intussen verwijderd.
voices-preview-queue-full = Er wachten al te veel voorbeelden ({ $waiting }); er is niets in de wachtrij gezet. Probeer het over ongeveer { $wait } opnieuw.
voices-preview-queue-full-server = Er wachten al te veel voorbeelden van deze server ({ $waiting }); er is niets in de wachtrij gezet. Probeer het over ongeveer { $wait } opnieuw.
voices-preview-too-long = Die tekst is te lang voor een voorbeeld: { $length } tekens, de limiet is { $max }.
voices-preview-cooldown = Je hebt net een stem beluisterd; probeer het over { $wait } opnieuw.

## The spoken preview in a clone result (bot/voices/result.py)
voices-result-preview = 🔊 Voorbeeld
voices-result-preview-failed = ⚠️ Het gesproken voorbeeld is mislukt: { $why }
voices-result-preview-later = Je stem is toch klaar; probeer later `/voices preview`.
voices-result-why-restarting = de bot wordt opnieuw opgestart
voices-result-why-timeout = de tekst-naar-spraakdienst antwoordde niet op tijd
voices-result-why-unexpected = een onverwachte fout ({ $error })
voices-result-preview-too-large = Het voorbeeld was te groot om hier te uploaden.
voices-result-preview-attached = Bijgevoegd: `{ $filename }`, ‘{ $text }’

## Embeds and buttons (bot/voices/ui.py)
voices-line-server = 🌐 serverstem
voices-line-private = privé
voices-line = { $language } · eigenaar <@{ $user_id }> · gemaakt { $created } · { $sharing }
voices-page-title-server = De stemmen van deze server
voices-page-title-mine = Jouw stemmen en de serverstemmen
voices-page-empty = Nog geen stemmen. Gebruik `/clone` om er een te maken.
voices-page-status = Pagina { $page }/{ $pages } · { $total ->
        [one] { $total } stem
       *[other] { $total } stemmen
    }
voices-page-footer = /voices info · preview · rename · delete
voices-info-title = Stem: { $name }
voices-info-voice-id = Stem-ID
voices-info-language = Taal
voices-info-owner = Eigenaar
voices-info-created = Gemaakt
voices-info-server-voice = Serverstem
voices-info-server-voice-yes = ja (elk lid kan hem beluisteren)
voices-info-server-voice-no = nee
voices-pager-not-yours = ❌ Deze knoppen zijn van het lid dat /voices list gebruikte.
voices-pager-previous = ◀ Vorige
voices-pager-next = Volgende ▶
voices-confirm-not-yours = ❌ Alleen het lid dat erom vroeg kan dit bevestigen.
voices-confirm = Bevestigen
voices-cancel = Annuleren
voices-cancelled = Geannuleerd: er is niets gewijzigd.

## Replies (cogs/voices.py)
voices-preview-says = 🔊 **{ $name }** (`{ $voice_id }`) zegt: ‘{ $text }’
voices-renamed = ✏️ Stem `{ $voice_id }` heet nu **{ $name }** (ook bij Inworld).
voices-delete-ask = ⚠️ **{ $name }** (`{ $voice_id }`) bij Inworld verwijderen? Dit kan niet ongedaan worden gemaakt.
voices-delete-button = Verwijderen
voices-deleted = 🗑️ Stem **{ $name }** (`{ $voice_id }`) is bij Inworld verwijderd.
voices-shared = 🌐 **{ $name }** (`{ $voice_id }`) is nu een serverstem.
voices-unshared = 🌐 **{ $name }** (`{ $voice_id }`) is geen serverstem meer.
voices-skipped = ⏭️ Overgeslagen.
voices-nothing-said = Er wordt nu niets gezegd.
voices-stopped = ⏹️ Gestopt; { $dropped ->
        [one] { $dropped } wachtende tekst geschrapt.
       *[other] { $dropped } wachtende teksten geschrapt.
    }
voices-left = 👋 Het spraakkanaal verlaten.
voices-not-in-channel = Ik zit niet in een spraakkanaal.
voices-read-aloud-off = 🔇 Voorlezen staat voor jou uit.
voices-read-aloud-on = 🔊 Voorlezen staat aan: zolang we in hetzelfde spraakkanaal zitten, wordt wat je in de chat ervan typt uitgesproken met **{ $name }**. `/voices read-aloud off` zet het uit.
voices-erase-ask-own = ⚠️ Je gegevens in deze server wissen? { $voices ->
        [one] { $voices } stem wordt
       *[other] { $voices } stemmen worden
    } bij Inworld verwijderd en { $requests ->
        [one] { $requests } opgeslagen verzoek
       *[other] { $requests } opgeslagen verzoeken
    } gewist (audio, namen, teksten). Auditgebeurtenissen blijven, zonder persoonlijke inhoud. Dit kan niet ongedaan worden gemaakt.
voices-erase-ask-member = ⚠️ De gegevens van <@{ $member_id }> in deze server wissen? { $voices ->
        [one] { $voices } stem wordt
       *[other] { $voices } stemmen worden
    } bij Inworld verwijderd en { $requests ->
        [one] { $requests } opgeslagen verzoek
       *[other] { $requests } opgeslagen verzoeken
    } gewist (audio, namen, teksten). Auditgebeurtenissen blijven, zonder persoonlijke inhoud. Dit kan niet ongedaan worden gemaakt.
voices-erase-button = Alles wissen
voices-erased = 🧹 Klaar: { $voices ->
        [one] { $voices } stem
       *[other] { $voices } stemmen
    } bij Inworld verwijderd, { $requests ->
        [one] { $requests } opgeslagen verzoek gewist.
       *[other] { $requests } opgeslagen verzoeken gewist.
    }

## What a limit refusal names (bot/voices/limits.py, through settings-limit-*)
voices-renames-noun = { $count ->
        [one] hernoeming
       *[other] hernoemingen
    }
voices-renames-done = een stem hernoemd
voices-previews-noun = { $count ->
        [one] voorbeeld
       *[other] voorbeelden
    }
voices-previews-done = een stem beluisterd

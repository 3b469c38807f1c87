# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# /say, "Speak this message", read-aloud, the call (bot/speech, cogs/speech.py).

## Refusals: who may speak, where, with which voice (bot/speech/policy.py)
speech-off = Sprechen mit geklonten Stimmen ist auf diesem Server ausgeschaltet. Ein Moderator kann es mit `/clone-settings speech enabled:True` einschalten.
speech-needs-role = Du brauchst eine dieser Rollen, um hier mit einer geklonten Stimme zu sprechen: { $roles }.
speech-voice-channel = Der Bot spricht hier nicht in diesem Sprachkanal. Bitte nutze { $channels }.
speech-text-channel = Sprechen mit geklonten Stimmen ist in diesem Kanal nicht erlaubt. Bitte nutze { $channels }.
speech-read-aloud-bot-off = Vorlesen ist bei diesem Bot nicht verfügbar: Sein Betreiber hat es nicht eingeschaltet (READ_ALOUD_ENABLED). `/say` funktioniert trotzdem.
speech-read-aloud-server-off = Dieser Server erlaubt kein Vorlesen. Ein Moderator kann es mit `/clone-settings speech read_aloud:True` erlauben; `/say` funktioniert trotzdem.
speech-only-own = Nur die Person, der diese Stimme gehört, kann mit ihr sprechen: Mitglieder sprechen mit ihren eigenen Stimmen.
speech-only-own-or-server = Nur die Person, der diese Stimme gehört, kann mit ihr sprechen: Mitglieder sprechen mit ihren eigenen Stimmen und den Serverstimmen.
speech-server-voices-off = Auf diesem Server sprechen Mitglieder nur mit ihren eigenen Stimmen, nicht mit den Serverstimmen.
speech-no-own-voice = Du hast auf diesem Server noch keine geklonte Stimme: Erstelle eine mit `/clone` und versuche es dann erneut.
speech-no-own-voice-or-server = Du hast auf diesem Server noch keine geklonte Stimme: Erstelle eine mit `/clone` (oder wähle eine Serverstimme) und versuche es dann erneut.

## Characters of speech per 24 hours (bot/speech/quota.py)
speech-member-text-over-limit = Dieser Text hat { $chars } Zeichen, mehr als dein Limit von { $limit } gesprochenen Zeichen pro 24 Stunden hier: Bitte kürze ihn.
speech-member-limit = Damit würdest du dein Limit von { $limit } gesprochenen Zeichen pro 24 Stunden überschreiten; genug ist wieder frei { $when } (oder versuche einen kürzeren Text).
speech-server-text-over-limit = Dieser Text hat { $chars } Zeichen, mehr als das Limit dieses Servers von { $limit } gesprochenen Zeichen pro 24 Stunden: Bitte kürze ihn.
speech-server-limit = Dieser Server hat seine { $limit } gesprochenen Zeichen der letzten 24 Stunden aufgebraucht; genug ist wieder frei { $when }.

## Speaking (bot/speech/service.py)
speech-empty = In diesem Text gibt es nichts zu sagen.
speech-too-long = Dieser Text ist zu lang zum Sprechen: { $length } Zeichen, das Limit ist { $max }.
speech-tts-queue-full = Es warten bereits zu viele Texte ({ $waiting }); nichts wurde eingereiht. Bitte versuche es in etwa { $wait } erneut.
speech-tts-queue-full-server = Es warten bereits zu viele Texte von diesem Server ({ $waiting }); nichts wurde eingereiht. Bitte versuche es in etwa { $wait } erneut.
speech-voice-queue-full = Die Sprachwarteschlange dieses Servers ist voll; bitte versuche es gleich noch einmal.
speech-connect-failed = Ich konnte deinem Sprachkanal nicht beitreten (habe ich dort die Berechtigungen „Verbinden“ und „Sprechen“?). Es wurde nichts gesprochen.
speech-no-opus = Ich kann in dieser Installation nicht in Sprachkanälen sprechen (die Opus-Audiobibliothek fehlt; der Betreiber kann sie installieren). Nutze /say außerhalb eines Sprachkanals für eine Sprachnachricht. Es wurde nichts gesprochen.
speech-restarting = Der Bot startet gerade neu; es wurde nichts gesprochen.
speech-busy-elsewhere = Ich spreche gerade in <#{ $channel_id }>; komm dazu oder versuche es erneut, wenn es dort ruhig ist.
speech-message-too-long = Dieser Text ergibt eine Sprachnachricht, die zu lang zum Senden ist.
speech-voice-gone = Diese Stimme ist nicht mehr verfügbar.
speech-unsendable = Aus diesem Text entstand Audio, das nicht als Sprachnachricht gesendet werden kann (zu kurz?).
speech-tts-rate-limited = Das Limit der Sprachsynthese von Inworld wurde erreicht; nichts wurde gepostet. Bitte versuche es in einer Minute erneut.
speech-tts-failed = { $reason } Es wurde nichts gepostet.
speech-skip-not-yours = Nur wer den Text geschickt hat, wem die Stimme gehört oder ein Moderator kann überspringen, was gerade gesagt wird.
speech-stop-moderators-only = Nur ein Moderator dieses Servers kann den Bot zum Schweigen bringen.
speech-leave-join-first = Tritt zuerst meinem Sprachkanal bei, um mich zu bitten, ihn zu verlassen.
speech-leave-others-waiting = Der Text von jemand anderem wird gerade gesprochen oder wartet; ein Moderator kann mich sofort gehen lassen.

## Posts everyone reads, in the server's language
speech-disclosure-own = 🔊 <@{ $user_id }> spricht mit der eigenen KI-Stimme **{ $name }**
speech-disclosure-server = 🔊 <@{ $user_id }> spricht mit der KI-Stimme des Servers **{ $name }**
speech-status = 🔊 KI-Stimme von { $name }
speech-status-server-voice = der Serverstimme { $name }
speech-status-someone = einem Mitglied

## Discord refused a voice message (bot/speech/posting.py)
speech-post-timeout = Discord hat die Sprachnachricht nicht rechtzeitig angenommen; es wurde nichts gesendet.
speech-post-not-allowed = Sprachnachrichten sind in diesem Kanal nicht erlaubt; es wurde nichts gesendet.
speech-post-missing-permissions = Ich darf hier keine Sprachnachrichten posten (ich brauche „Nachrichten senden“, „Dateien anhängen“ und „Sprachnachrichten senden“ in diesem Kanal); es wurde nichts gesendet.
speech-post-refused = Discord hat die Sprachnachricht abgelehnt; es wurde nichts gesendet. Bitte versuche es erneut.

## Replies (cogs/speech.py)
speech-sent-voice-message = 🔊 Als Sprachnachricht mit **{ $name }** gesendet ({ $chars } Zeichen).
speech-speaking-now = 🔊 Spreche jetzt mit **{ $name }** ({ $chars } Zeichen).
speech-queued = 🔊 Mit **{ $name }** eingereiht: { $position } vor deinem ({ $chars } Zeichen).
speech-say-nothing-aloud = In diesem Text gibt es nichts vorzulesen (nur Code oder Emoji?).
speech-only-own-messages = Du kannst nur deine eigenen Nachrichten sprechen lassen.
speech-message-nothing-aloud = In dieser Nachricht gibt es nichts vorzulesen.

# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# /say, "Speak this message", read-aloud, the call (bot/speech, cogs/speech.py).

## Refusals: who may speak, where, with which voice (bot/speech/policy.py)
speech-off = Mówienie sklonowanymi głosami jest wyłączone na tym serwerze. Moderator może je włączyć poleceniem `/clone-settings speech enabled:True`.
speech-needs-role = Aby mówić tu sklonowanym głosem, potrzebujesz jednej z tych ról: { $roles }.
speech-voice-channel = Bot nie mówi tutaj na tym kanale głosowym. Użyj { $channels }.
speech-text-channel = Mówienie sklonowanymi głosami nie jest dozwolone na tym kanale. Użyj { $channels }.
speech-read-aloud-bot-off = Czytanie na głos nie jest dostępne w tym bocie: jego właściciel go nie włączył (READ_ALOUD_ENABLED). `/say` nadal działa.
speech-read-aloud-server-off = Ten serwer nie pozwala na czytanie na głos. Moderator może na nie zezwolić poleceniem `/clone-settings speech read_aloud:True`; `/say` nadal działa.
speech-only-own = Tym głosem może mówić tylko jego właściciel: członkowie mówią własnymi głosami.
speech-only-own-or-server = Tym głosem może mówić tylko jego właściciel: członkowie mówią własnymi głosami i głosami serwera.
speech-server-voices-off = Na tym serwerze członkowie mówią tylko własnymi głosami, nie głosami serwera.
speech-no-own-voice = Nie masz jeszcze sklonowanego głosu na tym serwerze: utwórz go poleceniem `/clone`, a potem spróbuj ponownie.
speech-no-own-voice-or-server = Nie masz jeszcze sklonowanego głosu na tym serwerze: utwórz go poleceniem `/clone` (albo wybierz głos serwera), a potem spróbuj ponownie.

## Characters of speech per 24 hours (bot/speech/quota.py)
speech-member-text-over-limit = Ten tekst ma { $chars ->
        [one] { $chars } znak
        [few] { $chars } znaki
       *[many] { $chars } znaków
    }, więcej niż Twój limit { $limit } wypowiadanych znaków na 24 godziny tutaj: skróć go.
speech-member-limit = To przekroczyłoby Twój limit { $limit } wypowiadanych znaków na 24 godziny; wystarczająco dużo będzie znowu dostępne { $when } (albo spróbuj krótszego tekstu).
speech-server-text-over-limit = Ten tekst ma { $chars ->
        [one] { $chars } znak
        [few] { $chars } znaki
       *[many] { $chars } znaków
    }, więcej niż limit tego serwera { $limit } wypowiadanych znaków na 24 godziny: skróć go.
speech-server-limit = Ten serwer wykorzystał swoje { $limit } wypowiadanych znaków z ostatnich 24 godzin; wystarczająco dużo będzie znowu dostępne { $when }.

## Speaking (bot/speech/service.py)
speech-empty = W tym tekście nie ma nic do powiedzenia.
speech-too-long = Ten tekst jest za długi do wypowiedzenia: { $length ->
        [one] { $length } znak
        [few] { $length } znaki
       *[many] { $length } znaków
    }, limit to { $max }.
speech-tts-queue-full = Czeka już zbyt wiele tekstów ({ $waiting }); nic nie dodano do kolejki. Spróbuj ponownie za około { $wait }.
speech-tts-queue-full-server = Czeka już zbyt wiele tekstów z tego serwera ({ $waiting }); nic nie dodano do kolejki. Spróbuj ponownie za około { $wait }.
speech-voice-queue-full = Kolejka głosowa tego serwera jest pełna; spróbuj ponownie za chwilę.
speech-connect-failed = Nie mogłem dołączyć do Twojego kanału głosowego (czy mam tam uprawnienia Połącz i Mów?). Nic nie zostało powiedziane.
speech-no-opus = W tej instalacji nie mogę mówić na kanałach głosowych (brakuje biblioteki audio Opus; osoba prowadząca bota może ją zainstalować). Użyj /say poza kanałem głosowym, aby wysłać wiadomość głosową. Nic nie zostało powiedziane.
speech-restarting = Bot się restartuje; nic nie zostało powiedziane.
speech-busy-elsewhere = Mówię teraz na <#{ $channel_id }>; dołącz tam albo spróbuj ponownie, gdy tam ucichnie.
speech-message-too-long = Z tego tekstu powstałaby wiadomość głosowa za długa do wysłania.
speech-voice-gone = Ten głos nie jest już dostępny.
speech-unsendable = Z tego tekstu powstało audio, którego nie można wysłać jako wiadomości głosowej (za krótkie?).
speech-tts-rate-limited = Osiągnięto limit zamiany tekstu na mowę w Inworld; nic nie zostało opublikowane. Spróbuj ponownie za minutę.
speech-tts-failed = { $reason } Nic nie zostało opublikowane.
speech-skip-not-yours = Tylko autor tekstu, właściciel głosu lub moderator może pominąć to, co jest teraz mówione.
speech-stop-moderators-only = Tylko moderator tego serwera może uciszyć bota.
speech-leave-join-first = Najpierw dołącz do mojego kanału głosowego, aby poprosić mnie o jego opuszczenie.
speech-leave-others-waiting = Tekst kogoś innego jest teraz mówiony lub czeka; moderator może mnie od razu odesłać.

## Posts everyone reads, in the server's language
speech-disclosure-own = 🔊 <@{ $user_id }> mówi swoim głosem AI **{ $name }**
speech-disclosure-server = 🔊 <@{ $user_id }> mówi głosem AI serwera **{ $name }**
speech-status = 🔊 Głos AI: { $name }
speech-status-server-voice = głos serwera { $name }
speech-status-someone = członek serwera

## Discord refused a voice message (bot/speech/posting.py)
speech-post-timeout = Discord nie przyjął wiadomości głosowej na czas; nic nie zostało wysłane.
speech-post-not-allowed = Wiadomości głosowe nie są dozwolone na tym kanale; nic nie zostało wysłane.
speech-post-missing-permissions = Nie mogę tu publikować wiadomości głosowych (potrzebuję uprawnień Wysyłanie wiadomości, Załączanie plików i Wysyłanie wiadomości głosowych na tym kanale); nic nie zostało wysłane.
speech-post-refused = Discord odrzucił wiadomość głosową; nic nie zostało wysłane. Spróbuj ponownie.

## Replies (cogs/speech.py)
speech-sent-voice-message = 🔊 Wysłano jako wiadomość głosową głosem **{ $name }** (znaki: { $chars }).
speech-speaking-now = 🔊 Mówię teraz głosem **{ $name }** (znaki: { $chars }).
speech-queued = 🔊 W kolejce z głosem **{ $name }**: przed Twoim tekstem: { $position } (znaki: { $chars }).
speech-say-nothing-aloud = Ten tekst nie ma nic do przeczytania na głos (tylko kod lub emoji?).
speech-only-own-messages = Możesz wypowiadać tylko własne wiadomości.
speech-message-nothing-aloud = Ta wiadomość nie ma nic do przeczytania na głos.

# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# /say, "Speak this message", read-aloud, the call (bot/speech, cogs/speech.py).

## Refusals: who may speak, where, with which voice (bot/speech/policy.py)
speech-off = Parlare con le voci clonate è disattivato in questo server. Un moderatore può attivarlo con `/clone-settings speech enabled:True`.
speech-needs-role = Ti serve uno di questi ruoli per parlare con una voce clonata qui: { $roles }.
speech-voice-channel = Il bot non parla in questo canale vocale qui. Usa { $channels }.
speech-text-channel = Parlare con le voci clonate non è consentito in questo canale. Usa { $channels }.
speech-read-aloud-bot-off = La lettura ad alta voce non è disponibile su questo bot: il suo proprietario non l'ha attivata (READ_ALOUD_ENABLED). `/say` funziona comunque.
speech-read-aloud-server-off = Questo server non consente la lettura ad alta voce. Un moderatore può consentirla con `/clone-settings speech read_aloud:True`; `/say` funziona comunque.
speech-only-own = Solo il proprietario può parlare con questa voce: i membri parlano con le proprie voci.
speech-only-own-or-server = Solo il proprietario può parlare con questa voce: i membri parlano con le proprie voci e con le voci del server.
speech-server-voices-off = In questo server i membri parlano solo con le proprie voci, non con le voci del server.
speech-no-own-voice = Non hai ancora una voce clonata in questo server: creane una con `/clone`, poi riprova.
speech-no-own-voice-or-server = Non hai ancora una voce clonata in questo server: creane una con `/clone` (o scegli una voce del server), poi riprova.

## Characters of speech per 24 hours (bot/speech/quota.py)
speech-member-text-over-limit = Questo testo ha { $chars } caratteri, più del tuo limite di { $limit } caratteri parlati ogni 24 ore qui: accorcialo.
speech-member-limit = Supereresti il tuo limite di { $limit } caratteri parlati ogni 24 ore; ci sarà di nuovo spazio { $when } (oppure prova un testo più breve).
speech-server-text-over-limit = Questo testo ha { $chars } caratteri, più del limite di questo server di { $limit } caratteri parlati ogni 24 ore: accorcialo.
speech-server-limit = Questo server ha usato i suoi { $limit } caratteri parlati delle ultime 24 ore; ci sarà di nuovo spazio { $when }.

## Speaking (bot/speech/service.py)
speech-empty = Non c'è niente da dire in quel testo.
speech-too-long = Quel testo è troppo lungo da dire: { $length } caratteri, il limite è { $max }.
speech-tts-queue-full = Ci sono già troppi testi in attesa ({ $waiting }); non è stato messo in coda nulla. Riprova tra circa { $wait }.
speech-tts-queue-full-server = Ci sono già troppi testi di questo server in attesa ({ $waiting }); non è stato messo in coda nulla. Riprova tra circa { $wait }.
speech-voice-queue-full = La coda vocale di questo server è piena; riprova tra un momento.
speech-connect-failed = Non sono riuscito a entrare nel tuo canale vocale (ho i permessi Connettiti e Parla lì?). Non è stato detto nulla.
speech-no-opus = Non posso parlare nei canali vocali in questa installazione (manca la libreria audio Opus; chi gestisce il bot può installarla). Usa /say fuori da un canale vocale per un messaggio vocale. Non è stato detto nulla.
speech-restarting = Il bot si sta riavviando; non è stato detto nulla.
speech-busy-elsewhere = Sto parlando in <#{ $channel_id }> in questo momento; raggiungimi lì, o riprova quando lì sarà tutto tranquillo.
speech-message-too-long = Quel testo produce un messaggio vocale troppo lungo da inviare.
speech-voice-gone = Quella voce non è più disponibile.
speech-unsendable = Quel testo ha prodotto un audio che non può essere inviato come messaggio vocale (troppo breve?).
speech-tts-rate-limited = È stato raggiunto il limite di richieste della sintesi vocale di Inworld; non è stato pubblicato nulla. Riprova tra un minuto.
speech-tts-failed = { $reason } Non è stato pubblicato nulla.
speech-skip-not-yours = Solo chi l'ha chiesto, il proprietario della voce o un moderatore può saltare ciò che si sta dicendo ora.
speech-stop-moderators-only = Solo un moderatore di questo server può far smettere di parlare il bot.
speech-leave-join-first = Entra prima nel mio canale vocale per chiedermi di lasciarlo.
speech-leave-others-waiting = Il testo di qualcun altro è in riproduzione o in attesa; un moderatore può farmi uscire subito.

## Posts everyone reads, in the server's language
speech-disclosure-own = 🔊 <@{ $user_id }> parla con la propria voce IA **{ $name }**
speech-disclosure-server = 🔊 <@{ $user_id }> parla con la voce IA del server **{ $name }**
speech-status = 🔊 Voce IA di { $name }
speech-status-server-voice = la voce del server { $name }
speech-status-someone = un membro

## Discord refused a voice message (bot/speech/posting.py)
speech-post-timeout = Discord non ha accettato il messaggio vocale in tempo; non è stato inviato nulla.
speech-post-not-allowed = I messaggi vocali non sono consentiti in questo canale; non è stato inviato nulla.
speech-post-missing-permissions = Non posso pubblicare messaggi vocali qui (mi servono Invia messaggi, Allega file e Invia messaggi vocali in questo canale); non è stato inviato nulla.
speech-post-refused = Discord ha rifiutato il messaggio vocale; non è stato inviato nulla. Riprova.

## Replies (cogs/speech.py)
speech-sent-voice-message = 🔊 Inviato come messaggio vocale con **{ $name }** ({ $chars } caratteri).
speech-speaking-now = 🔊 Sto parlando ora con **{ $name }** ({ $chars } caratteri).
speech-queued = 🔊 In coda con **{ $name }**: { $position } prima del tuo ({ $chars } caratteri).
speech-say-nothing-aloud = Quel testo non ha niente da leggere ad alta voce (solo codice o emoji?).
speech-only-own-messages = Puoi far leggere solo i tuoi messaggi.
speech-message-nothing-aloud = Quel messaggio non ha niente da leggere ad alta voce.

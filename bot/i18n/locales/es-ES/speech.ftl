# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# /say, "Speak this message", read-aloud, the call (bot/speech, cogs/speech.py).

## Refusals: who may speak, where, with which voice (bot/speech/policy.py)
speech-off = Hablar con voces clonadas está desactivado en este servidor. Un moderador puede activarlo con `/clone-settings speech enabled:True`.
speech-needs-role = Necesitas uno de estos roles para hablar con una voz clonada aquí: { $roles }.
speech-voice-channel = El bot no habla en este canal de voz aquí. Usa { $channels }.
speech-text-channel = No se permite hablar con voces clonadas en este canal. Usa { $channels }.
speech-read-aloud-bot-off = La lectura en voz alta no está disponible en este bot: su propietario no la ha activado (READ_ALOUD_ENABLED). `/say` sigue funcionando.
speech-read-aloud-server-off = Este servidor no permite la lectura en voz alta. Un moderador puede permitirla con `/clone-settings speech read_aloud:True`; `/say` sigue funcionando.
speech-only-own = Solo su propietario puede hablar con esta voz: los miembros hablan con sus propias voces.
speech-only-own-or-server = Solo su propietario puede hablar con esta voz: los miembros hablan con sus propias voces y con las voces del servidor.
speech-server-voices-off = En este servidor los miembros solo hablan con sus propias voces, no con las voces del servidor.
speech-no-own-voice = Todavía no tienes ninguna voz clonada en este servidor: crea una con `/clone` y vuelve a intentarlo.
speech-no-own-voice-or-server = Todavía no tienes ninguna voz clonada en este servidor: crea una con `/clone` (o elige una voz del servidor) y vuelve a intentarlo.

## Characters of speech per 24 hours (bot/speech/quota.py)
speech-member-text-over-limit = Este texto tiene { $chars } caracteres, más que tu límite de { $limit } caracteres hablados cada 24 horas aquí: acórtalo, por favor.
speech-member-limit = Esto superaría tu límite de { $limit } caracteres hablados cada 24 horas; volverá a haber suficiente { $when } (o prueba con un texto más corto).
speech-server-text-over-limit = Este texto tiene { $chars } caracteres, más que el límite de este servidor de { $limit } caracteres hablados cada 24 horas: acórtalo, por favor.
speech-server-limit = Este servidor ha usado sus { $limit } caracteres hablados de las últimas 24 horas; volverá a haber suficiente { $when }.

## Speaking (bot/speech/service.py)
speech-empty = No hay nada que decir en ese texto.
speech-too-long = Ese texto es demasiado largo para decirlo: { $length } caracteres, el límite es { $max }.
speech-tts-queue-full = Ya hay demasiados textos en espera ({ $waiting }); no se ha añadido nada a la cola. Vuelve a intentarlo dentro de unos { $wait }.
speech-tts-queue-full-server = Ya hay demasiados textos de este servidor en espera ({ $waiting }); no se ha añadido nada a la cola. Vuelve a intentarlo dentro de unos { $wait }.
speech-voice-queue-full = La cola de voz de este servidor está llena; vuelve a intentarlo en un momento.
speech-connect-failed = No he podido unirme a tu canal de voz (¿tengo los permisos Conectar y Hablar allí?). No se ha dicho nada.
speech-no-opus = No puedo hablar en canales de voz en esta instalación (falta la biblioteca de audio Opus; quien administra el bot puede instalarla). Usa /say fuera de un canal de voz para enviar un mensaje de voz. No se ha dicho nada.
speech-restarting = El bot se está reiniciando; no se ha dicho nada.
speech-busy-elsewhere = Estoy hablando en <#{ $channel_id }> ahora mismo; únete o vuelve a intentarlo cuando haya silencio allí.
speech-message-too-long = Ese texto da un mensaje de voz demasiado largo para enviarlo.
speech-voice-gone = Esa voz ya no está disponible.
speech-unsendable = Ese texto ha generado un audio que no se puede enviar como mensaje de voz (¿demasiado corto?).
speech-tts-rate-limited = Se ha alcanzado el límite de uso del texto a voz de Inworld; no se ha publicado nada. Vuelve a intentarlo dentro de un minuto.
speech-tts-failed = { $reason } No se ha publicado nada.
speech-skip-not-yours = Solo quien lo pidió, el propietario de la voz o un moderador pueden saltar lo que se está diciendo.
speech-stop-moderators-only = Solo un moderador de este servidor puede hacer callar al bot.
speech-leave-join-first = Únete primero a mi canal de voz para pedirme que salga.
speech-leave-others-waiting = Se está diciendo o espera el texto de otra persona; un moderador puede hacerme salir ya.

## Posts everyone reads, in the server's language
speech-disclosure-own = 🔊 <@{ $user_id }> habla con su voz de IA **{ $name }**
speech-disclosure-server = 🔊 <@{ $user_id }> habla con la voz de IA del servidor **{ $name }**
speech-status = 🔊 Voz de IA de { $name }
speech-status-server-voice = la voz del servidor { $name }
speech-status-someone = un miembro

## Discord refused a voice message (bot/speech/posting.py)
speech-post-timeout = Discord no ha aceptado el mensaje de voz a tiempo; no se ha enviado nada.
speech-post-not-allowed = Los mensajes de voz no están permitidos en este canal; no se ha enviado nada.
speech-post-missing-permissions = No puedo publicar mensajes de voz aquí (necesito Enviar mensajes, Adjuntar archivos y Enviar mensajes de voz en este canal); no se ha enviado nada.
speech-post-refused = Discord ha rechazado el mensaje de voz; no se ha enviado nada. Vuelve a intentarlo.

## Replies (cogs/speech.py)
speech-sent-voice-message = 🔊 Enviado como mensaje de voz con **{ $name }** ({ $chars } caracteres).
speech-speaking-now = 🔊 Hablando ahora con **{ $name }** ({ $chars } caracteres).
speech-queued = 🔊 En cola con **{ $name }**: { $position } antes del tuyo ({ $chars } caracteres).
speech-say-nothing-aloud = Ese texto no tiene nada que decir en voz alta (¿solo código o emoji?).
speech-only-own-messages = Solo puedes hacer decir tus propios mensajes.
speech-message-nothing-aloud = Ese mensaje no tiene nada que decir en voz alta.

# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# /say, "Speak this message", read-aloud, the call (bot/speech, cogs/speech.py).

## Refusals: who may speak, where, with which voice (bot/speech/policy.py)
speech-off = Falar com vozes clonadas está desativado neste servidor. Um moderador pode ativar com `/clone-settings speech enabled:True`.
speech-needs-role = Você precisa de um destes cargos para falar com uma voz clonada aqui: { $roles }.
speech-voice-channel = O bot não fala neste canal de voz aqui. Use { $channels }.
speech-text-channel = Falar com vozes clonadas não é permitido neste canal. Use { $channels }.
speech-read-aloud-bot-off = A leitura em voz alta não está disponível neste bot: o dono dele não a ativou (READ_ALOUD_ENABLED). `/say` continua funcionando.
speech-read-aloud-server-off = Este servidor não permite leitura em voz alta. Um moderador pode permitir com `/clone-settings speech read_aloud:True`; `/say` continua funcionando.
speech-only-own = Só o dono pode falar com esta voz: os membros falam com as próprias vozes.
speech-only-own-or-server = Só o dono pode falar com esta voz: os membros falam com as próprias vozes e com as vozes do servidor.
speech-server-voices-off = Este servidor permite que os membros falem só com as próprias vozes, não com as vozes do servidor.
speech-no-own-voice = Você ainda não tem uma voz clonada neste servidor: crie uma com `/clone` e tente de novo.
speech-no-own-voice-or-server = Você ainda não tem uma voz clonada neste servidor: crie uma com `/clone` (ou escolha uma voz do servidor) e tente de novo.

## Characters of speech per 24 hours (bot/speech/quota.py)
speech-member-text-over-limit = Este texto tem { $chars } caracteres, mais do que o seu limite de { $limit } caracteres de fala a cada 24 horas aqui: deixe-o mais curto.
speech-member-limit = Isso passaria do seu limite de { $limit } caracteres de fala a cada 24 horas; haverá espaço de novo { $when } (ou tente um texto mais curto).
speech-server-text-over-limit = Este texto tem { $chars } caracteres, mais do que o limite deste servidor de { $limit } caracteres de fala a cada 24 horas: deixe-o mais curto.
speech-server-limit = Este servidor usou os seus { $limit } caracteres de fala das últimas 24 horas; haverá espaço de novo { $when }.

## Speaking (bot/speech/service.py)
speech-empty = Não há nada para falar nesse texto.
speech-too-long = Esse texto é longo demais para ser falado: { $length } caracteres, o limite é { $max }.
speech-tts-queue-full = Já há textos demais esperando para serem falados ({ $waiting }); nada foi adicionado. Tente de novo em cerca de { $wait }.
speech-tts-queue-full-server = Já há textos demais deste servidor esperando para serem falados ({ $waiting }); nada foi adicionado. Tente de novo em cerca de { $wait }.
speech-voice-queue-full = A fila de voz deste servidor está cheia; tente de novo daqui a pouco.
speech-connect-failed = Não consegui entrar no seu canal de voz (tenho as permissões Conectar e Falar lá?). Nada foi falado.
speech-no-opus = Não posso falar em canais de voz nesta instalação (falta a biblioteca de áudio Opus; quem administra o bot pode instalá-la). Use /say fora de um canal de voz para uma mensagem de voz. Nada foi falado.
speech-restarting = O bot está reiniciando; nada foi falado.
speech-busy-elsewhere = Estou falando em <#{ $channel_id }> agora; entre lá ou tente de novo quando estiver tudo quieto.
speech-message-too-long = Esse texto gera uma mensagem de voz longa demais para ser enviada.
speech-voice-gone = Essa voz não está mais disponível.
speech-unsendable = Esse texto gerou um áudio que não pode ser enviado como mensagem de voz (curto demais?).
speech-tts-rate-limited = O limite de uso do texto para fala da Inworld foi atingido; nada foi publicado. Tente de novo em um minuto.
speech-tts-failed = { $reason } Nada foi publicado.
speech-skip-not-yours = Só quem pediu, o dono da voz ou um moderador pode pular o que está sendo falado agora.
speech-stop-moderators-only = Só um moderador deste servidor pode fazer o bot parar de falar.
speech-leave-join-first = Entre no meu canal de voz primeiro para me pedir para sair dele.
speech-leave-others-waiting = O texto de outra pessoa está sendo falado ou esperando; um moderador pode me fazer sair agora.

## Posts everyone reads, in the server's language
speech-disclosure-own = 🔊 <@{ $user_id }> falando com a própria voz de IA **{ $name }**
speech-disclosure-server = 🔊 <@{ $user_id }> falando com a voz de IA do servidor **{ $name }**
speech-status = 🔊 Voz de IA de { $name }
speech-status-server-voice = a voz do servidor { $name }
speech-status-someone = um membro

## Discord refused a voice message (bot/speech/posting.py)
speech-post-timeout = O Discord não aceitou a mensagem de voz a tempo; nada foi enviado.
speech-post-not-allowed = Mensagens de voz não são permitidas neste canal; nada foi enviado.
speech-post-missing-permissions = Não posso publicar mensagens de voz aqui (preciso de Enviar mensagens, Anexar arquivos e Enviar mensagens de voz neste canal); nada foi enviado.
speech-post-refused = O Discord recusou a mensagem de voz; nada foi enviado. Tente de novo.

## Replies (cogs/speech.py)
speech-sent-voice-message = 🔊 Enviado como mensagem de voz com **{ $name }** ({ $chars } caracteres).
speech-speaking-now = 🔊 Falando agora com **{ $name }** ({ $chars } caracteres).
speech-queued = 🔊 Na fila com **{ $name }**: { $position } antes do seu ({ $chars } caracteres).
speech-say-nothing-aloud = Esse texto não tem nada para ser falado (só código ou emoji?).
speech-only-own-messages = Você só pode falar as suas próprias mensagens.
speech-message-nothing-aloud = Essa mensagem não tem nada para ser falado.

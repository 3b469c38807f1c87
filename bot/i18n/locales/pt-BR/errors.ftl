# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# Errors and refusals every command can answer with (bot/tree.py).
error-bug = Algo deu errado no bot. (ref. `{ $ref }`) Tente novamente.
error-cooldown = Mais devagar! Tente novamente em { $seconds } s.
error-missing-permissions = Você precisa da permissão { $permissions } para fazer isso.
error-server-only = Este comando só funciona em um servidor.
error-not-allowed = Você não tem permissão para usar este comando aqui.
error-bad-value = Esse valor não é válido: { $value }.

# Sizes ($count bytes; $value in $unit: KB, MB or GB, with one decimal).
error-size-bytes = { NUMBER($count, useGrouping: 0) } bytes
error-size = { NUMBER($value, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } { $unit }

# Downloading an attachment (bot/download.py).
error-download-too-large = `{ $filename }` é maior que os { $limit } que este bot aceita. Uma gravação de 10 a 30 segundos é tudo o que precisa.
error-download-too-large-size = `{ $filename }` ({ $size }) é maior que os { $limit } que este bot aceita. Uma gravação de 10 a 30 segundos é tudo o que precisa.
error-download-refused = O Discord não deixou o bot baixar `{ $filename }` (HTTP { $status }). Tente novamente.
error-download-timeout = O download de `{ $filename }` demorou mais de { NUMBER($seconds, useGrouping: 0) } s. Tente novamente.
error-download-failed = O download de `{ $filename }` falhou. Tente novamente.

# The clone queue (bot/ratelimit/waiting.py).
error-queue-full = A fila de clonagem está cheia: { $group ->
        [true] { $waiting ->
            [one] { $waiting } pedido deste servidor está
           *[other] { $waiting } pedidos deste servidor estão
        }
       *[false] { $waiting ->
            [one] { $waiting } pedido está
           *[other] { $waiting } pedidos estão
        }
    } aguardando (uma espera de cerca de { $wait }). Nada foi colocado na fila; tente novamente em cerca de { $retry } (às <t:{ $at }:t>).
error-audio-not-attached = (Não foi possível anexar o áudio processado aqui.)
error-interrupted = ⏸️ O bot está reiniciando antes de terminar seu pedido. Ele está salvo: quando o bot voltar (geralmente em até um minuto), ele vai te contar o que aconteceu com ele.
error-restarting = O bot está reiniciando; tente de novo em um minuto.

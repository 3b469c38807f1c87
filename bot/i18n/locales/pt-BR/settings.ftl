# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# /clone-settings and the policy rules (bot/policy.py, cogs/clone_settings.py).

settings-duration-hours-minutes = { $hours } h { $minutes } min
settings-duration-hours = { $hours } h
settings-duration-minutes-seconds = { $minutes } min { $seconds } s
settings-duration-minutes = { $minutes } min
settings-duration-seconds = { $seconds } s
settings-when-in = em { $duration }
settings-when-at = às { $time } UTC
settings-when-tomorrow-at = amanhã às { $time } UTC

settings-consent-default = Confirmo que a voz nestas gravações é minha, ou que o dono dela me deu permissão explícita para cloná-la, e que não usarei a voz clonada para enganar, me passar por alguém ou prejudicar ninguém.

settings-refusal-blocked = Você não tem permissão para clonar vozes neste servidor.
settings-refusal-channel = A clonagem de voz não é permitida neste canal. Use { $channels }.
settings-refusal-role = Você precisa de um destes cargos para clonar vozes: { $roles }.
settings-refusal-open-request = Você já tem um pedido de clonagem em andamento (#{ $request }). Aguarde até que ele termine.
settings-refusal-cooldown = Você está em tempo de espera: aguarde { $wait } antes do próximo pedido.
settings-refusal-member-quota = Você atingiu seu limite de { $count } pedidos de clonagem em 24 horas. Tente novamente amanhã.
settings-refusal-guild-quota = Este servidor atingiu o limite de { $count } pedidos de clonagem em 24 horas. Tente novamente amanhã.

settings-limit-once = Você { $done } { $window ->
        [hour] há pouco
       *[other] recentemente
    }{ $note }; tente novamente { $when }.
settings-limit-used = { $per ->
        [member] Você usou seus
       *[server] Este servidor usou seus
    } { $count } { $noun } de { $period }{ $note }; o próximo estará disponível { $when }.
settings-limit-note = { " " }({ $note })
settings-period-hour = desta hora
settings-period-day = hoje
settings-period-last = das últimas { $duration }
settings-opened-noun = { $count ->
        [one] pedido de clonagem
       *[other] pedidos de clonagem
    }
settings-opened-done = abriu um pedido de clonagem
settings-opened-note = todo pedido aberto conta, confirmado ou não

settings-needs-manage-server = Somente membros com a permissão **Gerenciar servidor** podem alterar estas configurações; nada foi alterado.
settings-needs-moderator = Somente os moderadores deste servidor podem ver estas configurações.
settings-choose-item = Escolha qual adicionar ou remover.
settings-choose-review-channel = Escolha um canal de revisão ao ativar a aprovação.
settings-one-list-edit = Altere um item da lista por vez (adicionar, remover ou limpar); nada foi alterado.
settings-chars-set-or-reset = Defina os caracteres por dia ou redefina-os, não os dois; nada foi alterado.
settings-nothing-to-change = Nada para alterar; configurações atuais:
settings-updated = ✅ Configurações atualizadas.

settings-on = ativado
settings-off = desativado
settings-yes = sim
settings-no = não
settings-none = nenhum
settings-unlimited = ilimitado
settings-not-set = não definido
settings-any = qualquer um
settings-any-channel = qualquer canal
settings-everyone = todos
settings-every-member = todos os membros
settings-nobody = ninguém
settings-manage-server-only = somente Gerenciar servidor
settings-requests-per-day = { $count } pedidos / 24 h
settings-chars-per-day = { $count } caracteres / 24 h
settings-bot-default = { $value } (padrão do bot)
settings-language-auto = Outro / detecção automática

settings-speech-title = Configurações de fala
settings-read-aloud-unavailable = indisponível neste bot (READ_ALOUD_ENABLED está desativado)
settings-read-aloud-allowed = permitida
settings-read-aloud-not-allowed = não permitida
settings-speak-with-all = a própria voz e as vozes do servidor
settings-speak-with-own = a própria voz
settings-speech-lines =
    Fala: { $speaking }
    Quem: { $roles } (moderadores sempre)
    Canais de voz: { $voice_channels }
    Canais de texto: { $text_channels }
    Membros falam com: { $voices }
    Leitura em voz alta: { $read_aloud }
    Por membro: { $member }
    Por servidor: { $server }

settings-title = Configurações de clonagem de voz
settings-who-title = Quem e onde
settings-who-lines =
    Cargos: { $roles }
    Canais: { $channels }
    Bloqueados: { $blocked }
    Cargos de moderador: { $moderators }
settings-limits-title = Limites
settings-limits-lines =
    Tempo de espera por membro: { $cooldown }
    Por membro: { $member }
    Por servidor: { $server }
    Duração da amostra mantida: até { $sample } s
settings-defaults-title = Padrões
settings-defaults-lines =
    Idioma: { $language }
    Remoção de ruído: { $noise }
    Respostas: { $replies }
    Idioma do servidor: { $server_language }
settings-replies-private = visíveis só para o membro
settings-replies-public = públicas
settings-server-language-chosen = { $language }
settings-server-language-discord = idioma do servidor no Discord ({ $language })
settings-review-title = Revisão e auditoria
settings-review-lines =
    Aprovação obrigatória: { $approval }
    Canal de revisão: { $review }
    Canal de auditoria: { $audit }
settings-previews-title = Prévias faladas
settings-previews-lines =
    Nos resultados: { $enabled }
    Quem pode ouvir a prévia de uma voz: { $who }
    Frase: { $sentence }
settings-previews-anyone = qualquer membro
settings-previews-owner = o dono (vozes do servidor: qualquer um)
settings-previews-default-sentence = a padrão do idioma da voz
settings-verification-title = Consentimento falado
settings-verification-off = desativado: apenas o botão de consentimento
settings-verification-on = ativado: os membros leem uma frase nova em voz alta (uma mensagem de voz ou um arquivo)
settings-verification-strict = rigoroso: os membros leem uma frase nova em uma mensagem de voz do Discord
settings-speaking-title = Falar com vozes clonadas
settings-consent-title = Declaração de consentimento

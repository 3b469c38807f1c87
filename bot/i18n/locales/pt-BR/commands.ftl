# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# Command, group, option and choice names and descriptions (bot/i18n/translator.py).
# A command's value is its name (lowercase, no spaces, 1-32 characters, unique among its
# siblings), .description its description (1-100 characters); context menus (menu-*) may
# have spaces and capitals; choices (choice-*, keyed by the English name) are 1-100 characters.

## /clone

cmd-clone = clonar
    .description = Clona uma voz a partir de uma gravação dela.
cmd-clone--sample = amostra
    .description = Uma gravação da voz: 10-15 s de fala clara (mensagem de voz, MP3, WAV...)
cmd-clone--name = nome
    .description = Um nome para a nova voz
cmd-clone--language = idioma
    .description = O idioma falado na gravação
cmd-clone--sample2 = amostra2
    .description = Segunda gravação opcional da mesma voz
cmd-clone--sample3 = amostra3
    .description = Terceira gravação opcional da mesma voz
cmd-clone--transcription = transcrição
    .description = Opcional: exatamente o que é dito na primeira gravação
cmd-clone--description = descrição
    .description = Opcional: uma descrição da voz (tom, sotaque, uso)
cmd-clone--tags = tags
    .description = Opcional: tags separadas por vírgula, ex.: calma, narrador
cmd-clone--remove-noise = remover_ruído
    .description = Remove o ruído de fundo antes (pode piorar gravações já limpas)

## /clone-settings

cmd-clone-settings = config-clonagem
    .description = Configurações do /clone neste servidor (membros com Gerenciar Servidor).
cmd-clone-settings-show = ver
    .description = Mostra as configurações de clonagem de voz deste servidor.
cmd-clone-settings-limits = limites
    .description = Tempo de espera, cotas diárias, duração da amostra.
cmd-clone-settings-limits--cooldown-seconds = segundos_espera
    .description = Segundos que um membro espera entre pedidos (0 = nenhum)
cmd-clone-settings-limits--member-daily = diário_membro
    .description = Pedidos por membro a cada 24 h (0 = ilimitado)
cmd-clone-settings-limits--server-daily = diário_servidor
    .description = Pedidos do servidor inteiro a cada 24 h (0 = ilimitado)
cmd-clone-settings-limits--max-sample-seconds = segundos_máx_amostra
    .description = Amostra mais longa mantida, em segundos (3-15)
cmd-clone-settings-defaults = padrões
    .description = Idioma padrão, remoção de ruído, respostas.
cmd-clone-settings-defaults--language = idioma
    .description = Idioma padrão do /clone
cmd-clone-settings-defaults--remove-noise = remover_ruído
    .description = Remover o ruído de fundo por padrão
cmd-clone-settings-defaults--ephemeral = efêmeras
    .description = Respostas que só o membro vê (true) ou públicas (false)
cmd-clone-settings-approval = aprovação
    .description = Exigir a aprovação de um moderador.
cmd-clone-settings-approval--required = obrigatória
    .description = Todo pedido de clonagem precisa da aprovação de um moderador
cmd-clone-settings-approval--review-channel = canal_revisão
    .description = Onde os pedidos são publicados para revisão
cmd-clone-settings-verification = verificação
    .description = Fazer os membros lerem antes uma frase nova em voz alta.
cmd-clone-settings-verification--mode = modo
    .description = desativada; ativada: qualquer gravação da frase; estrita: só uma mensagem de voz do Discord
cmd-clone-settings-audit-channel = canal-auditoria
    .description = Onde o registro de auditoria é publicado.
cmd-clone-settings-audit-channel--channel = canal
    .description = O canal de auditoria (deixe vazio para parar de publicar)
cmd-clone-settings-roles = cargos
    .description = Cargos que podem clonar ou moderar.
cmd-clone-settings-roles--action = ação
    .description = Adicionar, remover ou limpar a lista
cmd-clone-settings-roles--role = cargo
    .description = O cargo a adicionar ou remover
cmd-clone-settings-roles--kind = tipo
    .description = Qual lista: cargos que podem clonar ou cargos de moderador
cmd-clone-settings-channels = canais
    .description = Canais onde o /clone pode ser usado.
cmd-clone-settings-channels--action = ação
    .description = Adicionar, remover ou limpar (limpar = qualquer canal)
cmd-clone-settings-channels--channel = canal
    .description = Canal
cmd-clone-settings-block = bloquear
    .description = Impede um membro de clonar vozes.
cmd-clone-settings-block--member = membro
    .description = O membro que não poderá mais clonar vozes
cmd-clone-settings-unblock = desbloquear
    .description = Deixa um membro bloqueado clonar de novo.
cmd-clone-settings-unblock--member = membro
    .description = O membro bloqueado que poderá clonar de novo
cmd-clone-settings-consent = consentimento
    .description = A declaração que os membros precisam confirmar.
cmd-clone-settings-consent--text = texto
    .description = Seu texto (deixe vazio para a declaração padrão)
cmd-clone-settings-language = idioma
    .description = O idioma das publicações do bot aqui.
cmd-clone-settings-language--language = idioma
    .description = Revisão, auditoria e avisos públicos neste idioma (as respostas seguem o de cada membro)
cmd-clone-settings-previews = prévias
    .description = Prévias faladas das vozes clonadas.
cmd-clone-settings-previews--enabled = ativadas
    .description = Falar uma frase curta com a nova voz em cada resultado de clonagem
cmd-clone-settings-previews--open-to-members = abertas_a_membros
    .description = Qualquer membro pode ouvir qualquer voz (não: só as próprias e as do servidor)
cmd-clone-settings-previews--text = texto
    .description = A frase da prévia (qualquer idioma; deixe vazio e ative redefinir_texto para a padrão)
cmd-clone-settings-previews--reset-text = redefinir_texto
    .description = Voltar à frase padrão do idioma de cada voz
cmd-clone-settings-speech = fala
    .description = Quem pode falar com vozes clonadas, e onde.
cmd-clone-settings-speech--enabled = ativada
    .description = Os membros podem falar com vozes clonadas aqui (/say, leitura em voz alta)
cmd-clone-settings-speech--add-role = adicionar_cargo
    .description = Permitir que este cargo fale (nenhum cargo na lista: todos os membros)
cmd-clone-settings-speech--remove-role = remover_cargo
    .description = Tirar este cargo da lista
cmd-clone-settings-speech--add-voice-channel = adicionar_canal_de_voz
    .description = Permitir falar neste canal de voz (nenhum na lista: qualquer um)
cmd-clone-settings-speech--remove-voice-channel = remover_canal_de_voz
    .description = Tirar este canal de voz da lista
cmd-clone-settings-speech--add-text-channel = adicionar_canal_de_texto
    .description = Permitir /say e leitura em voz alta neste canal (nenhum na lista: qualquer um)
cmd-clone-settings-speech--remove-text-channel = remover_canal_de_texto
    .description = Tirar este canal da lista
cmd-clone-settings-speech--clear = limpar
    .description = Esvaziar uma lista: todos os membros, ou qualquer canal
cmd-clone-settings-speech--read-aloud = leitura_em_voz_alta
    .description = Os membros podem ter o que digitam lido em voz alta com a voz deles
cmd-clone-settings-speech--server-voices = vozes_do_servidor
    .description = Os membros podem falar com as vozes do servidor, não só com as próprias
cmd-clone-settings-speech--member-daily-chars = caracteres_diários_membro
    .description = Caracteres que cada membro pode falar a cada 24 h (0 = ilimitado)
cmd-clone-settings-speech--server-daily-chars = caracteres_diários_servidor
    .description = Caracteres que o servidor inteiro pode falar a cada 24 h (0 = ilimitado)
cmd-clone-settings-speech--reset-daily-chars = redefinir_caracteres_diários
    .description = Voltar aos caracteres por dia padrão do bot

## /voices

cmd-voices = vozes
    .description = As vozes clonadas neste servidor.
cmd-voices-list = lista
    .description = Suas vozes e as vozes do servidor.
cmd-voices-info = info
    .description = Detalhes de uma voz.
cmd-voices-info--voice = voz
    .description = A voz (comece a digitar o nome dela)
cmd-voices-preview = ouvir
    .description = Ouça uma voz dizer uma frase.
cmd-voices-preview--voice = voz
    .description = A voz (sua, ou uma voz do servidor)
cmd-voices-preview--text = texto
    .description = O que ela deve dizer (padrão: a frase de prévia do servidor)
cmd-voices-rename = renomear
    .description = Muda o nome de exibição de uma voz.
cmd-voices-rename--voice = voz
    .description = A voz (sua; moderadores: qualquer uma)
cmd-voices-rename--name = nome
    .description = O novo nome
cmd-voices-delete = excluir
    .description = Exclui uma voz da Inworld.
cmd-voices-delete--voice = voz
    .description = A voz (sua; moderadores: qualquer uma deste servidor)
cmd-voices-server = servidor
    .description = Compartilha uma voz com o servidor inteiro.
cmd-voices-server--voice = voz
    .description = A voz
cmd-voices-server--shared = compartilhada
    .description = Sim: todo membro a vê e pode ouvi-la; não: privada
cmd-voices-skip = pular
    .description = Pula o que o bot está dizendo na sua chamada.
cmd-voices-stop = parar
    .description = Moderadores: parar de falar na hora e limpar a fila.
cmd-voices-leave = sair
    .description = Faz o bot sair do canal de voz.
cmd-voices-read-aloud = ler-em-voz-alta
    .description = Fala o que você digita no chat do seu canal de voz, com sua voz clonada.
cmd-voices-read-aloud--state = estado
    .description = Ativada: o que você digita é falado enquanto estamos num canal de voz; desativada: não
cmd-voices-read-aloud--voice = voz
    .description = Qual voz lê (sua, ou uma voz do servidor; padrão: a mais recente)
cmd-voices-erase-my-data = apagar-meus-dados
    .description = Exclui todas as suas vozes e tudo o que está guardado sobre você.
cmd-voices-erase-member = apagar-membro
    .description = Moderadores: apagar as vozes e os dados de um membro.
cmd-voices-erase-member--member = membro
    .description = O membro (ex.: alguém que saiu: cole o ID de usuário)

## /clone-delete

cmd-clone-delete = excluir-clone
    .description = Exclui uma voz clonada aqui.
cmd-clone-delete--voice = voz
    .description = A voz a excluir (sua; moderadores: qualquer uma deste servidor)

## /say

cmd-say = falar
    .description = Fale um texto com sua voz clonada (no seu canal de voz, ou como mensagem de voz).
cmd-say--text = texto
    .description = O que dizer
cmd-say--voice = voz
    .description = Qual voz (sua, ou uma voz do servidor; padrão: a mais recente)

## Context menus (Apps > ...)

menu-clone-this-voice = Clonar esta voz
menu-speak-this-message = Falar esta mensagem

## Choices

choice-english-us = Inglês (EUA)
choice-chinese-china = Chinês (China)
choice-korean = Coreano
choice-japanese = Japonês
choice-russian = Russo
choice-other-auto-detect = Outro / detecção automática
choice-italian = Italiano
choice-spanish-spain = Espanhol (Espanha)
choice-portuguese-brazil = Português (Brasil)
choice-german = Alemão
choice-french = Francês
choice-arabic-saudi-arabia = Árabe (Arábia Saudita)
choice-polish = Polonês
choice-dutch = Holandês
choice-hindi = Hindi
choice-hebrew = Hebraico
choice-off = desativada
choice-on-any-recording-of-the-sentence = ativada: qualquer gravação da frase
choice-strict-only-a-voice-message-recorded-in-discord = estrita: só uma mensagem de voz gravada no Discord
choice-add = adicionar
choice-remove = remover
choice-clear = limpar
choice-allowed = permitidos
choice-moderator = moderador
choice-discord-s-server-language = Idioma do servidor no Discord
choice-roles-every-member-may-speak = cargos (todo membro pode falar)
choice-voice-channels-any = canais de voz (qualquer um)
choice-text-channels-any = canais de texto (qualquer um)
choice-on = ativada

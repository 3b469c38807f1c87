# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# /voices: the server's voice library, previews, erasure (bot/voices, cogs/voices.py).

## Refusals (bot/voices/access.py, library.py, previews.py)
voices-not-here = Nenhuma voz com esse ID foi clonada neste servidor (ou ela já foi excluída).
voices-not-yours-delete = Você só pode excluir vozes que você mesmo clonou (moderadores: qualquer voz deste servidor).
voices-not-yours-rename = Você só pode renomear vozes que você mesmo clonou (moderadores: qualquer voz deste servidor).
voices-moderators-only-server-voice = Só um moderador deste servidor pode tornar uma voz uma voz do servidor.
voices-moderators-only-erase = Só um moderador deste servidor pode apagar os dados de outro membro.
voices-preview-private = Só o dono pode ouvir uma prévia desta voz: ela não é uma voz do servidor, e este servidor permite que os membros ouçam prévias apenas das próprias vozes e das vozes do servidor.
voices-info-private = Essa voz é privada do membro que a clonou (não é uma voz do servidor).
voices-erase-still-open = Ainda há um pedido de clonagem em andamento: cancele-o ou espere ele terminar (ou expirar) e depois apague os dados.
voices-rename-empty = O novo nome não pode ficar vazio.
voices-rename-too-long = O novo nome é longo demais (no máximo { $max }).
voices-gone-on-inworld = Essa voz não existe mais na Inworld; agora ela está marcada como excluída aqui.
voices-deleted-meanwhile = Essa voz foi excluída nesse meio-tempo.
voices-preview-queue-full = Já há prévias demais na fila ({ $waiting }); nada foi adicionado. Tente de novo em cerca de { $wait }.
voices-preview-queue-full-server = Já há prévias demais deste servidor na fila ({ $waiting }); nada foi adicionado. Tente de novo em cerca de { $wait }.
voices-preview-too-long = Esse texto é longo demais para uma prévia: { $length } caracteres, o limite é { $max }.
voices-preview-cooldown = Você ouviu a prévia de uma voz agora há pouco; tente de novo em { $wait }.

## The spoken preview in a clone result (bot/voices/result.py)
voices-result-preview = 🔊 Prévia
voices-result-preview-failed = ⚠️ A prévia falada falhou: { $why }
voices-result-preview-later = Sua voz está pronta mesmo assim; tente `/voices preview` mais tarde.
voices-result-why-restarting = o bot está reiniciando
voices-result-why-timeout = o serviço de texto para fala não respondeu a tempo
voices-result-why-unexpected = um erro inesperado ({ $error })
voices-result-preview-too-large = A prévia era grande demais para ser enviada aqui.
voices-result-preview-attached = Anexo: `{ $filename }`, “{ $text }”

## Embeds and buttons (bot/voices/ui.py)
voices-line-server = 🌐 voz do servidor
voices-line-private = privada
voices-line = { $language } · dono <@{ $user_id }> · criada { $created } · { $sharing }
voices-page-title-server = Vozes deste servidor
voices-page-title-mine = Suas vozes e as vozes do servidor
voices-page-empty = Ainda não há vozes. Use `/clone` para criar uma.
voices-page-status = Página { $page }/{ $pages } · { $total ->
        [one] { $total } voz
       *[other] { $total } vozes
    }
voices-page-footer = /voices info · preview · rename · delete
voices-info-title = Voz: { $name }
voices-info-voice-id = ID da voz
voices-info-language = Idioma
voices-info-owner = Dono
voices-info-created = Criada em
voices-info-server-voice = Voz do servidor
voices-info-server-voice-yes = sim (todos os membros podem ouvir a prévia)
voices-info-server-voice-no = não
voices-pager-not-yours = ❌ Estes botões são do membro que usou /voices list.
voices-pager-previous = ◀ Anterior
voices-pager-next = Próxima ▶
voices-confirm-not-yours = ❌ Só o membro que pediu pode confirmar isto.
voices-confirm = Confirmar
voices-cancel = Cancelar
voices-cancelled = Cancelado: nada foi alterado.

## Replies (cogs/voices.py)
voices-preview-says = 🔊 **{ $name }** (`{ $voice_id }`) diz: “{ $text }”
voices-renamed = ✏️ A voz `{ $voice_id }` agora se chama **{ $name }** (na Inworld também).
voices-delete-ask = ⚠️ Excluir **{ $name }** (`{ $voice_id }`) da Inworld? Não dá para desfazer.
voices-delete-button = Excluir
voices-deleted = 🗑️ A voz **{ $name }** (`{ $voice_id }`) foi excluída da Inworld.
voices-shared = 🌐 **{ $name }** (`{ $voice_id }`) agora é uma voz do servidor.
voices-unshared = 🌐 **{ $name }** (`{ $voice_id }`) não é mais uma voz do servidor.
voices-skipped = ⏭️ Pulado.
voices-nothing-said = Nada está sendo falado agora.
voices-stopped = ⏹️ Parado; { $dropped ->
        [one] { $dropped } texto na fila descartado.
       *[other] { $dropped } textos na fila descartados.
    }
voices-left = 👋 Saí do canal de voz.
voices-not-in-channel = Não estou em um canal de voz.
voices-read-aloud-off = 🔇 A leitura em voz alta está desativada para você.
voices-read-aloud-on = 🔊 A leitura em voz alta está ativada: enquanto estivermos no mesmo canal de voz, o que você digitar no chat dele será falado com **{ $name }**. `/voices read-aloud off` desativa.
voices-erase-ask-own = ⚠️ Apagar seus dados neste servidor? { $voices ->
        [one] { $voices } voz será excluída
       *[other] { $voices } vozes serão excluídas
    } da Inworld e { $requests ->
        [one] { $requests } pedido armazenado será apagado
       *[other] { $requests } pedidos armazenados serão apagados
    } (áudio, nomes, textos). Os eventos de auditoria ficam, sem conteúdo pessoal. Não dá para desfazer.
voices-erase-ask-member = ⚠️ Apagar os dados de <@{ $member_id }> neste servidor? { $voices ->
        [one] { $voices } voz será excluída
       *[other] { $voices } vozes serão excluídas
    } da Inworld e { $requests ->
        [one] { $requests } pedido armazenado será apagado
       *[other] { $requests } pedidos armazenados serão apagados
    } (áudio, nomes, textos). Os eventos de auditoria ficam, sem conteúdo pessoal. Não dá para desfazer.
voices-erase-button = Apagar tudo
voices-erased = 🧹 Pronto: { $voices ->
        [one] { $voices } voz excluída
       *[other] { $voices } vozes excluídas
    } da Inworld, { $requests ->
        [one] { $requests } pedido armazenado apagado.
       *[other] { $requests } pedidos armazenados apagados.
    }

## What a limit refusal names (bot/voices/limits.py, through settings-limit-*)
voices-renames-noun = { $count ->
        [one] renomeação
       *[other] renomeações
    }
voices-renames-done = renomeou uma voz
voices-previews-noun = { $count ->
        [one] prévia
       *[other] prévias
    }
voices-previews-done = ouviu a prévia de uma voz

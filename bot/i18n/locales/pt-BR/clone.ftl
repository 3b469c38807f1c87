# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).

## Progress
clone-stage-downloading = 📥 Baixando
clone-stage-processing = 🎛️ Processando o áudio
clone-stage-waiting = ⏳ Aguardando uma vaga livre
clone-stage-cloning = 🧬 Clonando a voz com o Inworld
clone-progress = { $stage }…
clone-progress-detail = { $stage } ({ $detail })…
clone-detail-files =
    { $count ->
        [one] { $count } arquivo
       *[other] { $count } arquivos
    }
clone-detail-queue = posição { $position } na fila
clone-detail-checking-sentence = verificando a frase que você leu
clone-detail-busy = O Inworld está ocupado; tentando de novo em { $seconds } s

## Options
clone-tags-too-many = Informe no máximo { $max } tags.
clone-name-missing = Dê um nome para a voz.
clone-name-too-long = O nome da voz pode ter no máximo { $max } caracteres.
clone-sample-refused = Amostra { $index } (`{ $file }`): { $reason }
clone-default-voice-name = Voz de { $member }
clone-default-voice-name-unnamed = Minha voz

## The command and its buttons
clone-consent-confirm = Eu confirmo
clone-consent-cancel = Cancelar
clone-menu-not-yours = Você só pode clonar a voz das suas próprias mensagens. Para clonar uma gravação que você tem permissão para usar, envie-a com /clone.
clone-menu-no-audio = Essa mensagem não tem mensagem de voz nem anexo de áudio.
clone-modal-title = Clonar esta voz
clone-modal-name = Nome da nova voz
clone-cancelled = Cancelado: nada foi enviado ao Inworld.
clone-sent-for-review = 📨 Obrigado! Sua solicitação foi enviada aos moderadores para aprovação. Você saberá o resultado neste canal.
clone-failure-bug = Algo deu errado do lado do bot. (ref `{ $ref }`)
clone-final-failed-interaction = ❌ O Inworld não criou a voz; veja os detalhes abaixo.
clone-final-failed-channel = ❌ O Inworld não criou a voz; os detalhes foram postados neste canal.
clone-final-failed-dm = ❌ O Inworld não criou a voz; enviei os detalhes por DM.
clone-final-failed-elsewhere = ❌ O Inworld não criou a voz.
clone-final-created-interaction = ✅ Voz **{ $name }** criada.
clone-final-created-channel = ✅ Voz **{ $name }** criada: o resultado foi postado neste canal.
clone-final-created-dm = ✅ Voz **{ $name }** criada: enviei o resultado por DM.
clone-final-created-elsewhere = ✅ Voz **{ $name }** criada: use `/voices` para ver o ID dela.

## Spoken consent
clone-refusal-title = ❌ Essa gravação não foi aceita
clone-refusal-new-sentence = Leia a **nova** frase abaixo e envie a gravação dela.
clone-refusal-retry-in = Você não tem mais tentativas por enquanto: tente de novo em { $duration }.
clone-sentence-expired = ⌛ Sua frase anterior expirou antes de a gravação chegar.
clone-sentence-not-used = A gravação que você enviou agora não foi usada: a gravação desta frase precisa vir primeiro.
clone-sentence-rename-later = Você pode renomear a voz depois com `/voices rename`.
clone-sentence-voice-message-only = Este servidor só aceita uma **mensagem de voz** gravada no Discord para a sua frase, não um arquivo enviado. Segure o botão do microfone neste canal, leia a frase, envie e depois use o menu da mensagem → **Apps** → **Clone this voice**. Sua frase continua válida até { $time }.
clone-challenge-title = 🎙️ Leia esta frase em voz alta
clone-challenge-how-voice = Grave-a como **mensagem de voz** neste canal (segure o botão do microfone) e depois abra o menu da mensagem (clique com o botão direito ou toque e segure) → **Apps** → **Clone this voice**.
clone-challenge-how-file = Ou grave com qualquer app e use `/clone` de novo com a gravação como `sample`, sozinha (sem `sample2` ou `sample3`).
clone-challenge-description =
    Este servidor pede que você prove que a voz é sua. Leia isto com a sua própria voz:

    > **{ $sentence }**

    { $how }

    A frase vale uma vez e expira { $expires }.
clone-challenge-english-fallback = Ainda não há lista de palavras para o idioma que você escolheu, então a frase está em inglês.
clone-spoken-unavailable = A verificação de consentimento falado não está disponível.
clone-verify-verified = ✅ Verificado por { $recognizer }
clone-verify-recognizer = reconhecimento de fala
clone-verify-pending = ⏳ Verificado pela transcrição do Inworld quando a voz for criada (excluída se não bater)
clone-verify-sentence = Frase: “{ $sentence }”
clone-verify-score = Pontuação: { NUMBER($score, minimumFractionDigits: 2, maximumFractionDigits: 2) }
clone-verify-recording-voice-message = Gravação: uma mensagem de voz do Discord, SHA-256 `{ $sha }…`
clone-verify-recording-file = Gravação: um arquivo enviado, SHA-256 `{ $sha }…`

## Embeds
clone-field-language = Idioma
clone-language-auto = Outro / detecção automática
clone-field-samples = Amostras
clone-field-sample = Amostra { $index }
clone-field-notes = Observações
clone-field-note = Observação
clone-field-audio = Áudio
clone-field-next-step = Próximo passo
clone-field-spoken-consent = Consentimento falado
clone-field-voice-name = Nome da voz
clone-field-try = Tentativa
clone-field-noise-removal = Remoção de ruído
clone-field-tags = Tags
clone-field-description = Descrição
clone-field-consent = Consentimento ({ $when })
clone-sample-kept = { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } s mantidos
clone-sample-from = de { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } s
clone-sample-peak = pico { NUMBER($dbfs, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } dBFS
clone-sample-clipped = ⚠️ { NUMBER($percent, minimumFractionDigits: 1, maximumFractionDigits: 1) }% distorcido
clone-quality =
    Qualidade **{ $verdict }**: { NUMBER($speech, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } s de fala em { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } s, { $loudness }, SNR { NUMBER($snr, maximumFractionDigits: 0, useGrouping: 0) } dB, ruído { NUMBER($noise, maximumFractionDigits: 0, useGrouping: 0) } dBFS, { NUMBER($clipped, minimumFractionDigits: 2, maximumFractionDigits: 2) }% distorcido
clone-quality-lufs = { NUMBER($lufs, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } LUFS
clone-quality-no-lufs = - LUFS
clone-verdict-good = boa
clone-verdict-usable = utilizável
clone-verdict-poor = ruim
clone-tip-closer = Chegue mais perto do microfone (cerca de um palmo) ou fale mais alto.
clone-tip-longer = Grave de 10 a 15 s de fala variada e expressiva em um só idioma.
clone-tip-quiet-room = Desligue a música e a TV e grave em um lugar silencioso.
clone-tip-clipping = Diminua o ganho do microfone ou afaste-se um pouco: as partes mais altas estão distorcidas.
clone-result-failed-title = Voz não criada
clone-result-failed-description = O Inworld verificou as amostras, mas não criou uma voz. Veja os erros abaixo e tente de novo com uma gravação mais clara.
clone-result-title = Voz clonada: { $name }
clone-result-voice-id = **ID da voz**
clone-no-warnings = ✅ Nenhum aviso
clone-heard = Ouvido: “{ $text }”
clone-note-transcription-dropped = Sua transcrição não foi enviada: a gravação foi cortada nos melhores 15 s, então ela não corresponderia mais.
clone-note-length = Dica: 10 a 15 s de fala clara dão o melhor clone.
clone-result-footer = O áudio anexado é exatamente o que foi enviado ao Inworld.
clone-audio-too-large =
    { $count ->
        [one] { $count } amostra processada era grande demais para enviar aqui.
       *[other] { $count } amostras processadas eram grandes demais para enviar aqui.
    }
clone-consent-title = Confirme a clonagem da sua voz: { $name }
clone-consent-description =
    Sua gravação está pronta. Nada foi enviado ao Inworld ainda.

    Ao clicar em **Eu confirmo**, você declara:
    > { $statement }
clone-next-review = Um moderador vai analisar
clone-next-clone = A voz é clonada
clone-review-title = Solicitação de clonagem #{ $id }: { $name }
clone-review-requested = Solicitada por <@{ $user }> em <#{ $channel }>.
clone-on = ativada
clone-off = desativada
clone-not-yet = ainda não
clone-review-footer = O áudio anexado é exatamente o que seria enviado ao Inworld.
clone-audit-title = { $action }: solicitação #{ $id } ({ $name })
clone-audit-member = Membro
clone-audit-status = Status
clone-audit-by = Por
clone-audit-requested = Solicitada
clone-audit-consented = Consentida
clone-audit-approved = Aprovada
clone-audit-rejected = Rejeitada
clone-audit-expired = Expirada
clone-audit-cancelled = Cancelada
clone-audit-cloned = Clonada
clone-audit-failed = Falhou
clone-audit-deleted = Excluída
clone-audit-policy-changed = Configuração alterada
clone-audit-interrupted = Interrompida
clone-audit-reconciling = Em verificação
clone-audit-reconciled = Verificada
clone-audit-renamed = Renomeada
clone-audit-server-voice = Voz do servidor
clone-audit-previewed = Prévia
clone-audit-spoke = Falou
clone-audit-speech-stopped = Fala interrompida
clone-audit-erased = Dados apagados
clone-audit-challenge-issued = Frase emitida
clone-audit-verified = Verificado
clone-audit-verification-failed = Verificação falhou

## Results and notices
clone-headline-ready = <@{ $user }> sua voz **{ $name }** está pronta!
clone-headline-approved-ready = <@{ $user }> sua voz **{ $name }** foi aprovada por um moderador e clonada!
clone-headline-not-created = <@{ $user }> sua solicitação de clonagem **{ $name }** não deu certo: o Inworld não criou a voz.
clone-headline-approved-not-created = <@{ $user }> sua solicitação de clonagem **{ $name }** foi aprovada, mas não deu certo: o Inworld não criou a voz.
clone-headline-resumed = { $headline } (Ela foi retomada depois de uma reinicialização do bot.)
clone-headline-unknown = <@{ $user }> { $message }
clone-report-created-after-dm = { $headline } Enviei o ID da voz e o áudio por DM.
clone-report-created-no-dm = { $headline } Não consegui enviar uma DM para você: use `/voices list` aqui para ver o ID da voz (só você verá a resposta).
clone-report-failed-after-dm = { $headline } Enviei os detalhes por DM.
clone-relay-prefix = <@{ $user }> sua clonagem de voz **{ $name }**:
clone-relay-later-dm = ⏳ Isso está demorando (você está em uma fila). Vou enviar o resultado por DM.
clone-relay-later-channel = ⏳ Isso está demorando (você está em uma fila). Vou postar o resultado neste canal e mencionar você.
clone-stored-title = Voz { $name }
clone-stored-voice-id = ID da voz: `{ $voice }`
clone-stored-warnings = Amostra { $index }: avisos
clone-request-line = <@{ $user }> sua solicitação de clonagem **{ $name }**
clone-failed = { $request } falhou: { $reason }
clone-failed-approved = { $request } foi aprovada, mas a clonagem falhou: { $reason }
clone-notice-review-expired = { $request } expirou antes de um moderador analisá-la. Você pode enviá-la de novo.
clone-notice-interrupted = { $request } foi interrompida por uma reinicialização do bot. Envie-a de novo.
clone-notice-interrupted-cloning = { $request } foi interrompida por uma reinicialização do bot. A voz pode ter sido criada mesmo assim: confira sua lista de vozes antes de tentar de novo.
clone-already-handled = Essa solicitação de clonagem já está sendo processada.
clone-setting-not-changed = Essa configuração não foi alterada: { $error }
clone-no-review-channel = Este servidor exige a aprovação de um moderador para clonar vozes, mas ainda não há um canal de análise configurado. Peça a um moderador para usar `/clone-settings approval`.
clone-cancelled-while-processing = Esta solicitação foi cancelada enquanto era processada.
clone-audio-gone = O áudio desta solicitação não está mais armazenado. Envie-o de novo.
clone-spoken-delete-failed = { $refusal } A exclusão falhou por enquanto: o bot continua tentando até ela sumir, e ninguém pode usá-la enquanto isso.

## The moderators' review post
clone-review-approved-by = ✅ Aprovada por <@{ $moderator }>
clone-review-not-created = { $prefix }, mas o Inworld não criou nenhuma voz.
clone-review-created = { $prefix }. Voz criada: `{ $voice }`
clone-review-lost = { $prefix }; a resposta do Inworld se perdeu: o bot está verificando se a voz foi criada.
clone-review-failed = { $prefix }, mas a clonagem falhou: { $reason }
clone-review-spoken-deleted = ❌ A frase falada não correspondeu: a voz foi excluída.
clone-review-spoken-not-deleted = ❌ A frase falada não correspondeu: a voz ainda não foi excluída (o bot tenta de novo até ela sumir).
clone-review-expired = ⌛ Expirada: ninguém a analisou a tempo.

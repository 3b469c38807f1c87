# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).

## Detail labels: audit-field-<detail key with hyphens>
audit-field-status = Status
audit-field-requeued = Recolocado na fila
audit-field-samples = Amostras
audit-field-warnings = Avisos
audit-field-errors = Erros
audit-field-deleted = Excluída
audit-field-found-by = Encontrada por
audit-field-server-voice = Voz do servidor
audit-field-text-length = Tamanho do texto
audit-field-model-id = Modelo
audit-field-via = Via
audit-field-voices-deleted = Vozes excluídas
audit-field-requests-erased = Pedidos apagados
audit-field-challenge-id = Frase de leitura
audit-field-attempt = Tentativa
audit-field-fell-back = Frase alternativa
audit-field-expires-at = Expira
audit-field-mode = Modo
audit-field-recognizer = Reconhecimento de voz
audit-field-score = Pontuação
audit-field-offline-score = Pontuação offline
audit-field-voice-message = Mensagem de voz
audit-field-decision = Decisão
audit-field-characters = Caracteres
audit-field-utterances = Falas
audit-field-stopped = Interrompido por
audit-field-erased = Apagado
audit-field-name = Nome
audit-field-language = Idioma
audit-field-statement = Declaração
audit-field-reason = Motivo
audit-field-voice-id = ID da voz
audit-field-also-matched = Também correspondeu
audit-field-previous = Anterior
audit-field-sentence = Frase
audit-field-keywords = Palavras-chave
audit-field-heard = Ouvido
audit-field-offline-heard = Ouvido offline
audit-field-recording-sha256 = sha256 da gravação
audit-field-channel-id = Canal
audit-field-voice-owner-id = Dono da voz
audit-field-source = Origem
audit-field-extra-speech-seconds = Fala extra (segundos)

## Settings a policy change records
audit-field-allowed-role-ids = Cargos permitidos
audit-field-allowed-channel-ids = Canais permitidos
audit-field-blocked-user-ids = Membros bloqueados
audit-field-moderator-role-ids = Cargos de moderação
audit-field-cooldown-seconds = Tempo de espera (segundos)
audit-field-member-daily-quota = Pedidos por membro por dia
audit-field-guild-daily-quota = Pedidos por servidor por dia
audit-field-max-sample-seconds = Amostra mais longa (segundos)
audit-field-default-language = Idioma padrão
audit-field-remove-noise = Remoção de ruído
audit-field-approval-required = Aprovação obrigatória
audit-field-review-channel-id = Canal de revisão
audit-field-audit-channel-id = Canal de auditoria
audit-field-ephemeral = Respostas privadas
audit-field-consent-text = Declaração de consentimento
audit-field-preview-enabled = Prévias
audit-field-preview-text = Texto da prévia
audit-field-preview-open = Prévias para todos
audit-field-verification = Consentimento falado
audit-field-speech-enabled = Fala
audit-field-speech-role-ids = Cargos para fala
audit-field-speech-voice-channel-ids = Canais de voz para fala
audit-field-speech-text-channel-ids = Canais de texto para fala
audit-field-read-aloud-allowed = Leitura em voz alta
audit-field-speech-server-voices = Vozes do servidor para fala
audit-field-speech-member-daily-chars = Caracteres por membro por dia
audit-field-speech-guild-daily-chars = Caracteres por servidor por dia
audit-field-locale = Idioma do servidor

## A request's status: audit-status-<status>
audit-status-processing = Processando
audit-status-awaiting-consent = Aguardando consentimento
audit-status-pending-approval = Aguardando aprovação
audit-status-approved = Aprovado
audit-status-rejected = Recusado
audit-status-expired = Expirado
audit-status-cancelled = Cancelado
audit-status-cloning = Clonando
audit-status-reconciling = Conciliando
audit-status-done = Concluído
audit-status-failed = Falhou

## Known values: audit-value-<key>-<value>
audit-value-via-result = Resultado da clonagem
audit-value-via-command = Comando
audit-value-via-voice-channel = Canal de voz
audit-value-via-voice-message = Mensagem de voz
audit-value-source-say = `/say`
audit-value-source-message = Mensagem
audit-value-source-read-aloud = Leitura em voz alta
audit-value-mode-off = Desativado
audit-value-mode-on = Ativado
audit-value-mode-strict = Somente mensagens de voz
audit-value-decision-pending = Pendente
audit-value-decision-accepted = Aceito
audit-value-decision-verified = Verificado
audit-value-decision-mismatch = Não correspondeu
audit-value-decision-extra-speech = Fala extra
audit-value-decision-not-voice-message = Não é uma mensagem de voz
audit-value-decision-replayed = Gravação já usada
audit-value-decision-expired = Expirado
audit-value-decision-used = Já usado
audit-value-found-by-sweep = Conciliação periódica
audit-value-recognizer-pocketsphinx = PocketSphinx (offline)
audit-value-recognizer-inworld-transcription = Transcrição da Inworld
audit-value-stopped-skip = Pular
audit-value-stopped-stop = Parar
audit-value-stopped-leave = Sair
audit-value-stopped-erasure = Exclusão de dados

## Yes and no (English keeps the stored spelling)
audit-yes = Sim
audit-no = Não

## An edit of a list setting
audit-list-add = { $item } adicionado
audit-list-remove = { $item } removido
audit-list-clear = Esvaziado

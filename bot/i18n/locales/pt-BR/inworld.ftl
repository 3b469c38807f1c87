# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# The voice service's failures as a member reads them (bot/inworld/errors.py).
inworld-error = O serviço de voz retornou um erro. Tente novamente mais tarde.
inworld-invalid-argument = A Inworld recusou o pedido por ser inválido.
inworld-invalid-argument-detail = A Inworld recusou o pedido: { $detail }
inworld-permission-denied = A chave de API da Inworld do bot não tem permissão para criar vozes (provavelmente é uma chave somente leitura). Um administrador do bot precisa configurar uma chave de leitura e escrita.
inworld-unauthenticated = A chave de API da Inworld do bot foi recusada. Um administrador do bot precisa verificar INWORLD_API_KEY.
inworld-not-found = A Inworld não encontrou essa voz ou esse endpoint.
inworld-rate-limited = O limite de clonagem de voz da Inworld foi atingido. Tente novamente em um minuto.
inworld-unavailable = O serviço de voz da Inworld está indisponível no momento. Tente novamente mais tarde.
inworld-timeout = O serviço de voz da Inworld não respondeu a tempo. Tente novamente mais tarde (confira antes sua lista de vozes: o clone pode ter sido criado mesmo assim).
inworld-connection-failed = O bot não conseguiu se conectar ao serviço de voz da Inworld. Tente novamente mais tarde.
inworld-bad-response = O serviço de voz da Inworld enviou uma resposta inesperada. Tente novamente mais tarde.

# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# The voice service's failures as a member reads them (bot/inworld/errors.py).
inworld-error = 음성 서비스가 오류를 반환했습니다. 나중에 다시 시도해 주세요.
inworld-invalid-argument = Inworld가 요청을 올바르지 않은 요청으로 거부했습니다.
inworld-invalid-argument-detail = Inworld가 요청을 거부했습니다: { $detail }
inworld-permission-denied = 이 봇의 Inworld API 키에는 음성을 만들 권한이 없습니다(읽기 전용 키일 가능성이 높습니다). 봇 관리자가 읽기/쓰기 키를 설정해야 합니다.
inworld-unauthenticated = 이 봇의 Inworld API 키가 거부되었습니다. 봇 관리자가 INWORLD_API_KEY를 확인해야 합니다.
inworld-not-found = Inworld에서 해당 음성이나 엔드포인트를 찾을 수 없습니다.
inworld-rate-limited = Inworld의 음성 클론 사용량 제한에 도달했습니다. 1분 후에 다시 시도해 주세요.
inworld-unavailable = 지금은 Inworld 음성 서비스를 사용할 수 없습니다. 나중에 다시 시도해 주세요.
inworld-timeout = Inworld 음성 서비스가 제시간에 응답하지 않았습니다. 나중에 다시 시도해 주세요(먼저 음성 목록을 확인하세요. 클론이 이미 만들어졌을 수 있습니다).
inworld-connection-failed = 봇이 Inworld 음성 서비스에 연결할 수 없습니다. 나중에 다시 시도해 주세요.
inworld-bad-response = Inworld 음성 서비스가 예상치 못한 응답을 보냈습니다. 나중에 다시 시도해 주세요.

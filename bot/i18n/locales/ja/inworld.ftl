# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# The voice service's failures as a member reads them (bot/inworld/errors.py).
inworld-error = 音声サービスがエラーを返しました。しばらくしてからもう一度お試しください。
inworld-invalid-argument = Inworldがリクエストを無効として拒否しました。
inworld-invalid-argument-detail = Inworldがリクエストを拒否しました: { $detail }
inworld-permission-denied = このボットのInworld APIキーには音声を作成する権限がありません（読み取り専用キーの可能性があります）。ボットの管理者が読み書き可能なキーを設定する必要があります。
inworld-unauthenticated = このボットのInworld APIキーが拒否されました。ボットの管理者がINWORLD_API_KEYを確認する必要があります。
inworld-not-found = Inworldでその音声またはエンドポイントが見つかりませんでした。
inworld-rate-limited = Inworldの音声クローンのレート制限に達しました。1分ほどしてからもう一度お試しください。
inworld-unavailable = 現在、Inworldの音声サービスを利用できません。しばらくしてからもう一度お試しください。
inworld-timeout = Inworldの音声サービスが時間内に応答しませんでした。しばらくしてからもう一度お試しください（先に音声リストを確認してください。クローンが作成されている可能性があります）。
inworld-connection-failed = ボットがInworldの音声サービスに接続できませんでした。しばらくしてからもう一度お試しください。
inworld-bad-response = Inworldの音声サービスから予期しない応答がありました。しばらくしてからもう一度お試しください。

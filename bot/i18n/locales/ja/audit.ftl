# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).

## Detail labels: audit-field-<detail key with hyphens>
audit-field-status = 状態
audit-field-requeued = 再キュー
audit-field-samples = サンプル
audit-field-warnings = 警告
audit-field-errors = エラー
audit-field-deleted = 削除済み
audit-field-found-by = 検出方法
audit-field-server-voice = サーバーの声
audit-field-text-length = テキストの長さ
audit-field-model-id = モデル
audit-field-via = 経由
audit-field-voices-deleted = 削除した声
audit-field-requests-erased = 消去したリクエスト
audit-field-challenge-id = 読み上げ文
audit-field-attempt = 試行回数
audit-field-fell-back = 代替の読み上げ文
audit-field-expires-at = 有効期限
audit-field-mode = モード
audit-field-recognizer = 音声認識
audit-field-score = スコア
audit-field-offline-score = オフラインのスコア
audit-field-voice-message = ボイスメッセージ
audit-field-decision = 判定
audit-field-characters = 文字数
audit-field-utterances = 発話数
audit-field-stopped = 停止の理由
audit-field-erased = 消去済み
audit-field-name = 名前
audit-field-language = 言語
audit-field-statement = 同意文
audit-field-reason = 理由
audit-field-voice-id = 声の ID
audit-field-also-matched = 他の一致
audit-field-previous = 以前
audit-field-sentence = 読み上げ文の内容
audit-field-keywords = キーワード
audit-field-heard = 聞き取った内容
audit-field-offline-heard = オフラインで聞き取った内容
audit-field-recording-sha256 = 録音の sha256
audit-field-channel-id = チャンネル
audit-field-voice-owner-id = 声の持ち主
audit-field-source = 発話元
audit-field-extra-speech-seconds = 余分な発話（秒）

## Settings a policy change records
audit-field-allowed-role-ids = 許可するロール
audit-field-allowed-channel-ids = 許可するチャンネル
audit-field-blocked-user-ids = ブロックしたメンバー
audit-field-moderator-role-ids = モデレーターのロール
audit-field-cooldown-seconds = クールダウン（秒）
audit-field-member-daily-quota = メンバーごとの 1 日のリクエスト数
audit-field-guild-daily-quota = サーバーごとの 1 日のリクエスト数
audit-field-max-sample-seconds = サンプルの最大長（秒）
audit-field-default-language = 既定の言語
audit-field-remove-noise = ノイズ除去
audit-field-approval-required = 承認が必要
audit-field-review-channel-id = 審査チャンネル
audit-field-audit-channel-id = 監査ログチャンネル
audit-field-ephemeral = 非公開の返信
audit-field-consent-text = 同意文
audit-field-preview-enabled = プレビュー
audit-field-preview-text = プレビューのテキスト
audit-field-preview-open = 全員にプレビューを許可
audit-field-verification = 読み上げによる同意
audit-field-speech-enabled = 読み上げ
audit-field-speech-role-ids = 読み上げのロール
audit-field-speech-voice-channel-ids = 読み上げのボイスチャンネル
audit-field-speech-text-channel-ids = 読み上げのテキストチャンネル
audit-field-read-aloud-allowed = メッセージの読み上げ
audit-field-speech-server-voices = 読み上げでのサーバーの声
audit-field-speech-member-daily-chars = メンバーごとの 1 日の文字数
audit-field-speech-guild-daily-chars = サーバーごとの 1 日の文字数
audit-field-locale = サーバーの言語

## A request's status: audit-status-<status>
audit-status-processing = 処理中
audit-status-awaiting-consent = 同意待ち
audit-status-pending-approval = 承認待ち
audit-status-approved = 承認済み
audit-status-rejected = 却下
audit-status-expired = 期限切れ
audit-status-cancelled = キャンセル済み
audit-status-cloning = クローン中
audit-status-reconciling = 照合中
audit-status-done = 完了
audit-status-failed = 失敗

## Known values: audit-value-<key>-<value>
audit-value-via-result = クローン結果
audit-value-via-command = コマンド
audit-value-via-voice-channel = ボイスチャンネル
audit-value-via-voice-message = ボイスメッセージ
audit-value-source-say = `/say`
audit-value-source-message = メッセージ
audit-value-source-read-aloud = メッセージの読み上げ
audit-value-mode-off = オフ
audit-value-mode-on = オン
audit-value-mode-strict = ボイスメッセージのみ
audit-value-decision-pending = 保留中
audit-value-decision-accepted = 受理
audit-value-decision-verified = 確認済み
audit-value-decision-mismatch = 一致せず
audit-value-decision-extra-speech = 余分な発話
audit-value-decision-not-voice-message = ボイスメッセージではない
audit-value-decision-replayed = 使用済みの録音
audit-value-decision-expired = 期限切れ
audit-value-decision-used = 使用済み
audit-value-found-by-sweep = 定期照合
audit-value-recognizer-pocketsphinx = PocketSphinx（オフライン）
audit-value-recognizer-inworld-transcription = Inworld の文字起こし
audit-value-stopped-skip = スキップ
audit-value-stopped-stop = 停止
audit-value-stopped-leave = 退出
audit-value-stopped-erasure = データ消去

## Yes and no (English keeps the stored spelling)
audit-yes = はい
audit-no = いいえ

## An edit of a list setting
audit-list-add = { $item } を追加
audit-list-remove = { $item } を削除
audit-list-clear = クリア

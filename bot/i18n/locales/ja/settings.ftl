# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# /clone-settings and the policy rules (bot/policy.py, cogs/clone_settings.py).

## Durations and times (variables of other messages)

settings-duration-hours-minutes = { $hours }時間{ $minutes }分
settings-duration-hours = { $hours }時間
settings-duration-minutes-seconds = { $minutes }分{ $seconds }秒
settings-duration-minutes = { $minutes }分
settings-duration-seconds = { $seconds }秒
settings-when-in = { $duration }後
settings-when-at = UTC { $time }
settings-when-tomorrow-at = 明日のUTC { $time }

## The default consent statement

settings-consent-default = 私は、これらの録音の声が私自身のものであること、または声の持ち主からクローンの明確な許可を得ていることを確認します。また、クローンした声を使って他人を欺いたり、なりすましたり、傷つけたりしないことを約束します。

## Policy refusals

settings-refusal-blocked = このサーバーでは、あなたは音声をクローンできません。
settings-refusal-channel = このチャンネルでは音声クローンを利用できません。{ $channels } をご利用ください。
settings-refusal-role = 音声をクローンするには、次のいずれかのロールが必要です: { $roles }
settings-refusal-open-request = 進行中のクローンリクエスト（#{ $request }）があります。完了するまでお待ちください。
settings-refusal-cooldown = クールダウン中です。次のリクエストまで { $wait } お待ちください。
settings-refusal-member-quota = 24時間あたりのクローンリクエストの上限（{ $count }件）に達しました。明日もう一度お試しください。
settings-refusal-guild-quota = このサーバーは24時間あたりのクローンリクエストの上限（{ $count }件）に達しました。明日もう一度お試しください。

## Limits on uses in a rolling window

settings-limit-once = { $window ->
        [hour] 少し前に
       *[other] 最近
    }{ $done }ばかりです{ $note }。{ $when }にもう一度お試しください。
settings-limit-used = { $per ->
        [member] あなたは
       *[server] このサーバーは
    }{ $period }の{ $noun }の上限（{ $count }回）を使い切りました{ $note }。次は{ $when }に利用できます。
settings-limit-note = （{ $note }）
settings-period-hour = この1時間
settings-period-day = 今日
settings-period-last = 直近{ $duration }
settings-opened-noun = { $count ->
       *[other] クローンリクエスト
    }
settings-opened-done = クローンリクエストを作成した
settings-opened-note = 確定したかどうかにかかわらず、作成したリクエストはすべてカウントされます

## /clone-settings replies (cogs/clone_settings.py)

settings-needs-manage-server = これらの設定を変更できるのは **サーバー管理** 権限を持つメンバーだけです。何も変更されていません。
settings-needs-moderator = これらの設定を表示できるのは、このサーバーのモデレーターだけです。
settings-choose-item = 追加または削除する項目を選んでください。
settings-choose-review-channel = 承認をオンにするときは、審査チャンネルを選んでください。
settings-one-list-edit = リストの変更は一度に1つずつ行ってください（追加、削除、またはクリア）。何も変更されていません。
settings-chars-set-or-reset = 1日あたりの文字数は、設定するかリセットするかのどちらかにしてください。何も変更されていません。
settings-nothing-to-change = 変更はありません。現在の設定:
settings-updated = ✅ 設定を更新しました。

## The settings embeds: words shown as values

settings-on = オン
settings-off = オフ
settings-yes = はい
settings-no = いいえ
settings-none = なし
settings-unlimited = 無制限
settings-not-set = 未設定
settings-any = すべて
settings-any-channel = すべてのチャンネル
settings-everyone = 全員
settings-every-member = すべてのメンバー
settings-nobody = なし
settings-manage-server-only = サーバー管理権限のみ
settings-requests-per-day = { $count }件 / 24時間
settings-chars-per-day = { $count }文字 / 24時間
settings-bot-default = { $value }（ボットの既定値）
settings-language-auto = その他 / 自動検出

## The speech settings

settings-speech-title = 読み上げの設定
settings-read-aloud-unavailable = このボットでは利用できません（READ_ALOUD_ENABLED がオフ）
settings-read-aloud-allowed = 許可
settings-read-aloud-not-allowed = 不許可
settings-speak-with-all = 自分の声とサーバーの声
settings-speak-with-own = 自分の声のみ
settings-speech-lines =
    読み上げ: { $speaking }
    対象: { $roles }（モデレーターは常に可）
    ボイスチャンネル: { $voice_channels }
    テキストチャンネル: { $text_channels }
    メンバーが使える声: { $voices }
    自動読み上げ: { $read_aloud }
    メンバーごと: { $member }
    サーバー全体: { $server }

## The settings (/clone-settings show)

settings-title = 音声クローンの設定
settings-who-title = 対象と場所
settings-who-lines =
    ロール: { $roles }
    チャンネル: { $channels }
    ブロック中: { $blocked }
    モデレーターロール: { $moderators }
settings-limits-title = 制限
settings-limits-lines =
    メンバーごとのクールダウン: { $cooldown }
    メンバーごと: { $member }
    サーバー全体: { $server }
    保存するサンプルの長さ: 最大{ $sample }秒
settings-defaults-title = 既定値
settings-defaults-lines =
    言語: { $language }
    ノイズ除去: { $noise }
    返信: { $replies }
    サーバーの言語: { $server_language }
settings-replies-private = 本人のみに表示
settings-replies-public = 公開
settings-server-language-chosen = { $language }
settings-server-language-discord = Discordのサーバー言語（{ $language }）
settings-review-title = 審査と監査
settings-review-lines =
    承認が必要: { $approval }
    審査チャンネル: { $review }
    監査チャンネル: { $audit }
settings-previews-title = 音声プレビュー
settings-previews-lines =
    クローン結果に含める: { $enabled }
    声をプレビューできる人: { $who }
    文: { $sentence }
settings-previews-anyone = すべてのメンバー
settings-previews-owner = 声の持ち主（サーバーの声は全員）
settings-previews-default-sentence = 声の言語の既定の文
settings-verification-title = 音声による同意
settings-verification-off = オフ: 同意ボタンのみ
settings-verification-on = オン: メンバーが新しい文を声に出して読みます（ボイスメッセージまたはファイル）
settings-verification-strict = 厳格: メンバーが新しい文をDiscordのボイスメッセージで読みます
settings-speaking-title = クローンした声で話す
settings-consent-title = 同意文

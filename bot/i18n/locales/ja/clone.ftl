# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).

## Progress
clone-stage-downloading = 📥 ダウンロード中
clone-stage-processing = 🎛️ 音声を処理中
clone-stage-waiting = ⏳ 空きを待っています
clone-stage-cloning = 🧬 Inworld で声をクローン中
clone-progress = { $stage }…
clone-progress-detail = { $stage }（{ $detail }）…
clone-detail-files = { $count } 件のファイル
clone-detail-queue = 待ち順 { $position } 番目
clone-detail-checking-sentence = 読み上げた文を確認しています
clone-detail-busy = Inworld が混み合っています。{ $seconds } 秒後に再試行します

## Options
clone-tags-too-many = タグは { $max } 個までにしてください。
clone-name-missing = 声の名前を入力してください。
clone-name-too-long = 声の名前は { $max } 文字以内にしてください。
clone-sample-refused = サンプル { $index }（`{ $file }`）: { $reason }
clone-default-voice-name = { $member }の声
clone-default-voice-name-unnamed = 私の声

## The command and its buttons
clone-consent-confirm = 確認しました
clone-consent-cancel = キャンセル
clone-menu-not-yours = 声をクローンできるのは自分のメッセージだけです。使用許可のある録音をクローンするには、/clone でアップロードしてください。
clone-menu-no-audio = そのメッセージにはボイスメッセージも音声ファイルもありません。
clone-modal-title = この声をクローン
clone-modal-name = 新しい声の名前
clone-cancelled = キャンセルしました。Inworld には何も送信していません。
clone-sent-for-review = 📨 ありがとうございます！リクエストをモデレーターに送り、承認を待っています。結果はこのチャンネルでお知らせします。
clone-failure-bug = ボット側で問題が発生しました。（参照 `{ $ref }`）
clone-final-failed-interaction = ❌ Inworld は声を作成しませんでした。詳細は下記をご覧ください。
clone-final-failed-channel = ❌ Inworld は声を作成しませんでした。詳細はこのチャンネルに投稿しました。
clone-final-failed-dm = ❌ Inworld は声を作成しませんでした。詳細を DM で送りました。
clone-final-failed-elsewhere = ❌ Inworld は声を作成しませんでした。
clone-final-created-interaction = ✅ 声 **{ $name }** を作成しました。
clone-final-created-channel = ✅ 声 **{ $name }** を作成しました。結果はこのチャンネルに投稿しました。
clone-final-created-dm = ✅ 声 **{ $name }** を作成しました。結果を DM で送りました。
clone-final-created-elsewhere = ✅ 声 **{ $name }** を作成しました。ID は `/voices` で確認できます。

## Spoken consent
clone-refusal-title = ❌ その録音は受け付けられませんでした
clone-refusal-new-sentence = 下の**新しい**文を読み上げて、その録音を送ってください。
clone-refusal-retry-in = 現在は試行回数が残っていません。{ $duration } 後にもう一度お試しください。
clone-sentence-expired = ⌛ 前回の文は、録音が届く前に期限切れになりました。
clone-sentence-not-used = 今回の録音は使用していません。最初にこの文の録音が必要です。
clone-sentence-rename-later = 声の名前は後で `/voices rename` で変更できます。
clone-sentence-voice-message-only = このサーバーでは、文の録音として Discord で録音した**ボイスメッセージ**のみ受け付けます（アップロードしたファイルは不可）。このチャンネルでマイクボタンを長押しして文を読み上げて送信し、そのメッセージのメニュー → **アプリ** → **Clone this voice** を使ってください。文は { $time } まで有効です。
clone-challenge-title = 🎙️ この文を読み上げてください
clone-challenge-how-voice = このチャンネルで**ボイスメッセージ**として録音し（マイクボタンを長押し）、メッセージのメニュー（右クリックまたは長押し）→ **アプリ** → **Clone this voice** を開いてください。
clone-challenge-how-file = または、任意のアプリで録音し、その録音を `sample` に指定して `/clone` をもう一度実行してください（`sample2` や `sample3` は付けずに）。
clone-challenge-description =
    このサーバーでは、声があなた自身のものであることの証明が必要です。次の文をご自身の声で読み上げてください:

    > **{ $sentence }**

    { $how }

    この文は一度だけ使え、{ $expires }に期限切れになります。
clone-challenge-english-fallback = 選択した言語の単語リストがまだないため、文は英語になっています。
clone-spoken-unavailable = 音声による同意の確認は利用できません。
clone-verify-verified = ✅ { $recognizer } で確認済み
clone-verify-recognizer = 音声認識
clone-verify-pending = ⏳ 声の作成後に Inworld の文字起こしで確認します（一致しなければ削除）
clone-verify-sentence = 文: 「{ $sentence }」
clone-verify-score = スコア: { NUMBER($score, minimumFractionDigits: 2, maximumFractionDigits: 2) }
clone-verify-recording-voice-message = 録音: Discord のボイスメッセージ、SHA-256 `{ $sha }…`
clone-verify-recording-file = 録音: アップロードされたファイル、SHA-256 `{ $sha }…`

## Embeds
clone-field-language = 言語
clone-language-auto = その他 / 自動検出
clone-field-samples = サンプル
clone-field-sample = サンプル { $index }
clone-field-notes = メモ
clone-field-note = メモ
clone-field-audio = 音声
clone-field-next-step = 次のステップ
clone-field-spoken-consent = 音声による同意
clone-field-voice-name = 声の名前
clone-field-try = 試行
clone-field-noise-removal = ノイズ除去
clone-field-tags = タグ
clone-field-description = 説明
clone-field-consent = 同意（{ $when }）
clone-sample-kept = { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } 秒を使用
clone-sample-from = 元は { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } 秒
clone-sample-peak = ピーク { NUMBER($dbfs, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } dBFS
clone-sample-clipped = ⚠️ { NUMBER($percent, minimumFractionDigits: 1, maximumFractionDigits: 1) }% が音割れ
clone-quality =
    品質 **{ $verdict }**: 音声 { NUMBER($speech, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } 秒 / 全体 { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } 秒、{ $loudness }、SNR { NUMBER($snr, maximumFractionDigits: 0, useGrouping: 0) } dB、ノイズ { NUMBER($noise, maximumFractionDigits: 0, useGrouping: 0) } dBFS、音割れ { NUMBER($clipped, minimumFractionDigits: 2, maximumFractionDigits: 2) }%
clone-quality-lufs = { NUMBER($lufs, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } LUFS
clone-quality-no-lufs = - LUFS
clone-verdict-good = 良好
clone-verdict-usable = 使用可
clone-verdict-poor = 不十分
clone-tip-closer = マイクに近づく（手のひら1つ分くらい）か、もう少し大きな声で話してください。
clone-tip-longer = 1つの言語で、変化に富んだ表情豊かな話し声を 10〜15 秒録音してください。
clone-tip-quiet-room = 音楽やテレビを消して、静かな部屋で録音してください。
clone-tip-clipping = マイクのゲインを下げるか、少し離れてください。大きな部分が音割れしています。
clone-result-failed-title = 声は作成されませんでした
clone-result-failed-description = Inworld はサンプルを確認しましたが、声を作成しませんでした。下のエラーを確認し、よりクリアな録音でもう一度お試しください。
clone-result-title = 声をクローンしました: { $name }
clone-result-voice-id = **声の ID**
clone-no-warnings = ✅ 警告なし
clone-heard = 聞き取り: 「{ $text }」
clone-note-transcription-dropped = 録音を最適な 15 秒に切り詰めたため内容が一致しなくなるので、文字起こしは送信していません。
clone-note-length = ヒント: 10〜15 秒のクリアな話し声が最もよいクローンになります。
clone-result-footer = 添付の音声は Inworld に送信したものそのままです。
clone-audio-too-large = 処理済みサンプル { $count } 件は、ここにアップロードするには大きすぎました。
clone-consent-title = 声のクローンの確認: { $name }
clone-consent-description =
    録音の準備ができました。まだ Inworld には何も送信していません。

    {"**"}確認しました** を押すと、次の内容を表明したことになります:
    > { $statement }
clone-next-review = モデレーターが確認します
clone-next-clone = 声をクローンします
clone-review-title = クローンリクエスト #{ $id }: { $name }
clone-review-requested = <#{ $channel }> で <@{ $user }> がリクエストしました。
clone-on = オン
clone-off = オフ
clone-not-yet = まだ
clone-review-footer = 添付の音声は Inworld に送信される予定のものそのままです。
clone-audit-title = { $action }: リクエスト #{ $id }（{ $name }）
clone-audit-member = メンバー
clone-audit-status = 状態
clone-audit-by = 実行者
clone-audit-requested = リクエスト
clone-audit-consented = 同意
clone-audit-approved = 承認
clone-audit-rejected = 却下
clone-audit-expired = 期限切れ
clone-audit-cancelled = キャンセル
clone-audit-cloned = クローン完了
clone-audit-failed = 失敗
clone-audit-deleted = 削除
clone-audit-policy-changed = 設定変更
clone-audit-interrupted = 中断
clone-audit-reconciling = 照合中
clone-audit-reconciled = 照合済み
clone-audit-renamed = 名前変更
clone-audit-server-voice = サーバーの声
clone-audit-previewed = プレビュー
clone-audit-spoke = 発話
clone-audit-speech-stopped = 発話停止
clone-audit-erased = データ消去
clone-audit-challenge-issued = 読み上げ文を発行
clone-audit-verified = 確認済み
clone-audit-verification-failed = 確認失敗

## Results and notices
clone-headline-ready = <@{ $user }> あなたの声 **{ $name }** の準備ができました！
clone-headline-approved-ready = <@{ $user }> あなたの声 **{ $name }** はモデレーターに承認され、クローンされました！
clone-headline-not-created = <@{ $user }> 声のクローンリクエスト **{ $name }** は成功しませんでした。Inworld は声を作成しませんでした。
clone-headline-approved-not-created = <@{ $user }> 声のクローンリクエスト **{ $name }** は承認されましたが、成功しませんでした。Inworld は声を作成しませんでした。
clone-headline-resumed = { $headline }（ボットの再起動後に再開しました。）
clone-headline-unknown = <@{ $user }> { $message }
clone-report-created-after-dm = { $headline } 声の ID と音声を DM で送りました。
clone-report-created-no-dm = { $headline } DM を送れませんでした。ここで `/voices list` を実行すると声の ID を確認できます（回答はあなたにだけ表示されます）。
clone-report-failed-after-dm = { $headline } 詳細を DM で送りました。
clone-relay-prefix = <@{ $user }> 声のクローン **{ $name }**:
clone-relay-later-dm = ⏳ 時間がかかっています（順番待ちです）。結果は DM でお送りします。
clone-relay-later-channel = ⏳ 時間がかかっています（順番待ちです）。結果はこのチャンネルにメンション付きで投稿します。
clone-stored-title = 声 { $name }
clone-stored-voice-id = 声の ID: `{ $voice }`
clone-stored-warnings = サンプル { $index }: 警告
clone-request-line = <@{ $user }> 声のクローンリクエスト **{ $name }**
clone-failed = { $request } は失敗しました: { $reason }
clone-failed-approved = { $request } は承認されましたが、クローンに失敗しました: { $reason }
clone-notice-review-expired = { $request } は、モデレーターが確認する前に期限切れになりました。もう一度送信できます。
clone-notice-interrupted = { $request } はボットの再起動で中断されました。もう一度送信してください。
clone-notice-interrupted-cloning = { $request } はボットの再起動で中断されました。声が作成されている可能性があります。再試行する前に声の一覧を確認してください。
clone-already-handled = そのクローンリクエストはすでに処理中です。
clone-setting-not-changed = その設定は変更されませんでした: { $error }
clone-no-review-channel = このサーバーでは声のクローンにモデレーターの承認が必要ですが、確認用チャンネルがまだ設定されていません。モデレーターに `/clone-settings approval` の実行を依頼してください。
clone-cancelled-while-processing = このリクエストは処理中にキャンセルされました。
clone-audio-gone = このリクエストの音声はもう保存されていません。もう一度送信してください。
clone-spoken-delete-failed = { $refusal } 現在は削除に失敗しています。ボットは削除できるまで再試行を続け、その間は誰もこの声を使えません。

## The moderators' review post
clone-review-approved-by = ✅ <@{ $moderator }> が承認
clone-review-not-created = { $prefix }。しかし Inworld は声を作成しませんでした。
clone-review-created = { $prefix }。声を作成しました: `{ $voice }`
clone-review-lost = { $prefix }。Inworld の応答が失われたため、ボットが声が作成されたか確認しています。
clone-review-failed = { $prefix }。しかしクローンに失敗しました: { $reason }
clone-review-spoken-deleted = ❌ 読み上げた文が一致しませんでした。声は削除しました。
clone-review-spoken-not-deleted = ❌ 読み上げた文が一致しませんでした。声はまだ削除されていません（削除できるまでボットが再試行します）。
clone-review-expired = ⌛ 期限切れ: 時間内に誰も確認しませんでした。

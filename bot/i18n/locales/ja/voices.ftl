# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# /voices: the server's voice library, previews, erasure (bot/voices, cogs/voices.py).

## Refusals (bot/voices/access.py, library.py, previews.py)
voices-not-here = そのIDのボイスはこのサーバーで作成されていません（または既に削除されています）。
voices-not-yours-delete = 削除できるのは自分で作成したボイスだけです（モデレーターはこのサーバーのすべてのボイスを削除できます）。
voices-not-yours-rename = 名前を変更できるのは自分で作成したボイスだけです（モデレーターはこのサーバーのすべてのボイスを変更できます）。
voices-moderators-only-server-voice = ボイスをサーバーボイスにできるのは、このサーバーのモデレーターだけです。
voices-moderators-only-erase = 他のメンバーのデータを消去できるのは、このサーバーのモデレーターだけです。
voices-preview-private = このボイスを試聴できるのは所有者だけです。サーバーボイスではなく、このサーバーではメンバーが試聴できるのは自分のボイスとサーバーボイスだけです。
voices-info-private = そのボイスは作成したメンバー専用です（サーバーボイスではありません）。
voices-erase-still-open = 処理中のクローンリクエストがあります。キャンセルするか、完了（または期限切れ）を待ってからデータを消去してください。
voices-rename-empty = 新しい名前を空にすることはできません。
voices-rename-too-long = 新しい名前が長すぎます（最大 { $max } 文字）。
voices-gone-on-inworld = そのボイスはInworldに存在しなくなったため、ここでも削除済みにしました。
voices-deleted-meanwhile = そのボイスは処理中に削除されました。
voices-preview-queue-full = 試聴の待ちが多すぎます（{ $waiting } 件）。何もキューに追加されていません。約 { $wait } 後にもう一度お試しください。
voices-preview-queue-full-server = このサーバーからの試聴の待ちが多すぎます（{ $waiting } 件）。何もキューに追加されていません。約 { $wait } 後にもう一度お試しください。
voices-preview-too-long = 試聴用のテキストが長すぎます：{ $length } 文字（上限は { $max } 文字）。
voices-preview-cooldown = 先ほどボイスを試聴したばかりです。{ $wait } 後にもう一度お試しください。

## The spoken preview in a clone result (bot/voices/result.py)
voices-result-preview = 🔊 試聴
voices-result-preview-failed = ⚠️ 試聴音声の作成に失敗しました：{ $why }
voices-result-preview-later = ボイスの準備はできています。あとで `/voices preview` をお試しください。
voices-result-why-restarting = ボットが再起動中です
voices-result-why-timeout = 音声合成サービスが時間内に応答しませんでした
voices-result-why-unexpected = 予期しないエラー（{ $error }）
voices-result-preview-too-large = 試聴音声が大きすぎて、ここにアップロードできませんでした。
voices-result-preview-attached = 添付：`{ $filename }`、「{ $text }」

## Embeds and buttons (bot/voices/ui.py)
voices-line-server = 🌐 サーバーボイス
voices-line-private = 非公開
voices-line = { $language } · 所有者 <@{ $user_id }> · 作成日 { $created } · { $sharing }
voices-page-title-server = このサーバーのボイス
voices-page-title-mine = あなたのボイスとサーバーボイス
voices-page-empty = ボイスはまだありません。`/clone` で作成できます。
voices-page-status = { $page }/{ $pages } ページ · ボイス { $total } 件
voices-page-footer = /voices info · preview · rename · delete
voices-info-title = ボイス：{ $name }
voices-info-voice-id = ボイスID
voices-info-language = 言語
voices-info-owner = 所有者
voices-info-created = 作成日
voices-info-server-voice = サーバーボイス
voices-info-server-voice-yes = はい（すべてのメンバーが試聴できます）
voices-info-server-voice-no = いいえ
voices-pager-not-yours = ❌ これらのボタンは /voices list を実行したメンバー専用です。
voices-pager-previous = ◀ 前へ
voices-pager-next = 次へ ▶
voices-confirm-not-yours = ❌ 確認できるのは依頼したメンバーだけです。
voices-confirm = 確認
voices-cancel = キャンセル
voices-cancelled = キャンセルしました。何も変更されていません。

## Replies (cogs/voices.py)
voices-preview-says = 🔊 **{ $name }**（`{ $voice_id }`）の声：「{ $text }」
voices-renamed = ✏️ ボイス `{ $voice_id }` の名前を **{ $name }** に変更しました（Inworldでも変更済み）。
voices-delete-ask = ⚠️ **{ $name }**（`{ $voice_id }`）をInworldから削除しますか？元に戻すことはできません。
voices-delete-button = 削除
voices-deleted = 🗑️ ボイス **{ $name }**（`{ $voice_id }`）をInworldから削除しました。
voices-shared = 🌐 **{ $name }**（`{ $voice_id }`）をサーバーボイスにしました。
voices-unshared = 🌐 **{ $name }**（`{ $voice_id }`）はサーバーボイスではなくなりました。
voices-skipped = ⏭️ スキップしました。
voices-nothing-said = 今は何も話していません。
voices-stopped = ⏹️ 停止しました。キューにあった { $dropped } 件のテキストを破棄しました。
voices-left = 👋 ボイスチャンネルから退出しました。
voices-not-in-channel = ボイスチャンネルに参加していません。
voices-read-aloud-off = 🔇 読み上げをオフにしました。
voices-read-aloud-on = 🔊 読み上げをオンにしました。あなたと同じボイスチャンネルにいる間、そのチャットに入力した内容を **{ $name }** で読み上げます。`/voices read-aloud off` で停止できます。
voices-erase-ask-own = ⚠️ このサーバーでのあなたのデータを消去しますか？Inworldからボイス { $voices } 件を削除し、保存されたリクエスト { $requests } 件（音声、名前、テキスト）を消去します。監査イベントは個人的な内容を除いて残ります。元に戻すことはできません。
voices-erase-ask-member = ⚠️ このサーバーでの <@{ $member_id }> のデータを消去しますか？Inworldからボイス { $voices } 件を削除し、保存されたリクエスト { $requests } 件（音声、名前、テキスト）を消去します。監査イベントは個人的な内容を除いて残ります。元に戻すことはできません。
voices-erase-button = すべて消去
voices-erased = 🧹 完了：Inworldからボイス { $voices } 件を削除し、保存されたリクエスト { $requests } 件を消去しました。

## What a limit refusal names (bot/voices/limits.py, through settings-limit-*)
voices-renames-noun = { $count ->
       *[other] 名前の変更
    }
voices-renames-done = ボイスの名前を変更した
voices-previews-noun = { $count ->
       *[other] 試聴
    }
voices-previews-done = ボイスを試聴した

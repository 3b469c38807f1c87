# Machine-drafted translation: to be reviewed by a native speaker (see README, Translations).
# Command, group, option and choice names and descriptions (bot/i18n/translator.py).
# A command's value is its name (lowercase, no spaces, 1-32 characters, unique among its
# siblings), .description its description (1-100 characters); context menus (menu-*) may
# have spaces and capitals; choices (choice-*, keyed by the English name) are 1-100 characters.

## /clone

cmd-clone = クローン
    .description = 録音から声をクローンします。
cmd-clone--sample = 録音
    .description = 声の録音：はっきりした話し声10～15秒（ボイスメッセージ、MP3、WAVなど）
cmd-clone--name = 名前
    .description = 新しいボイスの名前
cmd-clone--language = 言語
    .description = 録音で話されている言語
cmd-clone--sample2 = 録音2
    .description = 同じ声の2つ目の録音（任意）
cmd-clone--sample3 = 録音3
    .description = 同じ声の3つ目の録音（任意）
cmd-clone--transcription = 文字起こし
    .description = 任意：1つ目の録音で話している内容をそのまま
cmd-clone--description = 説明
    .description = 任意：ボイスの説明（トーン、なまり、用途）
cmd-clone--tags = タグ
    .description = 任意：カンマ区切りのタグ（例：落ち着いた, ナレーター）
cmd-clone--remove-noise = ノイズ除去
    .description = 先に背景ノイズを除去（きれいな録音では逆効果の場合あり）

## /clone-settings

cmd-clone-settings = クローン設定
    .description = このサーバーの/clone設定（サーバー管理権限を持つメンバー向け）
cmd-clone-settings-show = 表示
    .description = このサーバーのボイスクローン設定を表示します。
cmd-clone-settings-limits = 制限
    .description = クールダウン、1日の上限、録音の長さ。
cmd-clone-settings-limits--cooldown-seconds = クールダウン秒
    .description = リクエスト間にメンバーが待つ秒数（0 = なし）
cmd-clone-settings-limits--member-daily = メンバー上限
    .description = 24時間あたりのメンバーごとのリクエスト数（0 = 無制限）
cmd-clone-settings-limits--server-daily = サーバー上限
    .description = 24時間あたりのサーバー全体のリクエスト数（0 = 無制限）
cmd-clone-settings-limits--max-sample-seconds = 最大録音秒
    .description = 保存する録音の最大の長さ（秒、3～15）
cmd-clone-settings-defaults = デフォルト
    .description = デフォルトの言語、ノイズ除去、返信。
cmd-clone-settings-defaults--language = 言語
    .description = /cloneのデフォルト言語
cmd-clone-settings-defaults--remove-noise = ノイズ除去
    .description = デフォルトで背景ノイズを除去する
cmd-clone-settings-defaults--ephemeral = 本人のみ表示
    .description = 返信をメンバー本人だけに表示（true）または公開（false）
cmd-clone-settings-approval = 承認
    .description = モデレーターの承認を必須にします。
cmd-clone-settings-approval--required = 必須
    .description = すべてのクローンリクエストにモデレーターの承認が必要
cmd-clone-settings-approval--review-channel = 審査チャンネル
    .description = リクエストを審査用に投稿する場所
cmd-clone-settings-verification = 本人確認
    .description = 先に新しい文を読み上げてもらいます。
cmd-clone-settings-verification--mode = モード
    .description = オフ／オン：文の録音なら何でも／厳格：Discordのボイスメッセージのみ
cmd-clone-settings-audit-channel = 監査ログチャンネル
    .description = 監査ログを投稿する場所。
cmd-clone-settings-audit-channel--channel = チャンネル
    .description = 監査ログのチャンネル（空にすると投稿を停止）
cmd-clone-settings-roles = ロール
    .description = クローンまたはモデレートできるロール。
cmd-clone-settings-roles--action = 操作
    .description = リストに追加、削除、またはリストを空にする
cmd-clone-settings-roles--role = ロール
    .description = 追加または削除するロール
cmd-clone-settings-roles--kind = 種類
    .description = どのリスト：クローンできるロール、またはモデレーターロール
cmd-clone-settings-channels = チャンネル
    .description = /cloneを使えるチャンネル。
cmd-clone-settings-channels--action = 操作
    .description = 追加、削除、または空にする（空 = すべてのチャンネル）
cmd-clone-settings-channels--channel = チャンネル
    .description = チャンネル
cmd-clone-settings-block = ブロック
    .description = メンバーがボイスをクローンできないようにします。
cmd-clone-settings-block--member = メンバー
    .description = 声のクローンを禁止するメンバー
cmd-clone-settings-unblock = ブロック解除
    .description = ブロックしたメンバーが再びクローンできるようにします。
cmd-clone-settings-unblock--member = メンバー
    .description = 再び声をクローンできるようにするメンバー
cmd-clone-settings-consent = 同意
    .description = メンバーが確認する同意文。
cmd-clone-settings-consent--text = テキスト
    .description = 文面（空にするとデフォルトの同意文）
cmd-clone-settings-language = 言語
    .description = このサーバーでのBotの投稿の言語。
cmd-clone-settings-language--language = 言語
    .description = 審査・監査・公開の投稿をこの言語で（メンバーへの返信は各自の言語）
cmd-clone-settings-previews = 試聴
    .description = クローンしたボイスの試聴。
cmd-clone-settings-previews--enabled = 有効
    .description = クローン結果ごとに新しいボイスで短い文を話す
cmd-clone-settings-previews--open-to-members = 全メンバーに公開
    .description = どのメンバーもどのボイスでも試聴できる（オフ：自分とサーバーのボイスのみ）
cmd-clone-settings-previews--text = テキスト
    .description = 試聴の文（どの言語でも可。空にしてテキストをリセットでデフォルトに）
cmd-clone-settings-previews--reset-text = テキストをリセット
    .description = 各ボイスの言語のデフォルトの文に戻す
cmd-clone-settings-speech = 読み上げ
    .description = 誰がどこでクローンしたボイスで話せるか。
cmd-clone-settings-speech--enabled = 有効
    .description = メンバーがここでクローンしたボイスで話せる（/say、読み上げ）
cmd-clone-settings-speech--add-role = ロールを追加
    .description = このロールに話すことを許可（ロール未指定：全メンバー）
cmd-clone-settings-speech--remove-role = ロールを削除
    .description = このロールをリストから外す
cmd-clone-settings-speech--add-voice-channel = ボイスチャンネルを追加
    .description = このボイスチャンネルで話すことを許可（未指定：すべて）
cmd-clone-settings-speech--remove-voice-channel = ボイスチャンネルを削除
    .description = このボイスチャンネルをリストから外す
cmd-clone-settings-speech--add-text-channel = テキストチャンネルを追加
    .description = このチャンネルで/sayと読み上げを許可（未指定：すべて）
cmd-clone-settings-speech--remove-text-channel = テキストチャンネルを削除
    .description = このチャンネルをリストから外す
cmd-clone-settings-speech--clear = 空にする
    .description = リストを空にする：全メンバー、またはすべてのチャンネル
cmd-clone-settings-speech--read-aloud = 自動読み上げ
    .description = メンバーが入力した文を自分のボイスで読み上げられる
cmd-clone-settings-speech--server-voices = サーバーのボイス
    .description = メンバーが自分のボイスだけでなくサーバーのボイスでも話せる
cmd-clone-settings-speech--member-daily-chars = メンバー文字数上限
    .description = 24時間あたりにメンバーごとに話せる文字数（0 = 無制限）
cmd-clone-settings-speech--server-daily-chars = サーバー文字数上限
    .description = 24時間あたりにサーバー全体で話せる文字数（0 = 無制限）
cmd-clone-settings-speech--reset-daily-chars = 文字数上限をリセット
    .description = Botのデフォルトの1日あたりの文字数に戻す

## /voices

cmd-voices = ボイス
    .description = このサーバーでクローンしたボイス。
cmd-voices-list = 一覧
    .description = あなたのボイスとサーバーのボイス。
cmd-voices-info = 詳細
    .description = ボイスの詳細。
cmd-voices-info--voice = ボイス
    .description = ボイス（名前を入力してください）
cmd-voices-preview = 試聴
    .description = ボイスに文を話させて聞きます。
cmd-voices-preview--voice = ボイス
    .description = ボイス（自分のもの、またはサーバーのボイス）
cmd-voices-preview--text = テキスト
    .description = 話させる内容（デフォルト：サーバーの試聴の文）
cmd-voices-rename = 名前変更
    .description = ボイスの表示名を変更します。
cmd-voices-rename--voice = ボイス
    .description = ボイス（自分のもの。モデレーターはどれでも）
cmd-voices-rename--name = 名前
    .description = 新しい名前
cmd-voices-delete = 削除
    .description = Inworldからボイスを削除します。
cmd-voices-delete--voice = ボイス
    .description = ボイス（自分のもの。モデレーターはこのサーバーのどれでも）
cmd-voices-server = サーバー共有
    .description = ボイスをサーバー全体に共有します。
cmd-voices-server--voice = ボイス
    .description = ボイス
cmd-voices-server--shared = 共有
    .description = オン：全メンバーに表示され試聴できる。オフ：非公開
cmd-voices-skip = スキップ
    .description = 通話でBotが話している内容をスキップします。
cmd-voices-stop = 停止
    .description = モデレーター：すぐに話すのをやめ、キューを空にします。
cmd-voices-leave = 退出
    .description = Botをボイスチャンネルから退出させます。
cmd-voices-read-aloud = 自動読み上げ
    .description = ボイスチャンネルのチャットに入力した文を、クローンしたボイスで読み上げます。
cmd-voices-read-aloud--state = 状態
    .description = オン：同じボイスチャンネルにいる間、入力した文を読み上げる。オフ：読み上げない
cmd-voices-read-aloud--voice = ボイス
    .description = 読み上げるボイス（自分またはサーバーのボイス。デフォルト：最新のもの）
cmd-voices-erase-my-data = 自分のデータを消去
    .description = あなたのボイスと保存されているすべての情報を削除します。
cmd-voices-erase-member = メンバーのデータを消去
    .description = モデレーター：メンバーのボイスとデータを消去します。
cmd-voices-erase-member--member = メンバー
    .description = メンバー（退出したメンバーはユーザーIDを貼り付け）

## /clone-delete

cmd-clone-delete = クローン削除
    .description = ここでクローンしたボイスを削除します。
cmd-clone-delete--voice = ボイス
    .description = 削除するボイス（自分のもの。モデレーターはこのサーバーのどれでも）

## /say

cmd-say = 話す
    .description = クローンしたボイスでテキストを話します（ボイスチャンネル、またはボイスメッセージ）。
cmd-say--text = テキスト
    .description = 話す内容
cmd-say--voice = ボイス
    .description = 使うボイス（自分またはサーバーのボイス。デフォルト：最新のもの）

## Context menus (Apps > ...)

menu-clone-this-voice = この声をクローン
menu-speak-this-message = このメッセージを読み上げ

## Choices

choice-english-us = 英語（米国）
choice-chinese-china = 中国語（中国）
choice-korean = 韓国語
choice-japanese = 日本語
choice-russian = ロシア語
choice-other-auto-detect = その他／自動検出
choice-italian = イタリア語
choice-spanish-spain = スペイン語（スペイン）
choice-portuguese-brazil = ポルトガル語（ブラジル）
choice-german = ドイツ語
choice-french = フランス語
choice-arabic-saudi-arabia = アラビア語（サウジアラビア）
choice-polish = ポーランド語
choice-dutch = オランダ語
choice-hindi = ヒンディー語
choice-hebrew = ヘブライ語
choice-off = オフ
choice-on-any-recording-of-the-sentence = オン：文の録音なら何でも
choice-strict-only-a-voice-message-recorded-in-discord = 厳格：Discordで録音したボイスメッセージのみ
choice-add = 追加
choice-remove = 削除
choice-clear = 空にする
choice-allowed = クローン可能
choice-moderator = モデレーター
choice-discord-s-server-language = Discordのサーバーの言語
choice-roles-every-member-may-speak = ロール（全メンバーが話せる）
choice-voice-channels-any = ボイスチャンネル（すべて）
choice-text-channels-any = テキストチャンネル（すべて）
choice-on = オン

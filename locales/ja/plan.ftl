# 行動計画：自動で追加される行動のタイトルと、カレンダーへの書き出し。
# $what は、その行動のもとになった質問の文です。
plan-title-gap = 対策する：{ $what }
plan-title-dont-know = 確認する：{ $what }
ics-action-prefix = まもり：
dialog-save-ics = 行動計画の期限をカレンダー用ファイルに保存
dialog-save-org-file = この組織のファイルを保存
dialog-open-org-file = 読み込む組織ファイルを選ぶ
filter-ics = カレンダー用ファイル
filter-org-file = まもりの組織ファイル
dialog-save-backup = まもりの全データのバックアップを保存
dialog-open-backup = 元に戻すまもりのバックアップを選ぶ
filter-backup = まもりのバックアップ

# One message per error code (crates/app ErrorCode). Shown to the user; the technical detail goes
# to the log only.
error-invalid-input = 入力内容を確認してください：{ $reason }
error-not-found = 「{ $what }」が見つかりませんでした。
error-storage = データを保存できませんでした。もう一度お試しください。解決しない場合は、データフォルダーの空き容量と書き込み権限を確認してください。
error-db-newer = このデータは新しいバージョンのまもりで作成されています（データの版 { $found }、このアプリが扱える版 { $supported }）。データは変更していません。まもりを最新版に更新してから開いてください。
error-db-corrupt = データファイルが壊れているか、まもりのデータではありません（{ $path }）。元のファイルは変更も削除もしていません。バックアップから復元するか、サポート担当者に相談してください。
error-db-readonly = データフォルダーに書き込めません（{ $path }）。フォルダーの権限を確認してください。
error-disk-full = ディスクの空き容量が足りないため保存できませんでした。空き容量を増やしてからもう一度お試しください。入力済みの内容は失われていません。
error-internal = 予期しないエラーが発生しました。もう一度お試しください。
error-unknown = 不明なエラーが発生しました。

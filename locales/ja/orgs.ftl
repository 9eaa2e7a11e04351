# Organizations: form field labels (also used in error messages), the CLI's output.
field-name = 名称
field-nameReading = 名称の読み
field-industry = 業種
field-employeeBand = 従業員数
field-contactPerson = 担当者
field-notes = メモ
field-today = 今日の日付
field-orgId = 組織ID
orgs-none = 組織はまだ登録されていません。「orgs add --name 名称」で追加するか、「demo」でデモ用の会社を試してください。
orgs-heading = { $count ->
        [one] 1件の組織
       *[other] { $count }件の組織
    }
orgs-line = { $name }  [{ $id }]
    .round = 最新の診断：{ $started } 開始（{ $state ->
        [open] 実施中
       *[closed] 終了
    }）、自社診断 { $answered }/25 問回答、{ $score }点
    .no-round = 診断はまだありません
    .actions = 未完了の対策：{ $open }件、うち期限切れ：{ $overdue }件
    .archived = （アーカイブ済み）
orgs-created = 「{ $name }」を登録しました（{ $id }）。
demo-created = デモ用の会社「{ $name }」を用意しました（{ $id }）。もう一度「demo」を実行すると最初の状態に戻ります。
export-written = 「{ $name }」を { $path } にエクスポートしました。
import-done = 「{ $name }」を取り込みました（{ $id }）。
import-replace-hint = ファイルの内容で置き換えるには：mamori-cli import { $path } --replace
import-replaced = 「{ $name }」（{ $id }）をファイルの内容で置き換えました。
file-read-failed = ファイル { $path } を読み込めませんでした。ファイル名と読み取り権限を確認してください。
file-write-failed = ファイル { $path } に書き込めませんでした。保存先のフォルダー、権限、空き容量を確認してください。

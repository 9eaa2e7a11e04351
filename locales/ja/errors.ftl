# One message per error code (crates/app ErrorCode). Shown to the user; the technical detail goes
# to the log only.
error-invalid-input = 入力内容を確認してください：{ $reason }
error-not-found = 「{ $what }」が見つかりませんでした。
error-storage = データを保存できませんでした。もう一度お試しください。解決しない場合は、データフォルダーの空き容量と書き込み権限を確認してください。
error-db-newer = このデータは新しいバージョンのまもりで作成されています（データの版 { $found }、このアプリが扱える版 { $supported }）。データは変更していません。まもりを最新版に更新してから開いてください。
error-db-corrupt = データファイルが壊れているか、まもりのデータではありません（{ $path }）。元のファイルは変更も削除もしていません。バックアップから復元するか、サポート担当者に相談してください。
error-db-readonly = データフォルダーに書き込めません（{ $path }）。フォルダーの権限を確認してください。
error-disk-full = ディスクの空き容量が足りないため保存できませんでした。空き容量を増やしてからもう一度お試しください。入力済みの内容は失われていません。
error-conflict = { $entity ->
        [organization] この組織はすでにまもりに登録されています（ID { $id }）。ファイルの内容で上書きする場合は、置き換えを選んでもう一度取り込んでください。何も変更していません。
        [open-round] 実施中の診断があります。新しい診断を始める前に、いまの診断を終了してください。
       *[other] ファイルに、まもりに登録済みの別の組織のデータと同じIDが含まれています（ID { $id }）。何も変更していません。
    }
error-bad-bundle = このファイルは取り込めないため、何も変更していません。{ $problem ->
        [syntax] まもりのエクスポートファイルとして正しくないか、途中で切れています（{ $line }行目、{ $column }文字目）。
        [too-large] ファイルが大きすぎます（上限 { $max } MB）。
        [not-a-bundle] まもりのエクスポートファイルではありません。
        [unsupported] 新しいバージョンのまもりで作成されたファイルです（形式 { $found }）。まもりを更新してから、もう一度取り込んでください。
        [missing] 「{ $field }」がありません。
        [unknown-field] 「{ $field }」は、まもりのエクスポートファイルにない項目です。
        [wrong-type] 「{ $field }」の値の種類が正しくありません。
        [unknown-value] 「{ $field }」の値がまもりの知らないものです：{ $value }
        [unknown-content-id] 「{ $field }」が、このバージョンのまもりにない設問または手順を指しています：{ $value }
        [duplicate] 「{ $field }」が重複しています：{ $value }
        [bad-date] 「{ $field }」が2000年～2100年の正しい日付ではありません：{ $value }
        [too-long] 「{ $field }」が長すぎます（{ $max }文字まで）。
        [empty] 「{ $field }」が空です。
        [bad-id] 「{ $field }」のIDが正しくありません：{ $value }
        [bad-reference] 「{ $field }」が、ファイルにないデータを指しています：{ $value }
        [second-open-round] 「{ $field }」：実施中の診断が2つ以上あります。
        [closed-before-started] 「{ $field }」：診断の終了日時が開始日時より前です。
       *[other] 内容が正しくありません（「{ $field }」）。
    }
error-invalid-field = 「{ $field }」を確認してください：{ $problem ->
        [empty] 入力が必要です。
        [too-long] 長すぎます（{ $max }文字まで）。
        [bad-date] 2000年～2100年の正しい日付ではありません（{ $value }）。
        [unknown-value] 「{ $value }」は選べない値です。
        [unknown-content-id] 「{ $value }」は現在の手引きにない設問または手順です。
        [bad-reference] 存在しないデータを指しています（{ $value }）。
        [missing] 必須の項目です。
       *[other] 値が正しくありません。
    }
error-round-closed = この診断は終了しているため、変更できません。変更を記録するには新しい診断を始めてください。
error-internal = 予期しないエラーが発生しました。もう一度お試しください。
error-unknown = 不明なエラーが発生しました。

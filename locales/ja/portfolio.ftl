# ポートフォリオ：すべての組織（委託先の顧客）と、取り込み時の比較画面。
pf-title = 組織
pf-lead = すべての組織をひと目で確認できます。遅れている組織や、期限切れの対策がある組織がわかります。開くと続きから作業できます。
pf-empty = まだ組織がありません。
pf-none-match = 検索と絞り込みに当てはまる組織はありません。
pf-count = { $total } 件中 { $shown } 件を表示
pf-search = 名前・よみがなで検索
pf-search-hint = かな・英字どちらでも。空白は無視します。
pf-sort = 並べ替え
pf-sort-name = 名前（よみがな順）
pf-sort-score = 自社診断の点数（低い順）
pf-sort-overdue = 期限切れの対策（多い順）
pf-sort-activity = 最後の作業日（古い順）
pf-filter-stage = 段階
pf-filter-stage-all = すべての段階
pf-filter-overdue = 期限切れの対策がある組織だけ
pf-filter-archived = アーカイブした組織も表示
pf-stage = 段階：{ $stage }
pf-stage-basics = 5つの基本
pf-stage-selfcheck = 自社診断
pf-stage-policy = 基本方針
pf-stage-directions = 10の指示
pf-stage-maturity = 成熟度チェック
pf-stage-done = すべて完了
pf-score = 自社診断：{ $score } 点（25問中 { $answered } 問回答）
pf-score-none = 自社診断：未着手
pf-band = 結果：{ $band }
pf-stars = SECURITY ACTION：{ $stars ->
    [0] レベル0（まだ宣言できません）
    [1] レベル1（★を宣言できます）
   *[other] レベル2（★★を宣言できます）
}
pf-overdue = { $count ->
    [0] 期限切れの対策はありません
   *[other] 期限切れの対策 { $count } 件
}
pf-last-activity = 最後の作業：{ $date }
pf-no-activity = まだ作業の記録がありません
pf-archived = アーカイブ済み
pf-reading = よみがな：{ $reading }
pf-open = 開く
pf-open-label = { $name } を開く
pf-archive = アーカイブ
pf-unarchive = 一覧に戻す
pf-save-file = この顧客のファイルを保存…
pf-delete = 削除…
pf-delete-confirm = 「{ $name }」とその記録をすべて削除しますか？ 数秒間は元に戻せます。
pf-delete-yes = 削除する
pf-deleted = 「{ $name }」を削除しました。
pf-undo = 元に戻す
pf-undone = 「{ $name }」を元に戻しました。
pf-archived-done = 「{ $name }」をアーカイブしました。「アーカイブした組織も表示」で再び表示できます。
pf-unarchived-done = 「{ $name }」を一覧に戻しました。
pf-file-saved = 顧客のファイルを { $path } に保存しました。
pf-add-title = 組織を追加
pf-add-name = 組織の名前
pf-add = 追加
pf-demo-title = 練習用の会社
pf-demo-open = 練習用の会社を開く
pf-demo-reset = 練習用の会社をリセット
pf-demo-confirm = 練習用の会社をリセットしますか？ これまでの操作はすべて最初の状態に戻ります。
pf-import = 顧客のファイルを取り込む…
pf-imported = 「{ $name }」を取り込みました。
pf-more = その他
pf-seminar = セミナーモード
pf-seminar-lead = 講師の方へ：練習用の会社のリセット、プロジェクター向け表示、匿名のクイック診断、クラス全体の結果をまとめて見る機能です。
# 取り込み時の比較。
imp-title = 「{ $name }」はすでにあります：残す内容を選んでください
imp-lead = 項目ごとに、今ここにある内容を残すか、ファイルの内容を取り込むかを選びます。「取り込む」を押すまで何も変わりません。
imp-caption = この組織の、ここにある内容とファイルの内容（項目ごと）
imp-section = 項目
imp-local = 今ここにある内容
imp-file = ファイルの内容
imp-keep = 残す方
imp-section-profile = 会社の情報
imp-section-rounds = 自社診断・成熟度・手順
imp-section-actions = 行動計画
imp-section-partners = 取引先
imp-section-documents = 基本方針とインシデント対応カード
imp-items = { $count } 件
imp-updated = { $date } に変更
imp-updated-unknown = 変更日は不明
imp-detail = （{ $detail }）
imp-same = 両方とも同じ
imp-nothing = なし
imp-keep-local = 自分の方を残す
imp-keep-file = ファイルの方を取り込む
imp-newer = 新しい方
imp-apply = 取り込む

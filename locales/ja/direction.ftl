# One of the ten directions: headings, step progress and navigation.
dir-kicker = 全{ $total }項目中 { $number }番目
dir-heading = { $number }. { $title }
dir-official-label = ガイドラインでの項目名：
dir-progress = { $total }ステップ中 { $done }ステップ完了{ $na ->
    [0] {""}
   *[other] （ほかに{ $na }ステップは対象外）
}
dir-ask-heading = 経営者が指示すること
dir-why-heading = なぜ大切か
dir-story-heading = まもりの作例：小さな会社で起こりうること（実在の会社の話ではありません）
dir-roles-heading = 小さな会社での役割分担
dir-steps-heading = やること
dir-steps-lead = 進んだらステップごとに記録しましょう。変更はその都度保存されます。
dir-role-heading = { $role }
dir-effort = 手間の目安：{ $effort }
dir-evidence = 実施したことがわかるもの：
dir-step-status = 状況
dir-status-todo = 未着手
dir-status-doing = 対応中
dir-status-done = 完了
dir-status-na = 対象外
dir-na-hint = このステップが自社に当てはまらない理由を一言で書いてください。「対象外」にするには理由が必要です。
dir-maturity-link = この項目の成熟度をチェックする
dir-nav-label = ほかの項目
dir-prev = 前へ：{ $number }. { $title }
dir-next = 次へ：{ $number }. { $title }
dir-not-found = この項目は見つかりませんでした。
dir-first = 項目1へ
dir-done-on = { $date }に完了
dir-more = メモと実施の記録
dir-evidence-hint = ステップを実施したことがわかるものと、その置き場所を書いておきましょう。例：「署名した基本方針を事務所のファイルに保管」

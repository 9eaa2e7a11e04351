# Dashboard: progress, self-check score, SECURITY ACTION, maturity radar and next actions.
dash-title = { $org }：いまの状況
dash-round = 第{ $number }回（{ $date }時点）
dash-overall-heading = 全体の進み具合
dash-percent = { $value }%
dash-stage-basics = 5か条
dash-stage-selfcheck = 自社診断の質問
dash-stage-directions = 10項目のステップ
dash-stage-maturity = 成熟度チェックの設問
dash-count = { $done } / { $total }
dash-score-heading = 自社診断の点数
dash-points = { $points }点（100点満点）
dash-points-so-far = ここまでで{ $points }点
dash-answered = { $total }問中 { $answered }問に回答済みです。すべて答えると、最終的な点数とその意味がわかります。
dash-finish-selfcheck = 自社診断の続きをする
dash-stars-heading = SECURITY ACTION
dash-stars = { $stars ->
    [0] まだ宣言の準備ができていません
    [1] ★一つ星を宣言する準備ができています
   *[other] ★★二つ星を宣言する準備ができています
}
dash-since-heading = 第{ $number }回からの変化
dash-since-no-score = 前回の自社診断は最後まで回答されていないため、比べる点数がありません。
dash-since-score = 自社診断：前回は{ $before }点、{ $complete ->
    [yes] 今回は
   *[no] 今回はここまでで
}{ $now }点です（変化：{ $change }）。
dash-maturity-heading = 項目ごとの成熟度
dash-maturity-lead = { $total }問中 { $answered }問に回答済みです。回答のない項目は0%と表示されます。
dash-radar-desc = 項目ごとに軸があるレーダーチャートです。中心が0%、外側が100%です。同じ数値をチャートの下の表にも載せています。
dash-legend-current = 今回（実線）
dash-legend-previous = 前回（点線）
dash-table-caption = 項目ごとの成熟度（%）
dash-col-direction = 項目
dash-col-now = 今回
dash-col-previous = 前回
dash-col-change = 変化
dash-none = 未チェック
dash-change = { $change }{ $direction ->
    [up] （向上）
    [down] （低下）
   *[same] （変化なし）
}
dash-open-maturity = 成熟度チェックに回答する
dash-next-heading = 次にやること
dash-next-none = 未完了の対策はありません。よくできました！
dash-overdue = 期限切れ：
dash-action-owner = 担当：{ $owner }
dash-action-no-owner = 担当者未定
dash-action-due = 期限 { $date }
dash-action-no-due = 期限なし
dash-open-actions = 行動計画を開く
dash-short-d1 = 方針
dash-short-d2 = 責任と役割
dash-short-d3 = 予算と人手
dash-short-d4 = リスクと計画
dash-short-d5 = 守りと検知
dash-short-d6 = 見直し（PDCA）
dash-short-d7 = 緊急時の体制
dash-short-d8 = 事業継続・復旧
dash-short-d9 = サプライチェーン
dash-short-d10 = 情報共有

# 成熟度チェックの画面：重要10項目の指示ごとに4つの文を、1指示ずつ回答し、最後にまとめを表示する。
mt-about = このチェックについてと点数の出し方
mt-progress-label = 回答した文の数
mt-progress = { $total }文中 { $answered }文に回答済み
mt-direction-nav = 指示の一覧
mt-goto-done = 指示{ $number }：{ $title }（すべて回答済み）
mt-goto-open = 指示{ $number }：{ $title }（未回答あり）
mt-direction-of = 指示 { $number } / { $total }
mt-direction-label = { $number }. { $title }
mt-statement-of = { $total }つのうち { $number }つ目
mt-keys-hint = ヒント：矢印キーで回答を選び直し、Enterキーで次の文に進めます。回答は選んだ時点で保存されます。
mt-prev-direction = 前の指示
mt-next-direction = 次の指示
mt-see-summary = まとめを見る
mt-summary-title = 指示ごとの成熟度
mt-summary-incomplete = { $count ->
    [one] まだ回答していない文が1つあります。回答するまでは0点として数えます。
   *[other] まだ回答していない文が{ $count }つあります。回答するまでは0点として数えます。
}
mt-col-direction = 指示
mt-col-percent = 今回
mt-col-previous = 前回
mt-col-open = 確認が必要なもの
mt-percent = { $percent }%
mt-dont-know-count = { $count ->
    [one] 「わからない」1つ
   *[other] 「わからない」{ $count }つ
}
mt-unanswered-count = { $count ->
    [one] 未回答1つ
   *[other] 未回答{ $count }つ
}
mt-go-dashboard = ダッシュボードでグラフを見る
mt-review = 回答を見直す・変更する

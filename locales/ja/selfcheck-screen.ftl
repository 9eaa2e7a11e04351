# 自社診断の画面：パートごと、1問ずつ回答し、最後に結果を表示する。
sc-about = この自社診断について
sc-progress-label = 回答した質問の数
sc-progress = { $total }問中 { $answered }問に回答済み
sc-part-of = パート { $number } / { $total }
sc-part-official = IPAの自社診断での名前：
sc-part-range = 質問 { $first }〜{ $last }
sc-part-label = パート{ $number }：{ $title }
sc-question-nav = このパートの質問
sc-goto-answered = 質問 { $number }（回答済み）
sc-goto-open = 質問 { $number }（まだ回答していません）
sc-question-number = 質問 { $number }
sc-why = なぜ大切なのですか
sc-how = どうすればよいですか
sc-note = メモ：{ $note }
sc-keys-hint = ヒント：矢印キーで回答を選び直し、Enterキーで次の質問に進めます。回答は選んだ時点で保存されます。
sc-prev-question = 前の質問
sc-next-question = 次の質問
sc-prev-part = パート{ $number }へ
sc-next-part = パート{ $number }へ
sc-part-nav = 自社診断のパート
sc-still-open = { $count ->
    [one] まだ回答していない質問が1問あります。その質問を表示しています。
   *[other] まだ回答していない質問が{ $count }問あります。最初の1問を表示しています。
}
sc-all-answered = 25問すべてに回答しました。結果を確認できます。
sc-see-result = 結果を見る
sc-result-title = 診断の結果
sc-result-score = { $max }点満点中 { $total }点
sc-result-previous = 前回：{ $previous }点（{ $change ->
    [0] 変化なし
   *[other] { $diff }点
}）
sc-result-parts = パートごとの点数
sc-result-part-col = パート
sc-result-points-col = 点数
sc-result-part-points = { $max }点中 { $score }点
sc-result-dont-know = { $count ->
    [one] 確認が必要な質問（1問）
   *[other] 確認が必要な質問（{ $count }問）
}
sc-result-actions-added = 「一部実施している」「実施していない」「わからない」と答えた質問は、すべて行動計画に追加されています。やり残しを忘れる心配はありません。
sc-result-next = 次にすること
sc-result-go-policy = 情報セキュリティ基本方針をつくる（★★に向けて）
sc-result-go-actions = 行動計画を見る
sc-result-review = 回答を見直す・変更する

# The self-check result and the errors for a bad set of answers (app and mamori-cli). Band titles
# and advice, part titles and question texts come from content/ipa-sme-3-1.ftl.

## Result
selfcheck-result-heading = 自社診断の結果
selfcheck-result-score = 点数：{ $max } 点満点中 { $total } 点
selfcheck-result-part = パート{ $part }（{ $title }）：{ $score } / { $max } 点
selfcheck-result-dont-know = 「わからない」と回答した質問が { $count } 問あります：
selfcheck-result-question = 質問 { $question }：{ $text }

## Errors
selfcheck-error-missing = 質問 { $question } の回答がありません。
selfcheck-error-missing-many = 質問 { $questions } の回答がありません。
selfcheck-error-unknown-question = 「{ $key }」は自社診断の質問番号ではありません（質問番号は 1 から { $last } までです）。
selfcheck-error-unknown-answer = 質問 { $question } の回答「{ $value }」は使えません。{ $allowed } のいずれかを指定してください。
selfcheck-error-file-not-found = 回答ファイル { $path } が見つかりません。
selfcheck-error-file-unreadable = 回答ファイル { $path } を読み込めませんでした。
selfcheck-error-file-malformed = 回答ファイル { $path } は正しい JSON ではありません（{ $line } 行目、{ $column } 文字目）。
selfcheck-error-not-object = 回答ファイル { $path } には、{"{"}"1": "done", "2": "partly"{"}"} のような JSON オブジェクトを 1 つだけ書いてください。

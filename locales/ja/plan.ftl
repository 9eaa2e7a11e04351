# 行動計画：自動で追加される行動のタイトルと、カレンダーへの書き出し。
# $what は、その行動のもとになった質問の文です。
plan-title-gap = 対策する：{ $what }
plan-title-dont-know = 確認する：{ $what }
ics-action-prefix = まもり：

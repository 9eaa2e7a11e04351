# ステージ1：情報セキュリティ5か条。
bs-title = 情報セキュリティ5か条
bs-lead = どの会社にも役立つ5つの基本です。それぞれの手順を進めながら、進み具合を記録しましょう。5つそれぞれについて、少なくとも1つの手順を、終わった・進めている・自社には当てはまらない、のいずれかとして記録すれば、SECURITY ACTIONの一つ星（★）を宣言する準備ができます。5つすべてをやり終えている必要はありません。
bs-progress = { $total }か条のうち{ $done }か条ができています
bs-number = 第{ $number }条：
bs-practised = できています（すべての手順にチェック済み）
bs-steps-done = 手順{ $total }つのうち{ $done }つが終わっています
bs-official-caption = IPAの原文（情報セキュリティ5か条）
bs-steps-title = 手順
bs-step-done = ✓ できました
bs-step-who = 担当：{ $role }
bs-step-effort = 目安：{ $effort }
bs-step-na = 「当てはまらない」として記録済み
bs-evidence = できたことを示すもの
bs-next-lead = 次は、25問の自社診断で会社の今の状況を確かめます。5か条がすべて終わっていなくても、今すぐ始められます。
bs-continue = 自社診断へ進む

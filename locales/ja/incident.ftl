# Incident card screen: headings, print button and the company's own fields.
incident-title = 緊急時カード：{ $org }
incident-print = 印刷する（A4で1枚）
incident-ours-heading = 自社の連絡先
incident-ours-lead = 落ち着いているうちに記入しておきましょう。入力した内容は自動で保存され、カードに印刷されます。
incident-blank = （未記入）
incident-contacts-heading = 相談できる窓口
incident-contacts-lead = ページを見るときは、アドレスをコピーしてWebブラウザーに貼り付けてください。
incident-url = Webページ：

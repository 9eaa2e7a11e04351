# PDFレポート（mamori-report）の題名・項目名・文。方針の項目、手順、質問、出典などの本文は
# content/*.ftl にあります。

## レポートの題名
report-summary-title = 経営者向け セキュリティ対策サマリー
report-full-title = セキュリティ対策 報告書
report-policy-title = 情報セキュリティ基本方針
report-incident-title = 緊急時カード
report-worksheet-title = 記入用ワークシート（自社診断と10項目）

## 各ページ
report-subtitle = { $org }・{ $date }
report-client = 対象：{ $name }
report-page = { $page } / { $total } ページ
report-footer = まもりが独自の言葉でまとめたもので、経済産業省・IPAが作成・確認・推奨したものではありません。出典：{ $sources }
report-date = { $year }年{ $monthName }{ $day }日
report-month-1 = 1月
report-month-2 = 2月
report-month-3 = 3月
report-month-4 = 4月
report-month-5 = 5月
report-month-6 = 6月
report-month-7 = 7月
report-month-8 = 8月
report-month-9 = 9月
report-month-10 = 10月
report-month-11 = 11月
report-month-12 = 12月

## 組織について
report-label-org = 組織名
report-label-industry = 業種
report-label-contact = 担当者
report-label-date = 作成日
report-label-round = 評価
report-label-prepared-by = 作成
report-round = 第{ $number }回（{ $started }開始）
report-no-round = まだ評価を始めていません。

## 自社診断
report-selfcheck-heading = IPA「5分でできる！情報セキュリティ自社診断」に沿った25問（まもりの言葉で）
report-score = { $max }点満点中 { $total }点
report-score-incomplete = 今回の自社診断は回答の途中です（全{ $total }問中 { $answered }問に回答済み）。すべての質問に回答すると点数を表示します。
report-dont-know-count = 「わからない」と回答した質問が { $count }問あります。確認して、あらためて回答してください。
report-since-last = 前回（{ $date }）からの変化：{ $before }点 → { $now }点（{ $diff }点）
report-last-score = 最後に完了した自社診断（{ $date }開始の回）：{ $score }点、「{ $band }」
report-dont-know-explain = 「わからない」の回答は色付きで示しています。弱点が隠れているかもしれないので、詳しい人に確認しましょう。
report-part = パート{ $number }：{ $title }
report-unanswered = 未回答

## SECURITY ACTION
report-star-heading = SECURITY ACTION
report-star-ready = 宣言の準備ができています：{ $level }
report-star-none = SECURITY ACTIONを宣言する準備は、まだ整っていません。
report-star-next = { $level }に向けて残っていること：

## 成熟度
report-maturity-heading = 項目ごとの成熟度（まもり独自のチェック）
report-radar-legend = { $number }. { $title }：{ $percent }%

## 対策
report-top-actions-heading = 次に取り組む5つの対策
report-actions-heading = 行動計画
report-no-actions = 未完了の対策はありません。
report-overdue = { $date }（期限切れ）
report-action-status-open = 未着手
report-action-status-doing = 対応中
report-action-status-done = 完了
report-action-source-gap = 不足の対策
report-action-source-dont-know = 要確認
report-action-source-manual = 手動で追加

## 10項目と手順
report-directions-heading = 経済産業省ガイドラインの10項目と実施手順
report-basics-heading = 情報セキュリティ5か条（IPA）と実施手順
report-step-todo = 未着手
report-step-doing = 対応中
report-step-done = 完了
report-step-na = 対象外
report-due = 期限 { $date }
report-done-on = 完了 { $date }
report-evidence = 証跡：{ $text }
report-na-reason = 対象外の理由：{ $text }
report-status-boxes = □未着手 □対応中 □完了

## サプライチェーン
report-partners-heading = 取引先・委託先の一覧（サプライチェーン）
report-no-partners = 取引先・委託先は登録されていません。
report-relation-subsidiary = 子会社
report-relation-group-company = グループ会社
report-relation-business-partner = 取引先（納入先・仕入先）
report-relation-contractor = 外注先・委託先
report-relation-it-vendor = IT業者・クラウド事業者
report-sa-level-none = なし
report-sa-level-star1 = ★
report-sa-level-star2 = ★★
report-sa-level-unknown = 不明
report-yes-no-yes = あり
report-yes-no-no = なし
report-yes-no-unknown = 不明

## 出典
report-sources-heading = 出典

## 表の列
report-col-action = 対策
report-col-owner = 担当
report-col-due = 期限
report-col-step = 手順
report-col-role = 役割
report-col-status = 状況
report-col-owner-due = 担当と日付
report-col-notes = メモ
report-col-number = No.
report-col-question = 質問
report-col-answer = 回答
report-col-statement = 確認すること
report-col-source = きっかけ
report-col-partner = 取引先・委託先
report-col-relation = 関係
report-col-handles = 扱う業務・情報
report-col-sa-level = SECURITY ACTION
report-col-clause = 契約のセキュリティ条項
report-col-checked = 最終確認日
report-col-item = 項目
report-col-value = 当社の記入欄
report-col-check = ✓
report-col-contact = 相談先
report-col-where = 正式名称とWebサイト

## 基本方針と緊急時カード
report-blank = ＿＿＿＿＿＿＿＿＿＿
report-signature = 代表者 署名
report-incident-contacts = 当社の連絡先
report-incident-steps = 最初の1時間にすること（上から順に）
report-incident-legal = 個人データが漏えいしたら：報告の期限（法律で決まっています）
report-incident-help = 相談先
report-worksheet-company = 会社名
report-worksheet-person = 記入者
report-worksheet-date = 記入日
report-worksheet-scoring = 自社診断の採点
report-worksheet-scoring-how = 回答ごとの点数を足してください（-25〜100点）。合計点の区分で、いまの状態がわかります。
report-worksheet-answer = 回答
report-worksheet-points = 点数
report-worksheet-total-range = 合計点
report-worksheet-band = 区分
report-worksheet-band-range = { $single ->
    [yes] { $min }
   *[no] { $min }〜{ $max }
}
report-worksheet-total = 合計点

## コマンドラインとアプリ
report-written = { $path } に書き出しました（{ $pages }ページ）。
report-progress = [{ $done }/{ $total }] { $name }
report-error-bad-logo = ロゴの画像を読み込めませんでした。PNGまたはJPEGの画像を指定してください。
dialog-save-report = 報告書を保存
dialog-pick-report-folder = 報告書を保存するフォルダーを選ぶ
filter-pdf = PDF文書
report-class-title = セミナー受講者の結果
report-class-header = セミナー受講者（匿名）
report-class-attendees = 受講者数
report-class-mean = 自社診断の平均点
report-class-median = 自社診断の中央値
report-class-anonymous = 受講者の匿名の結果ファイルから作成しました。回答だけで、名前や会社名は含みません。
report-class-distribution = 点数の分布（IPAの自社診断に沿った25問、-25〜100点）
report-class-range = 点数
report-class-count = 人数
report-class-bands = 結果の区分ごと
report-class-band = 区分
report-class-weakest-questions = 受講者全体で弱い設問
report-class-question = 設問
report-class-mean-points = 平均点
report-class-directions = 10項目：受講者全体の成熟度の平均
report-class-radar-note = まもり独自の成熟度チェックを、各項目に答えた受講者で平均したものです。
report-class-weakest-directions = 特に弱い項目：{ $directions }
report-class-no-maturity = 成熟度チェックに答えた受講者はいませんでした。
report-class-rank = 順位
report-class-rank-tied = { $rank }（同順位）
report-class-direction-tied = { $title }（{ $rank }位・同順位）
report-class-range-value = { $single ->
    [yes] { $from }
   *[no] { $from }〜{ $to }
}
report-class-not-counted = 数えなかったファイル
report-class-not-counted-count = { $count }件（報告書の最後に一覧）
report-class-skipped = 数えなかったファイル
report-class-file = ファイル
report-class-reason = 理由

# セミナーモード：受講者の結果ファイルと、クラス全体の集計。
dialog-save-attendee = 講師に渡す匿名の結果ファイルを保存
dialog-open-attendees = 受講者の結果ファイルを選ぶ
filter-attendee = まもりの受講者ファイル
seminar-error-incomplete = 先に25問すべてに答えてください。まだ { $missing }問 残っています。
seminar-skip-too-large = 受講者ファイルとしては大きすぎます（{ $max }バイトを超えています）。
seminar-skip-not-attendee = まもりの受講者ファイルではありません。
seminar-skip-unknown-question = まもりにない設問が含まれています（{ $question }）。
seminar-skip-unknown-answer = 設問 { $question } に、まもりが知らない回答があります（{ $value }）。
seminar-skip-control-char = 回答だけが入るはずの場所に、目に見えない制御文字（{ $value }）が含まれています。受講者に、まもりでファイルを保存し直してもらってください。
seminar-skip-incomplete = このファイルの自社診断は完了していません（{ $missing }問が未回答）。
seminar-skip-unreadable = ファイルを読み込めませんでした。
seminar-error-no-class = 先に受講者のファイルを読み込んでください。
class-written = 受講者 { $attendees }名分のクラス報告書を { $path } に書き出しました（読み飛ばしたファイル { $skipped }件）。
class-skipped = { $file } を読み飛ばしました：{ $reason }

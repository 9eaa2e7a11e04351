# Supply-chain register: partners, what you know about their security, and when you checked.
partners-title = 取引先・委託先
partners-why-heading = 取引先が大切な理由
partners-why-1 = 会社の情報は社内だけにあるわけではありません。IT業者は外からパソコンに接続することがあり、外注先は図面を持っていて、取引先とは毎日ファイルをやり取りしています。そのどこかが攻撃されると、自社の情報や仕事にも被害が及びます。攻撃者は、大きな会社に入り込むために、守りの手薄な小さな会社を入り口に選ぶことがよくあります。
partners-why-2 = そのため経済産業省のガイドラインは、自社の中だけでなく、サプライチェーン全体のセキュリティに目を配るよう経営者に求めています。まずは小さく始めましょう。自社の情報を扱う相手を書き出し、SECURITY ACTIONを宣言しているかを尋ね、契約にセキュリティのことが書かれているかを確かめ、少なくとも年に1回は見直します。
partners-summary = 登録している取引先は{ $count }社です。{ $check ->
    [0] すべて、この1年以内に確認済みです。
   *[other] { $check }社の確認が必要です（未確認、または最後の確認から1年以上）。
}
partners-add = 取引先を追加する
partners-add-heading = 新しい取引先
partners-edit-heading = 編集：{ $name }
partners-edit = 編集
partners-edit-label = { $name }を編集
partners-delete = 削除
partners-delete-label = { $name }を削除
partners-delete-confirm = { $name }を一覧から削除しますか？元に戻すことはできません。
partners-save = 保存する
partners-empty = まだ取引先は登録されていません。まずはIT業者と、ファイルをやり取りする取引先や外注先から始めましょう。
partners-field-name = 会社名
partners-handles-hint = 例：「パソコンの保守をしていて、リモートで接続できる」「図面をメールで受け取る」
partners-never-checked = 未確認
partners-stale = 最後の確認から1年以上たっています（{ $date }）
partners-not-yet = まだ
partners-relation-subsidiary = 子会社
partners-relation-group-company = グループ会社
partners-relation-business-partner = 取引先（納入先・仕入先）
partners-relation-contractor = 外注先・委託先
partners-relation-it-vendor = IT業者・クラウド事業者
partners-level-none = 宣言していない
partners-level-star1 = ★一つ星
partners-level-star2 = ★★二つ星
partners-level-unknown = わからない
partners-clause-yes = ある
partners-clause-no = ない
partners-clause-unknown = わからない

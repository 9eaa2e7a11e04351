### SECURITY ACTION（セキュリティ対策自己宣言）と、情報セキュリティ基本方針のひな形。Mamoriが独自の言葉でまとめたもの。

## 宣言の段階

sa-star1-title = SECURITY ACTION 一つ星（★）
sa-star1-body = IPAの中小企業向けガイドラインにある「情報セキュリティ5か条」に取り組んでいることを宣言します。どの会社でも最初に踏み出せる一歩です。IT導入補助金など一部の国の補助金では、SECURITY ACTIONの宣言が申請の要件になっており、一つ星の宣言で要件を満たせます。条件は年度ごとに変わることがあるので、最新の公募要領で確認してください。
sa-star2-title = SECURITY ACTION 二つ星（★★）
sa-star2-body = 25問の自社診断で自社の状況を確かめ、情報セキュリティ基本方針を定め、その方針を社外に公開したうえで宣言します。すでに5か条に取り組めている会社は、一つ星を経ずに二つ星から宣言することもできます。

## 各段階に必要なこと

sa-req-basics-declared = 5か条のすべてを「実践している」と記録していること
sa-req-selfcheck-complete = 自社診断の25問すべてに回答していること
sa-req-policy-adopted = 情報セキュリティ基本方針を作成し、経営者が決定していること
sa-req-policy-published = 情報セキュリティ基本方針を、自社のWebサイトなどで社外に公開していること

sa-notice = SECURITY ACTIONは、IPAが2017年から実施している「自己宣言」の制度です。会社が自らセキュリティへの取り組みを宣言するもので、国や第三者が審査してお墨付きを与える制度ではありません。対外的には「SECURITY ACTIONの二つ星を宣言しています」のように、宣言であることがわかる表現を使いましょう。Mamoriは準備をお手伝いしますが、宣言するのは貴社自身です。
sa-how-to-declare = 宣言は、IPAのSECURITY ACTIONのWebサイトで会社自身が行います。Mamoriが代わりに宣言することはできません。準備ができたらサイトを開き、SECURITY ACTIONのロゴマークの使用規約を読んだうえで、案内に沿って手続きしてください。宣言後は、使用規約の範囲で、Webサイトや名刺などにロゴマークを表示できます。

## 情報セキュリティ基本方針のひな形

sa-basic-policy-title = { $company } 情報セキュリティ基本方針

sa-basic-policy-purpose-heading = 目的
sa-basic-policy-purpose-body = { $company }（以下「当社」）は、お客様や取引先からお預かりした情報、従業員の情報、そして当社自身の事業に関する情報を扱いながら仕事をしています。これらの情報を守ることは、お客様と取引先の信頼に応え、事業を続けていくための経営上の責任です。当社は、サイバー攻撃、不注意による事故、災害などから情報を守るため、ここに情報セキュリティ基本方針を定め、経営者が先頭に立って取り組みます。

sa-basic-policy-scope-heading = 適用範囲
sa-basic-policy-scope-body = この方針は、{ $scope }に適用します。自宅や出張先など、社外で業務を行う場合も同様です。

sa-basic-policy-commitments-heading = 当社の取り組み
sa-basic-policy-commitments-body =
    当社は、次のことに取り組みます。
    （1）守るべき情報を把握し、その重要度に応じて適切に管理します。
    （2）パソコンやスマートフォンなどの機器を最新の状態に保ち、ウイルス対策、パスワードの強化、アクセスできる人の制限など、必要な対策を行います。
    （3）情報セキュリティの責任者を定め、取り組みに必要な予算と人員を確保します。
    （4）業務や情報を社外に委託するときは、委託先にも同じように適切な管理を求めます。

sa-basic-policy-compliance-heading = 法令と契約の遵守
sa-basic-policy-compliance-body = 当社は、個人情報保護法など情報セキュリティに関係する法令と、お客様や取引先との契約で約束したことを守ります。社内で定めた情報セキュリティのルールに違反があった場合は、就業規則などに基づいて対応します。

sa-basic-policy-training-heading = 教育
sa-basic-policy-training-body = 当社は、すべての従業員が情報セキュリティの大切さを理解し、ルールに沿って行動できるよう、入社時とその後も定期的に教育を行います。新しい攻撃の手口など、必要な情報はその都度共有します。

sa-basic-policy-incidents-heading = 事故への対応
sa-basic-policy-incidents-body = 情報漏えい、ウイルス感染、機器の紛失など、情報セキュリティに関わる事故が起きたとき、または疑われるときは、従業員はただちに責任者に報告します。報告した人を責めることはしません。当社は、被害の拡大を防ぎ、原因を調べて再発防止に努めるとともに、法令や契約に従って、お客様、取引先、関係機関に速やかに知らせます。

sa-basic-policy-review-heading = 見直し
sa-basic-policy-review-body =
    当社は、この方針と社内のルールを少なくとも年に1回、また事業や当社を取り巻く脅威に大きな変化があったときに見直し、継続的に改善します。

    制定日：{ $date }
    { $company }
    { $owner }

## 入力欄

sa-basic-policy-field-company = 会社名
sa-basic-policy-field-company-hint = 登記上の正式な名称を入力します。例：株式会社やまだ製作所
sa-basic-policy-field-date = 制定日
sa-basic-policy-field-date-hint = この方針を定めた日です。例：2025年4月1日
sa-basic-policy-field-owner = 代表者
sa-basic-policy-field-owner-hint = 方針を定める経営者の役職と氏名です。例：代表取締役 山田 太郎
sa-basic-policy-field-scope = 適用範囲
sa-basic-policy-field-scope-hint = 「この方針は、〇〇に適用します。」の〇〇にあたる部分です。例：当社の役員と従業員（パート・アルバイトを含む）、および当社の業務で扱うすべての情報と、それを扱う機器やサービス

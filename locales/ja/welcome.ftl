# The first screen a new user sees.
welcome-title = まもりへようこそ
welcome-lead = まもりは、サイバーセキュリティをまだ考えたことのない中小企業の経営者が、今日から取り組める計画をつくるためのアプリです。
welcome-point-1 = 経済産業省とIPAのガイドラインを、やさしい言葉と具体的な手順で案内します。
welcome-point-2 = 25問の自社診断で今の状態を点数にし、足りないところを「いつ・誰が・何をするか」の計画にします。
welcome-point-3 = 取引先や金融機関に渡せる報告書をつくれます。
welcome-offline = データはこのパソコンの中だけに保存されます。アカウント登録は不要で、インターネットに送信することはありません。
welcome-start = はじめる
welcome-data-location = データの保存場所：{ $path }

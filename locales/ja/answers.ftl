# 質問画面（自社診断・成熟度チェック）の共通部品と、SECURITY ACTIONの準備状況のチェックリスト。
ans-chosen = ✓ 選んだ回答
ans-level-ready = この段階を宣言する準備ができています。
ans-level-not-ready = まだ準備中です。この段階に必要なことは次のとおりです。
ans-check-met = （できています）
ans-check-not-met = （まだです）
ans-level-what = この段階の意味と宣言のしかた

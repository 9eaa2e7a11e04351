# Shared labels used across the app and in reports.
app-name = まもり
app-tagline = 中小企業のためのサイバーセキュリティ手引き
language-switch-label = 表示言語
language-ja = 日本語
language-en = English
status-saved = 保存しました
status-saving = 保存しています…

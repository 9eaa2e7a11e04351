# Shared labels used across the app and in reports.
app-name = Mamori
app-tagline = A cybersecurity guide for small businesses
language-switch-label = Language
language-ja = 日本語
language-en = English
status-saved = Saved
status-saving = Saving…

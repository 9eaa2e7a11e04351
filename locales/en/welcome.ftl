# The first screen a new user sees.
welcome-title = Welcome to Mamori
welcome-lead = Mamori helps the owner of a small business who has never thought about cybersecurity build a plan they can start on today.
welcome-point-1 = It walks you through the METI and IPA guidelines in plain words, one concrete step at a time.
welcome-point-2 = A 25-question self-check turns where you stand into a score, and every gap into a plan: who does what, by when.
welcome-point-3 = It produces reports you can hand to customers, partners or your bank.
welcome-offline = Your data stays on this computer. There is no account, and nothing is sent over the internet.
welcome-start = Get started
welcome-data-location = Data is stored in: { $path }

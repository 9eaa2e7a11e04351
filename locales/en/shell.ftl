# The app's frame: navigation, first start, the organization list and the journey map.
status-not-saved = Not saved
action-dismiss = Close
action-back = Back
action-continue = Continue
action-save = Save
action-cancel = Cancel
action-open = Open
publisher-meti = METI
publisher-ipa = IPA
publisher-meti-ipa = METI and IPA
publisher-jpcert = JPCERT/CC
publisher-npa = National Police Agency
publisher-ppc = Personal Information Protection Commission
publisher-other = other publisher
nav-label = Main menu
nav-home = Journey
nav-dashboard = Dashboard
nav-actions = Action plan
nav-partners = Partners
nav-incident = Incident card
nav-orgs = Organizations
nav-settings = Settings
nav-about = About
skip-to-content = Skip to the content
text-size-label = Text size
text-size-smaller = Smaller text
text-size-larger = Larger text
text-size-reset = Normal text size
start-title = Let's get started
start-lead = Three quick questions, and you can begin. You can change every answer later.
start-language = Which language do you want to use?
start-role = Who are you?
role-choice-owner = I run a small business
role-choice-owner-hint = You want to protect your own company, step by step.
role-choice-contractor = I look after IT for several clients
role-choice-contractor-hint = You keep a plan for each client and hand them reports.
role-choice-trainer = I teach a seminar
role-choice-trainer-hint = You show Mamori with a practice company and reset it for each class.
start-org = Your company
start-org-name = Company name
start-org-name-hint = As you would write it on an invoice, e.g. 株式会社ミナト精工.
start-create = Start with my company
start-demo = Look around with a practice company first
start-demo-hint = 株式会社ミナト精工 is a made-up parts maker with 25 staff. Nothing you do with it touches your own data.
orgs-title = Organizations
orgs-lead = Choose an organization to continue, or add a new one.
orgs-empty = No organizations yet.
orgs-add = Add an organization
orgs-add-name = Name of the organization
orgs-demo = Open the practice company
orgs-demo-reset = Reset the practice company
orgs-score = Self-check: { $score } points ({ $answered } of 25 answered)
orgs-overdue = { $count ->
    [one] 1 overdue action
   *[other] { $count } overdue actions
}
home-title = { $org }: your path
home-lead = Four stages, one at a time. Mamori remembers where you were.
home-continue = Continue where I left off
home-round = Round { $number }, started { $date }
home-stage-basics = Start with the 5 basics
home-stage-basics-body = Five habits every company should have. Doing all five lets you declare SECURITY ACTION ★ (one star).
home-stage-selfcheck = Take the 25-question self-check
home-stage-selfcheck-body = See where you stand, part by part. Then write your basic security policy to be ready for ★★ (two stars).
home-stage-directions = Work through the ten directions
home-stage-directions-body = What the owner asks the person in charge to do, in concrete steps for a small company.
home-stage-maturity = Check your maturity
home-stage-maturity-body = Four statements per direction show how far each area has come, as a chart.
home-stage-progress = { $done } of { $total } done
home-stage-done = Done
home-stars = SECURITY ACTION: { $stars ->
    [0] not yet ready to declare
    [1] ready for ★ (one star)
   *[other] ready for ★★ (two stars)
}
home-more = More
home-policy = Basic security policy
home-next-round = Start a new round
home-next-round-confirm = Start round { $number }? Your steps stay as they are; the self-check and maturity check start empty, and this round is kept for comparison.
settings-title = Settings
settings-profile = Company profile
settings-language = Language

# PDF reports (mamori-report): titles, labels and sentences. Content texts (directions, steps,
# questions, sources) come from content/*.ftl.

## Report titles
report-summary-title = Security summary for the owner
report-full-title = Security report
report-policy-title = Basic security policy
report-incident-title = Incident card
report-worksheet-title = Worksheets: self-check and the ten directions

## Every page
report-subtitle = { $org } · { $date }
report-client = Client: { $name }
report-page = Page { $page } of { $total }
report-footer = Summarised by Mamori in its own words; not written, checked or endorsed by METI or IPA. Sources: { $sources }
report-date = { $day } { $monthName } { $year }
report-month-1 = January
report-month-2 = February
report-month-3 = March
report-month-4 = April
report-month-5 = May
report-month-6 = June
report-month-7 = July
report-month-8 = August
report-month-9 = September
report-month-10 = October
report-month-11 = November
report-month-12 = December

## About the organization
report-label-org = Organization
report-label-industry = Industry
report-label-contact = Contact person
report-label-date = Report date
report-label-round = Assessment
report-label-prepared-by = Prepared by
report-round = Round { $number }, started { $started }
report-no-round = No assessment has been started yet.

## Self-check
report-selfcheck-heading = 25 questions following IPA's 「5分でできる！情報セキュリティ自社診断」 (in Mamori's words)
report-score = { $total } of { $max } points
report-score-incomplete = The self-check of this round is under way: { $answered } of { $total } questions answered. The score is shown once every question has an answer.
report-dont-know-count = { $count ->
        [one] One question was answered “don't know”; find out and answer it again.
       *[other] { $count } questions were answered “don't know”; find out and answer them again.
    }
report-since-last = Since the last round ({ $date }): { $before } → { $now } points ({ $diff }).
report-last-score = Last complete self-check (round started { $date }): { $score } points, “{ $band }”.
report-dont-know-explain = Answers “don't know” are highlighted: someone should find out, because a weakness may be hidden there.
report-part = Part { $number }: { $title }
report-unanswered = not answered

## SECURITY ACTION
report-star-heading = SECURITY ACTION
report-star-ready = Ready to declare: { $level }
report-star-none = Not yet ready to declare a SECURITY ACTION level.
report-star-next = Still needed for { $level }:

## Maturity
report-maturity-heading = Maturity by direction (Mamori's own check)
report-radar-legend = { $number }. { $title }: { $percent }%

## Actions
report-top-actions-heading = The next five actions
report-actions-heading = Action plan
report-no-actions = No open actions.
report-overdue = { $date } (overdue)
report-action-status-open = Not started
report-action-status-doing = In progress
report-action-status-done = Done
report-action-source-gap = Gap found
report-action-source-dont-know = Find out
report-action-source-manual = Added by hand

## Directions and steps
report-directions-heading = The ten directions of METI's guideline and their steps
report-basics-heading = The five basics (IPA) and their steps
report-step-todo = Not started
report-step-doing = In progress
report-step-done = Done
report-step-na = Not applicable
report-due = due { $date }
report-done-on = done { $date }
report-evidence = Evidence: { $text }
report-na-reason = Why not: { $text }
report-status-boxes = □ not started □ in progress □ done

## Supply chain
report-partners-heading = Supply-chain register
report-no-partners = No partners recorded.
report-relation-subsidiary = Subsidiary
report-relation-group-company = Group company
report-relation-business-partner = Customer or supplier
report-relation-contractor = Contractor
report-relation-it-vendor = IT contractor or cloud provider
report-sa-level-none = None
report-sa-level-star1 = ★
report-sa-level-star2 = ★★
report-sa-level-unknown = Not known
report-yes-no-yes = Yes
report-yes-no-no = No
report-yes-no-unknown = Not known

## Sources
report-sources-heading = Sources

## Table columns
report-col-action = Action
report-col-owner = Owner
report-col-due = Due
report-col-step = Step
report-col-role = Who
report-col-status = Status
report-col-owner-due = Owner and dates
report-col-notes = Notes
report-col-number = No.
report-col-question = Question
report-col-answer = Answer
report-col-statement = Statement
report-col-source = Origin
report-col-partner = Partner
report-col-relation = Relation
report-col-handles = Handles
report-col-sa-level = SECURITY ACTION
report-col-clause = Security clause
report-col-checked = Last checked
report-col-item = Item
report-col-value = Our details
report-col-check = ✓
report-col-contact = Contact
report-col-where = Official name and website

## Policy and incident card
report-blank = ____________________
report-signature = Signature of the representative
report-incident-contacts = Our contacts
report-incident-steps = The first hour, in order
report-incident-legal = If personal data leaks: reporting deadlines set by law
report-incident-help = Where to get help
report-worksheet-company = Company
report-worksheet-person = Filled in by
report-worksheet-date = Date
report-worksheet-scoring = Scoring the self-check
report-worksheet-scoring-how = Give each answer its points and add them up (-25 to 100 points). The band shows where the company stands.
report-worksheet-answer = Answer
report-worksheet-points = Points
report-worksheet-total-range = Total
report-worksheet-band = Band
report-worksheet-band-range = { $single ->
    [yes] { $min }
   *[no] { $min } to { $max }
}
report-worksheet-total = Total points

## Command line and app
report-written = Wrote { $path } ({ $pages } pages).
report-progress = [{ $done }/{ $total }] { $name }
report-error-bad-logo = The logo could not be read. Please use a PNG or JPEG image.
dialog-save-report = Save the report
dialog-pick-report-folder = Choose a folder for the reports
filter-pdf = PDF document
report-class-title = Seminar class results
report-class-header = Seminar class (anonymous)
report-class-attendees = Attendees
report-class-mean = Mean self-check score
report-class-median = Median self-check score
report-class-anonymous = Made from the attendees' anonymous result files: answers only, no names or companies.
report-class-distribution = How the class scored (25 questions following IPA's self-check, -25 to 100 points)
report-class-range = Points
report-class-count = Attendees
report-class-bands = By result band
report-class-band = Band
report-class-weakest-questions = The questions the class is weakest on
report-class-question = Question
report-class-mean-points = Mean points
report-class-directions = The ten directions: mean maturity of the class
report-class-radar-note = Mamori's own maturity check, averaged over the attendees who answered each direction.
report-class-weakest-directions = Weakest directions: { $directions }
report-class-no-maturity = No attendee answered the maturity check.
report-class-rank = Rank
report-class-rank-tied = { $rank } (tie)
report-class-direction-tied = { $title } (tied { $rank })
report-class-range-value = { $single ->
    [yes] { $from }
   *[no] { $from } to { $to }
}
report-class-not-counted = Files not counted
report-class-not-counted-count = { $count ->
    [one] 1 file (listed at the end)
   *[other] { $count } files (listed at the end)
}
report-class-skipped = Files not counted
report-class-file = File
report-class-reason = Why

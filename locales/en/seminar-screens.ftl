# Seminar mode screens: the trainer's tools, the presentation view, the anonymous quick run and
# the class view.
sem-title = Seminar mode
sem-lead = Tools for a class: a practice company that resets in one click, a view for the projector, an anonymous quick check for each attendee, and the whole class at the end.
sem-demo = Practice company
sem-demo-lead = Resets the practice company to its starting state (what the class did with it before is replaced) and opens it.
sem-demo-reset = Reset and open the practice company
sem-presentation = Presentation view
sem-presentation-lead = Larger text and stronger contrast for a projector. Other organizations' names are hidden and the organization list is closed until you leave it.
sem-presentation-on = Start the presentation view
sem-presentation-off = Exit presentation view
sem-presentation-active = Presentation view is on
sem-presentation-hidden = Organization hidden
sem-tools = Seminar tools
sem-quickrun = Anonymous quick check
sem-quickrun-lead = For attendees: the 25 self-check questions with the score as they go. Nothing is saved unless they ask.
sem-class = Class view
sem-class-lead = Load the attendees' result files and see the whole class: the spread of scores and the weakest points.
sem-worksheet = Blank worksheets for paper
sem-worksheet-lead = The 25 self-check questions and the ten directions to tick by hand, with the scoring key and the bands. No organization is named: attendees write in their own.
sem-worksheet-save = Save blank worksheets (PDF)…
sem-start = When Mamori starts
sem-start-lead = With clients in Mamori, choose what the projector may show first. A presentation view left on always comes back, with the practice company.
sem-start-last-org = Open the organization used last
sem-start-practice = Open the practice company
sem-start-org-list = Show the list of organizations, nothing opened
sem-start-saved = Saved. Mamori starts this way from now on.
sem-attendee = Attending a seminar?
sem-attendee-lead = Answer IPA's 25 questions anonymously and see your score. No company needed; nothing is saved unless you ask.
sem-attendee-start = Start the anonymous quick check
# Quick run.
qr-title = Anonymous quick check
qr-lead = Answer the 25 questions that follow IPA's self-check (in Mamori's words). Nothing is saved on this computer unless you choose one of the buttons at the end.
qr-maturity-note = This quick check covers the self-check only; the maturity check of the ten directions is done when you keep the result as your company.
qr-progress = { $answered } of { $total } answered, { $points } points so far
qr-progress-label = Questions answered
qr-part = Part { $number } of { $total }: { $title }
qr-question = Question { $number }
qr-prev-part = Previous part
qr-next-part = Next part
qr-show-result = See my result
qr-missing = { $count ->
    [one] 1 question is still open.
   *[other] { $count } questions are still open.
}
qr-result = Your result
qr-score = { $total } points out of { $max }
qr-review = Change my answers
qr-keep-title = What now?
qr-nothing-saved = Nothing has been saved. Closing this screen forgets the answers.
qr-save-file = Save my anonymous result file…
qr-save-file-hint = The file holds only your answers, no name. Give it to the trainer for the class view.
qr-file-saved = Your result file was saved to { $path }.
qr-changed-after-save = You changed answers after saving: the file still holds the old ones. Save it again to give the trainer the new answers.
qr-keep-name = Your company's name
qr-keep = Keep this as my company
qr-keep-hint = Creates your company in Mamori with these answers, so you can continue from here.
qr-start-over = Start over
# Class view.
cls-title = Class view
cls-lead = Load the result files the attendees saved. The files hold only answers, no names.
cls-load = Load attendee files…
cls-attendees = { $count ->
    [one] 1 attendee
   *[other] { $count } attendees
}
cls-skipped = { $count ->
    [one] 1 file was not counted:
   *[other] { $count } files were not counted:
}
cls-skipped-file = { $file }: { $reason }
cls-mean-median = Mean score: { $mean } points. Median: { $median } points.
cls-histogram = Scores of the class (attendees per 10 points)
cls-histogram-range = { $from } to { $to } points
cls-histogram-bar = { $from } to { $to } points: { $count }
cls-range = Points
cls-count = Attendees
cls-bands = Results by band
cls-band = Band
cls-weakest = The 5 weakest questions (more when tied)
cls-rank = { $rank }.
cls-rank-tied = { $rank }. (tie)
cls-no-maturity = No attendee answered the maturity check, so there are no directions to compare.
cls-not-answered = not answered
cls-mean-points = Mean points (−1 to 4)
cls-answers = How the class answered
cls-answer-count = { $label }: { $count }
cls-weakest-directions = The weakest directions
cls-directions = All ten directions
cls-direction = Direction
cls-mean-percent = Mean maturity
cls-percent = { $percent } %
cls-direction-attendees = Attendees who answered
cls-empty = No attendee file was counted yet.
cls-save-pdf = Save the class report (PDF)…

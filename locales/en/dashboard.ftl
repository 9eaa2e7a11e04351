# Dashboard: progress, self-check score, SECURITY ACTION, maturity radar and next actions.
dash-title = { $org }: where you stand
dash-round = Round { $number }, as of { $date }
dash-overall-heading = Overall progress
dash-percent = { $value } %
dash-stage-basics = The five basics
dash-stage-selfcheck = Self-check questions
dash-stage-directions = Steps of the ten directions
dash-stage-maturity = Maturity statements
dash-count = { $done } of { $total }
dash-score-heading = Self-check score
dash-points = { $points } points (out of 100)
dash-points-so-far = { $points } points so far
dash-answered = { $answered } of { $total } questions answered. You get the final score and what it means when all are answered.
dash-finish-selfcheck = Finish the self-check
dash-stars-heading = SECURITY ACTION
dash-stars = { $stars ->
    [0] Not yet ready to declare
    [1] Ready to declare ★ (one star)
   *[other] Ready to declare ★★ (two stars)
}
dash-since-heading = Since round { $number }
dash-since-no-score = The self-check of the last round was not finished, so there is no score to compare with.
dash-since-score = Self-check: { $before } points last round, { $now } points { $complete ->
    [yes] now
   *[no] so far this round
} (change: { $change }).
dash-maturity-heading = Maturity by direction
dash-maturity-lead = { $answered } of { $total } statements answered. A direction with no answers shows 0 %.
dash-radar-desc = A radar chart with one axis per direction, from 0 % in the centre to 100 % at the edge. The table below the chart gives the same numbers.
dash-legend-current = This round (solid line)
dash-legend-previous = Previous round (dashed line)
dash-table-caption = Maturity by direction, in percent
dash-col-direction = Direction
dash-col-now = This round
dash-col-previous = Previous round
dash-col-change = Change
dash-none = not checked
dash-change = { $change } { $direction ->
    [up] (better)
    [down] (lower)
   *[same] (no change)
}
dash-open-maturity = Answer the maturity statements
dash-next-heading = Next actions
dash-next-none = No open actions. Well done!
dash-overdue = Overdue:
dash-action-owner = Who: { $owner }
dash-action-no-owner = No one assigned yet
dash-action-due = due { $date }
dash-action-no-due = no due date
dash-open-actions = Open the action plan
dash-short-d1 = Policy
dash-short-d2 = Responsibility
dash-short-d3 = Budget and people
dash-short-d4 = Risks and plan
dash-short-d5 = Protection
dash-short-d6 = Review (PDCA)
dash-short-d7 = Incident team
dash-short-d8 = Recovery
dash-short-d9 = Supply chain
dash-short-d10 = Information sharing

# The maturity check screen: four statements per direction, one direction at a time, then a summary.
mt-about = About this check and how it is scored
mt-progress-label = Statements answered
mt-progress = { $answered } of { $total } statements answered
mt-direction-nav = Directions
mt-goto-done = Direction { $number }: { $title }, all answered
mt-goto-open = Direction { $number }: { $title }, not finished
mt-direction-of = Direction { $number } of { $total }
mt-direction-label = { $number }. { $title }
mt-statement-of = Statement { $number } of { $total }
mt-keys-hint = Tip: the arrow keys move between the answers, and Enter goes to the next statement. Your answer is saved as soon as you choose it.
mt-prev-direction = Previous direction
mt-next-direction = Next direction
mt-see-summary = See the summary
mt-summary-title = Your maturity by direction
mt-summary-incomplete = { $count ->
    [one] One statement is not answered yet; it counts as no points until you answer it.
   *[other] { $count } statements are not answered yet; they count as no points until you answer them.
}
mt-col-direction = Direction
mt-col-percent = This round
mt-col-previous = Last round
mt-col-open = Still to find out
mt-percent = { $percent }%
mt-dont-know-count = { $count ->
    [one] 1 "Don't know"
   *[other] { $count } "Don't know"
}
mt-unanswered-count = { $count ->
    [one] 1 not answered
   *[other] { $count } not answered
}
mt-go-dashboard = See the chart on the dashboard
mt-review = Look at or change my answers

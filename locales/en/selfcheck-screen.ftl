# The self-check screen: one part and one question at a time, then the result.
sc-about = About this self-check
sc-progress-label = Questions answered
sc-progress = { $answered } of { $total } answered
sc-part-of = Part { $number } of { $total }
sc-part-official = In IPA's self-check:
sc-part-range = questions { $first } to { $last }
sc-part-label = Part { $number }: { $title }
sc-question-nav = Questions in this part
sc-goto-answered = Question { $number }, answered
sc-goto-open = Question { $number }, not answered yet
sc-question-number = Question { $number }
sc-why = Why this matters
sc-how = How to do it
sc-note = Your note: { $note }
sc-keys-hint = Tip: the arrow keys move between the answers, and Enter goes to the next question. Your answer is saved as soon as you choose it.
sc-prev-question = Previous question
sc-next-question = Next question
sc-prev-part = Part { $number }
sc-next-part = Part { $number }
sc-part-nav = Parts of the self-check
sc-still-open = { $count ->
    [one] One question still needs an answer. Here it is.
   *[other] { $count } questions still need an answer. Here is the first one.
}
sc-all-answered = All 25 questions are answered. Your result is ready.
sc-see-result = See my result
sc-result-title = Your result
sc-result-score = { $total } points out of { $max }
sc-result-previous = Last round: { $previous } points ({ $change ->
    [0] no change
   *[other] { $diff } points
})
sc-result-parts = Points by part
sc-result-part-col = Part
sc-result-points-col = Points
sc-result-part-points = { $score } of { $max }
sc-result-dont-know = { $count ->
    [one] One question to find out about
   *[other] { $count } questions to find out about
}
sc-result-actions-added = Every question you answered "Partly", "Not done" or "Don't know" has been added to your action plan, so nothing gets forgotten.
sc-result-next = What to do next
sc-result-go-policy = Write your basic security policy (for ★★)
sc-result-go-actions = See your action plan
sc-result-review = Look at or change my answers

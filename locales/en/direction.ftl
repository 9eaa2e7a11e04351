# One of the ten directions: headings, step progress and navigation.
dir-kicker = Direction { $number } of { $total }
dir-heading = { $number }. { $title }
dir-official-label = Official Japanese title:
dir-progress = { $done } of { $total } steps done{ $na ->
    [0] {""}
   *[other] , { $na } not applicable
}
dir-ask-heading = What the owner asks
dir-why-heading = Why it matters
dir-story-heading = Mamori's example: what could happen at a small firm (not a real company's story)
dir-roles-heading = Who does what in a small firm
dir-steps-heading = Steps
dir-steps-lead = Mark each step as you go. Changes are saved as you make them.
dir-role-heading = { $role }
dir-effort = Effort: { $effort }
dir-evidence = What counts as evidence:
dir-step-status = Status
dir-status-todo = Not started
dir-status-doing = In progress
dir-status-done = Done
dir-status-na = Not applicable
dir-na-hint = Write in a sentence why this step does not apply to your company. It is needed to mark the step as not applicable.
dir-maturity-link = Check the maturity of this direction
dir-nav-label = Other directions
dir-prev = Previous: { $number }. { $title }
dir-next = Next: { $number }. { $title }
dir-not-found = This direction could not be found.
dir-first = Go to direction 1
dir-done-on = done on { $date }
dir-more = Note and evidence
dir-evidence-hint = Write down what shows the step is done and where to find it, e.g. "signed policy in the office binder".

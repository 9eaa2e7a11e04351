# Stage 1: the five basics.
bs-title = The five basics
bs-lead = Five habits that protect any business. Work through the steps of each one and record how far you have got. Once each of the five has at least one step marked as done, in progress or not applicable, you are ready to declare SECURITY ACTION ★ (one star); all five do not have to be finished.
bs-progress = { $done } of { $total } basics done
bs-number = Basic { $number }:
bs-practised = Done: every step is ticked off
bs-steps-done = { $done } of { $total } steps done
bs-official-caption = IPA's wording (情報セキュリティ5か条)
bs-steps-title = Steps
bs-step-done = ✓ Done
bs-step-who = Who: { $role }
bs-step-effort = Time: { $effort }
bs-step-na = marked "does not apply"
bs-evidence = What shows it is done
bs-next-lead = Next, the 25-question self-check shows where your company stands. You can take it now, even before every basic is done.
bs-continue = Continue to the self-check

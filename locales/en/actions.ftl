# Action plan: the list, filters, editing, adding and the calendar export.
actions-title = Action plan
actions-lead = Everything your company has decided to do, with who does it and by when. Mamori adds an item for each gap the self-check and the maturity check find, and for each "don't know". You can add your own too. Changes are saved as you make them.
actions-summary = { $total ->
    [one] 1 action
   *[other] { $total } actions
}, { $open } not done yet, { $overdue } overdue.
actions-add = Add an action
actions-add-heading = A new action
actions-add-save = Add to the plan
actions-ics = Export due dates to a calendar (.ics)
actions-ics-hint = The file can be opened in Outlook, Google Calendar or the calendar on your phone. It contains the due dates of open actions and steps.
actions-ics-done = { $events ->
    [one] Exported 1 due date.
   *[other] Exported { $count } due dates.
}
actions-filters = Show only
actions-filter-all = All
actions-filter-no-owner = No one assigned
actions-filter-direction = Direction
actions-filter-no-direction = Not tied to a direction
actions-due-overdue = Overdue
actions-due-this-month = Due this month
actions-due-later = Due later
actions-due-none = No due date
actions-showing = Showing { $shown } of { $total }.
actions-clear-filters = Show all
actions-empty = No actions yet. Take the self-check, or add your own.
actions-none-match = No actions match. Try another filter.
actions-status-open = Not started
actions-status-doing = In progress
actions-status-done = Done
actions-effort-none = Not set
actions-overdue = Overdue (was due { $date })
actions-direction = Direction { $number }: { $title }
actions-src-gap-selfcheck = From self-check question { $number }:
actions-src-dk-selfcheck = Find out: you answered "don't know" to self-check question { $number }:
actions-src-gap-maturity = From the maturity check, direction { $number }:
actions-src-dk-maturity = Find out: you answered "don't know" in the maturity check, direction { $number }:
actions-src-step = From a step of direction { $number }:
actions-src-manual = Added by you
actions-src-other = From { $ref }
actions-delete = Delete
actions-delete-label = Delete the action “{ $title }”
actions-delete-confirm = Delete “{ $title }” from the plan? This cannot be undone.
actions-src-quote = “{ $text }”

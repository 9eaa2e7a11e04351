# The portfolio: every organization (a contractor's clients), its import compare screen.
pf-title = Organizations
pf-lead = Every organization at a glance: who is behind, who has overdue actions. Open one to continue its work.
pf-empty = No organizations yet.
pf-none-match = No organization matches the search and filters.
pf-count = { $shown ->
    [one] Showing 1 of { $total }
   *[other] Showing { $shown } of { $total }
}
pf-search = Search by name or reading
pf-search-hint = Kana or letters; spaces are ignored.
pf-sort = Sort by
pf-sort-name = Name (reading)
pf-sort-score = Self-check score (lowest first)
pf-sort-overdue = Overdue actions (most first)
pf-sort-activity = Last activity (oldest first)
pf-filter-stage = Stage
pf-filter-stage-all = All stages
pf-filter-overdue = Only with overdue actions
pf-filter-archived = Show archived organizations
pf-stage = Stage: { $stage }
pf-stage-basics = the five basics
pf-stage-selfcheck = the self-check
pf-stage-policy = the basic security policy
pf-stage-directions = the ten directions
pf-stage-maturity = the maturity check
pf-stage-done = all stages done
pf-score = Self-check: { $score } points ({ $answered } of 25 answered)
pf-score-none = Self-check: not started
pf-band = Result: { $band }
pf-stars = SECURITY ACTION: { $stars ->
    [0] level 0 (not yet ready)
    [1] level 1 (ready for ★)
   *[other] level 2 (ready for ★★)
}
pf-overdue = { $count ->
    [0] No overdue actions
    [one] 1 overdue action
   *[other] { $count } overdue actions
}
pf-last-activity = Last activity: { $date }
pf-no-activity = No activity recorded yet
pf-archived = Archived
pf-reading = Reading: { $reading }
pf-open = Open
pf-open-label = Open { $name }
pf-archive = Archive
pf-unarchive = Bring back
pf-save-file = Save this client's file…
pf-delete = Delete…
pf-delete-confirm = Delete “{ $name }” and everything recorded for it? You can undo this for a few seconds.
pf-delete-yes = Delete
pf-deleted = “{ $name }” was deleted.
pf-undo = Undo
pf-undone = “{ $name }” is back.
pf-archived-done = “{ $name }” was archived. Show archived organizations to see it again.
pf-unarchived-done = “{ $name }” is back in the list.
pf-file-saved = The client's file was saved to { $path }.
pf-add-title = Add an organization
pf-add-name = Name of the organization
pf-add = Add
pf-demo-title = Practice company
pf-demo-open = Open the practice company
pf-demo-reset = Reset the practice company
pf-demo-confirm = Reset the practice company? Everything done with it so far is replaced by its starting state.
pf-import = Import a client file…
pf-imported = “{ $name }” was imported.
pf-more = More
pf-seminar = Seminar mode
pf-seminar-lead = For trainers: reset the practice company, show it on a projector, run an anonymous quick check, and see the whole class.
# Import compare.
imp-title = “{ $name }” is already here: choose what to keep
imp-lead = For each part, keep what is here now or take the file's version. Nothing changes until you choose “Import”.
imp-caption = This organization here and in the file, part by part
imp-section = Part
imp-local = Here now
imp-file = In the file
imp-keep = Keep
imp-section-profile = Company profile
imp-section-rounds = Self-check, maturity and steps
imp-section-actions = Action plan
imp-section-partners = Partners
imp-section-documents = Policy and incident card
imp-items = { $count ->
    [one] 1 item
   *[other] { $count } items
}
imp-updated = changed { $date }
imp-updated-unknown = date of change unknown
imp-detail = ({ $detail })
imp-same = Same on both sides
imp-nothing = Nothing
imp-keep-local = Keep mine
imp-keep-file = Take the file's
imp-newer = newer
imp-apply = Import

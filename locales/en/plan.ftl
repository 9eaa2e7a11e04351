# Action plan: titles of actions Mamori adds for you, and the calendar export.
# $what is the text of the question the action comes from.
plan-title-gap = Put in place: { $what }
plan-title-dont-know = Find out: { $what }
ics-action-prefix = Mamori: 
dialog-save-ics = Save the plan's due dates as a calendar file
dialog-save-org-file = Save this organization's file
dialog-open-org-file = Choose an organization file to import
filter-ics = Calendar file
filter-org-file = Mamori organization file
dialog-save-backup = Save a backup of all Mamori data
dialog-open-backup = Choose a Mamori backup to restore
filter-backup = Mamori backup

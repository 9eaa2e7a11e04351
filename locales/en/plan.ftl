# Action plan: titles of actions Mamori adds for you, and the calendar export.
# $what is the text of the question the action comes from.
plan-title-gap = Put in place: { $what }
plan-title-dont-know = Find out: { $what }
ics-action-prefix = Mamori: 

# The basic security policy builder (for SECURITY ACTION ★★).
pol-title = Your basic security policy
pol-lead = A one-page statement, signed by the owner, of how your company protects information. Fill in a few blanks below; Mamori writes the rest from a template, and you can see the finished policy as you type. Adopting it and making it public is part of SECURITY ACTION ★★ (two stars).
pol-step-fill = Step 1: Fill in the blanks
pol-step-adopt = Step 2: Adopt it and make it public
pol-adopted-on = The owner adopted it on
pol-adopted-on-hint = The day the owner read the policy and decided to follow it. Usually the same day as the date on the policy. Fill this in once the owner has decided; it is one of the ★★ checks.
pol-published-where = Where it is published
pol-published-where-hint = Where customers and partners can read it, for example "on our website (Company > Security policy)". A copy on the office notice board helps staff, but ★★ asks for it to be public.
pol-autosave-hint = Everything you type is saved automatically.
pol-preview = Preview of your policy
pol-preview-hint = This is how the finished policy will read. Lines like ______ are still blank: fill them in above, or write on the printed copy.
pol-print = Print
pol-blank = ______
pol-go-selfcheck = The 25-question self-check is also needed for ★★: continue it

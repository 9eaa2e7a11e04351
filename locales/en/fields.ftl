# Labels of the fields the direction steps, action plan and partner register save. The error
# banner shows a backend field error with these labels (field-<name>).
field-naReason = Why it does not apply
field-owner = Who does it
field-dueDate = By when
field-doneDate = Date done
field-note = Note
field-evidenceNote = What shows it is done
field-title = What to do
field-status = Status
field-effort = Effort
field-relation = Relationship
field-handles = What they handle for you
field-securityActionLevel = Their SECURITY ACTION level
field-contractHasSecurityClause = Security clause in the contract
field-lastChecked = Last checked

# Organizations: form field labels (also used in error messages), the CLI's output.
field-name = Name
field-nameReading = Name reading
field-industry = Industry
field-employeeBand = Number of employees
field-contactPerson = Contact person
field-notes = Notes
field-today = Today's date
field-orgId = Organization ID
orgs-none = No organizations yet. Add one with “orgs add --name NAME”, or try the demo company with “demo”.
orgs-heading = { $count ->
        [one] 1 organization
       *[other] { $count } organizations
    }
orgs-line = { $name }  [{ $id }]
    .round = latest assessment: started { $started } ({ $state ->
        [open] in progress
       *[closed] closed
    }), self-check { $answered }/25 answered, score { $score }
    .no-round = no assessment yet
    .actions = open actions: { $open }, overdue: { $overdue }
    .archived = (archived)
orgs-created = Created “{ $name }” ({ $id }).
demo-created = The demo company “{ $name }” is ready ({ $id }). Running “demo” again resets it.
export-written = Exported “{ $name }” to { $path }.
import-done = Imported “{ $name }” ({ $id }).
import-replace-hint = To replace it with the file's contents: mamori-cli import { $path } --replace
import-replaced = Replaced “{ $name }” ({ $id }) with the file's contents.
file-read-failed = The file { $path } could not be read. Please check the name and that you may read it.
file-write-failed = The file { $path } could not be written. Please check the folder, its permissions and free space.

# One message per error code (crates/app ErrorCode). Shown to the user; the technical detail goes
# to the log only.
error-invalid-input = Please check what you entered: { $reason }
error-not-found = { $what ->
        [organization] This organization is no longer in Mamori: it may have been deleted, or replaced by an imported file. Open it again from the list of organizations.
        [action-item] This task is no longer in the action plan: it may have been deleted in the meantime. Open the action plan again to see it as it is now.
        [partner] This partner is no longer in the list: it may have been deleted in the meantime. Open the list of partners again to see it as it is now.
        [assessment-round] This assessment no longer exists. Open the organization again from the list of organizations.
        [open-assessment-round] No assessment is in progress for this organization, so nothing was changed. Start a new assessment from the organization's start page.
       *[other] What you were working on could not be found; it may have been deleted in the meantime. Go back to the previous screen and try again.
    }
error-storage = Your data could not be saved. Please try again. If it keeps failing, check that the data folder has free space and can be written to.
error-db-newer = This data was made by a newer version of Mamori (data version { $found }; this app handles up to { $supported }). Nothing was changed. Please update Mamori, then open it again.
error-db-corrupt = The data file is damaged or is not a Mamori file ({ $path }). The original file was not changed or deleted. Restore a backup (Mamori makes one every day), or ask your support contact for help.
error-db-readonly = Mamori cannot write to its data folder ({ $path }), so the last change was not saved. Check that the folder is not read-only and that no other program is holding it, then start Mamori again. If you are not sure how, ask whoever looks after your computer.
error-disk-full = The disk is full, so nothing could be saved. Free some space and try again; what you entered has not been lost.
error-conflict = { $entity ->
        [organization] This organization is already in Mamori (ID { $id }). To overwrite it with the file, import it again and choose to replace it. Nothing was changed.
        [open-round] An assessment is already in progress. Close it before starting a new one.
       *[other] The file contains records that already belong to another organization in Mamori (ID { $id }). Nothing was changed.
    }
error-bad-bundle = This file cannot be imported, so nothing was changed. { $problem ->
        [syntax] It is not a valid Mamori export file, or it is cut off (line { $line }, column { $column }).
        [too-large] The file is larger than { $max } MB.
        [not-a-bundle] It is not a Mamori export file.
        [unsupported] It was made by a newer version of Mamori (format { $found }). Please update Mamori, then import it again.
        [missing] “{ $field }” is missing.
        [unknown-field] “{ $field }” is not part of a Mamori export file.
        [wrong-type] “{ $field }” has the wrong kind of value.
        [unknown-value] “{ $field }” has a value Mamori does not know: { $value }
        [unknown-content-id] “{ $field }” refers to a question or step this version of Mamori does not have: { $value }
        [duplicate] “{ $field }” appears twice: { $value }
        [bad-date] “{ $field }” is not a valid date between 2000 and 2100: { $value }
        [too-long] “{ $field }” is too long (at most { $max } characters).
        [empty] “{ $field }” is empty.
        [control-char] “{ $field }” contains an invisible control character ({ $value }), such as a tab.
        [bad-id] “{ $field }” is not a valid ID: { $value }
        [bad-reference] “{ $field }” refers to something that is not in the file: { $value }
        [second-open-round] “{ $field }”: the file has more than one assessment in progress.
        [closed-before-started] “{ $field }”: an assessment is closed before it started.
       *[other] Its content is not valid (at “{ $field }”).
    } { $problem ->
        [unsupported] {""}
        [control-char] Ask whoever made the file to type that text again in Mamori without it, then save the file again.
        [unknown-content-id] Please update Mamori, then import it again.
       *[other] If someone sent it to you, ask them to save it again from Mamori and send the new file.
    }
error-invalid-field = Please check “{ $field }”: { $problem ->
        [empty] it must not be empty.
        [too-long] it is too long (at most { $max } characters).
        [control-char] it contains an invisible control character ({ $value }), such as a tab or a line break copied from another program. Delete it (or type the text again) and save.
        [bad-date] it is not a valid date between 2000 and 2100 ({ $value }).
        [unknown-value] “{ $value }” is not one of the allowed values.
        [unknown-content-id] “{ $value }” is not a question or step of the current guidance.
        [bad-reference] it refers to something that does not exist ({ $value }).
        [missing] it is required.
       *[other] the value is not valid.
    }
error-round-closed = This assessment is closed, so it can no longer be changed. Start a new assessment to record changes.
error-internal = Something unexpected went wrong. Please try again. If it happens again, close Mamori and start it again: everything already saved is kept.
error-unknown = An unknown error occurred. Please try again. If it happens again, close Mamori and start it again: everything already saved is kept.
error-not-damaged = Mamori's data opened normally, so nothing was replaced. To go back to an earlier state, use “Restore a backup…” in the settings.

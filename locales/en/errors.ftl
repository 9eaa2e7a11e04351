# One message per error code (crates/app ErrorCode). Shown to the user; the technical detail goes
# to the log only.
error-invalid-input = Please check what you entered: { $reason }
error-not-found = “{ $what }” could not be found.
error-storage = Your data could not be saved. Please try again. If it keeps failing, check that the data folder has free space and can be written to.
error-db-newer = This data was made by a newer version of Mamori (data version { $found }; this app handles up to { $supported }). Nothing was changed. Please update Mamori, then open it again.
error-db-corrupt = The data file is damaged or is not a Mamori file ({ $path }). The original file was not changed or deleted. Restore a backup, or ask your support contact for help.
error-db-readonly = Mamori cannot write to its data folder ({ $path }). Please check the folder's permissions.
error-disk-full = The disk is full, so nothing could be saved. Free some space and try again; what you entered has not been lost.
error-internal = Something unexpected went wrong. Please try again.
error-unknown = An unknown error occurred.

# The settings screen: company profile, branding for reports, backups, text size and language.
st-title = Settings
st-lead = These settings are kept on this computer.
st-profile = Company profile
st-profile-none = Open an organization to change its profile.
st-branding = Your name on reports
st-branding-lead = Used on the reports you hand to clients: your company's name, a contact line and your logo.
st-contractor-name = Your company's name
st-contact-line = Contact line (phone, e-mail or website)
st-branding-save = Save
st-branding-saved = Saved. Reports will show it.
st-logo = Logo
st-logo-preview = Your logo as reports will show it
st-logo-none = No logo chosen.
st-logo-choose = Choose a logo…
st-logo-hint = A PNG or JPEG picture, at most 2 MB.
st-logo-remove = Remove the logo
st-backups = Backups
st-backups-lead = A backup holds every organization in Mamori. Keep one somewhere safe, such as a USB stick.
st-backup-now = Back up now…
st-backup-saved = The backup was saved to { $path }.
st-daily = Mamori also makes a backup by itself once a day and keeps the last { $kept }.
st-daily-dir = Folder of the daily backups: { $dir }
st-daily-list = Daily backups (newest first)
st-daily-none = No daily backup yet.
st-restore = Restore a backup…
st-restore-warning = Restoring replaces ALL organizations in Mamori with those in the backup. Work done since that backup is lost. Mamori first saves a copy of the data as it is now, so you can go back. Continue and choose the backup file?
st-restore-yes = Choose the backup and restore
st-restored = The backup is restored: { $count ->
    [one] 1 organization
   *[other] { $count } organizations
}. The data as it was before is kept at { $path }.
st-display = Text size and language
st-text-size = Text size: { $percent } %
st-text-smaller = Smaller
st-text-larger = Larger
st-text-reset = Normal
st-language = Language

# Start-up with a damaged data file: put a backup in its place.
rc-title = Continue from a backup
rc-lead = Mamori can put a backup in place of the damaged file. The damaged file is not deleted: it is moved to the backups folder, so your support contact can still look at it.
rc-daily = Mamori's automatic daily backups are in: { $dir }
rc-newest = The newest is { $name }. Choose it in the next window unless you know a better copy.
rc-none = There is no automatic backup in that folder. If you made a backup yourself (for example on a USB stick), choose that file.
rc-choose = Choose a backup…
rc-done = Mamori continues from the backup: { $count ->
        [one] 1 organization
       *[other] { $count } organizations
    }. The damaged file was kept at { $path }.

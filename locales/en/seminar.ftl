# Seminar mode: the attendee's result file and the class view.
dialog-save-attendee = Save your anonymous result file for the trainer
dialog-open-attendees = Choose the attendees' result files
filter-attendee = Mamori attendee file
seminar-error-incomplete = Answer all 25 questions first: { $missing } are still open.
seminar-skip-too-large = The file is too large for an attendee file (more than { $max } bytes).
seminar-skip-not-attendee = This is not a Mamori attendee file.
seminar-skip-unknown-question = The file names a question Mamori does not have ({ $question }).
seminar-skip-unknown-answer = Question { $question } has an answer Mamori does not know ({ $value }).
seminar-skip-control-char = The file contains an invisible control character ({ $value }) where only answers belong. Ask the attendee to save the file again from Mamori.
seminar-skip-incomplete = The self-check in this file is not complete ({ $missing } questions open).
seminar-skip-unreadable = The file could not be read.
seminar-error-no-class = Load the attendees' files first.
class-written = Class report of { $attendees } attendees written to { $path } ({ $skipped } files skipped).
class-skipped = Skipped { $file }: { $reason }

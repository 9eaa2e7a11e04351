# The self-check result and the errors for a bad set of answers (app and mamori-cli). Band titles
# and advice, part titles and question texts come from content/ipa-sme-3-1.ftl.

## Result
selfcheck-result-heading = Self-check result
selfcheck-result-score = Score: { $total } out of { $max } points
selfcheck-result-part = Part { $part } ({ $title }): { $score } / { $max }
selfcheck-result-dont-know =
    { $count ->
        [one] You answered “Don't know” to 1 question:
       *[other] You answered “Don't know” to { $count } questions:
    }
selfcheck-result-question = Question { $question }: { $text }

## Errors
selfcheck-error-missing = question { $question } has no answer
selfcheck-error-missing-many = questions { $questions } have no answer
selfcheck-error-unknown-question = “{ $key }” is not a question of the self-check (the questions are numbered 1 to { $last })
selfcheck-error-unknown-answer = the answer “{ $value }” to question { $question } is not valid; use one of: { $allowed }
selfcheck-error-file-not-found = the answers file { $path } does not exist
selfcheck-error-file-unreadable = the answers file { $path } could not be read
selfcheck-error-file-malformed = the answers file { $path } is not valid JSON (line { $line }, column { $column })
selfcheck-error-not-object = the answers file { $path } must hold one JSON object of answers, such as {"{"}"1": "done", "2": "partly"{"}"}

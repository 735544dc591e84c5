# LPHM interface, English (the reference locale: every other locale has every id here).

## Frame

app-title = LPHM: Learning Platform on Human Mobility
app-name = LPHM
offline-ready = Works offline
offline-hint = Everything on this screen is stored on this computer and works without a connection.
language-label = Interface language
language-endonym-en = English
language-endonym-fr = Français
language-endonym-pl = Polski
language-endonym-zu = isiZulu
breadcrumb-label = You are here
nav-label = Course navigation
nav-previous = Previous
nav-next = Next
duration-minutes = { $minutes } min

## First start and profiles

welcome-title = Welcome to LPHM
welcome-lead = Courses on migration and human mobility for officials of local and regional authorities. Everything works on this computer, with or without a connection.
welcome-language = Choose your language
welcome-profile = Create your learner profile
profile-name = Your name
    .placeholder = e.g. Awa Ndiaye
profile-authority = Authority or city
    .placeholder = e.g. City of Diourbel
profile-role = Role
    .placeholder = e.g. Social cohesion officer
profile-create = Create profile and start
profiles-title = Learner profiles on this computer
profiles-switch = Switch profile
profiles-current = In use
profiles-use = Use this profile
profiles-add = Add a profile

## Catalogue and course

catalogue-title = My courses
catalogue-greeting = Welcome back, { $name }.
catalogue-empty = No course is installed on this computer yet.
course-facts = { $modules ->
    [one] 1 module
   *[other] { $modules } modules
  } · about { $minutes } min of reading
progress-label = { $done } of { $total } steps done
progress-items = { $total ->
    [one] { $done } of 1 step done
   *[other] { $done } of { $total } steps done
  }
course-start = Start the course
course-continue = Continue
module-number = Module { $n }
lesson-done = Done
lesson-not-done = Not done yet
quiz-badge = Quiz
quiz-questions = { $count ->
    [one] 1 question
   *[other] { $count } questions
  }
quiz-best = Best score { $best } · { $attempts ->
    [one] 1 attempt
   *[other] { $attempts } attempts
  }
step-quiz = Quiz: { $title }

## Lessons

lesson-complete = Mark as complete
lesson-completed = Completed ✓
lesson-saved = Saved on this computer
lesson-fallback = This lesson is not yet available in your language. It is shown in { $lang }.
content-language-label = Course text in
content-language-same = Same as the interface
lesson-image-missing = Image not available
lesson-link-outside = This link leads to the internet and is not opened from LPHM: { $url }

## Quizzes

quiz-intro = { $count ->
    [one] 1 question.
   *[other] { $count } questions.
  } You pass with { $mark } correct answers. Every attempt is kept.
quiz-already-passed = You have already passed this quiz (best score { $best }). You can practise again.
quiz-question-number = Question { $n } of { $total }
quiz-hint-single = Choose one answer.
quiz-hint-multiple = Choose every answer that applies.
quiz-true = True
quiz-false = False
quiz-submit = Submit answers
quiz-retry = Try again
quiz-feedback-right = Correct.
quiz-feedback-wrong = Not quite.
quiz-passed = Passed!
quiz-failed = Not passed yet.
quiz-outcome = { $correct } of { $total } correct ({ $score }); the pass mark is { $mark }.
quiz-history = { $count ->
    [one] Your attempt
   *[other] Your { $count } attempts
  }
quiz-score = { $correct } of { $total } correct
quiz-passed-short = passed
quiz-failed-short = not passed

## Importing and removing courses

import-button = Import a course…
import-dialog-title = Choose an LPHM course package
import-dialog-filter = LPHM course packages
import-title = Importing a course
import-reading = Checking and installing { $file }…
import-progress = { $percent } done
import-cancel = Cancel
import-cancelling = Cancelling…
import-installed = “{ $title }” (version { $version }) is installed. It is ready to study, with or without a connection.
import-updated = “{ $title }” was updated from version { $previous } to { $version }. Your progress is kept.
import-removed-lessons = { $count ->
    [one] One lesson of the old version is not in this one. Your record of it is kept.
   *[other] { $count } lessons of the old version are not in this one. Your record of them is kept.
  }
import-already = “{ $title }” version { $version } is already installed. Nothing changed.
import-failed = The course could not be imported.
import-nothing-changed = Nothing on this computer was changed.
import-close = Close
course-remove = Remove this course…
course-remove-confirm = Remove “{ $title }” from this computer?
course-remove-keep-note = Your progress is kept, and it comes back if you import the course again.
course-remove-forget = Also delete my progress in this course
course-remove-yes = Remove the course
course-remove-no = Keep the course
course-removed = “{ $title }” was removed from this computer.

## Screens that could not be shown

screen-error-title = This page could not be shown
screen-error-back = Back to my courses
fatal-title = LPHM cannot open your data
fatal-folder = Data folder:
fatal-next-store-locked = Close the other LPHM window (check the taskbar), then start LPHM again.
fatal-next-store-corrupt = Keep this folder as it is and contact your IT support or course coordinator: they can restore it from a copy. Do not delete it.
fatal-next-store-unreadable = Check that the disk is connected and that your account may read and write this folder, then start LPHM again.
fatal-next-store-newer-schema = Install the latest version of LPHM, then start it again.
fatal-next-other = Start LPHM again. If this keeps happening, contact your course coordinator.
fatal-nothing-deleted = Nothing has been deleted or changed.

## Errors (error-<code>, codes come from the Rust side)

error-unexpected = Something unexpected happened ({ $code }). Your saved progress is safe.
error-store-unreadable = The data folder cannot be read or written.
error-store-locked = LPHM is already open in another window and is using this data.
error-store-corrupt = The data in this folder is damaged and could not be opened.
error-store-newer-schema = This data was saved by a newer version of LPHM.
error-store-disk-full = The disk is full, so this was not saved. Free some space and try again.
error-store-io = The disk could not be written, so this was not saved. Try again.
error-store-corrupt-record = A stored record is damaged and could not be read.
error-content-io = A course file could not be read.
error-content-missing-file = A course file is missing: { $detail }
error-content-malformed = A course file is not valid: { $detail }
error-content-unsupported-format = This course was made for a newer version of LPHM.
error-content-bad-id = A course contains an invalid identifier: { $detail }
error-content-duplicate-id = A course uses the same identifier twice: { $detail }
error-content-missing-fallback = A course is missing text in its main language: { $detail }
error-content-bad-question = A quiz question is not valid: { $detail }
error-profile-name-required = Please enter your name.
error-profile-not-found = This profile no longer exists on this computer.
error-profile-none = Create or choose a learner profile first.
error-language-unknown = This language is not available.
error-course-not-found = This course is not installed on this computer.
error-lesson-not-found = This lesson is not in the installed version of the course.
error-quiz-not-found = This quiz is not in the installed version of the course.
error-quiz-unanswered = { $count ->
    [one] One question has no answer yet. Answer it, then submit again; nothing was recorded.
   *[other] { $count } questions have no answer yet. Answer them, then submit again; nothing was recorded.
  }
error-quiz-invalid-answer = These answers do not match the quiz. Reload the quiz and try again.
error-package-not-a-package = This file is not an LPHM course package, or it is damaged. Ask for a new copy.
error-package-truncated = This package is incomplete: the copy or download was cut short. Copy it again, then import it.
error-package-unsupported-format = This package was made for a newer version of LPHM. Install the latest LPHM, then import it again.
error-package-bad-manifest = The list of contents in this package is not valid: { $detail }
error-package-unknown-key = This package is signed by a publisher this computer does not trust (key { $key }). If you expected it, ask your IT support to add the publisher's key.
error-package-bad-signature = The signature of this package does not match its contents: it may have been altered. Do not use it; ask the publisher for a new copy.
error-package-tampered = The file { $path } in this package was changed after it was signed. Do not use this package; ask the publisher for a new copy.
error-package-unsafe-entry = This package contains something that is not allowed ({ $path }). It was refused to protect this computer.
error-package-too-large = This package is larger than LPHM allows ({ $detail }). It was refused.
error-package-missing-file = This package is incomplete: { $path } is missing. Ask for a new copy.
error-package-cancelled = The import was cancelled.
error-package-bad-key = The key file is not valid: { $detail }
error-package-io = The package could not be read: { $detail }
error-package-file-unreadable = The file { $path } could not be opened: { $detail }
error-package-older-version = This package holds version { $found } of the course, but version { $installed } is already installed. An older version cannot replace a newer one.
error-package-same-version-differs = This package has the same version number ({ $version }) as the installed course but different contents. Ask the publisher for a package with a new version number.
error-trust-key-not-found = No trusted key has the id { $key }.

## Command-line tool (lphm)

cli-keygen = New key { $id }. Secret key: { $secret } (keep it private, and keep a backup). Public key: { $public }.
cli-packed = Packed { $course } version { $version }: { $files } files, { $bytes } bytes, signed with key { $key }, in { $file }.
cli-verified = The package is valid: { $course } version { $version }, { $files } files, signed by { $signer } (key { $key }).
cli-compare-same = { $file } holds exactly the course in the folder ({ $files } files).
cli-compare-differs = { $file } does not match the course folder. Changed, added or removed: { $changed }
cli-imported = Installed { $course } version { $version }.
cli-updated = Updated { $course } from version { $previous } to { $version }; progress is kept. { $removed ->
    [0] {""}
    [one] One lesson of the old version is not in this one.
   *[other] { $removed } lessons of the old version are not in this one.
  }
cli-already-installed = { $course } version { $version } is already installed; nothing changed.
cli-list-empty = No course is installed.
cli-removed = Removed { $course }. Learners' progress is kept.
cli-trusted = This computer now trusts key { $key } ({ $name }).
cli-untrusted = Key { $key } is no longer trusted.

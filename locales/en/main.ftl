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

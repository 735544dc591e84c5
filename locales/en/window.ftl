# The window: messages added with the screens split into components (issue 13).

## Keyboard and screen readers

skip-to-content = Skip to content

## Catalogue and course

catalogue-greeting-first = Welcome, { $name }. Choose a course to begin: your progress is saved on this computer as you go.
course-text-languages = Course text available in: { $languages }

## Quizzes

quiz-go-to-question = Go to question { $n }
quiz-correct-answer = (correct answer)
quiz-reveal-on-pass = The correct answers are shown once you pass.
quiz-reveal-after = { $count ->
    [one] The correct answers are shown once you pass, or after one more attempt.
   *[other] The correct answers are shown once you pass, or after { $count } more attempts.
  }

## Glossary (issue 14)

glossary-open = Glossary
glossary-title = Glossary
glossary-intro = The words that carry policy, in four languages: what each one means, which word to use and why.
glossary-filter = Find a term
glossary-language = Explanations in
glossary-count = { $count ->
    [one] { $count } term shown
   *[other] { $count } terms shown
  }
glossary-general = General terms
glossary-usage = Usage:
glossary-avoid = Avoid:
glossary-see-also = See also:
glossary-none = No course on this computer has a glossary yet.
glossary-no-match = No term matches “{ $query }”.
glossary-open-entry = Open in the glossary
glossary-close = Close
glossary-term-hint = Glossary term: open its entry
glossary-fallback = This entry is not yet written in that language. It is shown in { $lang }.

## Text size (issue 15)

text-size-title = Text size
text-size-hint = On any screen, Ctrl with + or − makes text larger or smaller, and Ctrl with 0 brings it back to normal.

## Bookmarks and My notes (issue 15)

bookmark-add = Bookmark this lesson
bookmark-on = Bookmarked
notes-open = My notes
notes-title = My notes and bookmarks
notes-intro = Every lesson you bookmarked or wrote a note on, in all your courses. Export them to a file to take into a meeting.
notes-filter = Find in my notes
notes-count = { $count ->
    [one] { $count } lesson shown
   *[other] { $count } lessons shown
  }
notes-no-match = Nothing in your notes matches “{ $query }”.
notes-empty = Nothing here yet: bookmark a lesson (the ☆ button at the top of each lesson) or write a note under it.
notes-export = Export as Markdown…
notes-export-pdf = Export as PDF…
notes-exported = Saved: { $path }
notes-saved-at = Saved { $when }
notes-conflicts = { $count ->
    [one] Another version of this note was written on another computer: open the lesson to merge them.
   *[other] { $count } other versions of this note were written on other computers: open the lesson to merge them.
  }

## Search (issue 15)

search-label = Search courses and my notes
search-placeholder = Search…
search-go = Search
search-title = Search
search-in = In { $lang }
search-none = Nothing found for “{ $query }”. Try another word, or fewer words.
search-count = { $count ->
    [one] { $count } result for “{ $query }”
   *[other] { $count } results for “{ $query }”
  }
search-kind-lesson = Lesson
search-kind-question = Quiz question
search-kind-term = Glossary
search-kind-course = Course
search-kind-note = My note

# Certificates (course page)
certificate-issued-title = Your certificate
certificate-issued-text = The programme issued you a certificate for this course. Save it as a PDF to print it or send it to your employer; anyone can check it at the address printed on it.
certificate-revoked-title = Certificate revoked
certificate-revoked-text = The programme revoked the certificate of this course, so it no longer counts. Contact your coordinator if you think this is a mistake. You can still print a statement of completion.
certificate-complete-title = Course complete
certificate-complete-connected = Well done: every lesson is done and every quiz passed. The programme's certificate arrives with your next sync. Until then you can print a statement of completion, which the programme has not verified.
certificate-complete-offline = Well done: every lesson is done and every quiz passed. The programme issues a certificate once your progress reaches it (by syncing or with a progress file). Until then you can print a statement of completion, which the programme has not verified.
certificate-verify-at = Check it at:
certificate-save = Save the certificate (PDF)…
certificate-save-statement = Save a statement of completion (PDF)…
certificate-saved = Saved: { $path }

## Course evaluation: pre-test, post-test and surveys (issue 17)

eval-pre-title = Pre-test
eval-post-title = Post-test
eval-pre-why = Before the first module, a short pre-test measures what this course teaches, so that you and the programme can see what you learn. It takes about 15 minutes and there is no pass mark: answer as best you can, without looking anything up.
eval-post-why = You have completed the course. The post-test asks about the same subjects with different questions, to show what you have learned. It takes about 15 minutes and there is no pass mark.
eval-pre-closes = The pre-test is offered until you complete your first lesson.
eval-pre-start = Take the pre-test
eval-post-start = Take the post-test
eval-form = Form { $form } · { $count ->
    [one] one question
   *[other] { $count } questions
  }
eval-pre-result = Pre-test (form { $form }): { $correct } of { $total } correct ({ $score })
eval-post-result = Post-test (form { $form }): { $correct } of { $total } correct ({ $score })
eval-gain = Change since the pre-test: { $points } { $count ->
    [one] point
   *[other] points
  }
eval-done = Done
eval-thanks = Thank you.
eval-pre-done = You answered { $correct } of { $total } questions correctly ({ $score }). Now start the course: the post-test at the end will show what you have learned.
eval-post-answers-below = Each question below shows whether your answer was right, and the correct answer.
eval-start-course = Start the course
eval-to-course = Back to the course
eval-test-submit = Send my answers
eval-reaction-why = The course is complete. Please tell us what you thought of it: a few ratings and, if you wish, a comment. It takes about 5 minutes.
eval-follow-up-why = Some time has passed since you completed the course. Please tell us whether you have used it in your work.
eval-survey-start = Answer the survey
eval-answered = Answered on { $date }.
eval-follow-up-waiting = A short follow-up survey will be offered from { $date }, to ask whether the course has been of use in your work.
survey-optional = (optional)
survey-optional-note = Questions marked “(optional)” may be left blank.
survey-chars-left = { $count ->
    [one] { $count } character left
   *[other] { $count } characters left
  }
survey-chars-over = { $count ->
    [one] { $count } character too many
   *[other] { $count } characters too many
  }
survey-hint-choices = Choose all that apply.
survey-send = Send my answers
survey-later = Later
survey-sent = Your answers are saved on this computer and will be sent at the next sync.
survey-saved = Your answers are saved on this computer.
survey-continue = Continue
survey-follow-up-startup = You completed “{ $course }” some time ago. This follow-up survey asks how it has been of use since. “Later” asks again the next time you start LPHM.

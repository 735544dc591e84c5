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

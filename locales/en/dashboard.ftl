# The coordinators' dashboard (served by lphm-server at /login and /dashboard).
dashboard-name = Coordinators
dashboard-title = Dashboard
dashboard-welcome = Your cohorts, their progress and their certificates will be here.
dashboard-back = Back to the dashboard
dashboard-logout = Log out
dashboard-role-administrator = administrator
dashboard-role-coordinator = coordinator
dashboard-failed = The server cannot answer just now. Please try again in a moment.
dashboard-csrf = This form was out of date or did not come from this dashboard, so nothing was done. Go back, reload the page and try again.
login-title = Log in
login-intro = For programme staff and city coordinators. Learners do not need an account: they study in the LPHM app.
login-login = Login
login-password = Password
login-submit = Log in
login-refused = The login or the password is not right.
login-too-many = Too many failed attempts. Please wait { $minutes ->
    [one] one minute
   *[other] { $minutes } minutes
  } and try again, or ask an administrator.
login-other-site = This login form did not come from this server, so it was refused.

## Cohorts
cohorts-title = Cohorts
cohorts-none = No cohort yet. Make one below.
cohort-name = Name
cohort-dates = Dates
cohort-place = Place
cohort-new = A new cohort
cohort-courses = Courses
cohort-starts = First day
cohort-ends = Last day
cohort-facilitator = Facilitator
cohort-create = Make the cohort
cohort-not-found = There is no such cohort, or it was not given to you.
cohort-coordinators = Coordinators of this cohort
cohort-coordinators-none = No coordinator has this cohort yet: only administrators see it.
cohort-give-to = Coordinator
cohort-give = Give this cohort to the coordinator
participants-title = Participants
participants-none = No participant yet. Add them below, then print their codes.
participant-name = Name
participant-authority = Local authority
participant-city = City
participant-country = Country
participant-add = Add a participant
codes-print = Print one-time codes
codes-title = One-time codes
codes-intro = Give each participant their own code. In the LPHM app, under "Sync", they type the server's address and the code: their laptop then syncs as them.
codes-server = Server:
codes-code = Code
codes-valid = Each code works once and expires after 14 days. Printing again makes new codes; the earlier ones stay valid until used or expired.
cohort-summary = { $people ->
    [one] One participant
   *[other] { $people } participants
  }: { $completion }% completed every course; { $certificates ->
    [one] one certificate issued
   *[other] { $certificates } certificates issued
  }.
participant-last-sync = Last sync
participant-devices = Laptops (active/all)
participant-status = Status
participant-never = never
participant-certified = certified
participant-complete = complete
participant-stuck = stuck (no progress for 14 days)
participant-studying = studying
csv-download = Download this table (CSV)

## A course across cohorts and cities
course-not-found = There is no such course on this server.
course-summary = { $learners ->
    [one] One learner
   *[other] { $learners } learners
  }: { $started } started, { $complete } completed, { $certificates ->
    [one] one certificate
   *[other] { $certificates } certificates
  }.
course-by-cohort = By cohort
course-by-city = By city
course-cohort = Cohort
course-no-cohort = In no cohort
course-no-city = City not given
course-learners = Learners
course-started = Started
course-complete = Completed
course-complete-percent = Completed (%)
course-certified = Certificates
course-median-hours = Median study time (hours)
course-modules = Modules
course-module = Module
course-module-lessons = Every lesson done
course-module-quiz = Quiz passed
course-open = See the course across cohorts
item-title = Quiz questions
item-intro = Counted on each learner's first attempt, before any feedback. Discrimination compares the strongest and the weakest 27% of learners: near +1 the question tells them apart well, near 0 it does not, below 0 the strong learners miss it more often. It needs at least 10 answers.
item-none = No quiz answers yet.
item-quiz = Quiz
item-question = Question
item-answered = Answered
item-correct = Right (%)
item-discrimination = Discrimination
item-options = Choices picked
item-advice = Advice
item-choice-true = True
item-choice-false = False
item-flag-reversed = Strong learners miss this one more often than weak ones: check the answer key and the wording.
item-flag-flat = This question hardly separates strong and weak learners: check that one answer is clearly right.
item-flag-hard = Fewer than a third answer right: check the answer key, the wording, and whether the lessons teach it.
item-flag-easy = Nearly everyone answers right: it checks little.

## One learner
learner-not-found = There is no such learner, or they are in none of the cohorts given to you.
learner-progress = Progress
learner-no-progress = No progress synced yet.
learner-quiz-none = not attempted
learner-devices = Laptops
learner-no-devices = No laptop enrolled yet.
learner-device = Laptop
learner-device-since = Enrolled
learner-device-revoked = revoked
learner-device-revoke = Revoke this laptop
learner-device-revoke-help = Revoke a lost or stolen laptop: it can no longer sync as this learner and its progress files are refused. Progress already synced stays. The learner can enroll another laptop with a new code.
learner-certificates = Certificates
learner-no-certificates = No certificate yet.
learner-certificate-check = verification page
learner-certificate-revoked = Revoked on
learner-certificate-reason = Reason (shown on the verification page)
learner-certificate-revoke = Revoke this certificate
learner-upload = Upload a progress file
learner-upload-help = A learner without a connection can save their progress to a file in the app (Sync, then “Export progress to a file…”) and bring it on a USB stick. Uploading the same file twice changes nothing.
learner-upload-file = Progress file (.lphm-progress)
learner-upload-submit = Upload
learner-privacy = Personal data
learner-export = Download everything held about this learner (JSON)
learner-history = What they did
learner-no-history = Nothing yet.
learner-history-when = When (UTC)
learner-history-course = Course
learner-history-csv = Download everything they did (CSV)
learner-history-what = What
learner-history-shown = { $shown ->
    [one] The latest event
   *[other] The latest { $shown } events
  } of { $total }.
notice-device-revoked = That laptop is revoked.
notice-certificate-revoked = The certificate is revoked. Its verification page now says so.
notice-uploaded = Progress file imported: { $new ->
    [one] one new event
   *[other] { $new } new events
  }, { $held ->
    [one] one already held
   *[other] { $held } already held
  }.
notice-upload-empty = Choose a progress file first.
notice-upload-not-bundle = That file is not a readable LPHM progress file, or it is damaged. Nothing was imported.
notice-upload-other-learner = That progress file comes from a laptop of another learner. Nothing was imported: check that you are on the right learner's page.
notice-upload-revoked = That progress file comes from a revoked laptop. Nothing was imported.
notice-reason-needed = Give the reason for revoking the certificate: it is shown on the verification page.
history-opened = Opened “{ $lesson }”
history-completed = Completed “{ $lesson }”
history-time = Read “{ $lesson }” for { $minutes ->
    [one] one minute
   *[other] { $minutes } minutes
  }
history-quiz-passed = Passed “{ $quiz }” ({ $correct }/{ $total })
history-quiz-failed = Tried “{ $quiz }” ({ $correct }/{ $total })
history-note = Saved a note on “{ $lesson }” (its text stays private)
history-bookmark = Bookmarked “{ $lesson }”
history-bookmark-off = Removed the bookmark on “{ $lesson }”
history-cleared = Cleared their progress in “{ $course }”
history-pre-test = Took the pre-test “{ $form }” ({ $correct }/{ $total })
history-post-test = Took the post-test “{ $form }” ({ $correct }/{ $total })
history-survey = Answered the survey “{ $survey }”

## The audit log
audit-title = Audit log
audit-intro = Who looked at, exported or changed what, newest first (the latest 500).
audit-csv = Download the whole log (CSV)
audit-who = Account
audit-action = Action
audit-subject = About
## A learner's personal data (administrators only)
erase-title = Erase a learner's data
erase-intro = You are about to erase the personal data this server holds about { $name }. This cannot be undone.
erase-export = Download everything held about this learner first (JSON)
erase-removed = What is erased
erase-removed-list = Their progress (every event their laptops sent), their laptops and access tokens, their unused one-time codes, their places in cohorts, and the name and local authority on their record and on their certificates.
erase-kept = What is kept
erase-kept-list = A record that this learner existed and was erased (their number, the date and the reason), the numbers, courses and dates of their certificates so that checking one still answers, and the audit log. The progress on the learner's own laptops is not touched.
erase-reason = Reason, for example "the learner asked on 3 May" (do not write their name)
erase-reason-required = Write the reason for the erasure.
erase-submit = Erase this learner's data
erase-already = This learner's data was erased on { $date }.
learner-erased-notice = The learner's data was erased. Their laptops will be told so at their next sync.

## A cohort's evaluation of a course: tests and surveys
evaluation-title = Evaluation: { $course }
evaluation-link = Evaluation: tests and surveys
evaluation-not-found = This cohort has no evaluation of that course: the course is not one of the cohort's, or it has no pre-test, post-test or survey.
evaluation-learning = Learning: pre-test and post-test
evaluation-learning-intro = Each participant takes one form before the course and the other form after it. The gain is the post-test score minus the pre-test score, in percentage points; the means below are over the participants who took both tests. Only the first sitting of each test counts.
evaluation-pre-taken = Took the pre-test
evaluation-post-taken = Took the post-test
evaluation-paired = Took both tests
evaluation-mean-pre = Mean pre-test score
evaluation-mean-post = Mean post-test score
evaluation-mean-gain = Mean gain (points)
evaluation-pre = Pre-test
evaluation-post = Post-test
evaluation-gain = Gain (points)
evaluation-forms = The two forms
evaluation-forms-intro = Mean score of each form, as pre-test and as post-test. Forms of equal difficulty have about the same means.
evaluation-form = Form
evaluation-as-pre = As pre-test
evaluation-as-post = As post-test
evaluation-form-name = Form { $form }
evaluation-assigned = Pre-test form given at enrollment: form A to { $a }, form B to { $b }.
evaluation-completed = Completed the course
evaluation-due = Completed at least { $days } days ago (follow-up due)
evaluation-answered = Answered
evaluation-applied = Applied what they learned
evaluation-no-answers = No answers yet.
evaluation-csv = Download the evaluation (CSV)
evaluation-csv-pre-form = Pre-test form
evaluation-csv-pre-correct = Pre-test correct
evaluation-csv-pre-total = Pre-test questions
evaluation-csv-pre-percent = Pre-test (%)
evaluation-csv-post-form = Post-test form
evaluation-csv-post-correct = Post-test correct
evaluation-csv-post-total = Post-test questions
evaluation-csv-post-percent = Post-test (%)
evaluation-csv-gain = Gain (points)
evaluation-by-cohort = Evaluation by cohort
evaluation-reaction-mean = Reaction (mean rating)
learner-first-form = Pre-test form

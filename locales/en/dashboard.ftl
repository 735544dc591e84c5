# The coordinators' dashboard (served by lphm-server at /login and /dashboard).
dashboard-name = Coordinators
dashboard-title = Dashboard
dashboard-welcome = Your cohorts, their progress and their certificates will be here.
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

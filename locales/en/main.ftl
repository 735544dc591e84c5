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

## Notes on lessons

note-title = My notes
note-hint = Write down what you want to remember or try in your work. Your notes are saved on this computer and travel with your progress when it is synced.
note-placeholder = Your notes on this lesson…
note-save = Save the note
note-saved = Saved ✓
note-unsaved = Not saved yet
note-last-saved = Last saved { $date }
note-conflict-explained = This note was also changed on another computer. Both versions are kept; edit your note and save to combine them.
note-conflict-saved = Version from another computer, saved { $date }:
note-conflict-add = Add this text to my note

## Sync with a server

sync-indicator-checking = Checking sync…
sync-indicator-not-connected = Not connected to a server
sync-indicator-not-connected-hint = Your progress stays on this computer. Connect to your organisation's server to keep a copy there.
sync-indicator-syncing = Syncing…
sync-indicator-offline = { $count ->
    [0] Offline
    [one] Offline — 1 change waiting
   *[other] Offline — { $count } changes waiting
  }
sync-indicator-waiting = { $count ->
    [one] 1 change waiting
   *[other] { $count } changes waiting
  }
sync-indicator-never = Not synced yet
sync-indicator-synced-minutes = { $minutes ->
    [0] Synced just now
    [one] Synced 1 minute ago
   *[other] Synced { $minutes } minutes ago
  }
sync-indicator-synced-hours = { $hours ->
    [one] Synced 1 hour ago
   *[other] Synced { $hours } hours ago
  }
sync-indicator-synced-on = Last synced { $date }
sync-title = Sync with a server
enroll-intro = Your course coordinator gives you the server address and a one-time code. Once connected, your progress is sent to the server whenever there is a connection, and you can continue on another computer.
enroll-server = Server address
    .placeholder = e.g. lphm.example.org
    .hint = As your coordinator gave it to you.
enroll-code = One-time code
    .placeholder = e.g. K7QM-2XPD
    .hint = Each code works once, for one learner.
enroll-submit = Connect
enroll-connecting = Connecting…
enroll-done = Connected. The server knows you as { $name } ({ $server }). Your progress is now sent automatically.
sync-server = Server
sync-learner = Learner on the server
sync-automatic = Your progress is sent automatically when there is a connection. You do not need to do anything.
sync-now = Sync now
sync-now-running = Syncing…
sync-now-done = Synced. { $pushed ->
    [0] Nothing new to send
    [one] 1 change sent
   *[other] { $pushed } changes sent
  }, { $pulled ->
    [0] nothing new received.
    [one] 1 change received from your other computers.
   *[other] { $pulled } changes received from your other computers.
  }
export-title = No connection at all?
export-intro = If this computer never gets a connection, save your progress to a file and take it to your coordinator (for example on a USB stick). They import it on the server. Your progress also stays here, and is sent again if a connection comes later.
export-button = Export progress to a file…
export-dialog-title = Save your progress for your coordinator
export-dialog-filter = LPHM progress files
export-done = { $events ->
    [one] 1 change was saved to the file:
   *[other] { $events } changes were saved to the file:
  }
export-next = Give this file to your coordinator, who imports it on the server.
download-title = Courses on the server
download-intro = Install new courses and updates from your organisation's server. An interrupted download continues where it stopped.
download-loading = Asking the server for its courses…
download-retry = Try again
download-none = The server offers no courses yet.
download-facts = Version { $version } · { $size }
download-state-new = Not on this computer yet.
download-state-installed = Installed (version { $version }).
download-state-update = Version { $installed } is installed; version { $version } is available.
download-state-partial = Partly downloaded ({ $percent }): it continues where it stopped.
download-install = Install
download-update = Update
download-progress = { $percent } of { $size } downloaded
download-failed = “{ $title }” could not be installed.

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
error-text-size-out-of-range = Text size can be set from { $min }% to { $max }%.
error-course-not-found = This course is not installed on this computer.
error-lesson-not-found = This lesson is not in the installed version of the course.
error-quiz-not-found = This quiz is not in the installed version of the course.
error-quiz-unanswered = { $count ->
    [one] One question has no answer yet. Answer it, then submit again; nothing was recorded.
   *[other] { $count } questions have no answer yet. Answer them, then submit again; nothing was recorded.
  }
error-quiz-invalid-answer = These answers do not match the quiz. Reload the quiz and try again.
error-evaluation-none = This course has no pre-test, post-test or survey of that kind. Go back to the course page.
error-test-locked = The post-test opens once every lesson and quiz of the course is done. Finish the course first.
error-test-closed = The pre-test is closed: it measures what you knew before the course, and you have started the lessons. Carry on with the course.
error-test-already-taken = You have already taken this test. Your score is on the course page.
error-test-unanswered = { $count ->
    [one] One question has no answer yet. Answer it, then submit again; nothing was recorded.
   *[other] { $count } questions have no answer yet. Answer them, then submit again; nothing was recorded.
  }
error-test-invalid-answer = These answers do not match the test. Go back to the course page and open the test again.
error-survey-locked = This survey is not open yet. It opens when the course is complete (the follow-up survey some weeks later).
error-survey-already-answered = You have already answered this survey. Thank you.
error-survey-unanswered = { $count ->
    [one] One required question has no answer yet. Answer it, then send again; nothing was recorded.
   *[other] { $count } required questions have no answer yet. Answer them, then send again; nothing was recorded.
  }
error-survey-invalid-answer = An answer does not fit its question (a text may be up to 4,000 characters). Correct it, then send again; nothing was recorded.
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
error-file-in-use = The file { $path } is open in another program, which keeps LPHM from using it. Close that program (or wait for it to finish), then try again.
error-package-older-version = This package holds version { $found } of the course, but version { $installed } is already installed. An older version cannot replace a newer one.
error-package-same-version-differs = This package has the same version number ({ $version }) as the installed course but different contents. Ask the publisher for a package with a new version number.
error-trust-key-not-found = No trusted key has the id { $key }.
error-sync-offline = The server { $server } cannot be reached: this computer may have no connection right now. Nothing was lost: your progress stays on this computer and is sent automatically when the connection comes back.
error-sync-timeout = The server { $server } took too long to answer; the connection may be slow. Nothing was lost: your progress stays on this computer and is sent at the next attempt.
error-sync-server-error = The server { $server } has a problem (error { $status }). Nothing was lost: your progress stays on this computer and is sent later. If this lasts, tell your coordinator.
error-sync-bad-response = The answer from the server { $server } could not be understood. Nothing was lost: your progress stays on this computer and is sent later. If this lasts, tell your coordinator.
error-sync-token-refused = The server { $server } no longer accepts this computer: its access was withdrawn or is unknown. Ask your coordinator for a new code and connect again. Nothing was lost: your progress stays on this computer.
error-sync-code-invalid = This code is not valid. Check that you typed it exactly as your coordinator gave it, or ask for a new one.
error-sync-code-used = This code has already been used: each code works only once. Ask your coordinator for a new one.
error-sync-code-expired = This code has expired. Ask your coordinator for a new one.
error-sync-too-many-attempts = The server { $server } has received too many codes from this network in a short time. Wait a minute and try again; if the code is still refused, check it with your coordinator.
error-sync-device-forked = The progress on this computer was copied from another computer or restored from a backup, and it could not yet take its own place on the server { $server }. Nothing was lost: sync again.
error-learner-erased = The programme erased your data on the server { $server }, at your request or by its own decision, so this computer no longer syncs with it. Your progress on this computer is kept. To sync again, ask your coordinator for a new one-time code.
error-sync-server-version = The server { $server } uses another version of LPHM. Update LPHM on this computer, or ask your coordinator. Nothing was lost: your progress stays on this computer.
error-sync-refused = The server { $server } refused the request (error { $status }). Tell your coordinator. Nothing was lost: your progress stays on this computer.
error-sync-not-enrolled = This learner is not connected to a server yet. Connect first with a code from your coordinator.
error-sync-server-invalid = “{ $server }” is not a server address. Type it as your coordinator gave it, for example lphm.example.org.
error-sync-server-required = Type the server's address as your coordinator gave it, for example lphm.example.org.
error-sync-code-required = Type the one-time code your coordinator gave you.
error-consent-needed = Read what will be sent to the server, then tick the box to agree. Nothing has been sent.
error-enroll-offline = The server { $server } cannot be reached: this computer may have no connection right now. Check the address and try again once you are connected. Until then you can study as usual, and export your progress to a file for your coordinator.
error-sync-certificate-invalid = The security certificate set up for the server cannot be used ({ $detail }). Ask your IT support to check it. Nothing was lost: your progress stays on this computer.
error-sync-certificate-untrusted = The server { $server } answered with a security certificate this computer does not trust, so nothing was sent to it. Check the server address, or ask your coordinator or IT staff about the server's certificate. Nothing was lost: your progress stays on this computer.
error-bundle-nothing-to-export = There is nothing to export: the server already has all the progress recorded on this computer.
error-bundle-nothing-recorded = There is nothing to export yet: no progress has been recorded on this computer for this learner.
error-bundle-write-failed = The file { $path } could not be written ({ $detail }). The disk may be full or removed: free some space or choose another place, then try again. Nothing was lost: your progress stays on this computer.
error-download-not-offered = The server no longer offers { $file }. Look at the list of courses again and choose another.
error-download-write-failed = The download could not be saved in { $path } ({ $detail }). The disk may be full: free some space, then try again. What was already downloaded is kept.
error-download-damaged = The download of { $file } arrived damaged and was deleted. Try again; if it happens again, tell your coordinator. Nothing on this computer was changed.
error-download-cancelled = The download was stopped. What was already downloaded is kept: next time it continues where it stopped.
error-note-too-long = This note is too long to save (the limit is about { $max } letters). Shorten it, then save again; what you typed is still here.

## Command-line tool (lphm)

cli-keygen = New key { $id }. Secret key: { $secret } (keep it private, and keep a backup). Public key: { $public }.
cli-packed = Packed { $course } version { $version }: { $files } files, { $bytes } bytes, signed with key { $key }, in { $file }.
cli-certificate-valid = Valid certificate, signed by the programme: { $name } ({ $authority }) completed “{ $course }” on { $date }. Issued by { $issuer }, number { $id }. Whether it was revoked since can only be seen online: { $url }
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
cli-sync-not-enrolled = This learner is not connected to a server. Connect with: lphm sync enroll --server ADDRESS --code CODE
cli-sync-status = Server { $server }, learner { $name }. { $waiting ->
    [0] Nothing is waiting.
    [one] One change is waiting.
   *[other] { $waiting } changes are waiting.
} { $minutes ->
    [-1] Not synced yet.
    [0] Last synced less than a minute ago.
    [one] Last synced one minute ago.
   *[other] Last synced { $minutes } minutes ago.
}
cli-sync-enrolled = Connected to { $server } as { $name }.
cli-sync-done = Synced: { $sent } sent, { $received } received.
cli-sync-exported = { $count ->
    [one] Wrote one change
   *[other] Wrote { $count } changes
} to { $file }. Give this file to your coordinator, who imports it on the server.

## Windows: the app's own message when the system lacks what the window needs

webview2-missing-title = LPHM cannot start
webview2-missing = LPHM needs Microsoft Edge WebView2, a part of Windows that is missing on this computer. If LPHM came on a USB stick, run the WebView2 installer that is on it (MicrosoftEdgeWebView2RuntimeInstallerX64.exe), or ask your IT staff to install the WebView2 Runtime. Then start LPHM again: your courses and progress are kept.

## My notes and bookmarks (issue 15)

notes-export-dialog-title = Save my notes and bookmarks
notes-export-dialog-filter = Markdown text
notes-export-dialog-filter-pdf = PDF document
certificate-dialog-title = Save the certificate
certificate-dialog-filter = PDF document
notes-export-title = Notes and bookmarks of { $name }
notes-bookmarked = bookmarked
error-notes-nothing-to-export = There is nothing to export yet: bookmark a lesson or write a note first.
error-search-failed = Search is not available just now. Your courses and progress are safe; try again in a moment.
error-notes-export-failed = The file { $path } could not be written ({ $detail }). The disk may be full or removed: free some space or choose another place, then try again. Your notes stay on this computer.
error-notes-format-unknown = Notes cannot be exported as “{ $format }”. Choose Markdown or PDF.
error-notes-cannot-print = The PDF cannot show the character “{ $character }” in your notes. Export them as Markdown, which keeps every character, or change the note, then try again.
error-certificate-not-complete = A certificate is made once the course is complete: every lesson done and every quiz passed.
error-certificate-save-failed = The file { $path } could not be written ({ $detail }). The disk may be full or removed: free some space or choose another place, then try again. Your certificate stays on this computer.
error-certificate-cannot-print = The certificate cannot print the character “{ $character }” in your name or authority. Write them in Latin letters in your profile, then try again.
error-certificate-not-pdf = { $file } is not a readable PDF file. Use the certificate file exactly as it was saved.
error-certificate-statement = { $file } is a statement of completion printed on a learner's own computer. The programme has not verified it, so it cannot be checked: ask the learner for the certificate the programme issued.
error-certificate-no-credential = { $file } is not a certificate from the programme: it carries no signed credential.
error-certificate-tampered = The certificate in { $file } was changed after the programme signed it, or was never signed by the programme. Do not accept it.
error-certificate-unknown-key = The certificate in { $file } was signed with a key this computer does not know as the programme's. Check it on the verification page printed on it, or ask the programme.

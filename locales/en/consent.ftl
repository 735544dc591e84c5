# What a laptop sends to the sync server and who sees it: the statement a learner reads and
# agrees to before connecting, in the window and in `lphm sync enroll`. Every sentence is a
# fact the code makes true (docs/privacy.md). When one of these facts changes, change the
# text in every language AND raise CONSENT_VERSION (crates/desk/src/client/enrollment.rs):
# an agreement names the version of the text that was read.

## The statement

consent-title = What is sent to the server, and who sees it
consent-sent-title = Sent to the server, automatically whenever there is a connection
consent-sent-progress = Your progress: the lessons you open and complete, the time you spend reading each one, your answers to the quizzes and your scores, and any deleting of your progress in a course, each with the date and time on this computer.
consent-sent-evaluation = Your answers to a course's tests before and after it, and to its surveys (what you thought of the course and, months later, whether you used it at work), including what you write in your own words.
consent-sent-notes = The notes you write on lessons, and your bookmarks.
consent-sent-computer = The name of this computer, a random number that identifies it and a security key made for it, so that your coordinator can tell your computers apart.
consent-not-sent-title = Not sent
consent-not-sent = The name, organisation and role you typed in this app; the profiles of other people on this computer; your language and display settings; what you search for; your files. The server knows you by the name your coordinator entered there.
consent-who-title = Who sees it
consent-who = The programme's administrators and the coordinators of your group, on the server you connect to. Your certificates are issued from what it holds. Your other computers connected as you receive your progress and notes too.
consent-rights = You can ask your coordinator for a copy of your data, or for it to be erased from the server. If you do not connect, nothing is sent: the app works fully without a server.

## The window

consent-agree = I have read what will be sent to the server, and I agree.
consent-agreed = You agreed on { $date } to send your progress to { $server }.
consent-show = Read what is sent
consent-hide = Hide what is sent

## The command line (lphm sync enroll)

cli-consent-question = To agree and connect, type “yes”. Anything else stops here.
cli-consent-yes = yes
cli-consent-declined = Nothing was sent: you did not agree.
cli-consent-needs-agree = Nothing was sent. Read the text above; if you agree, run the same command again with --agree.

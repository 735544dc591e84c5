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

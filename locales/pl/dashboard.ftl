# Panel koordynatorów (serwer lphm-server, adresy /login i /dashboard).
dashboard-name = Koordynacja
dashboard-title = Panel
dashboard-welcome = Tutaj pojawią się grupy szkoleniowe, ich postępy w nauce i certyfikaty.
dashboard-logout = Wyloguj
dashboard-role-administrator = administrator
dashboard-role-coordinator = koordynator
dashboard-failed = Serwer nie może teraz odpowiedzieć. Proszę spróbować ponownie za chwilę.
dashboard-csrf = Ten formularz był nieaktualny albo nie pochodził z tego panelu, więc nic nie zostało zrobione. Proszę wrócić, odświeżyć stronę i spróbować ponownie.
login-title = Logowanie
login-intro = Dla zespołu programu i koordynatorów w miastach. Osoby uczące się nie potrzebują konta: uczą się w aplikacji LPHM.
login-login = Login
login-password = Hasło
login-submit = Zaloguj
login-refused = Login lub hasło jest nieprawidłowe.
login-too-many = Zbyt wiele nieudanych prób. Proszę odczekać { $minutes ->
    [one] minutę
    [few] { $minutes } minuty
    [many] { $minutes } minut
   *[other] { $minutes } minuty
  } i spróbować ponownie albo zwrócić się do administratora.
login-other-site = Ten formularz logowania nie pochodził z tego serwera, więc został odrzucony.

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

## Cohorts
cohorts-title = Grupy szkoleniowe
cohorts-none = Nie ma jeszcze żadnej grupy. Można ją utworzyć poniżej.
cohort-name = Nazwa
cohort-dates = Daty
cohort-place = Miejsce
cohort-new = Nowa grupa
cohort-courses = Kursy
cohort-starts = Pierwszy dzień
cohort-ends = Ostatni dzień
cohort-facilitator = Prowadzący
cohort-create = Utwórz grupę
cohort-not-found = Taka grupa nie istnieje albo nie została przydzielona temu kontu.
participants-title = Uczestnicy
participants-none = Nie ma jeszcze uczestników. Należy ich dodać poniżej, a potem wydrukować ich kody.
participant-name = Imię i nazwisko
participant-authority = Samorząd lokalny
participant-city = Miasto
participant-country = Kraj
participant-add = Dodaj uczestnika
codes-print = Wydrukuj jednorazowe kody
codes-title = Jednorazowe kody dla uczestników
codes-intro = Każdy uczestnik otrzymuje własny kod. W aplikacji LPHM, w sekcji „Synchronizacja”, wpisuje adres serwera i kod: od tej chwili komputer synchronizuje się w jego imieniu.
codes-server = Serwer:
codes-code = Kod
codes-valid = Każdy kod działa raz i wygasa po 14 dniach. Ponowny wydruk tworzy nowe kody; wcześniejsze pozostają ważne do użycia lub wygaśnięcia.
cohort-summary = { $people ->
    [one] Jeden uczestnik
    [few] { $people } uczestnicy
    [many] { $people } uczestników
   *[other] { $people } uczestnika
  }: { $completion } % ukończyło wszystkie kursy; wydane certyfikaty: { $certificates }.
participant-last-sync = Ostatnia synchronizacja
participant-devices = Komputery (aktywne/wszystkie)
participant-status = Stan
participant-never = nigdy
participant-certified = certyfikat wydany
participant-complete = ukończone
participant-stuck = bez postępów od 14 dni
participant-studying = w trakcie nauki
csv-download = Pobierz tę tabelę (CSV)

# Panel koordynatorów (serwer lphm-server, adresy /login i /dashboard).
dashboard-name = Koordynacja
dashboard-title = Panel
dashboard-welcome = Tutaj pojawią się grupy szkoleniowe, ich postępy w nauce i certyfikaty.
dashboard-back = Powrót do panelu
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
cohort-coordinators = Koordynatorzy tej grupy
cohort-coordinators-none = Ta grupa nie została jeszcze powierzona żadnej osobie koordynującej: widzą ją tylko administratorzy.
cohort-give-to = Osoba koordynująca
cohort-give = Powierz tę grupę
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

## A course across cohorts and cities
course-not-found = Na tym serwerze nie ma takiego kursu.
course-summary = Osoby uczące się: { $learners }; rozpoczęły: { $started }, ukończyły: { $complete }; { $certificates ->
    [one] jeden certyfikat
    [few] { $certificates } certyfikaty
    [many] { $certificates } certyfikatów
   *[other] { $certificates } certyfikatu
  }.
course-by-cohort = Według grupy
course-by-city = Według miasta
course-cohort = Grupa
course-no-cohort = Poza grupami
course-no-city = Nie podano miasta
course-learners = Osoby
course-started = Rozpoczęły
course-complete = Ukończyły
course-complete-percent = Ukończyły (%)
course-certified = Certyfikaty
course-median-hours = Mediana czasu nauki (godziny)
course-modules = Moduły
course-module = Moduł
course-module-lessons = Wszystkie lekcje ukończone
course-module-quiz = Test zaliczony
course-open = Zobacz kurs we wszystkich grupach
item-title = Pytania testów
item-intro = Liczone na podstawie pierwszego podejścia każdej osoby, przed jakąkolwiek informacją zwrotną. Moc różnicująca porównuje 27% najlepszych i 27% najsłabszych osób: blisko +1 pytanie dobrze je rozróżnia, blisko 0 – nie, poniżej 0 najlepsi mylą się częściej. Potrzeba co najmniej 10 odpowiedzi.
item-none = Nie ma jeszcze odpowiedzi na testy.
item-quiz = Test
item-question = Pytanie
item-answered = Odpowiedzi
item-correct = Poprawne (%)
item-discrimination = Moc różnicująca
item-options = Wybrane odpowiedzi
item-advice = Wskazówka
item-choice-true = Prawda
item-choice-false = Fałsz
item-flag-reversed = Najlepsi mylą się częściej niż najsłabsi: należy sprawdzić klucz odpowiedzi i sformułowanie.
item-flag-flat = To pytanie słabo odróżnia najlepszych od najsłabszych: należy sprawdzić, czy jedna odpowiedź jest wyraźnie poprawna.
item-flag-hard = Poprawnie odpowiada mniej niż jedna trzecia: należy sprawdzić klucz, sformułowanie i to, czy lekcje tego uczą.
item-flag-easy = Prawie wszyscy odpowiadają poprawnie: pytanie niewiele sprawdza.

## One learner
learner-not-found = Nie ma takiej osoby albo nie należy ona do żadnej z powierzonych grup.
learner-progress = Postępy
learner-no-progress = Nie zsynchronizowano jeszcze żadnych postępów.
learner-quiz-none = bez podejścia
learner-devices = Komputery
learner-no-devices = Nie zarejestrowano jeszcze żadnego komputera.
learner-device = Komputer
learner-device-since = Zarejestrowany
learner-device-revoked = unieważniony
learner-device-revoke = Unieważnij ten komputer
learner-device-revoke-help = Zgubiony lub skradziony komputer należy unieważnić: nie będzie mógł synchronizować danych tej osoby, a jego pliki postępów zostaną odrzucone. Zsynchronizowane już postępy pozostają. Osoba może zarejestrować inny komputer nowym kodem.
learner-certificates = Certyfikaty
learner-no-certificates = Brak certyfikatów.
learner-certificate-check = strona weryfikacji
learner-certificate-revoked = Unieważniony dnia
learner-certificate-reason = Powód (widoczny na stronie weryfikacji)
learner-certificate-revoke = Unieważnij ten certyfikat
learner-upload = Prześlij plik postępów
learner-upload-help = Bez połączenia można zapisać postępy do pliku w aplikacji (Synchronizacja, potem „Eksportuj postępy do pliku…”) i przynieść go na pendrivie. Ponowne przesłanie tego samego pliku niczego nie zmienia.
learner-upload-file = Plik postępów (.lphm-progress)
learner-upload-submit = Prześlij
learner-privacy = Dane osobowe
learner-export = Pobierz wszystkie dane przechowywane o tej osobie (JSON)
learner-history = Aktywność
learner-no-history = Na razie nic.
learner-history-when = Kiedy (UTC)
learner-history-course = Kurs
learner-history-csv = Pobierz całą aktywność (CSV)
learner-history-what = Co
learner-history-shown = Ostatnie zdarzenia: { $shown } z { $total }.
notice-device-revoked = Komputer został unieważniony.
notice-certificate-revoked = Certyfikat został unieważniony. Strona weryfikacji już to pokazuje.
notice-uploaded = Zaimportowano plik postępów. Nowe zdarzenia: { $new }, już zapisane: { $held }.
notice-upload-empty = Najpierw należy wybrać plik postępów.
notice-upload-not-bundle = To nie jest czytelny plik postępów LPHM albo jest uszkodzony. Niczego nie zaimportowano.
notice-upload-other-learner = Ten plik postępów pochodzi z komputera innej osoby. Niczego nie zaimportowano: należy sprawdzić, czy to strona właściwej osoby.
notice-upload-revoked = Ten plik postępów pochodzi z unieważnionego komputera. Niczego nie zaimportowano.
notice-reason-needed = Należy podać powód unieważnienia certyfikatu: jest widoczny na stronie weryfikacji.
history-opened = Otwarcie lekcji „{ $lesson }”
history-completed = Ukończenie lekcji „{ $lesson }”
history-time = Czytanie lekcji „{ $lesson }”: { $minutes ->
    [one] 1 minuta
    [few] { $minutes } minuty
    [many] { $minutes } minut
   *[other] { $minutes } minuty
  }
history-quiz-passed = Zaliczenie testu „{ $quiz }” ({ $correct }/{ $total })
history-quiz-failed = Podejście do testu „{ $quiz }” ({ $correct }/{ $total })
history-note = Zapisanie notatki do lekcji „{ $lesson }” (jej treść pozostaje prywatna)
history-bookmark = Dodanie zakładki: „{ $lesson }”
history-bookmark-off = Usunięcie zakładki: „{ $lesson }”
history-cleared = Usunięcie postępów w kursie „{ $course }”
history-pre-test = Test wstępny „{ $form }” ({ $correct }/{ $total })
history-post-test = Test końcowy „{ $form }” ({ $correct }/{ $total })
history-survey = Wypełnienie ankiety „{ $survey }”

## The audit log
audit-title = Dziennik audytu
audit-intro = Kto co przeglądał, eksportował lub zmieniał, od najnowszych (ostatnie 500 wpisów).
audit-csv = Pobierz cały dziennik (CSV)
audit-who = Konto
audit-action = Działanie
audit-subject = Dotyczy
## Dane osobowe uczestnika (tylko dla administratorów)
erase-title = Usunięcie danych uczestnika
erase-intro = Dane osobowe, które ten serwer przechowuje o osobie { $name }, zostaną usunięte. Tej operacji nie można cofnąć.
erase-export = Najpierw należy pobrać wszystkie dane przechowywane o tym uczestniku (JSON)
erase-removed = Co zostanie usunięte
erase-removed-list = Postępy (każde zdarzenie wysłane przez komputery uczestnika), komputery i ich dostęp, niewykorzystane jednorazowe kody, miejsca w grupach oraz imię i nazwisko i samorząd lokalny w rekordzie uczestnika i na jego certyfikatach.
erase-kept = Co zostanie zachowane
erase-kept-list = Zapis, że uczestnik istniał i jego dane usunięto (numer, data i powód), numery, kursy i daty certyfikatów, aby ich weryfikacja nadal działała, oraz dziennik audytu. Postępy zapisane na komputerach uczestnika pozostają nienaruszone.
erase-reason = Powód, np. „uczestnik poprosił o to 3 maja” (bez imienia i nazwiska)
erase-reason-required = Należy podać powód usunięcia.
erase-submit = Usuń dane tego uczestnika
erase-already = Dane tego uczestnika usunięto w dniu { $date }.
learner-erased-notice = Dane uczestnika zostały usunięte. Jego komputery otrzymają tę informację przy następnej synchronizacji.

## A cohort's evaluation of a course: tests and surveys
evaluation-title = Ewaluacja: { $course }
evaluation-link = Ewaluacja: testy i ankiety
evaluation-not-found = Ta grupa nie ma ewaluacji tego kursu: kurs nie należy do kursów grupy albo nie ma testu wstępnego, testu końcowego ani ankiety.
evaluation-learning = Nauka: test wstępny i test końcowy
evaluation-learning-intro = Każda osoba rozwiązuje jedną wersję przed kursem, a drugą po nim. Przyrost to wynik testu końcowego minus wynik testu wstępnego, w punktach procentowych; średnie poniżej liczy się dla osób, które rozwiązały oba testy. Liczy się tylko pierwsze podejście do każdego testu.
evaluation-pre-taken = Test wstępny rozwiązany
evaluation-post-taken = Test końcowy rozwiązany
evaluation-paired = Oba testy rozwiązane
evaluation-mean-pre = Średni wynik testu wstępnego
evaluation-mean-post = Średni wynik testu końcowego
evaluation-mean-gain = Średni przyrost (punkty)
evaluation-pre = Test wstępny
evaluation-post = Test końcowy
evaluation-gain = Przyrost (punkty)
evaluation-forms = Dwie wersje testu
evaluation-forms-intro = Średni wynik każdej wersji jako testu wstępnego i jako testu końcowego. Wersje o tej samej trudności mają zbliżone średnie.
evaluation-form = Wersja
evaluation-as-pre = Jako test wstępny
evaluation-as-post = Jako test końcowy
evaluation-form-name = Wersja { $form }
evaluation-assigned = Wersja testu wstępnego przydzielona przy rejestracji: wersja A – { $a }, wersja B – { $b }.
evaluation-completed = Kurs ukończony
evaluation-due = Kurs ukończony co najmniej { $days ->
    [one] dzień
    [few] { $days } dni
    [many] { $days } dni
   *[other] { $days } dnia
  } temu (czas na ankietę uzupełniającą)
evaluation-answered = Odpowiedzi
evaluation-applied = Wiedza zastosowana w pracy
evaluation-no-answers = Brak odpowiedzi.
evaluation-csv = Pobierz ewaluację (CSV)
evaluation-csv-pre-form = Wersja testu wstępnego
evaluation-csv-pre-correct = Test wstępny: poprawne odpowiedzi
evaluation-csv-pre-total = Test wstępny: pytania
evaluation-csv-pre-percent = Test wstępny (%)
evaluation-csv-post-form = Wersja testu końcowego
evaluation-csv-post-correct = Test końcowy: poprawne odpowiedzi
evaluation-csv-post-total = Test końcowy: pytania
evaluation-csv-post-percent = Test końcowy (%)
evaluation-csv-gain = Przyrost (punkty)
evaluation-by-cohort = Ewaluacja według grupy
evaluation-reaction-mean = Opinia (średnia ocena)
learner-first-form = Wersja testu wstępnego

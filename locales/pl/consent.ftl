# Co komputer wysyła na serwer i kto to widzi (zob. locales/en/consent.ftl)

## Informacja

consent-title = Co jest wysyłane na serwer i kto ma do tego dostęp
consent-sent-title = Wysyłane na serwer automatycznie, gdy jest połączenie
consent-sent-progress = Postępy w nauce: otwarte i ukończone lekcje, czas czytania każdej z nich, odpowiedzi w testach i wyniki, a także usunięcie postępów w kursie – wszystko z datą i godziną z tego komputera.
consent-sent-evaluation = Odpowiedzi w teście wstępnym i teście końcowym kursu oraz w jego ankietach (opinia o kursie, a po kilku miesiącach – czy wiedza przydała się w pracy), łącznie z tekstem wpisanym własnymi słowami.
consent-sent-notes = Notatki zapisane przy lekcjach oraz zakładki.
consent-sent-computer = Nazwa tego komputera, losowy numer, który go identyfikuje, i utworzony dla niego klucz zabezpieczający – aby koordynator kursu mógł odróżnić komputery jednej osoby.
consent-not-sent-title = Nie jest wysyłane
consent-not-sent = Imię i nazwisko, instytucja i stanowisko wpisane w tej aplikacji; profile innych osób na tym komputerze; ustawienia języka i wyświetlania; wyszukiwane słowa; pliki. Na serwerze uczestnik figuruje pod nazwiskiem wpisanym tam przez koordynatora kursu.
consent-who-title = Kto ma do tego dostęp
consent-who = Administratorzy programu oraz koordynatorzy grupy – na serwerze, z którym nawiązywane jest połączenie. Na podstawie przechowywanych tam danych wystawiane są certyfikaty. Postępy i notatki trafiają też na inne komputery połączone z tym samym kontem uczestnika.
consent-rights = Można poprosić koordynatora kursu o kopię swoich danych lub o ich usunięcie z serwera. Bez połączenia nic nie jest wysyłane: aplikacja działa w pełni bez serwera.

## Okno

consent-agree = Po zapoznaniu się z informacją o wysyłanych danych wyrażam zgodę na ich wysyłanie.
consent-agreed = Zgodę na wysyłanie postępów na serwer { $server } wyrażono { $date }.
consent-show = Pokaż, co jest wysyłane
consent-hide = Ukryj informację o wysyłanych danych

## Wiersz poleceń (lphm sync enroll)

cli-consent-question = Aby wyrazić zgodę i połączyć, należy wpisać „tak”. Każda inna odpowiedź kończy tutaj.
cli-consent-yes = tak
cli-consent-declined = Nic nie zostało wysłane: nie wyrażono zgody.
cli-consent-needs-agree = Nic nie zostało wysłane. Należy przeczytać powyższy tekst, a w razie zgody uruchomić to samo polecenie ponownie z opcją --agree.

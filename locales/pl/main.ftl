# Interfejs LPHM w języku polskim (przetłumaczony z angielskiego, języka wzorcowego: każda wersja językowa zawiera wszystkie jego identyfikatory).

## Ramka aplikacji

app-title = LPHM: Platforma edukacyjna na temat mobilności ludzi
app-name = LPHM
offline-ready = Działa offline
offline-hint = Wszystko, co widać na tym ekranie, jest zapisane na tym komputerze i działa bez połączenia z internetem.
language-label = Język interfejsu
language-endonym-en = English
language-endonym-fr = Français
language-endonym-pl = Polski
language-endonym-zu = isiZulu
breadcrumb-label = Bieżąca lokalizacja
nav-label = Nawigacja po kursie
nav-previous = Wstecz
nav-next = Dalej
duration-minutes = { $minutes } min

## Pierwsze uruchomienie i profile

welcome-title = Witamy w LPHM
welcome-lead = Kursy na temat migracji i mobilności ludzi dla pracowników samorządów lokalnych i regionalnych. Wszystko działa na tym komputerze, niezależnie od dostępu do internetu.
welcome-language = Wybór języka
welcome-profile = Nowy profil uczestnika
profile-name = Imię i nazwisko
    .placeholder = np. Anna Kowalska
profile-authority = Urząd lub miasto
    .placeholder = np. Urząd Miasta Płocka
profile-role = Stanowisko
    .placeholder = np. Specjalistka ds. spójności społecznej
profile-create = Utwórz profil i rozpocznij
profiles-title = Profile uczestników na tym komputerze
profiles-switch = Zmień profil
profiles-current = Aktywny
profiles-use = Użyj tego profilu
profiles-add = Dodaj profil

## Katalog i kurs

catalogue-title = Moje kursy
catalogue-greeting = Witamy ponownie, { $name }.
catalogue-empty = Na tym komputerze nie zainstalowano jeszcze żadnego kursu.
course-facts = { $modules ->
    [one] { $modules } moduł
    [few] { $modules } moduły
    [many] { $modules } modułów
   *[other] { $modules } modułu
  } · ok. { $minutes } min czytania
progress-label = Ukończono { $done } z { $total ->
    [one] { $total } kroku
    [few] { $total } kroków
    [many] { $total } kroków
   *[other] { $total } kroku
  }
progress-items = { $total ->
    [one] Ukończono { $done } z { $total } kroku
    [few] Ukończono { $done } z { $total } kroków
    [many] Ukończono { $done } z { $total } kroków
   *[other] Ukończono { $done } z { $total } kroku
  }
course-start = Rozpocznij kurs
course-continue = Kontynuuj
module-number = Moduł { $n }
lesson-done = Ukończona
lesson-not-done = Jeszcze nieukończona
quiz-badge = Test
quiz-questions = { $count ->
    [one] { $count } pytanie
    [few] { $count } pytania
    [many] { $count } pytań
   *[other] { $count } pytania
  }
quiz-best = Najlepszy wynik: { $best } · { $attempts ->
    [one] { $attempts } próba
    [few] { $attempts } próby
    [many] { $attempts } prób
   *[other] { $attempts } próby
  }
step-quiz = Test: { $title }

## Lekcje

lesson-complete = Oznacz lekcję jako ukończoną
lesson-completed = Ukończona ✓
lesson-saved = Zapisano na tym komputerze
lesson-fallback = Ta lekcja nie jest jeszcze dostępna w wybranym języku. Wyświetlana jest w wersji językowej: { $lang }.
content-language-label = Język treści kursu
content-language-same = Jak w interfejsie
lesson-image-missing = Obraz niedostępny
lesson-link-outside = Ten link prowadzi do internetu, dlatego LPHM go nie otwiera: { $url }

## Testy

quiz-intro = { $count ->
    [one] Test zawiera { $count } pytanie.
    [few] Test zawiera { $count } pytania.
    [many] Test zawiera { $count } pytań.
   *[other] Test zawiera { $count } pytania.
  } Do zaliczenia potrzeba { $mark } poprawnych odpowiedzi. Każda próba jest zapisywana.
quiz-already-passed = Ten test jest już zaliczony (najlepszy wynik: { $best }). Można go powtórzyć, aby dalej ćwiczyć.
quiz-question-number = Pytanie { $n } z { $total }
quiz-hint-single = Proszę wybrać jedną odpowiedź.
quiz-hint-multiple = Proszę zaznaczyć wszystkie poprawne odpowiedzi.
quiz-true = Prawda
quiz-false = Fałsz
quiz-submit = Zatwierdź odpowiedzi
quiz-retry = Spróbuj ponownie
quiz-feedback-right = Poprawna odpowiedź.
quiz-feedback-wrong = Niezupełnie.
quiz-passed = Test zaliczony!
quiz-failed = Test jeszcze niezaliczony.
quiz-outcome = Poprawne odpowiedzi: { $correct } z { $total } ({ $score }); próg zaliczenia: { $mark }.
quiz-history = { $count ->
    [one] Wykonana próba
    [few] { $count } wykonane próby
    [many] { $count } wykonanych prób
   *[other] Wykonane próby ({ $count })
  }
quiz-score = Poprawne odpowiedzi: { $correct } z { $total }
quiz-passed-short = zaliczona
quiz-failed-short = niezaliczona

## Importowanie i usuwanie kursów

import-button = Importuj kurs…
import-dialog-title = Wybór pakietu kursu LPHM
import-dialog-filter = Pakiety kursów LPHM
import-title = Importowanie kursu
import-reading = Sprawdzanie i instalowanie pliku { $file }…
import-progress = Ukończono: { $percent }
import-cancel = Anuluj
import-cancelling = Anulowanie…
import-installed = Kurs „{ $title }” (wersja { $version }) został zainstalowany. Można rozpocząć naukę niezależnie od dostępu do internetu.
import-updated = Kurs „{ $title }” został zaktualizowany z wersji { $previous } do wersji { $version }. Postępy w nauce zostały zachowane.
import-removed-lessons = { $count ->
    [one] Nowa wersja nie zawiera jednej lekcji z poprzedniej wersji. Postępy w tej lekcji pozostają zapisane.
    [few] Nowa wersja nie zawiera { $count } lekcji z poprzedniej wersji. Postępy w tych lekcjach pozostają zapisane.
    [many] Nowa wersja nie zawiera { $count } lekcji z poprzedniej wersji. Postępy w tych lekcjach pozostają zapisane.
   *[other] Nowa wersja nie zawiera { $count } lekcji z poprzedniej wersji. Postępy w tych lekcjach pozostają zapisane.
  }
import-already = Kurs „{ $title }” w wersji { $version } jest już zainstalowany. Niczego nie zmieniono.
import-failed = Nie udało się zaimportować kursu.
import-nothing-changed = Na tym komputerze niczego nie zmieniono.
import-close = Zamknij
course-remove = Usuń ten kurs…
course-remove-confirm = Usunąć kurs „{ $title }” z tego komputera?
course-remove-keep-note = Postępy w nauce zostaną zachowane i będą znów dostępne po ponownym zaimportowaniu kursu.
course-remove-forget = Usuń również moje postępy w tym kursie
course-remove-yes = Usuń kurs
course-remove-no = Zachowaj kurs
course-removed = Kurs „{ $title }” został usunięty z tego komputera.

## Notatki do lekcji

note-title = Moje notatki
note-hint = Miejsce na to, co warto zapamiętać albo wypróbować w pracy. Notatki są zapisywane na tym komputerze i podczas synchronizacji trafiają na serwer razem z postępami w nauce.
note-placeholder = Notatki do tej lekcji…
note-save = Zapisz notatkę
note-saved = Zapisano ✓
note-unsaved = Jeszcze nie zapisano
note-last-saved = Ostatni zapis: { $date }
note-conflict-explained = Ta notatka została zmieniona także na innym komputerze. Obie wersje są zachowane; aby je połączyć, należy poprawić notatkę i zapisać ją ponownie.
note-conflict-saved = Wersja z innego komputera, zapisana { $date }:
note-conflict-add = Dodaj ten tekst do mojej notatki

## Synchronizacja z serwerem

sync-indicator-checking = Sprawdzanie synchronizacji…
sync-indicator-not-connected = Nie połączono z żadnym serwerem
sync-indicator-not-connected-hint = Postępy w nauce są zapisane na tym komputerze. Po połączeniu z serwerem własnej instytucji będzie tam przechowywana ich kopia.
sync-indicator-syncing = Synchronizowanie…
sync-indicator-offline = { $count ->
    [0] Brak połączenia
    [one] Brak połączenia – { $count } zmiana czeka na wysłanie
    [few] Brak połączenia – { $count } zmiany czekają na wysłanie
    [many] Brak połączenia – { $count } zmian czeka na wysłanie
   *[other] Brak połączenia – { $count } zmiany czekają na wysłanie
  }
sync-indicator-waiting = { $count ->
    [one] { $count } zmiana czeka na wysłanie
    [few] { $count } zmiany czekają na wysłanie
    [many] { $count } zmian czeka na wysłanie
   *[other] { $count } zmiany czekają na wysłanie
  }
sync-indicator-never = Jeszcze nie zsynchronizowano
sync-indicator-synced-minutes = { $minutes ->
    [0] Zsynchronizowano przed chwilą
    [one] Zsynchronizowano { $minutes } minutę temu
    [few] Zsynchronizowano { $minutes } minuty temu
    [many] Zsynchronizowano { $minutes } minut temu
   *[other] Zsynchronizowano { $minutes } minuty temu
  }
sync-indicator-synced-hours = { $hours ->
    [one] Zsynchronizowano { $hours } godzinę temu
    [few] Zsynchronizowano { $hours } godziny temu
    [many] Zsynchronizowano { $hours } godzin temu
   *[other] Zsynchronizowano { $hours } godziny temu
  }
sync-indicator-synced-on = Ostatnia synchronizacja: { $date }
sync-title = Synchronizacja z serwerem
enroll-intro = Adres serwera i jednorazowy kod przekazuje koordynator kursu. Po połączeniu postępy w nauce będą wysyłane na serwer zawsze, gdy jest dostęp do internetu, a naukę można kontynuować na innym komputerze.
enroll-server = Adres serwera
    .placeholder = np. lphm.example.org
    .hint = Dokładnie taki, jaki podał koordynator.
enroll-code = Jednorazowy kod
    .placeholder = np. K7QM-2XPD
    .hint = Każdy kod działa tylko raz i tylko dla jednej osoby.
enroll-submit = Połącz
enroll-connecting = Łączenie…
enroll-done = Połączono. Nazwa uczestnika na serwerze ({ $server }): { $name }. Postępy w nauce będą teraz wysyłane automatycznie.
sync-server = Serwer
sync-learner = Uczestnik na serwerze
sync-automatic = Postępy w nauce są wysyłane automatycznie, gdy jest połączenie. Nie trzeba nic robić.
sync-now = Synchronizuj teraz
sync-now-running = Synchronizowanie…
sync-now-done = Zsynchronizowano. { $pushed ->
    [0] Nie było nic nowego do wysłania
    [one] Wysłano { $pushed } zmianę
    [few] Wysłano { $pushed } zmiany
    [many] Wysłano { $pushed } zmian
   *[other] Wysłano { $pushed } zmiany
  }, { $pulled ->
    [0] nie odebrano nic nowego.
    [one] odebrano { $pulled } zmianę z innych komputerów uczestnika.
    [few] odebrano { $pulled } zmiany z innych komputerów uczestnika.
    [many] odebrano { $pulled } zmian z innych komputerów uczestnika.
   *[other] odebrano { $pulled } zmiany z innych komputerów uczestnika.
  }
export-title = Brak jakiegokolwiek połączenia?
export-intro = Jeśli ten komputer nigdy nie ma dostępu do internetu, można zapisać postępy w pliku i przekazać go koordynatorowi (na przykład na pendrivie), który zaimportuje go na serwerze. Postępy zostają też na tym komputerze i zostaną wysłane ponownie, gdy pojawi się połączenie.
export-button = Eksportuj postępy do pliku…
export-dialog-title = Zapisywanie postępów dla koordynatora
export-dialog-filter = Pliki postępów LPHM
export-done = { $events ->
    [one] Zapisano w pliku { $events } zmianę:
    [few] Zapisano w pliku { $events } zmiany:
    [many] Zapisano w pliku { $events } zmian:
   *[other] Zapisano w pliku { $events } zmiany:
  }
export-next = Ten plik należy przekazać koordynatorowi, który zaimportuje go na serwerze.
download-title = Kursy na serwerze
download-intro = Tutaj można instalować nowe kursy i aktualizacje z serwera własnej instytucji. Przerwane pobieranie zostanie wznowione od miejsca, w którym się zatrzymało.
download-loading = Pobieranie listy kursów z serwera…
download-retry = Spróbuj ponownie
download-none = Serwer nie oferuje jeszcze żadnych kursów.
download-facts = Wersja { $version } · { $size }
download-state-new = Jeszcze nie ma go na tym komputerze.
download-state-installed = Zainstalowany (wersja { $version }).
download-state-update = Zainstalowana jest wersja { $installed }; dostępna jest wersja { $version }.
download-state-partial = Pobrano częściowo ({ $percent }): pobieranie zostanie wznowione od miejsca, w którym się zatrzymało.
download-install = Zainstaluj
download-update = Zaktualizuj
download-progress = Pobrano { $percent } z { $size }
download-failed = Nie udało się zainstalować kursu „{ $title }”.

## Ekrany, których nie udało się wyświetlić

screen-error-title = Nie udało się wyświetlić tej strony
screen-error-back = Wróć do moich kursów
fatal-title = LPHM nie może otworzyć danych
fatal-folder = Folder danych:
fatal-next-store-locked = Proszę zamknąć drugie okno LPHM (warto sprawdzić pasek zadań), a następnie ponownie uruchomić LPHM.
fatal-next-store-corrupt = Proszę pozostawić ten folder bez zmian i skontaktować się z działem IT lub koordynatorem kursu: mogą go przywrócić z kopii zapasowej. Folderu nie należy usuwać.
fatal-next-store-unreadable = Proszę sprawdzić, czy dysk jest podłączony i czy konto użytkownika ma uprawnienia do odczytu i zapisu w tym folderze, a następnie ponownie uruchomić LPHM.
fatal-next-store-newer-schema = Proszę zainstalować najnowszą wersję LPHM, a następnie uruchomić ją ponownie.
fatal-next-other = Proszę ponownie uruchomić LPHM. Jeśli problem będzie się powtarzał, należy skontaktować się z koordynatorem kursu.
fatal-nothing-deleted = Niczego nie usunięto ani nie zmieniono.

## Błędy (error-<kod>; kody przekazuje część aplikacji napisana w języku Rust)

error-unexpected = Wystąpił nieoczekiwany problem ({ $code }). Zapisane postępy są bezpieczne.
error-store-unreadable = Nie można odczytać folderu danych ani zapisać w nim zmian.
error-store-locked = Aplikacja LPHM jest już otwarta w innym oknie i korzysta z tych danych.
error-store-corrupt = Dane w tym folderze są uszkodzone i nie udało się ich otworzyć.
error-store-newer-schema = Te dane zostały zapisane przez nowszą wersję LPHM.
error-store-disk-full = Dysk jest pełny, dlatego zmian nie zapisano. Proszę zwolnić trochę miejsca i spróbować ponownie.
error-store-io = Nie udało się zapisać danych na dysku, więc zmiany nie zostały zachowane. Proszę spróbować ponownie.
error-store-corrupt-record = Jeden z zapisanych rekordów jest uszkodzony i nie udało się go odczytać.
error-content-io = Nie udało się odczytać pliku kursu.
error-content-missing-file = Brakuje pliku kursu: { $detail }
error-content-malformed = Plik kursu jest nieprawidłowy: { $detail }
error-content-unsupported-format = Ten kurs przygotowano dla nowszej wersji LPHM.
error-content-bad-id = Kurs zawiera nieprawidłowy identyfikator: { $detail }
error-content-duplicate-id = W kursie ten sam identyfikator występuje dwukrotnie: { $detail }
error-content-missing-fallback = W kursie brakuje tekstu w jego języku podstawowym: { $detail }
error-content-bad-question = Pytanie w teście jest nieprawidłowe: { $detail }
error-profile-name-required = Proszę podać imię i nazwisko.
error-profile-not-found = Ten profil nie istnieje już na tym komputerze.
error-profile-none = Najpierw należy utworzyć lub wybrać profil uczestnika.
error-language-unknown = Ten język jest niedostępny.
error-text-size-out-of-range = Rozmiar tekstu można ustawić w zakresie od { $min }% do { $max }%.
error-course-not-found = Ten kurs nie jest zainstalowany na tym komputerze.
error-lesson-not-found = Tej lekcji nie ma w zainstalowanej wersji kursu.
error-quiz-not-found = Tego testu nie ma w zainstalowanej wersji kursu.
error-quiz-unanswered = { $count ->
    [one] Jedno pytanie nie ma jeszcze odpowiedzi. Proszę na nie odpowiedzieć i ponownie zatwierdzić; niczego nie zapisano.
    [few] { $count } pytania nie mają jeszcze odpowiedzi. Proszę na nie odpowiedzieć i ponownie zatwierdzić; niczego nie zapisano.
    [many] { $count } pytań nie ma jeszcze odpowiedzi. Proszę na nie odpowiedzieć i ponownie zatwierdzić; niczego nie zapisano.
   *[other] Liczba pytań bez odpowiedzi: { $count }. Proszę na nie odpowiedzieć i ponownie zatwierdzić; niczego nie zapisano.
  }
error-quiz-invalid-answer = Te odpowiedzi nie pasują do testu. Proszę wczytać test ponownie i spróbować jeszcze raz.
error-evaluation-none = Ten kurs nie ma testu wstępnego, testu końcowego ani ankiety tego rodzaju. Proszę wrócić do strony kursu.
error-test-locked = Test końcowy będzie dostępny po ukończeniu wszystkich lekcji i testów kursu. Najpierw trzeba ukończyć kurs.
error-test-closed = Test wstępny jest już zamknięty: mierzy wiedzę sprzed kursu, a lekcje zostały rozpoczęte. Można kontynuować kurs.
error-test-already-taken = Ten test został już rozwiązany. Wynik jest na stronie kursu.
error-test-unanswered = { $count ->
    [one] Jedno pytanie nie ma jeszcze odpowiedzi. Proszę na nie odpowiedzieć i ponownie zatwierdzić; niczego nie zapisano.
    [few] { $count } pytania nie mają jeszcze odpowiedzi. Proszę na nie odpowiedzieć i ponownie zatwierdzić; niczego nie zapisano.
    [many] { $count } pytań nie ma jeszcze odpowiedzi. Proszę na nie odpowiedzieć i ponownie zatwierdzić; niczego nie zapisano.
   *[other] Liczba pytań bez odpowiedzi: { $count }. Proszę na nie odpowiedzieć i ponownie zatwierdzić; niczego nie zapisano.
  }
error-test-invalid-answer = Te odpowiedzi nie pasują do testu. Proszę wrócić do strony kursu i otworzyć test ponownie.
error-survey-locked = Ta ankieta nie jest jeszcze dostępna. Pojawi się po ukończeniu kursu (ankieta kontrolna – kilka tygodni później).
error-survey-already-answered = Ta ankieta została już wypełniona. Dziękujemy.
error-survey-unanswered = { $count ->
    [one] Jedno obowiązkowe pytanie nie ma jeszcze odpowiedzi. Proszę na nie odpowiedzieć i wysłać ponownie; niczego nie zapisano.
    [few] { $count } obowiązkowe pytania nie mają jeszcze odpowiedzi. Proszę na nie odpowiedzieć i wysłać ponownie; niczego nie zapisano.
    [many] { $count } obowiązkowych pytań nie ma jeszcze odpowiedzi. Proszę na nie odpowiedzieć i wysłać ponownie; niczego nie zapisano.
   *[other] Liczba obowiązkowych pytań bez odpowiedzi: { $count }. Proszę na nie odpowiedzieć i wysłać ponownie; niczego nie zapisano.
  }
error-survey-invalid-answer = Jedna z odpowiedzi nie pasuje do pytania (tekst może mieć najwyżej 4000 znaków). Proszę ją poprawić i wysłać ponownie; niczego nie zapisano.
error-package-not-a-package = Ten plik nie jest pakietem kursu LPHM albo jest uszkodzony. Należy poprosić o nową kopię.
error-package-truncated = Ten pakiet jest niekompletny: kopiowanie lub pobieranie zostało przerwane. Proszę skopiować go ponownie, a następnie zaimportować.
error-package-unsupported-format = Ten pakiet przygotowano dla nowszej wersji LPHM. Proszę zainstalować najnowszą wersję LPHM, a następnie ponownie zaimportować pakiet.
error-package-bad-manifest = Spis zawartości tego pakietu jest nieprawidłowy: { $detail }
error-package-unknown-key = Ten pakiet jest podpisany przez wydawcę, którego ten komputer nie uznaje za zaufanego (klucz { $key }). Jeśli ten pakiet jest oczekiwany, należy poprosić dział IT o dodanie klucza wydawcy.
error-package-bad-signature = Podpis tego pakietu nie zgadza się z jego zawartością: pakiet mógł zostać zmieniony. Nie należy go używać; proszę poprosić wydawcę o nową kopię.
error-package-tampered = Plik { $path } w tym pakiecie został zmieniony po podpisaniu pakietu. Nie należy używać tego pakietu; proszę poprosić wydawcę o nową kopię.
error-package-unsafe-entry = Ten pakiet zawiera niedozwolony element ({ $path }). Pakiet został odrzucony, aby chronić ten komputer.
error-package-too-large = Ten pakiet przekracza rozmiar dopuszczalny w LPHM ({ $detail }). Pakiet został odrzucony.
error-package-missing-file = Ten pakiet jest niekompletny: brakuje w nim { $path }. Należy poprosić o nową kopię.
error-package-cancelled = Importowanie zostało anulowane.
error-package-bad-key = Plik klucza jest nieprawidłowy: { $detail }
error-package-io = Nie udało się odczytać pakietu: { $detail }
error-package-file-unreadable = Nie udało się otworzyć pliku { $path }: { $detail }
error-file-in-use = Plik { $path } jest otwarty w innym programie, który uniemożliwia LPHM korzystanie z niego. Należy zamknąć ten program (lub poczekać, aż zakończy pracę), a następnie spróbować ponownie.
error-package-older-version = Ten pakiet zawiera wersję { $found } kursu, a zainstalowana jest już wersja { $installed }. Starsza wersja nie może zastąpić nowszej.
error-package-same-version-differs = Ten pakiet ma ten sam numer wersji ({ $version }) co zainstalowany kurs, ale inną zawartość. Należy poprosić wydawcę o pakiet z nowym numerem wersji.
error-trust-key-not-found = Nie ma zaufanego klucza o identyfikatorze { $key }.
error-sync-offline = Nie można połączyć się z serwerem { $server }: ten komputer może teraz nie mieć dostępu do internetu. Nic nie zostało utracone: postępy są zapisane na tym komputerze i zostaną wysłane automatycznie, gdy połączenie wróci.
error-sync-timeout = Serwer { $server } zbyt długo nie odpowiadał; połączenie może być wolne. Nic nie zostało utracone: postępy są zapisane na tym komputerze i zostaną wysłane przy następnej próbie.
error-sync-server-error = Na serwerze { $server } wystąpił problem (błąd { $status }). Nic nie zostało utracone: postępy są zapisane na tym komputerze i zostaną wysłane później. Jeśli problem się utrzymuje, należy powiadomić koordynatora.
error-sync-bad-response = Nie udało się zrozumieć odpowiedzi serwera { $server }. Nic nie zostało utracone: postępy są zapisane na tym komputerze i zostaną wysłane później. Jeśli problem się utrzymuje, należy powiadomić koordynatora.
error-sync-token-refused = Serwer { $server } nie akceptuje już tego komputera: jego dostęp został cofnięty lub jest nieznany. Należy poprosić koordynatora o nowy kod i połączyć się ponownie. Nic nie zostało utracone: postępy są zapisane na tym komputerze.
error-sync-code-invalid = Ten kod jest nieprawidłowy. Proszę sprawdzić, czy wpisano go dokładnie tak, jak podał koordynator, lub poprosić o nowy.
error-sync-code-used = Ten kod został już użyty: każdy kod działa tylko raz. Należy poprosić koordynatora o nowy.
error-sync-code-expired = Ten kod wygasł. Należy poprosić koordynatora o nowy.
error-sync-too-many-attempts = Serwer { $server } otrzymał z tej sieci zbyt wiele kodów w krótkim czasie. Proszę odczekać minutę i spróbować ponownie; jeśli kod nadal zostanie odrzucony, należy sprawdzić go u koordynatora.
error-sync-device-forked = Postępy na tym komputerze skopiowano z innego komputera lub przywrócono z kopii zapasowej i nie udało się jeszcze zapisać ich osobno na serwerze { $server }. Nic nie zostało utracone: wystarczy ponownie zsynchronizować.
error-learner-erased = Program usunął dane tego uczestnika z serwera { $server } na jego wniosek lub z własnej decyzji, dlatego ten komputer nie synchronizuje się już z serwerem. Postępy zapisane na tym komputerze zostają zachowane. Aby znów synchronizować, należy poprosić koordynatora o nowy jednorazowy kod.
error-sync-server-version = Serwer { $server } korzysta z innej wersji LPHM. Należy zaktualizować LPHM na tym komputerze lub skontaktować się z koordynatorem. Nic nie zostało utracone: postępy są zapisane na tym komputerze.
error-sync-refused = Serwer { $server } odrzucił żądanie (błąd { $status }). Należy powiadomić koordynatora. Nic nie zostało utracone: postępy są zapisane na tym komputerze.
error-sync-not-enrolled = Ten uczestnik nie jest jeszcze połączony z serwerem. Najpierw należy się połączyć, używając kodu od koordynatora.
error-sync-server-invalid = „{ $server }” nie jest adresem serwera. Proszę wpisać go dokładnie tak, jak podał koordynator, na przykład lphm.example.org.
error-sync-server-required = Proszę wpisać adres serwera podany przez koordynatora, na przykład lphm.example.org.
error-sync-code-required = Proszę wpisać jednorazowy kod podany przez koordynatora.
error-consent-needed = Przed połączeniem należy przeczytać, co zostanie wysłane na serwer, i zaznaczyć pole zgody. Nic nie zostało wysłane.
error-enroll-offline = Nie można połączyć się z serwerem { $server }: ten komputer może teraz nie mieć połączenia. Proszę sprawdzić adres i spróbować ponownie po nawiązaniu połączenia. Do tego czasu można normalnie się uczyć, a postępy wyeksportować do pliku dla koordynatora.
error-sync-certificate-invalid = Nie można użyć certyfikatu bezpieczeństwa ustawionego dla serwera ({ $detail }). Należy poprosić dział IT o jego sprawdzenie. Nic nie zostało utracone: postępy są zapisane na tym komputerze.
error-sync-certificate-untrusted = Serwer { $server } przedstawił certyfikat bezpieczeństwa, któremu ten komputer nie ufa, więc nic do niego nie wysłano. Proszę sprawdzić adres serwera albo zapytać koordynatora lub dział IT o certyfikat serwera. Nic nie zostało utracone: postępy są zapisane na tym komputerze.
error-bundle-nothing-to-export = Nie ma nic do wyeksportowania: serwer ma już wszystkie postępy zapisane na tym komputerze.
error-bundle-nothing-recorded = Na razie nie ma nic do wyeksportowania: na tym komputerze nie zapisano jeszcze żadnych postępów tego uczestnika.
error-bundle-write-failed = Nie udało się zapisać pliku { $path } ({ $detail }). Dysk może być pełny lub odłączony: proszę zwolnić trochę miejsca albo wybrać inne miejsce i spróbować ponownie. Nic nie zostało utracone: postępy są zapisane na tym komputerze.
error-download-not-offered = Serwer nie oferuje już pliku { $file }. Proszę ponownie sprawdzić listę kursów i wybrać inny.
error-download-write-failed = Nie udało się zapisać pobieranego pliku w { $path } ({ $detail }). Dysk może być pełny: proszę zwolnić trochę miejsca i spróbować ponownie. To, co już pobrano, zostało zachowane.
error-download-damaged = Plik { $file } dotarł uszkodzony i został usunięty. Proszę spróbować ponownie; jeśli sytuacja się powtórzy, należy powiadomić koordynatora. Na tym komputerze niczego nie zmieniono.
error-download-cancelled = Pobieranie zostało zatrzymane. To, co już pobrano, zostało zachowane: następnym razem pobieranie zostanie wznowione od tego miejsca.
error-note-too-long = Ta notatka jest za długa, aby ją zapisać (limit to około { $max } znaków). Proszę ją skrócić i zapisać ponownie; wpisany tekst nadal tu jest.

## Narzędzie wiersza poleceń (lphm)

cli-keygen = Nowy klucz { $id }. Klucz prywatny: { $secret } (nie należy go nikomu udostępniać; trzeba przechowywać jego kopię zapasową). Klucz publiczny: { $public }.
cli-packed = Spakowano kurs { $course } w wersji { $version } do pliku { $file }: { $files ->
    [one] { $files } plik
    [few] { $files } pliki
    [many] { $files } plików
   *[other] { $files } pliku
  }, { $bytes ->
    [one] { $bytes } bajt
    [few] { $bytes } bajty
    [many] { $bytes } bajtów
   *[other] { $bytes } bajta
  }, podpisano kluczem { $key }.
cli-certificate-valid = Certyfikat ważny, podpisany przez program. Uczestnik: { $name } ({ $authority }). Kurs: „{ $course }”, ukończony { $date }. Wydawca: { $issuer }, numer { $id }. Czy certyfikat unieważniono, można sprawdzić tylko online: { $url }
cli-verified = Pakiet jest prawidłowy: kurs { $course } w wersji { $version }, { $files ->
    [one] { $files } plik
    [few] { $files } pliki
    [many] { $files } plików
   *[other] { $files } pliku
  }, podpisany przez { $signer } (klucz { $key }).
cli-compare-same = Plik { $file } zawiera dokładnie ten kurs, który znajduje się w folderze ({ $files ->
    [one] { $files } plik
    [few] { $files } pliki
    [many] { $files } plików
   *[other] { $files } pliku
  }).
cli-compare-differs = Plik { $file } nie odpowiada folderowi kursu. Pliki zmienione, dodane lub usunięte: { $changed }
cli-imported = Zainstalowano kurs { $course } w wersji { $version }.
cli-updated = Zaktualizowano kurs { $course } z wersji { $previous } do wersji { $version }; postępy zostały zachowane. { $removed ->
    [0] {""}
    [one] Nowa wersja nie zawiera jednej lekcji z poprzedniej wersji.
    [few] Nowa wersja nie zawiera { $removed } lekcji z poprzedniej wersji.
    [many] Nowa wersja nie zawiera { $removed } lekcji z poprzedniej wersji.
   *[other] Nowa wersja nie zawiera { $removed } lekcji z poprzedniej wersji.
  }
cli-already-installed = Kurs { $course } w wersji { $version } jest już zainstalowany; niczego nie zmieniono.
cli-list-empty = Nie zainstalowano żadnego kursu.
cli-removed = Usunięto kurs { $course }. Postępy uczestników zostały zachowane.
cli-trusted = Ten komputer uznaje teraz klucz { $key } ({ $name }) za zaufany.
cli-untrusted = Klucz { $key } nie jest już uznawany za zaufany.
cli-sync-not-enrolled = Ten uczestnik nie jest połączony z serwerem. Połączenie umożliwia polecenie: lphm sync enroll --server ADRES --code KOD
cli-sync-status = Serwer { $server }, uczestnik { $name }. { $waiting ->
    [0] Nic nie czeka na wysłanie.
    [one] Jedna zmiana czeka na wysłanie.
    [few] { $waiting } zmiany czekają na wysłanie.
    [many] { $waiting } zmian czeka na wysłanie.
   *[other] { $waiting } zmiany czekają na wysłanie.
} { $minutes ->
    [-1] Jeszcze nie zsynchronizowano.
    [0] Ostatnia synchronizacja mniej niż minutę temu.
    [one] Ostatnia synchronizacja minutę temu.
    [few] Ostatnia synchronizacja { $minutes } minuty temu.
    [many] Ostatnia synchronizacja { $minutes } minut temu.
   *[other] Ostatnia synchronizacja { $minutes } minuty temu.
}
cli-sync-enrolled = Połączono z { $server } jako { $name }.
cli-sync-done = Zsynchronizowano: wysłano { $sent }, odebrano { $received }.
cli-sync-exported = Zapisano zmiany ({ $count }) w pliku { $file }. Plik należy przekazać koordynatorowi, który zaimportuje go na serwerze.

## Windows: komunikat aplikacji, gdy w systemie brakuje składnika potrzebnego do otwarcia okna

webview2-missing-title = Nie można uruchomić LPHM
webview2-missing = LPHM wymaga składnika systemu Windows o nazwie Microsoft Edge WebView2, którego brakuje na tym komputerze. Jeśli LPHM dostarczono na nośniku USB, należy uruchomić znajdujący się na nim instalator WebView2 (MicrosoftEdgeWebView2RuntimeInstallerX64.exe) albo poprosić dział informatyczny o zainstalowanie WebView2 Runtime. Następnie należy ponownie uruchomić LPHM: kursy i postępy w nauce zostaną zachowane.

## Notatki i zakładki (issue 15)

notes-export-dialog-title = Zapisywanie notatek i zakładek
notes-export-dialog-filter = Tekst Markdown
notes-export-dialog-filter-pdf = Dokument PDF
certificate-dialog-title = Zapisywanie certyfikatu
certificate-dialog-filter = Dokument PDF
notes-export-title = Notatki i zakładki: { $name }
notes-bookmarked = zakładka
error-notes-nothing-to-export = Nie ma jeszcze nic do wyeksportowania: najpierw należy dodać lekcję do zakładek albo napisać notatkę.
error-search-failed = Wyszukiwanie jest chwilowo niedostępne. Kursy i postępy w nauce są bezpieczne; proszę spróbować ponownie za chwilę.
error-notes-export-failed = Nie udało się zapisać pliku { $path } ({ $detail }). Dysk może być pełny lub odłączony: proszę zwolnić trochę miejsca albo wybrać inne miejsce i spróbować ponownie. Notatki pozostają na tym komputerze.
error-notes-format-unknown = Nie można wyeksportować notatek w formacie „{ $format }”. Proszę wybrać Markdown albo PDF.
error-notes-cannot-print = W pliku PDF nie da się pokazać znaku „{ $character }” z notatek. Można wyeksportować je do pliku Markdown, który zachowuje wszystkie znaki, albo zmienić notatkę i spróbować ponownie.
error-certificate-not-complete = Certyfikat powstaje po ukończeniu kursu: po przerobieniu wszystkich lekcji i zaliczeniu wszystkich testów.
error-certificate-save-failed = Nie udało się zapisać pliku { $path } ({ $detail }). Dysk może być pełny lub odłączony: proszę zwolnić trochę miejsca albo wybrać inne miejsce i spróbować ponownie. Certyfikat pozostaje na tym komputerze.
error-certificate-cannot-print = Na certyfikacie nie da się wydrukować znaku „{ $character }” z imienia i nazwiska lub nazwy urzędu. Proszę zapisać je w profilu literami łacińskimi i spróbować ponownie.
error-certificate-not-pdf = { $file } nie jest czytelnym plikiem PDF. Należy użyć pliku certyfikatu w takiej postaci, w jakiej został zapisany.
error-certificate-statement = { $file } to zaświadczenie o ukończeniu wydrukowane na komputerze osoby uczącej się. Program go nie zweryfikował, więc nie można go sprawdzić: należy poprosić o certyfikat wydany przez program.
error-certificate-no-credential = { $file } nie jest certyfikatem programu: nie zawiera podpisanego poświadczenia.
error-certificate-tampered = Certyfikat w pliku { $file } został zmieniony po podpisaniu go przez program albo nigdy nie został przez program podpisany. Nie należy go przyjmować.
error-certificate-unknown-key = Certyfikat w pliku { $file } podpisano kluczem, którego ten komputer nie zna jako klucza programu. Można go sprawdzić na stronie weryfikacji wydrukowanej na certyfikacie albo zapytać program.

# Okno: komunikaty dodane przy podziale ekranów na komponenty (zgłoszenie 13).

## Klawiatura i czytniki ekranu

skip-to-content = Przejdź do treści

## Katalog i kurs

catalogue-greeting-first = Witamy, { $name }. Na początek proszę wybrać kurs; postępy są zapisywane na bieżąco na tym komputerze.
course-text-languages = Treść kursu dostępna w językach: { $languages }

## Testy

quiz-go-to-question = Przejdź do pytania { $n }
quiz-correct-answer = (poprawna odpowiedź)
quiz-reveal-on-pass = Poprawne odpowiedzi zostaną pokazane po zaliczeniu testu.
quiz-reveal-after = { $count ->
    [one] Poprawne odpowiedzi zostaną pokazane po zaliczeniu testu lub po jeszcze jednej próbie.
    [few] Poprawne odpowiedzi zostaną pokazane po zaliczeniu testu lub po jeszcze { $count } próbach.
    [many] Poprawne odpowiedzi zostaną pokazane po zaliczeniu testu lub po jeszcze { $count } próbach.
   *[other] Poprawne odpowiedzi zostaną pokazane po zaliczeniu testu lub po jeszcze { $count } próby.
  }

## Słowniczek (issue 14)

glossary-open = Słowniczek
glossary-title = Słowniczek pojęć
glossary-intro = Słowa, za którymi stoi polityka, w czterech językach: co znaczą, którego słowa używać i dlaczego.
glossary-filter = Szukaj pojęcia
glossary-language = Język objaśnień
glossary-count = { $count ->
    [one] Wyświetlono { $count } pojęcie
    [few] Wyświetlono { $count } pojęcia
    [many] Wyświetlono { $count } pojęć
   *[other] Wyświetlono { $count } pojęcia
  }
glossary-general = Pojęcia ogólne
glossary-usage = Użycie:
glossary-avoid = Czego unikać:
glossary-see-also = Zobacz też:
glossary-none = Żaden kurs na tym komputerze nie ma jeszcze słowniczka.
glossary-no-match = Żadne pojęcie nie pasuje do „{ $query }”.
glossary-open-entry = Otwórz w słowniczku
glossary-close = Zamknij
glossary-term-hint = Pojęcie ze słowniczka: otwórz objaśnienie
glossary-fallback = To hasło nie jest jeszcze dostępne w wybranym języku. Wyświetlane jest w wersji językowej: { $lang }.

## Rozmiar tekstu (issue 15)

text-size-title = Rozmiar tekstu
text-size-hint = Na każdym ekranie Ctrl z + lub − powiększa lub zmniejsza tekst, a Ctrl z 0 przywraca rozmiar standardowy.

## Zakładki i Moje notatki (issue 15)

bookmark-add = Dodaj lekcję do zakładek
bookmark-on = W zakładkach
notes-open = Moje notatki
notes-title = Moje notatki i zakładki
notes-intro = Wszystkie lekcje dodane do zakładek lub opatrzone notatką, ze wszystkich kursów. Można je wyeksportować do pliku i zabrać na spotkanie.
notes-filter = Szukaj w notatkach
notes-count = { $count ->
    [one] Wyświetlono { $count } lekcję
    [few] Wyświetlono { $count } lekcje
    [many] Wyświetlono { $count } lekcji
   *[other] Wyświetlono { $count } lekcji
  }
notes-no-match = W notatkach nie ma nic pasującego do „{ $query }”.
notes-empty = Na razie nic tu nie ma: można dodać lekcję do zakładek (przycisk ☆ u góry każdej lekcji) albo napisać pod nią notatkę.
notes-export = Eksportuj do pliku Markdown…
notes-export-pdf = Eksportuj do pliku PDF…
notes-exported = Zapisano: { $path }
notes-saved-at = Zapisano { $when }
notes-conflicts = { $count ->
    [one] Na innym komputerze powstała inna wersja tej notatki: aby je połączyć, należy otworzyć lekcję.
    [few] Na innych komputerach powstały { $count } inne wersje tej notatki: aby je połączyć, należy otworzyć lekcję.
    [many] Na innych komputerach powstało { $count } innych wersji tej notatki: aby je połączyć, należy otworzyć lekcję.
   *[other] Na innych komputerach powstały inne wersje tej notatki ({ $count }): aby je połączyć, należy otworzyć lekcję.
  }

## Wyszukiwanie (issue 15)

search-label = Szukaj w kursach i notatkach
search-placeholder = Szukaj…
search-go = Szukaj
search-title = Wyszukiwanie
search-in = Język: { $lang }
search-none = Brak wyników dla „{ $query }”. Warto spróbować innego słowa albo mniejszej liczby słów.
search-count = { $count ->
    [one] { $count } wynik dla „{ $query }”
    [few] { $count } wyniki dla „{ $query }”
    [many] { $count } wyników dla „{ $query }”
   *[other] { $count } wyniku dla „{ $query }”
  }
search-kind-lesson = Lekcja
search-kind-question = Pytanie testowe
search-kind-term = Słowniczek
search-kind-course = Kurs
search-kind-note = Moja notatka

# Certificates (course page)
certificate-issued-title = Certyfikat
certificate-issued-text = Program wydał certyfikat ukończenia tego kursu. Można go zapisać jako PDF, aby wydrukować go lub przesłać pracodawcy; każdy może go sprawdzić pod adresem wydrukowanym na certyfikacie.
certificate-revoked-title = Certyfikat unieważniony
certificate-revoked-text = Program unieważnił certyfikat tego kursu, więc nie jest on już ważny. W razie pomyłki proszę skontaktować się z koordynatorem. Nadal można wydrukować zaświadczenie o ukończeniu.
certificate-complete-title = Kurs ukończony
certificate-complete-connected = Gratulacje: wszystkie lekcje są przerobione, a wszystkie testy zaliczone. Certyfikat programu przyjdzie z następną synchronizacją. Do tego czasu można wydrukować zaświadczenie o ukończeniu, którego program nie zweryfikował.
certificate-complete-offline = Gratulacje: wszystkie lekcje są przerobione, a wszystkie testy zaliczone. Program wydaje certyfikat, gdy otrzyma postępy w nauce (przez synchronizację lub w pliku postępów). Do tego czasu można wydrukować zaświadczenie o ukończeniu, którego program nie zweryfikował.
certificate-verify-at = Weryfikacja pod adresem:
certificate-save = Zapisz certyfikat (PDF)…
certificate-save-statement = Zapisz zaświadczenie o ukończeniu (PDF)…
certificate-saved = Zapisano: { $path }

## Ewaluacja kursu: test wstępny, test końcowy i ankiety (issue 17)

eval-pre-title = Test wstępny
eval-post-title = Test końcowy
eval-pre-why = Przed pierwszym modułem krótki test wstępny sprawdza wiedzę z zakresu kursu, aby na końcu było widać, czego udało się nauczyć. Zajmuje około 15 minut i nie ma progu zaliczenia: wystarczy odpowiedzieć najlepiej, jak się da, bez szukania odpowiedzi.
eval-post-why = Kurs został ukończony. Test końcowy dotyczy tych samych zagadnień, ale zawiera inne pytania, aby pokazać, czego udało się nauczyć. Zajmuje około 15 minut i nie ma progu zaliczenia.
eval-pre-closes = Test wstępny jest dostępny do ukończenia pierwszej lekcji.
eval-pre-start = Rozpocznij test wstępny
eval-post-start = Rozpocznij test końcowy
eval-form = Wersja { $form } · { $count ->
    [one] jedno pytanie
    [few] { $count } pytania
    [many] { $count } pytań
   *[other] { $count } pytania
  }
eval-pre-result = Test wstępny (wersja { $form }): { $correct } z { $total } poprawnych odpowiedzi ({ $score })
eval-post-result = Test końcowy (wersja { $form }): { $correct } z { $total } poprawnych odpowiedzi ({ $score })
eval-gain = Zmiana od testu wstępnego: { $points } { $count ->
    [one] punkt
    [few] punkty
    [many] punktów
   *[other] punktu
  }
eval-done = Gotowe
eval-thanks = Dziękujemy.
eval-pre-done = Poprawne odpowiedzi: { $correct } z { $total } ({ $score }). Teraz można rozpocząć kurs: test końcowy na zakończenie pokaże, czego udało się nauczyć.
eval-post-answers-below = Przy każdym pytaniu poniżej widać, czy odpowiedź była poprawna, oraz poprawną odpowiedź.
eval-start-course = Rozpocznij kurs
eval-to-course = Wróć do kursu
eval-test-submit = Wyślij odpowiedzi
eval-reaction-why = Kurs został ukończony. Prosimy o opinię: kilka ocen i, w razie chęci, komentarz. Zajmuje to około 5 minut.
eval-follow-up-why = Od ukończenia kursu minęło trochę czasu. Prosimy o informację, czy wiedza z kursu przydała się w pracy.
eval-survey-start = Wypełnij ankietę
eval-answered = Wypełniono { $date }.
eval-follow-up-waiting = Krótka ankieta kontrolna będzie dostępna od { $date }, aby sprawdzić, czy kurs przydał się w pracy.
survey-optional = (nieobowiązkowe)
survey-optional-note = Pytania oznaczone „(nieobowiązkowe)” można pominąć.
survey-chars-left = { $count ->
    [one] Pozostał { $count } znak
    [few] Pozostały { $count } znaki
    [many] Pozostało { $count } znaków
   *[other] Pozostało { $count } znaku
  }
survey-chars-over = { $count ->
    [one] { $count } znak za dużo
    [few] { $count } znaki za dużo
    [many] { $count } znaków za dużo
   *[other] { $count } znaku za dużo
  }
survey-hint-choices = Proszę zaznaczyć wszystkie pasujące odpowiedzi.
survey-send = Wyślij odpowiedzi
survey-later = Później
survey-sent = Odpowiedzi zostały zapisane na tym komputerze i zostaną wysłane przy najbliższej synchronizacji.
survey-saved = Odpowiedzi zostały zapisane na tym komputerze.
survey-continue = Dalej
survey-follow-up-startup = Kurs „{ $course }” został ukończony jakiś czas temu. Ta ankieta kontrolna pyta, jak przydał się od tamtej pory. Przycisk „Później” sprawi, że pytanie pojawi się ponownie przy następnym uruchomieniu LPHM.

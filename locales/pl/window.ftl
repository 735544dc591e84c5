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

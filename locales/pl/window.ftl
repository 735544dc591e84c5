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

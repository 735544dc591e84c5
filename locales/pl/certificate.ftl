# Certyfikaty ukończenia kursu (lphm-certificate): słowa na stronie PDF, w języku
# interfejsu. Imię i nazwisko, tytuły, wystawca i adres weryfikacji to dane.
# Rejestr: bezosobowy i urzędowy; czasowniki w formach nieodmiennych przez rodzaj
# („otrzymuje”, „zrealizowano”) albo uzgodnione z rzeczownikiem „osoba” („osoba ucząca
# się … ukończyła kurs”), bo płeć osoby nie jest znana.

## Certyfikat wystawiony i podpisany przez program

certificate-heading = Certyfikat ukończenia kursu
certificate-preamble = Certyfikat otrzymuje
certificate-completed = za ukończenie kursu
certificate-number = Numer certyfikatu
certificate-issued-by = Wystawca
certificate-verify = Aby zweryfikować certyfikat, należy zeskanować kod lub otworzyć adres:
# Tytuł pliku PDF, widoczny na pasku tytułu przeglądarki PDF.
certificate-document-title = Certyfikat ukończenia kursu: { $name }

## Informacja o ukończeniu kursu sporządzona na komputerze osoby uczącej się, zanim
## program wystawi certyfikat

certificate-statement-heading = Informacja o ukończeniu kursu
certificate-statement-unverified = Niezweryfikowana przez program
certificate-statement-preamble = Według danych zapisanych na tym komputerze osoba ucząca się
certificate-statement-completed = ukończyła kurs
certificate-statement-number = Identyfikator
certificate-programme = Program
certificate-statement-notice = Informację sporządzono na komputerze osoby uczącej się. Program jej nie zweryfikował i nie jest ona certyfikatem: program wystawia certyfikaty po synchronizacji postępów w nauce z jego serwerem.
certificate-statement-document-title = Informacja o ukończeniu kursu: { $name }

## W obu dokumentach

certificate-modules = Ukończone moduły
certificate-criteria = Zrealizowano wszystkie lekcje i zaliczono wszystkie testy.
certificate-study-time = Czas nauki
certificate-duration-hours-minutes = { $hours ->
    [one] { $hours } godzina
    [few] { $hours } godziny
    [many] { $hours } godzin
   *[other] { $hours } godziny
  } { $minutes ->
    [one] { $minutes } minuta
    [few] { $minutes } minuty
    [many] { $minutes } minut
   *[other] { $minutes } minuty
  }
certificate-duration-hours = { $hours ->
    [one] { $hours } godzina
    [few] { $hours } godziny
    [many] { $hours } godzin
   *[other] { $hours } godziny
  }
certificate-duration-minutes = { $minutes ->
    [one] { $minutes } minuta
    [few] { $minutes } minuty
    [many] { $minutes } minut
   *[other] { $minutes } minuty
  }
certificate-completed-on = Data ukończenia
# Data: $day i $month to liczby (miesiąc od 1 do 12), $year to tekst. Miesiąc w dopełniaczu.
certificate-date = { $day } { $month ->
    [1] stycznia
    [2] lutego
    [3] marca
    [4] kwietnia
    [5] maja
    [6] czerwca
    [7] lipca
    [8] sierpnia
    [9] września
    [10] października
    [11] listopada
   *[12] grudnia
  } { $year } r.

## Notatki do druku (reszta strony pochodzi z main.ftl lub od osoby uczącej się)

# Stopka każdej strony notatek w PDF.
notes-page = Strona { $page } z { $pages }

# Iwindi: imilayezo eyengezwe lapho izikrini zihlukaniswa zaba izingxenye (udaba 13).

## Ikhibhodi nezifundi zesikrini

skip-to-content = Yeqela kokuqukethwe

## Izifundo

catalogue-greeting-first = Siyakwamukela, { $name }. Khetha isifundo ukuze uqale: inqubekelaphambili yakho igcinwa kule khompyutha njengoba uqhubeka.
course-text-languages = Umbhalo wesifundo utholakala ngalezi zilimi: { $languages }

## Izivivinyo

quiz-go-to-question = Iya embuzweni { $n }
quiz-correct-answer = (impendulo efanele)
quiz-reveal-on-pass = Izimpendulo ezifanele ziboniswa uma usuphumelele.
quiz-reveal-after = { $count ->
    [one] Izimpendulo ezifanele ziboniswa uma usuphumelele, noma ngemuva komzamo owodwa ngaphezulu.
   *[other] Izimpendulo ezifanele ziboniswa uma usuphumelele, noma ngemuva kwemizamo engu-{ $count } ngaphezulu.
  }

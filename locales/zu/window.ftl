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

## Uhlu lwamagama (issue 14)

glossary-open = Uhlu lwamagama
glossary-title = Uhlu lwamagama abalulekile
glossary-intro = Amagama athwala inqubomgomo, ngezilimi ezine: okushiwo yigama ngalinye, igama okufanele lisetshenziswe, nesizathu salokho.
glossary-filter = Thola igama
glossary-language = Ulimi lwezincazelo
glossary-count = { $count ->
    [one] Kukhonjiswa igama elilodwa
   *[other] Kukhonjiswa amagama angu-{ $count }
  }
glossary-general = Amagama ajwayelekile
glossary-usage = Ukusetshenziswa:
glossary-avoid = Gwema:
glossary-see-also = Bheka futhi:
glossary-none = Asikho isifundo kule khompyutha esinohlu lwamagama okwamanje.
glossary-no-match = Alikho igama elifana no-“{ $query }”.
glossary-open-entry = Vula ohlwini lwamagama
glossary-close = Vala
glossary-term-hint = Igama elisohlwini lwamagama: vula incazelo yalo
glossary-fallback = Le ncazelo ayikabhalwa ngalolo limi. Iboniswa ngalolu limi: { $lang }.

## Usayizi wombhalo (issue 15)

text-size-title = Usayizi wombhalo
text-size-hint = Kunoma yisiphi isikrini, u-Ctrl no-+ noma no-− ukhulisa noma unciphisa umbhalo, kanti u-Ctrl no-0 ubuyisela usayizi ojwayelekile.

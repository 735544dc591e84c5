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

## Izahluko ezinophawu namanothi ami (issue 15)

bookmark-add = Beka uphawu kulesi sahluko
bookmark-on = Kunophawu
notes-open = Amanothi ami
notes-title = Amanothi ami nezahluko ezinophawu
notes-intro = Zonke izahluko obeke kuzo uphawu noma obhale kuzo inothi, kuzo zonke izifundo zakho. Zikhiphele efayeleni ukuze uhambe nazo emhlanganweni.
notes-filter = Sesha emanothini ami
notes-count = { $count ->
    [one] Kukhonjiswa isahluko esisodwa
   *[other] Kukhonjiswa izahluko ezingu-{ $count }
  }
notes-no-match = Akukho lutho emanothini akho oluhambisana no-“{ $query }”.
notes-empty = Akukabi khona lutho lapha: beka uphawu esahlukweni (inkinobho ethi ☆ phezulu esahlukweni ngasinye) noma ubhale inothi ngaphansi kwaso.
notes-export = Khiphela efayeleni le-Markdown…
notes-export-pdf = Khiphela efayeleni le-PDF…
notes-exported = Kugciniwe: { $path }
notes-saved-at = Kugcinwe ngo-{ $when }
notes-conflicts = { $count ->
    [one] Enye inguqulo yaleli nothi ibhalwe kwenye ikhompyutha: vula isahluko ukuze uzihlanganise.
   *[other] Ezinye izinguqulo ezingu-{ $count } zaleli nothi zibhalwe kwamanye amakhompyutha: vula isahluko ukuze uzihlanganise.
  }

## Ukusesha (issue 15)

search-label = Sesha ezifundweni nasemanothini ami
search-placeholder = Sesha…
search-go = Sesha
search-title = Ukusesha
search-in = Ngolimi: { $lang }
search-none = Akutholakalanga lutho ngo-“{ $query }”. Zama elinye igama, noma amagama ambalwa.
search-count = { $count ->
    [one] Umphumela owodwa ngo-“{ $query }”
   *[other] Imiphumela engu-{ $count } ngo-“{ $query }”
  }
search-kind-lesson = Isahluko
search-kind-question = Umbuzo wesivivinyo
search-kind-term = Uhlu lwamagama
search-kind-course = Isifundo
search-kind-note = Inothi lami

# Certificates (course page)
certificate-issued-title = Isitifiketi sakho
certificate-issued-text = Uhlelo lukunikeze isitifiketi salesi sifundo. Sigcine njenge-PDF ukuze usiphrinte noma usithumele kumqashi wakho; noma ubani angasihlola ekhelini eliphrintwe kuso.
certificate-revoked-title = Isitifiketi sihoxisiwe
certificate-revoked-text = Uhlelo luhoxise isitifiketi salesi sifundo, ngakho asisabalwa. Xhumana nomxhumanisi wakho uma ucabanga ukuthi kukhona iphutha. Usengaphrinta isitatimende sokuqeda.
certificate-complete-title = Isifundo siqediwe
certificate-complete-connected = Wenze kahle: zonke izahluko zenziwe futhi zonke izivivinyo zaphumelelwa. Isitifiketi sohlelo sizofika nokuvumelanisa kwakho okulandelayo. Kuze kube yileso sikhathi ungaphrinta isitatimende sokuqeda, uhlelo olungakasiqinisekisi.
certificate-complete-offline = Wenze kahle: zonke izahluko zenziwe futhi zonke izivivinyo zaphumelelwa. Uhlelo lukhipha isitifiketi uma inqubekelaphambili yakho ilufinyelela (ngokuvumelanisa noma ngefayela lenqubekelaphambili). Kuze kube yileso sikhathi ungaphrinta isitatimende sokuqeda, uhlelo olungakasiqinisekisi.
certificate-verify-at = Sihlole lapha:
certificate-save = Gcina isitifiketi (PDF)…
certificate-save-statement = Gcina isitatimende sokuqeda (PDF)…
certificate-saved = Kugciniwe: { $path }

## Ukuhlolwa kwesifundo: isivivinyo sokuqala, isivivinyo sokugcina nohlolo-mbono (issue 17)

eval-pre-title = Isivivinyo sokuqala
eval-post-title = Isivivinyo sokugcina
eval-pre-why = Ngaphambi kwemojuli yokuqala, isivivinyo sokuqala esifushane silinganisa lokho lesi sifundo esikufundisayo. Ekugcineni uzobona ukuthi ufunde malini. Sithatha cishe imizuzu eyi-15. Awekho amaphuzu okuphumelela: phendula ngokusemandleni akho, ungabheki lutho.
eval-post-why = Usiqedile isifundo. Isivivinyo sokugcina sibuza ngezihloko ezifanayo ngemibuzo ehlukile, ukuze kubonakale lokho okufundile. Sithatha cishe imizuzu eyi-15. Awekho amaphuzu okuphumelela.
eval-pre-closes = Isivivinyo sokuqala sitholakala uze uqede isifundo sakho sokuqala.
eval-pre-start = Thatha isivivinyo sokuqala
eval-post-start = Thatha isivivinyo sokugcina
eval-form = Uhlobo { $form } · { $count ->
    [one] umbuzo owodwa
   *[other] imibuzo engu-{ $count }
  }
eval-pre-result = Isivivinyo sokuqala (uhlobo { $form }): ezingu-{ $correct } kwezingu-{ $total } zilungile ({ $score })
eval-post-result = Isivivinyo sokugcina (uhlobo { $form }): ezingu-{ $correct } kwezingu-{ $total } zilungile ({ $score })
eval-gain = Ushintsho kusukela esivivinyweni sokuqala: { $points } { $count ->
    [one] iphuzu
   *[other] amaphuzu
  }
eval-done = Kwenziwe
eval-thanks = Siyabonga.
eval-pre-done = Uphendule kahle imibuzo engu-{ $correct } kwengu-{ $total } ({ $score }). Manje qala isifundo. Isivivinyo sokugcina sizobonisa lokho okufundile.
eval-post-answers-below = Umbuzo ngamunye ongezansi ubonisa ukuthi impendulo yakho ibilungile yini, nempendulo efanele.
eval-start-course = Qala isifundo
eval-to-course = Buyela esifundweni
eval-test-submit = Thumela izimpendulo zami
eval-reaction-why = Isifundo siphelile. Sicela usitshele umbono wakho: amaphuzu ambalwa, futhi uma uthanda, amazwi. Kuthatha cishe imizuzu emi-5.
eval-follow-up-why = Sekuphele isikhathi uqede isifundo. Sicela usitshele ukuthi usisebenzisile yini emsebenzini wakho.
eval-survey-start = Phendula uhlolo-mbono
eval-answered = Kuphendulwe ngo-{ $date }.
eval-follow-up-waiting = Uhlolo-mbono olufushane lokulandelela luzotholakala kusukela ngo-{ $date }. Luzobuza ukuthi isifundo sikusizile yini emsebenzini.
survey-optional = (akuphoqelekile)
survey-optional-note = Imibuzo ebhalwe ukuthi “(akuphoqelekile)” ungayiphendula noma ungayiphenduli.
survey-chars-left = { $count ->
    [one] Kusele uhlamvu olu-{ $count }
   *[other] Kusele izinhlamvu ezingu-{ $count }
  }
survey-chars-over = { $count ->
    [one] Uhlamvu olu-{ $count } ludlulile
   *[other] Izinhlamvu ezingu-{ $count } zidlulile
  }
survey-hint-choices = Khetha konke okufanele.
survey-send = Thumela izimpendulo zami
survey-later = Kamuva
survey-sent = Izimpendulo zakho zigcinwe kule khompyutha. Zizothunyelwa uma kuvumelaniswa ngokulandelayo.
survey-saved = Izimpendulo zakho zigcinwe kule khompyutha.
survey-continue = Qhubeka
survey-follow-up-startup = Wasiqeda isifundo esithi “{ $course }” esikhathini esithile esedlule. Lolu hlolo-mbono lokulandelela lubuza ukuthi sikusize kanjani kusukela lapho. “Kamuva” luzophinde lubuze uma uqala i-LPHM ngokulandelayo.

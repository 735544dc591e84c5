# Isikhombimsebenzisi se-LPHM ngesiZulu (kuhunyushwe esiNgisini, okuwulimi oluyisisekelo: lonke ulimi lunawo wonke ama-id akulo).

## Uhlaka lohlelo

app-title = LPHM: Inkundla Yokufunda Ngokufuduka Kwabantu
app-name = LPHM
offline-ready = Isebenza ngaphandle kwe-inthanethi
offline-hint = Konke okukulesi sikrini kugcinwe kule khompyutha futhi kusebenza ngaphandle kokuxhumeka.
language-label = Ulimi lohlelo
language-endonym-en = English
language-endonym-fr = Français
language-endonym-pl = Polski
language-endonym-zu = isiZulu
breadcrumb-label = Ulapha
nav-label = Ukuhamba esifundweni
nav-previous = Okwedlule
nav-next = Okulandelayo
duration-minutes = { $minutes } min

## Ukuqala okokuqala kanye namaphrofayela

welcome-title = Siyakwamukela ku-LPHM
welcome-lead = Izifundo ngokufuduka nokuhamba kwabantu, ezenzelwe izikhulu zohulumeni basekhaya nabesifunda. Konke kusebenza kule khompyutha, noma uxhumekile noma awuxhumekile.
welcome-language = Khetha ulimi lwakho
welcome-profile = Dala iphrofayela yakho yomfundi
profile-name = Igama lakho
    .placeholder = isib. Thandiwe Dlamini
profile-authority = Isiphathimandla noma idolobha
    .placeholder = isib. uMasipala waseThekwini
profile-role = Isikhundla
    .placeholder = isib. Isikhulu sobumbano lomphakathi
profile-create = Dala iphrofayela bese uqala
profiles-title = Amaphrofayela abafundi kule khompyutha
profiles-switch = Shintsha iphrofayela
profiles-current = Iyasetshenziswa
profiles-use = Sebenzisa le phrofayela
profiles-add = Engeza iphrofayela

## Uhlu lwezifundo kanye nesifundo

catalogue-title = Izifundo zami
catalogue-greeting = Siyakwamukela futhi, { $name }.
catalogue-empty = Okwamanje asikho isifundo esifakiwe kule khompyutha.
course-facts = { $modules ->
    [one] Imojuli engu-{ $modules }
   *[other] Amamojuli angu-{ $modules }
  } · cishe imizuzu engu-{ $minutes } yokufunda
progress-label = { $total ->
    [one] Kuqediwe { $done } kwesinyathelo esingu-{ $total }
   *[other] Kuqediwe { $done } kwezinyathelo ezingu-{ $total }
  }
progress-items = { $total ->
    [one] Kuqediwe { $done } kwesinyathelo esingu-{ $total }
   *[other] Kuqediwe { $done } kwezinyathelo ezingu-{ $total }
  }
course-start = Qala isifundo
course-continue = Qhubeka
module-number = Imojuli { $n }
lesson-done = Kuqediwe
lesson-not-done = Akukaqedwa
quiz-badge = Isivivinyo
quiz-questions = { $count ->
    [one] Umbuzo ongu-{ $count }
   *[other] Imibuzo engu-{ $count }
  }
quiz-best = Umphumela ophezulu: { $best } · { $attempts ->
    [one] umzamo ongu-{ $attempts }
   *[other] imizamo engu-{ $attempts }
  }
step-quiz = Isivivinyo: { $title }

## Izahluko

lesson-complete = Phawula ukuthi kuqediwe
lesson-completed = Kuqediwe ✓
lesson-saved = Kugcinwe kule khompyutha
lesson-fallback = Lesi sahluko asikatholakali ngolimi lwakho. Siboniswa ngalolu limi: { $lang }.
content-language-label = Ulimi lwezifundo
content-language-same = Njengolimi lohlelo
lesson-image-missing = Isithombe asitholakali
lesson-link-outside = Lesi sixhumanisi siya ku-inthanethi, ngakho asivulwa ngaphakathi kwe-LPHM: { $url }

## Izivivinyo

quiz-intro = { $count ->
    [one] Umbuzo ongu-{ $count }.
   *[other] Imibuzo engu-{ $count }.
  } Uyaphumelela uma uthola izimpendulo ezilungile ezingu-{ $mark }. Wonke umzamo uyagcinwa.
quiz-already-passed = Sewusiphumelele lesi sivivinyo (umphumela ophezulu: { $best }). Ungaphinda uzijwayeze.
quiz-question-number = Umbuzo { $n } ku-{ $total }
quiz-hint-single = Khetha impendulo eyodwa.
quiz-hint-multiple = Khetha zonke izimpendulo ezifanele.
quiz-true = Iqiniso
quiz-false = Amanga
quiz-submit = Thumela izimpendulo
quiz-retry = Zama futhi
quiz-feedback-right = Kulungile.
quiz-feedback-wrong = Akulungile ngokuphelele.
quiz-passed = Uphumelele!
quiz-failed = Awukaphumeleli.
quiz-outcome = Ezilungile: { $correct } ku-{ $total } ({ $score }); ukuze uphumelele kudingeka ezingu-{ $mark }.
quiz-history = { $count ->
    [one] Umzamo wakho
   *[other] Imizamo yakho engu-{ $count }
  }
quiz-score = Ezilungile: { $correct } ku-{ $total }
quiz-passed-short = uphumelele
quiz-failed-short = awuphumelelanga

## Izikrini ezingakwazanga ukuboniswa

screen-error-title = Leli khasi alikwazanga ukuboniswa
screen-error-back = Buyela ezifundweni zami
fatal-title = I-LPHM ayikwazi ukuvula idatha yakho
fatal-folder = Ifolda yedatha:
fatal-next-store-locked = Vala elinye iwindi le-LPHM (bheka ibha yemisebenzi), bese uqala i-LPHM futhi.
fatal-next-store-corrupt = Shiya le folda injengoba injalo, bese uxhumana nabasekeli bezobuchwepheshe (IT) noma nomxhumanisi wesifundo sakho: bangayibuyisela kusuka kukhophi. Ungayisusi.
fatal-next-store-unreadable = Qinisekisa ukuthi idiski ixhunyiwe nokuthi i-akhawunti yakho ivunyelwe ukufunda nokubhala kule folda, bese uqala i-LPHM futhi.
fatal-next-store-newer-schema = Faka inguqulo yakamuva ye-LPHM, bese uyiqala futhi.
fatal-next-other = Qala i-LPHM futhi. Uma lokhu kuqhubeka kwenzeka, xhumana nomxhumanisi wesifundo sakho.
fatal-nothing-deleted = Akukho okususiwe noma okushintshiwe.

## Amaphutha (error-<code>, amakhodi avela ohlangothini lwe-Rust)

error-unexpected = Kwenzeke okuthile okungalindelekile ({ $code }). Inqubekelaphambili yakho egciniwe iphephile.
error-store-unreadable = Ifolda yedatha ayikwazi ukufundwa noma ukubhalelwa.
error-store-locked = I-LPHM isivuliwe kwelinye iwindi futhi isebenzisa le datha.
error-store-corrupt = Idatha ekule folda yonakele futhi ayikwazanga ukuvulwa.
error-store-newer-schema = Le datha yagcinwa yinguqulo entsha ye-LPHM.
error-store-disk-full = Idiski igcwele, ngakho lokhu akugcinwanga. Khulula isikhala bese uzama futhi.
error-store-io = Akukwazekanga ukubhala kudiski, ngakho lokhu akugcinwanga. Zama futhi.
error-store-corrupt-record = Irekhodi eligciniwe lonakele futhi alikwazanga ukufundwa.
error-content-io = Ifayela lesifundo alikwazanga ukufundwa.
error-content-missing-file = Kushoda ifayela lesifundo: { $detail }
error-content-malformed = Ifayela lesifundo alivumelekile: { $detail }
error-content-unsupported-format = Lesi sifundo senzelwe inguqulo entsha ye-LPHM.
error-content-bad-id = Isifundo siqukethe isihlonzi esingavumelekile: { $detail }
error-content-duplicate-id = Isifundo sisebenzisa isihlonzi esifanayo kabili: { $detail }
error-content-missing-fallback = Isifundo asinawo umbhalo olimini lwaso oluyinhloko: { $detail }
error-content-bad-question = Umbuzo wesivivinyo awuvumelekile: { $detail }
error-profile-name-required = Sicela ufake igama lakho.
error-profile-not-found = Le phrofayela ayisekho kule khompyutha.
error-profile-none = Qala ngokudala noma ngokukhetha iphrofayela yomfundi.
error-language-unknown = Lolu limi alutholakali.
error-course-not-found = Lesi sifundo asifakiwe kule khompyutha.
error-lesson-not-found = Lesi sahluko asikho enguqulweni yesifundo efakiwe.
error-quiz-not-found = Lesi sivivinyo asikho enguqulweni yesifundo efakiwe.
error-quiz-unanswered = { $count ->
    [one] Umbuzo ongu-{ $count } awukaphendulwa. Wuphendule, bese uthumela futhi; akukho okugciniwe.
   *[other] Imibuzo engu-{ $count } ayikaphendulwa. Yiphendule, bese uthumela futhi; akukho okugciniwe.
  }
error-quiz-invalid-answer = Lezi zimpendulo azihambisani nalesi sivivinyo. Layisha kabusha isivivinyo bese uzama futhi.

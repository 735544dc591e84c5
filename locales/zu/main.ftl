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

## Ukungenisa nokususa izifundo

import-button = Ngenisa isifundo…
import-dialog-title = Khetha iphakheji yesifundo ye-LPHM
import-dialog-filter = Amaphakheji ezifundo e-LPHM
import-title = Kungeniswa isifundo
import-reading = Kuhlolwa futhi kufakwa ifayela { $file }…
import-progress = Kuqediwe: { $percent }
import-cancel = Khansela
import-cancelling = Kuyakhanselwa…
import-installed = Isifundo esithi “{ $title }” (inguqulo { $version }) sesifakiwe. Sesilungele ukufundwa, noma uxhumekile noma awuxhumekile.
import-updated = Isifundo esithi “{ $title }” sibuyekeziwe kusuka enguqulweni { $previous } kuya enguqulweni { $version }. Inqubekelaphambili yakho igciniwe.
import-removed-lessons = { $count ->
    [one] Isahluko esingu-{ $count } senguqulo endala asikho kule nguqulo. Irekhodi lakho laso liyagcinwa.
   *[other] Izahluko ezingu-{ $count } zenguqulo endala azikho kule nguqulo. Irekhodi lakho lazo liyagcinwa.
  }
import-already = Isifundo esithi “{ $title }” inguqulo { $version } sesivele sifakiwe. Akukho okushintshiwe.
import-failed = Isifundo asikwazanga ukungeniswa.
import-nothing-changed = Akukho okushintshiwe kule khompyutha.
import-close = Vala
course-remove = Susa lesi sifundo…
course-remove-confirm = Susa isifundo esithi “{ $title }” kule khompyutha?
course-remove-keep-note = Inqubekelaphambili yakho iyagcinwa, futhi izobuya uma uphinda ungenisa lesi sifundo.
course-remove-forget = Susa nenqubekelaphambili yami kulesi sifundo
course-remove-yes = Susa isifundo
course-remove-no = Gcina isifundo
course-removed = Isifundo esithi “{ $title }” sisusiwe kule khompyutha.

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
error-package-not-a-package = Leli fayela akusiyo iphakheji yesifundo ye-LPHM, noma lonakele. Cela ikhophi entsha.
error-package-truncated = Le phakheji ayiphelele: ukukopisha noma ukudawuniloda kwaphazamiseka. Yikopishe futhi, bese uyingenisa.
error-package-unsupported-format = Le phakheji yenzelwe inguqulo entsha ye-LPHM. Faka inguqulo yakamuva ye-LPHM, bese uyingenisa futhi.
error-package-bad-manifest = Uhlu lokuqukethwe kule phakheji aluvumelekile: { $detail }
error-package-unknown-key = Le phakheji isayinwe ngumshicileli le khompyutha engamethembi (ukhiye { $key }). Uma ubuyilindele, cela abasekeli bezobuchwepheshe (IT) ukuthi bengeze ukhiye walo mshicileli.
error-package-bad-signature = Isiginesha yale phakheji ayihambisani nokuqukethwe kwayo: kungenzeka ukuthi ishintshiwe. Ungayisebenzisi; cela umshicileli akunike ikhophi entsha.
error-package-tampered = Ifayela { $path } kule phakheji lishintshwe ngemuva kokuba isayinwe. Ungayisebenzisi le phakheji; cela umshicileli akunike ikhophi entsha.
error-package-unsafe-entry = Le phakheji iqukethe okuthile okungavunyelwe ({ $path }). Yenqatshiwe ukuze kuvikelwe le khompyutha.
error-package-too-large = Le phakheji inkulu kunalokho i-LPHM ekuvumelayo ({ $detail }). Yenqatshiwe.
error-package-missing-file = Le phakheji ayiphelele: kushoda { $path }. Cela ikhophi entsha.
error-package-cancelled = Ukungenisa kukhanseliwe.
error-package-bad-key = Ifayela lokhiye alivumelekile: { $detail }
error-package-io = Iphakheji ayikwazanga ukufundwa: { $detail }
error-package-file-unreadable = Ifayela { $path } alikwazanga ukuvulwa: { $detail }
error-package-older-version = Le phakheji iqukethe inguqulo { $found } yesifundo, kodwa inguqulo { $installed } isivele ifakiwe. Inguqulo endala ayikwazi ukuthatha indawo yenguqulo entsha.
error-package-same-version-differs = Le phakheji inenombolo yenguqulo efanayo ({ $version }) neyesifundo esifakiwe, kodwa okuqukethwe kwayo kwehlukile. Cela umshicileli akunike iphakheji enenombolo yenguqulo entsha.
error-trust-key-not-found = Ayikho i-id { $key } kokhiye abathenjwayo.

## Ithuluzi lomugqa womyalo (lphm)

cli-keygen = Ukhiye omusha { $id }. Ifayela lokhiye oyimfihlo: { $secret } (ungalinikezi muntu, futhi ugcine ikhophi yalo yokulondoloza). Ifayela lokhiye womphakathi: { $public }.
cli-packed = Isifundo { $course } inguqulo { $version } sipakishwe ku-{ $file }: { $files ->
    [one] ifayela elingu-{ $files }
   *[other] amafayela angu-{ $files }
  }, { $bytes ->
    [one] ibhayithi elingu-{ $bytes }
   *[other] amabhayithi angu-{ $bytes }
  }, sisayinwe ngokhiye { $key }.
cli-verified = Iphakheji ivumelekile: isifundo { $course } inguqulo { $version }, { $files ->
    [one] ifayela elingu-{ $files }
   *[other] amafayela angu-{ $files }
  }, isayinwe ngu-{ $signer } (ukhiye { $key }).
cli-compare-same = Ifayela { $file } liqukethe ncamashi isifundo esikule folda ({ $files ->
    [one] ifayela elingu-{ $files }
   *[other] amafayela angu-{ $files }
  }).
cli-compare-differs = Ifayela { $file } alihambisani nefolda yesifundo. Okushintshiwe, okwengeziwe noma okususiwe: { $changed }
cli-imported = Kufakwe isifundo { $course } inguqulo { $version }.
cli-updated = Isifundo { $course } sibuyekeziwe kusuka enguqulweni { $previous } kuya enguqulweni { $version }; inqubekelaphambili igciniwe. { $removed ->
    [0] {""}
    [one] Isahluko esingu-{ $removed } senguqulo endala asikho kule nguqulo.
   *[other] Izahluko ezingu-{ $removed } zenguqulo endala azikho kule nguqulo.
  }
cli-already-installed = Isifundo { $course } inguqulo { $version } sesivele sifakiwe; akukho okushintshiwe.
cli-list-empty = Asikho isifundo esifakiwe.
cli-removed = Isifundo { $course } sisusiwe. Inqubekelaphambili yabafundi igciniwe.
cli-trusted = Le khompyutha manje iyamethemba ukhiye { $key } ({ $name }).
cli-untrusted = Le khompyutha ayisamethembi ukhiye { $key }.

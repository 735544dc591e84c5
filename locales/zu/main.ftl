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
duration-minutes = { $minutes ->
    [one] umzuzu ongu-{ $minutes }
   *[other] imizuzu engu-{ $minutes }
  }

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
    .placeholder = isib. Isikhulu sokubumbana komphakathi
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

## Amanothi ezahlukweni

note-title = Amanothi ami
note-hint = Bhala lokho ofuna ukukukhumbula noma ukukuzama emsebenzini wakho. Amanothi akho agcinwa kule khompyutha futhi ahamba nenqubekelaphambili yakho uma ivumelaniswa.
note-placeholder = Amanothi akho ngalesi sahluko…
note-save = Gcina inothi
note-saved = Kugciniwe ✓
note-unsaved = Akukagcinwa
note-last-saved = Kugcinwe okokugcina: { $date }
note-conflict-explained = Leli nothi liphinde lashintshwa kwenye ikhompyutha. Zombili izinguqulo ziyagcinwa; hlela inothi lakho bese uligcina ukuze uzihlanganise.
note-conflict-saved = Inguqulo evela kwenye ikhompyutha, eyagcinwa { $date }:
note-conflict-add = Engeza lo mbhalo enothini lami

## Ukuvumelanisa neseva

sync-indicator-checking = Kuhlolwa ukuvumelanisa…
sync-indicator-not-connected = Awuxhunyiwe eseveni
sync-indicator-not-connected-hint = Inqubekelaphambili yakho ihlala kule khompyutha. Xhuma eseveni yenhlangano yakho ukuze kugcinwe ikhophi yayo lapho.
sync-indicator-syncing = Kuyavumelaniswa…
sync-indicator-offline = { $count ->
    [0] Akukho ukuxhumana
    [one] Akukho ukuxhumana — ushintsho olungu-{ $count } lulindile
   *[other] Akukho ukuxhumana — izinguquko ezingu-{ $count } zilindile
  }
sync-indicator-waiting = { $count ->
    [one] Ushintsho olungu-{ $count } lulindile
   *[other] Izinguquko ezingu-{ $count } zilindile
  }
sync-indicator-never = Akukavumelaniswa
sync-indicator-synced-minutes = { $minutes ->
    [0] Kuvumelaniswe manje nje
    [one] Kuvumelaniswe emzuzwini ongu-{ $minutes } odlule
   *[other] Kuvumelaniswe emizuzwini engu-{ $minutes } edlule
  }
sync-indicator-synced-hours = { $hours ->
    [one] Kuvumelaniswe ehoreni elingu-{ $hours } elidlule
   *[other] Kuvumelaniswe emahoreni angu-{ $hours } adlule
  }
sync-indicator-synced-on = Kuvumelaniswe okokugcina: { $date }
sync-title = Ukuvumelanisa neseva
enroll-intro = Umxhumanisi wesifundo sakho uzokunika ikheli leseva kanye nekhodi yokusebenzisa kanye. Uma usuxhumekile, inqubekelaphambili yakho ithunyelwa eseveni noma nini lapho kukhona ukuxhumana, futhi ungaqhubeka kwenye ikhompyutha.
enroll-server = Ikheli leseva
    .placeholder = isib. lphm.example.org
    .hint = Njengoba umxhumanisi wakho elinikezile.
enroll-code = Ikhodi yokusebenzisa kanye
    .placeholder = isib. K7QM-2XPD
    .hint = Ikhodi ngayinye isebenza kanye kuphela, kumfundi oyedwa.
enroll-submit = Xhuma
enroll-connecting = Kuyaxhunywa…
enroll-done = Uxhumekile. Iseva ({ $server }) ikwazi ngegama elithi { $name }. Inqubekelaphambili yakho manje ithunyelwa ngokuzenzakalela.
sync-server = Iseva
sync-learner = Umfundi eseveni
sync-automatic = Inqubekelaphambili yakho ithunyelwa ngokuzenzakalela uma kukhona ukuxhumana. Awudingi ukwenza lutho.
sync-now = Vumelanisa manje
sync-now-running = Kuyavumelaniswa…
sync-now-done = Kuvumelanisiwe. { $pushed ->
    [0] Akukho okusha okuthunyelwe
    [one] Kuthunyelwe ushintsho olungu-{ $pushed }
   *[other] Kuthunyelwe izinguquko ezingu-{ $pushed }
  }; { $pulled ->
    [0] akukho okusha okutholiwe.
    [one] kutholwe ushintsho olungu-{ $pulled } oluvela kwamanye amakhompyutha akho.
   *[other] kutholwe izinguquko ezingu-{ $pulled } ezivela kwamanye amakhompyutha akho.
  }
export-title = Akukho ukuxhumana nhlobo?
export-intro = Uma le khompyutha ingakaze ithole ukuxhumana, gcina inqubekelaphambili yakho efayeleni bese ulinika umxhumanisi wakho (isibonelo nge-USB). Uzolingenisa eseveni. Inqubekelaphambili yakho ihlala nalapha, futhi izothunyelwa futhi uma ukuxhumana kufika kamuva.
export-button = Thumela inqubekelaphambili efayeleni…
export-dialog-title = Gcina inqubekelaphambili yakho uyinike umxhumanisi wakho
export-dialog-filter = Amafayela enqubekelaphambili e-LPHM
export-done = { $events ->
    [one] Ushintsho olungu-{ $events } lugcinwe efayeleni:
   *[other] Izinguquko ezingu-{ $events } zigcinwe efayeleni:
  }
export-next = Nika umxhumanisi wakho leli fayela, azolingenisa eseveni.
download-title = Izifundo eziseseveni
download-intro = Faka izifundo ezintsha nezibuyekezo ezivela eseveni yenhlangano yakho. Ukudawuniloda okuphazamisekile kuqhubeka lapho kuma khona.
download-loading = Kubuzwa iseva ngezifundo zayo…
download-retry = Zama futhi
download-none = Iseva ayikanikezi zifundo.
download-facts = Inguqulo { $version } · { $size }
download-state-new = Asikabi sikhona kule khompyutha.
download-state-installed = Sifakiwe (inguqulo { $version }).
download-state-update = Kufakwe inguqulo { $installed }; inguqulo { $version } iyatholakala.
download-state-partial = Sidawunilodwe ngokwengxenye ({ $percent }): sizoqhubeka lapho sima khona.
download-install = Faka
download-update = Buyekeza
download-progress = Kudawunilodwe { $percent } ku-{ $size }
download-failed = Isifundo esithi “{ $title }” asikwazanga ukufakwa.

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
error-text-size-out-of-range = Usayizi wombhalo ungasuka ku-{ $min }% kuye ku-{ $max }%.
error-course-not-found = Lesi sifundo asifakiwe kule khompyutha.
error-lesson-not-found = Lesi sahluko asikho enguqulweni yesifundo efakiwe.
error-quiz-not-found = Lesi sivivinyo asikho enguqulweni yesifundo efakiwe.
error-quiz-unanswered = { $count ->
    [one] Umbuzo ongu-{ $count } awukaphendulwa. Wuphendule, bese uthumela futhi; akukho okugciniwe.
   *[other] Imibuzo engu-{ $count } ayikaphendulwa. Yiphendule, bese uthumela futhi; akukho okugciniwe.
  }
error-quiz-invalid-answer = Lezi zimpendulo azihambisani nalesi sivivinyo. Layisha kabusha isivivinyo bese uzama futhi.
error-evaluation-none = Lesi sifundo asinaso isivivinyo sokuqala, isivivinyo sokugcina noma uhlolo-mbono lolu hlobo. Buyela ekhasini lesifundo.
error-test-locked = Isivivinyo sokugcina sivuleka uma zonke izifundo nezivivinyo zesifundo seziqediwe. Qala uqede isifundo.
error-test-closed = Isivivinyo sokuqala sivaliwe. Silinganisa lokho obukwazi ngaphambi kwesifundo, futhi usuqalile izifundo. Qhubeka nesifundo.
error-test-already-taken = Usuthathile lesi sivivinyo. Amaphuzu akho asekhasini lesifundo.
error-test-unanswered = { $count ->
    [one] Umbuzo ongu-{ $count } awukaphendulwa. Wuphendule, bese uthumela futhi; akukho okugciniwe.
   *[other] Imibuzo engu-{ $count } ayikaphendulwa. Yiphendule, bese uthumela futhi; akukho okugciniwe.
  }
error-test-invalid-answer = Lezi zimpendulo azihambisani nalesi sivivinyo. Buyela ekhasini lesifundo bese uvula isivivinyo futhi.
error-survey-locked = Lolu hlolo-mbono alukavulwa. Luvuleka uma isifundo sesiphelile (uhlolo-mbono lokulandelela luvuleka emasontweni athile kamuva).
error-survey-already-answered = Usuluphendulile lolu hlolo-mbono. Siyabonga.
error-survey-unanswered = { $count ->
    [one] Umbuzo odingekayo ongu-{ $count } awukaphendulwa. Wuphendule, bese uthumela futhi; akukho okugciniwe.
   *[other] Imibuzo edingekayo engu-{ $count } ayikaphendulwa. Yiphendule, bese uthumela futhi; akukho okugciniwe.
  }
error-survey-invalid-answer = Enye impendulo ayihambisani nombuzo wayo (umbhalo ungaba nezinhlamvu ezingu-4000 kuphela). Yilungise, bese uthumela futhi; akukho okugciniwe.
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
error-file-in-use = Ifayela elithi { $path } livuliwe kolunye uhlelo, oluvimbela i-LPHM ukuthi ilisebenzise. Vala lolo hlelo (noma ulinde luqede), bese uzama futhi.
error-package-older-version = Le phakheji iqukethe inguqulo { $found } yesifundo, kodwa inguqulo { $installed } isivele ifakiwe. Inguqulo endala ayikwazi ukuthatha indawo yenguqulo entsha.
error-package-same-version-differs = Le phakheji inenombolo yenguqulo efanayo ({ $version }) neyesifundo esifakiwe, kodwa okuqukethwe kwayo kwehlukile. Cela umshicileli akunike iphakheji enenombolo yenguqulo entsha.
error-trust-key-not-found = Asikho isihlonzi { $key } kokhiye abathenjwayo.
error-sync-offline = Iseva { $server } ayifinyeleleki: kungenzeka ukuthi le khompyutha ayinakho ukuxhumana njengamanje. Akukho okulahlekile: inqubekelaphambili yakho ihlala kule khompyutha futhi izothunyelwa ngokuzenzakalela uma ukuxhumana sekubuyile.
error-sync-timeout = Iseva { $server } ithathe isikhathi eside kakhulu ukuphendula; ukuxhumana kungenzeka kuhamba kancane. Akukho okulahlekile: inqubekelaphambili yakho ihlala kule khompyutha futhi izothunyelwa emzamweni olandelayo.
error-sync-server-error = Iseva { $server } inenkinga (iphutha { $status }). Akukho okulahlekile: inqubekelaphambili yakho ihlala kule khompyutha futhi izothunyelwa kamuva. Uma lokhu kuqhubeka, tshela umxhumanisi wakho.
error-sync-bad-response = Impendulo evela eseveni { $server } ayizwakalanga. Akukho okulahlekile: inqubekelaphambili yakho ihlala kule khompyutha futhi izothunyelwa kamuva. Uma lokhu kuqhubeka, tshela umxhumanisi wakho.
error-sync-token-refused = Iseva { $server } ayisayamukeli le khompyutha: imvume yayo yahoxiswa noma ayaziwa. Cela umxhumanisi wakho akunike ikhodi entsha bese uxhuma futhi. Akukho okulahlekile: inqubekelaphambili yakho ihlala kule khompyutha.
error-sync-code-invalid = Le khodi ayivumelekile. Qinisekisa ukuthi uyibhale ncamashi njengoba umxhumanisi wakho ekunikile, noma ucele entsha.
error-sync-code-used = Le khodi isivele isetshenzisiwe: ikhodi ngayinye isebenza kanye kuphela. Cela umxhumanisi wakho akunike entsha.
error-sync-code-expired = Isikhathi sale khodi siphelile. Cela umxhumanisi wakho akunike entsha.
error-sync-too-many-attempts = Iseva { $server } ithole amakhodi amaningi kakhulu evela kule nethiwekhi ngesikhathi esifushane. Linda umzuzu bese uzama futhi; uma ikhodi isenqatshwa, yihlole nomxhumanisi wakho.
error-sync-device-forked = Inqubekelaphambili kule khompyutha ikopishwe kwenye khompyutha noma yabuyiselwa kusuka kukhophi yesipele, futhi ayikakwazi ukuthola indawo yayo kuseva { $server }. Akukho okulahlekile: vumelanisa futhi.
error-learner-erased = Uhlelo lususe imininingwane yakho kuseva { $server }, ngesicelo sakho noma ngesinqumo sohlelo, ngakho le khompyutha ayisavumelanisi nayo. Inqubekelaphambili yakho kule khompyutha igciniwe. Ukuze uvumelanise futhi, cela umxhumanisi wakho akunike ikhodi entsha yokusebenzisa kanye.
error-sync-server-version = Iseva { $server } isebenzisa enye inguqulo ye-LPHM. Buyekeza i-LPHM kule khompyutha, noma ubuze umxhumanisi wakho. Akukho okulahlekile: inqubekelaphambili yakho ihlala kule khompyutha.
error-sync-refused = Iseva { $server } yenqabe isicelo (iphutha { $status }). Tshela umxhumanisi wakho. Akukho okulahlekile: inqubekelaphambili yakho ihlala kule khompyutha.
error-sync-not-enrolled = Lo mfundi akakaxhunywa eseveni. Qala uxhume ngekhodi evela kumxhumanisi wakho.
error-sync-server-invalid = Elithi “{ $server }” akulona ikheli leseva. Libhale njengoba umxhumanisi wakho elinikezile, isibonelo lphm.example.org.
error-sync-server-required = Bhala ikheli leseva njengoba umxhumanisi wakho elinikezile, isibonelo lphm.example.org.
error-sync-code-required = Bhala ikhodi yokusebenzisa kanye oyinikwe umxhumanisi wakho.
error-consent-needed = Funda okuzothunyelwa eseveni, bese umaka ibhokisi ukuze uvume. Akukho okuthunyelwe.
error-enroll-offline = Iseva { $server } ayifinyeleleki: kungenzeka ukuthi le khompyutha ayinakho ukuxhumana njengamanje. Hlola ikheli bese uzama futhi uma usuxhumekile. Okwamanje ungaqhubeka ufunda njengokujwayelekile, futhi uthumele inqubekelaphambili yakho efayeleni uyinike umxhumanisi wakho.
error-sync-certificate-invalid = Isitifiketi sokuphepha esisethelwe iseva asikwazi ukusetshenziswa ({ $detail }). Cela abasekeli bezobuchwepheshe (IT) basihlole. Akukho okulahlekile: inqubekelaphambili yakho ihlala kule khompyutha.
error-sync-certificate-untrusted = Iseva { $server } iphendule ngesitifiketi sokuphepha le khompyutha engasethembi, ngakho akukho okuthunyelwe kuyo. Hlola ikheli leseva, noma ubuze umxhumanisi wakho noma abasekeli bezobuchwepheshe (IT) ngesitifiketi seseva. Akukho okulahlekile: inqubekelaphambili yakho ihlala kule khompyutha.
error-bundle-nothing-to-export = Akukho okungathunyelwa efayeleni: iseva isivele inayo yonke inqubekelaphambili egcinwe kule khompyutha.
error-bundle-nothing-recorded = Akukho okungathunyelwa efayeleni okwamanje: ayikabi bikho inqubekelaphambili egcinwe kule khompyutha yalo mfundi.
error-bundle-write-failed = Ifayela { $path } alikwazanga ukubhalwa ({ $detail }). Kungenzeka ukuthi idiski igcwele noma ikhishiwe: khulula isikhala noma ukhethe enye indawo, bese uzama futhi. Akukho okulahlekile: inqubekelaphambili yakho ihlala kule khompyutha.
error-download-not-offered = Iseva ayisalinikezi ifayela { $file }. Buka uhlu lwezifundo futhi, ukhethe esinye.
error-download-write-failed = Okudawunilodwayo akukwazanga ukugcinwa ku-{ $path } ({ $detail }). Kungenzeka ukuthi idiski igcwele: khulula isikhala, bese uzama futhi. Lokho osekudawunilodiwe kuyagcinwa.
error-download-damaged = Ifayela { $file } lifike lonakele futhi lisusiwe. Zama futhi; uma kwenzeka futhi, tshela umxhumanisi wakho. Akukho okushintshiwe kule khompyutha.
error-download-cancelled = Ukudawuniloda kumisiwe. Lokho osekudawunilodiwe kuyagcinwa: ngokuzayo kuzoqhubeka lapho kuma khona.
error-note-too-long = Leli nothi lide kakhulu ukuthi ligcinwe (umkhawulo ucishe ube yizinhlamvu ezingu-{ $max }). Lifinyeze, bese uligcina futhi; lokho okubhalile kusekhona.

## Ithuluzi lomugqa womyalo (lphm)

cli-keygen = Ukhiye omusha { $id }. Ifayela lokhiye oyimfihlo: { $secret } (ungalinikezi muntu, futhi ugcine ikhophi yalo yokulondoloza). Ifayela lokhiye womphakathi: { $public }.
cli-packed = Isifundo { $course } inguqulo { $version } sipakishwe ku-{ $file }: { $files ->
    [one] ifayela elingu-{ $files }
   *[other] amafayela angu-{ $files }
  }, { $bytes ->
    [one] ibhayithi elingu-{ $bytes }
   *[other] amabhayithi angu-{ $bytes }
  }, sisayinwe ngokhiye { $key }.
cli-certificate-valid = Isitifiketi esivumelekile, esisayinwe wuhlelo: { $name } ({ $authority }) uqede isifundo “{ $course }” ngomhla ka-{ $date }. Sikhishwe ngu-{ $issuer }, inombolo { $id }. Ukuthi sihoxisiwe yini kungabonakala ku-inthanethi kuphela: { $url }
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
cli-sync-not-enrolled = Lo mfundi akaxhunyiwe neseva. Xhuma ngokuthi: lphm sync enroll --server IKHELI --code IKHODI
cli-sync-status = Iseva { $server }, umfundi { $name }. { $waiting ->
    [0] Akukho okulindile.
    [one] Kulinde ushintsho olulodwa.
   *[other] Kulinde izinguquko ezingu-{ $waiting }.
} { $minutes ->
    [-1] Akukavumelaniswa.
    [0] Kuvumelaniswe kungakapheli umzuzu.
    [one] Kuvumelaniswe umzuzu owodwa odlule.
   *[other] Kuvumelaniswe imizuzu engu-{ $minutes } edlule.
}
cli-sync-enrolled = Kuxhunywe ku-{ $server } njengo-{ $name }.
cli-sync-done = Kuvumelanisiwe: kuthunyelwe { $sent }, kwamukelwe { $received }.
cli-sync-exported = Izinguquko ezingu-{ $count } zibhalwe ku-{ $file }. Nika umxhumanisi wakho leli fayela, azolingenisa eseveni.

## I-Windows: umlayezo we-app uma uhlelo lungenakho okudingwa iwindi

webview2-missing-title = I-LPHM ayikwazi ukuqala
webview2-missing = I-LPHM idinga i-Microsoft Edge WebView2, ingxenye ye-Windows engekho kule khompyutha. Uma i-LPHM ifike nge-USB, qalisa isifaki se-WebView2 esikuyo (MicrosoftEdgeWebView2RuntimeInstallerX64.exe), noma ucele abasebenzi be-IT ukuthi bafake i-WebView2 Runtime. Bese uqala i-LPHM futhi: izifundo zakho nenqubekelaphambili yakho kuyagcinwa.

## Amanothi nezahluko ezinophawu (issue 15)

notes-export-dialog-title = Gcina amanothi akho nezahluko ezinophawu
notes-export-dialog-filter = Umbhalo we-Markdown
notes-export-dialog-filter-pdf = Idokhumenti ye-PDF
certificate-dialog-title = Gcina isitifiketi
certificate-dialog-filter = Idokhumenti ye-PDF
notes-export-title = Amanothi nezahluko ezinophawu zika-{ $name }
notes-bookmarked = kunophawu
error-notes-nothing-to-export = Akukho okungakhishwa okwamanje: qala ngokubeka uphawu esahlukweni noma ngokubhala inothi.
error-search-failed = Ukusesha akutholakali okwamanje. Izifundo zakho nenqubekelaphambili yakho kuphephile; zama futhi emva kwesikhashana.
error-notes-export-failed = Ifayela { $path } alikwazanga ukubhalwa ({ $detail }). Kungenzeka ukuthi idiski igcwele noma ikhishiwe: khulula isikhala noma ukhethe enye indawo, bese uzama futhi. Amanothi akho ahlala kule khompyutha.
error-notes-format-unknown = Amanothi awakwazi ukukhishwa ngohlobo “{ $format }”. Khetha i-Markdown noma i-PDF.
error-notes-cannot-print = I-PDF ayikwazi ukukhombisa uhlamvu “{ $character }” olusemanothini akho. Wakhiphele ku-Markdown, egcina zonke izinhlamvu, noma ulungise inothi, bese uzama futhi.
error-certificate-not-complete = Isitifiketi senziwa uma isifundo siqediwe: zonke izahluko zenziwe futhi zonke izivivinyo zaphumelelwa.
error-certificate-save-failed = Ifayela { $path } alikwazanga ukubhalwa ({ $detail }). Kungenzeka ukuthi idiski igcwele noma ikhishiwe: khulula isikhala noma ukhethe enye indawo, bese uzama futhi. Isitifiketi sakho sihlala kule khompyutha.
error-certificate-cannot-print = Isitifiketi asikwazi ukuphrinta uhlamvu “{ $character }” egameni lakho noma kuhulumeni wakho wasekhaya. Kubhale ngezinhlamvu zesiLatini kuphrofayela yakho, bese uzama futhi.
error-certificate-not-pdf = { $file } akulona ifayela le-PDF elifundekayo. Sebenzisa ifayela lesitifiketi njengoba lagcinwa.
error-certificate-statement = { $file } yisitatimende sokuqeda esiphrintwe kukhompyutha yomfundi uqobo. Uhlelo aluzange lusiqinisekise, ngakho asikwazi ukuhlolwa: cela umfundi isitifiketi esikhishwe wuhlelo.
error-certificate-no-credential = { $file } akusona isitifiketi sohlelo: asinabo ubufakazi obusayiniwe.
error-certificate-tampered = Isitifiketi esiku-{ $file } sashintshwa ngemva kokuba uhlelo lusisayinile, noma asikaze sisayinwe wuhlelo. Ungasamukeli.
error-certificate-unknown-key = Isitifiketi esiku-{ $file } sasayinwa ngokhiye le khompyutha engawazi njengokhiye wohlelo. Sihlole ekhasini lokuqinisekisa eliphrintwe kuso, noma ubuze uhlelo.

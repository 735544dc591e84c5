# Ideshibhodi yabaxhumanisi (inikezwa yi-lphm-server ku-/login naku-/dashboard).
dashboard-name = Abaxhumanisi
dashboard-title = Ideshibhodi
dashboard-welcome = Amaqembu akho, inqubekelaphambili yawo nezitifiketi zawo kuzovela lapha.
dashboard-back = Buyela kudeshibhodi
dashboard-logout = Phuma
dashboard-role-administrator = umlawuli
dashboard-role-coordinator = umxhumanisi
dashboard-failed = Iseva ayikwazi ukuphendula okwamanje. Sicela uzame futhi emva kwesikhashana.
dashboard-csrf = Leli fomu belingasasebenzi noma belingaveli kule deshibhodi, ngakho akukho okwenziwe. Buyela emuva, uvuselele ikhasi bese uzama futhi.
login-title = Ngena
login-intro = Okwethimba lohlelo nabaxhumanisi basemadolobheni. Abafundi abayidingi i-akhawunti: bafunda ku-app ye-LPHM.
login-login = Igama lokungena
login-password = Iphasiwedi
login-submit = Ngena
login-refused = Igama lokungena noma iphasiwedi akulungile.
login-too-many = Kunemizamo eminingi ehlulekile. Sicela ulinde { $minutes ->
    [one] umzuzu owodwa
   *[other] imizuzu engu-{ $minutes }
  } bese uzama futhi, noma ubuze umlawuli.
login-other-site = Leli fomu lokungena belingaveli kule seva, ngakho lenqatshiwe.

## Cohorts
cohorts-title = Amaqembu
cohorts-none = Alikho iqembu okwamanje. Yenza elilodwa ngezansi.
cohort-name = Igama
cohort-dates = Izinsuku
cohort-place = Indawo
cohort-new = Iqembu elisha
cohort-courses = Izifundo
cohort-starts = Usuku lokuqala
cohort-ends = Usuku lokugcina
cohort-facilitator = Umqhubi
cohort-create = Yenza iqembu
cohort-not-found = Alikho iqembu elinjalo, noma alizange linikezwe wena.
cohort-coordinators = Abaxhumanisi baleli qembu
cohort-coordinators-none = Alikho umxhumanisi onaleli qembu okwamanje: abaphathi kuphela abalibonayo.
cohort-give-to = Umxhumanisi
cohort-give = Nikeza umxhumanisi leli qembu
participants-title = Ababambiqhaza
participants-none = Akekho umbambiqhaza okwamanje. Bengeze ngezansi, bese uphrinta amakhodi abo.
participant-name = Igama
participant-authority = Uhulumeni wasekhaya
participant-city = Idolobha
participant-country = Izwe
participant-add = Engeza umbambiqhaza
codes-print = Phrinta amakhodi okusebenzisa kanye
codes-title = Amakhodi okusebenzisa kanye
codes-intro = Nikeza umbambiqhaza ngamunye ikhodi yakhe. Ku-app ye-LPHM, ngaphansi kokuthi "Ukuvumelanisa", ubhala ikheli leseva nekhodi: ikhompyutha yakhe ibe isivumelanisa egameni lakhe.
codes-server = Iseva:
codes-code = Ikhodi
codes-valid = Ikhodi ngayinye isebenza kanye futhi iphelelwa yisikhathi ngemva kwezinsuku eziyi-14. Ukuphrinta futhi kwenza amakhodi amasha; awangaphambili ahlala esebenza aze asetshenziswe noma aphelelwe yisikhathi.
cohort-summary = { $people ->
    [one] Umbambiqhaza oyedwa
   *[other] Ababambiqhaza abangu-{ $people }
  }: u-{ $completion } % uqede zonke izifundo; izitifiketi ezikhishiwe: { $certificates }.
participant-last-sync = Ukuvumelanisa kokugcina
participant-devices = Amakhompyutha (asebenzayo/onke)
participant-status = Isimo
participant-never = akukaze
participant-certified = unesitifiketi
participant-complete = uqedile
participant-stuck = ubambekile (akukho nqubekelaphambili ezinsukwini eziyi-14)
participant-studying = uyafunda
csv-download = Landa leli thebula (CSV)

## A course across cohorts and cities
course-not-found = Asikho isifundo esinjalo kule seva.
course-summary = { $learners ->
    [one] Umfundi oyedwa
   *[other] Abafundi abangu-{ $learners }
  }: abaqalile { $started }, abaqedile { $complete }, { $certificates ->
    [one] isitifiketi esisodwa
   *[other] izitifiketi ezingu-{ $certificates }
  }.
course-by-cohort = Ngeqembu
course-by-city = Ngedolobha
course-cohort = Iqembu
course-no-cohort = Abangekho eqenjini
course-no-city = Idolobha alishiwo
course-learners = Abafundi
course-started = Baqalile
course-complete = Baqedile
course-complete-percent = Baqedile (%)
course-certified = Izitifiketi
course-median-hours = Isikhathi esiphakathi sokufunda (amahora)
course-modules = Amamojuli
course-module = Imojuli
course-module-lessons = Zonke izifundo zenziwe
course-module-quiz = Ukuhlolwa kuphumelele
course-open = Bona isifundo kuwo wonke amaqembu
item-title = Imibuzo yokuhlolwa
item-intro = Kubalwa ngomzamo wokuqala womfundi ngamunye, ngaphambi kokuthola impendulo. Ukuhlukanisa kuqhathanisa abangu-27% abaqine kakhulu nabangu-27% ababuthakathaka: eduze kuka-+1 umbuzo uyabahlukanisa kahle, eduze kuka-0 awubahlukanisi, ngaphansi kuka-0 abaqinile baphutha kaningi. Kudingeka okungenani izimpendulo eziyi-10.
item-none = Azikabi bikho izimpendulo zokuhlolwa.
item-quiz = Ukuhlolwa
item-question = Umbuzo
item-answered = Izimpendulo
item-correct = Ezilungile (%)
item-discrimination = Ukuhlukanisa
item-options = Okukhethiwe
item-advice = Iseluleko
item-choice-true = Iqiniso
item-choice-false = Amanga
item-flag-reversed = Abaqinile baphutha kaningi kunababuthakathaka: hlola impendulo efanele nendlela umbuzo obhalwe ngayo.
item-flag-flat = Lo mbuzo awuhlukanisi kahle abaqinile nababuthakathaka: hlola ukuthi impendulo eyodwa ilungile ngokusobala.
item-flag-hard = Abangaphansi kwengxenye yesithathu abaphendula kahle: hlola impendulo efanele, amagama, nokuthi izifundo ziyakufundisa yini.
item-flag-easy = Cishe wonke umuntu uphendula kahle: uhlola okuncane.

## One learner
learner-not-found = Akekho umfundi onjalo, noma akekho kunoma yiliphi iqembu olinikeziwe.
learner-progress = Inqubekelaphambili
learner-no-progress = Ayikho inqubekelaphambili evumelanisiwe okwamanje.
learner-quiz-none = akakazami
learner-devices = Amakhompyutha
learner-no-devices = Ayikho ikhompyutha ebhalisiwe okwamanje.
learner-device = Ikhompyutha
learner-device-since = Ibhaliswe
learner-device-revoked = ihoxisiwe
learner-device-revoke = Hoxisa le khompyutha
learner-device-revoke-help = Hoxisa ikhompyutha elahlekile noma entshontshiwe: ayisakwazi ukuvumelanisa egameni lalo mfundi, namafayela ayo enqubekelaphambili ayenqatshwa. Inqubekelaphambili esivele ivumelanisiwe iyasala. Umfundi angabhalisa enye ikhompyutha ngekhodi entsha.
learner-certificates = Izitifiketi
learner-no-certificates = Asikabi bikho isitifiketi.
learner-certificate-check = ikhasi lokuqinisekisa
learner-certificate-revoked = Sihoxiswe ngo-
learner-certificate-reason = Isizathu (siboniswa ekhasini lokuqinisekisa)
learner-certificate-revoke = Hoxisa lesi sitifiketi
learner-upload = Layisha ifayela lenqubekelaphambili
learner-upload-help = Umfundi ongenakho ukuxhumana angagcina inqubekelaphambili yakhe efayeleni ku-app (Vumelanisa, bese “Thumela inqubekelaphambili efayeleni…”) alilethe ku-USB. Ukulayisha ifayela elifanayo kabili akushintshi lutho.
learner-upload-file = Ifayela lenqubekelaphambili (.lphm-progress)
learner-upload-submit = Layisha
learner-privacy = Imininingwane yomuntu siqu
learner-export = Landa konke okugcinwe ngalo mfundi (JSON)
learner-history = Akwenzile
learner-no-history = Akukho okwamanje.
learner-history-when = Nini (UTC)
learner-history-course = Isifundo
learner-history-csv = Landa konke akwenzile (CSV)
learner-history-what = Ini
learner-history-shown = Izehlakalo zakamuva ezingu-{ $shown } kwezingu-{ $total }.
notice-device-revoked = Leyo khompyutha ihoxisiwe.
notice-certificate-revoked = Isitifiketi sihoxisiwe. Ikhasi laso lokuqinisekisa seliyakusho lokho.
notice-uploaded = Ifayela lenqubekelaphambili lingenisiwe: izehlakalo ezintsha { $new }, ezivele zikhona { $held }.
notice-upload-empty = Khetha ifayela lenqubekelaphambili kuqala.
notice-upload-not-bundle = Lelo fayela akulona ifayela lenqubekelaphambili le-LPHM elifundekayo, noma lonakele. Akukho okungenisiwe.
notice-upload-other-learner = Lelo fayela lenqubekelaphambili livela ekhompyutheni yomunye umfundi. Akukho okungenisiwe: hlola ukuthi usekhasini lomfundi ofanele.
notice-upload-revoked = Lelo fayela lenqubekelaphambili livela ekhompyutheni ehoxisiwe. Akukho okungenisiwe.
notice-reason-needed = Nikeza isizathu sokuhoxisa isitifiketi: siboniswa ekhasini lokuqinisekisa.
history-opened = Uvule “{ $lesson }”
history-completed = Uqede “{ $lesson }”
history-time = Ufunde “{ $lesson }” { $minutes ->
    [one] umzuzu owodwa
   *[other] imizuzu engu-{ $minutes }
  }
history-quiz-passed = Uphumelele “{ $quiz }” ({ $correct }/{ $total })
history-quiz-failed = Uzamile “{ $quiz }” ({ $correct }/{ $total })
history-note = Ugcine inothi ku-“{ $lesson }” (umbhalo wayo uhlala uyimfihlo)
history-bookmark = Ufake uphawu ku-“{ $lesson }”
history-bookmark-off = Ususe uphawu ku-“{ $lesson }”
history-cleared = Usule inqubekelaphambili yakhe ku-“{ $course }”
history-pre-test = Wenze isivivinyo sokuqala “{ $form }” ({ $correct }/{ $total })
history-post-test = Wenze isivivinyo sokugcina “{ $form }” ({ $correct }/{ $total })
history-survey = Uphendule uhlolo-mbono “{ $survey }”

## The audit log
audit-title = Irekhodi lokuhlola
audit-intro = Ubani obuke, wathumela noma washintsha ini, kusukela kokwakamuva (okungu-500 kwakamuva).
audit-csv = Landa irekhodi lonke (CSV)
audit-who = I-akhawunti
audit-action = Isenzo
audit-subject = Mayelana
## Imininingwane yomuntu siqu yomfundi (abaphathi kuphela)
erase-title = Susa imininingwane yomfundi
erase-intro = Uzosusa imininingwane yomuntu siqu le seva enayo mayelana no-{ $name }. Lokhu akukwazi ukuhlehliswa.
erase-export = Qala ngokulanda konke okugcinwe ngalo mfundi (JSON)
erase-removed = Okuzosuswa
erase-removed-list = Inqubekelaphambili yakhe (yonke imicimbi ethunyelwe amakhompyutha akhe), amakhompyutha akhe nemvume yawo, amakhodi akhe okusebenzisa kanye angakasetshenziswa, izindawo zakhe emaqenjini, negama nohulumeni wasekhaya kurekhodi lakhe nasezitifiketini zakhe.
erase-kept = Okuzogcinwa
erase-kept-list = Irekhodi lokuthi lo mfundi wayekhona futhi imininingwane yakhe yasuswa (inombolo yakhe, usuku nesizathu), izinombolo, izifundo nezinsuku zezitifiketi zakhe ukuze ukuzihlola kusaphendula, kanye nelogu yokuhlola. Inqubekelaphambili esemakhompyutheni omfundi ayithintwa.
erase-reason = Isizathu, isibonelo "umfundi ucele ngomhla ka-3 Meyi" (ungabhali igama lakhe)
erase-reason-required = Bhala isizathu sokususa.
erase-submit = Susa imininingwane yalo mfundi
erase-already = Imininingwane yalo mfundi yasuswa ngomhla ka-{ $date }.
learner-erased-notice = Imininingwane yomfundi isusiwe. Amakhompyutha akhe azotshelwa lokho lapho evumelanisa ngokulandelayo.

## A cohort's evaluation of a course: tests and surveys
evaluation-title = Ukuhlola: { $course }
evaluation-link = Ukuhlola: izivivinyo nezinhlolo-mbono
evaluation-not-found = Leli qembu alinakho ukuhlola kwalesi sifundo. Isifundo asisona esaleli qembu, noma asinaso isivivinyo sokuqala, isivivinyo sokugcina noma uhlolo-mbono.
evaluation-learning = Ukufunda: isivivinyo sokuqala nesivivinyo sokugcina
evaluation-learning-intro = Umfundi ngamunye wenza uhlobo olulodwa ngaphambi kwesifundo, bese enza olunye ngemuva kwaso. Inzuzo iwumphumela wesivivinyo sokugcina ukhipha owesivivinyo sokuqala, ngamaphuzu ephesenti. Izilinganiso ezingezansi zibala abenze izivivinyo zombili kuphela. Kubalwa umzamo wokuqala wesivivinyo ngasinye.
evaluation-pre-taken = Benze isivivinyo sokuqala
evaluation-post-taken = Benze isivivinyo sokugcina
evaluation-paired = Benze izivivinyo zombili
evaluation-mean-pre = Isilinganiso sesivivinyo sokuqala
evaluation-mean-post = Isilinganiso sesivivinyo sokugcina
evaluation-mean-gain = Isilinganiso senzuzo (amaphuzu)
evaluation-pre = Isivivinyo sokuqala
evaluation-post = Isivivinyo sokugcina
evaluation-gain = Inzuzo (amaphuzu)
evaluation-forms = Izinhlobo ezimbili
evaluation-forms-intro = Isilinganiso sohlobo ngalunye, njengesivivinyo sokuqala nanjengesivivinyo sokugcina. Izinhlobo ezinobunzima obulinganayo zinezilinganiso ezicishe zifane.
evaluation-form = Uhlobo
evaluation-as-pre = Njengesivivinyo sokuqala
evaluation-as-post = Njengesivivinyo sokugcina
evaluation-form-name = Uhlobo { $form }
evaluation-assigned = Uhlobo lwesivivinyo sokuqala olunikezwe ekubhaliseni: uhlobo A ku-{ $a }, uhlobo B ku-{ $b }.
evaluation-completed = Baqede isifundo
evaluation-due = Baqede okungenani ezinsukwini ezingu-{ $days } ezedlule (sekuyisikhathi sokulandelela)
evaluation-answered = Baphendule
evaluation-applied = Basebenzise abakufundile
evaluation-no-answers = Azikabi khona izimpendulo.
evaluation-csv = Landa ukuhlola (CSV)
evaluation-csv-pre-form = Uhlobo lwesivivinyo sokuqala
evaluation-csv-pre-correct = Isivivinyo sokuqala: okulungile
evaluation-csv-pre-total = Isivivinyo sokuqala: imibuzo
evaluation-csv-pre-percent = Isivivinyo sokuqala (%)
evaluation-csv-post-form = Uhlobo lwesivivinyo sokugcina
evaluation-csv-post-correct = Isivivinyo sokugcina: okulungile
evaluation-csv-post-total = Isivivinyo sokugcina: imibuzo
evaluation-csv-post-percent = Isivivinyo sokugcina (%)
evaluation-csv-gain = Inzuzo (amaphuzu)
evaluation-by-cohort = Ukuhlola ngeqembu
evaluation-reaction-mean = Umbono (isilinganiso samamaki)
learner-first-form = Uhlobo lwesivivinyo sokuqala

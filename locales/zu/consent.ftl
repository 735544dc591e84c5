# Lokho ikhompyutha ekuthumela eseveni nokuthi ubani okubonayo (bheka locales/en/consent.ftl)

## Isitatimende

consent-title = Okuthunyelwa eseveni, nokuthi ubani okubonayo
consent-sent-title = Okuthunyelwa eseveni, ngokuzenzakalela noma nini lapho kukhona ukuxhumana
consent-sent-progress = Inqubekelaphambili yakho: izahluko ozivulayo noziqedayo, isikhathi osichitha ufunda ngasinye, izimpendulo zakho ezivivinyweni namamaki akho, nokususa inqubekelaphambili yakho esifundweni, konke nosuku nesikhathi sale khompyutha.
consent-sent-evaluation = Izimpendulo zakho esivivinyweni sokuqala nesivivinyweni sokugcina sesifundo, nakuhlolo-mbono lwaso (umbono wakho ngesifundo, bese ezinyangeni kamuva, ukuthi usisebenzisile yini emsebenzini), kuhlanganise nalokho okubhala ngamazwi akho.
consent-sent-notes = Amanothi owabhala ezahlukweni, nezahluko ezinophawu.
consent-sent-computer = Igama lale khompyutha, inombolo engahleliwe eyihlonzayo kanye nokhiye wokuphepha owenzelwe yona, ukuze umxhumanisi wakho ahlukanise amakhompyutha akho.
consent-not-sent-title = Okungathunyelwa
consent-not-sent = Igama, inhlangano nomsebenzi owakubhala kulolu hlelo; amaphrofayela abanye abantu kule khompyutha; izilungiselelo zolimi nokubukeka; okusesha kona; amafayela akho. Iseva ikwazi ngegama umxhumanisi wakho alibhale khona.
consent-who-title = Ubani okubonayo
consent-who = Abaphathi bohlelo nabaxhumanisi beqembu lakho, eseveni oxhuma kuyo. Izitifiketi zakho zikhishwa kulokho ekugcinile. Amanye amakhompyutha akho axhunywe egameni lakho nawo athola inqubekelaphambili yakho namanothi.
consent-rights = Ungacela umxhumanisi wakho ukuthi akunike ikhophi yedatha yakho, noma ayisuse eseveni. Uma ungaxhumi, akukho okuthunyelwayo: uhlelo lusebenza ngokugcwele ngaphandle kweseva.

## Iwindi

consent-agree = Ngifundile okuzothunyelwa eseveni, futhi ngiyavuma.
consent-agreed = Uvumile ngomhla ka-{ $date } ukuthumela inqubekelaphambili yakho ku-{ $server }.
consent-show = Funda okuthunyelwayo
consent-hide = Fihla okuthunyelwayo

## Umugqa womyalo (lphm sync enroll)

cli-consent-question = Ukuze uvume futhi uxhume, bhala “yebo”. Noma yini enye iyama lapha.
cli-consent-yes = yebo
cli-consent-declined = Akukho okuthunyelwe: awuvumanga.
cli-consent-needs-agree = Akukho okuthunyelwe. Funda umbhalo ongenhla; uma uvuma, phinda umyalo ofanayo nge --agree.

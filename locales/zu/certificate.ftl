# Izitifiketi zokuqeda isifundo (lphm-certificate): amagama asekhasini le-PDF, ngolimi
# lwesikhombimsebenzisi. Igama lomfundi, izihloko, okhipha isitifiketi nekheli lokuqinisekisa
# kuyimininingwane evela kwenye indawo.

## Isitifiketi esikhishwe futhi sasayinwa wuhlelo

certificate-heading = Isitifiketi sokuqeda isifundo
certificate-preamble = Lesi sitifiketi siqinisekisa ukuthi
certificate-completed = usiqedile isifundo
certificate-number = Inombolo yesitifiketi
certificate-issued-by = Okhiphe isitifiketi
certificate-verify = Ukuze uqinisekise lesi sitifiketi, skena ikhodi noma uvule leli kheli:
# Isihloko se-PDF, esiboniswa phezulu kuhlelo lokufunda i-PDF.
certificate-document-title = Isitifiketi sokuqeda isifundo: { $name }

## Umbiko wokuqeda isifundo, owenziwe kwikhompyutha yomfundi ngaphambi kokuba uhlelo
## lukhiphe isitifiketi

certificate-statement-heading = Umbiko wokuqeda isifundo
certificate-statement-unverified = Awuqinisekiswanga wuhlelo
certificate-statement-preamble = Ngokwemininingwane egcinwe kule khompyutha,
certificate-statement-completed = usiqedile isifundo
certificate-statement-number = Inombolo yombiko
certificate-programme = Uhlelo
certificate-statement-notice = Lo mbiko wenziwe kwikhompyutha yomfundi. Uhlelo alukawuqinisekisi, futhi awusona isitifiketi: uhlelo lukhipha izitifiketi uma inqubekelaphambili yomfundi isivumelaniswe neseva yalo.
certificate-statement-document-title = Umbiko wokuqeda isifundo: { $name }

## Kukho kokubili

certificate-modules = Amamojuli aqediwe
certificate-criteria = Uzifundile zonke izahluko futhi uziphumelele zonke izivivinyo.
certificate-study-time = Isikhathi sokufunda
certificate-duration-hours-minutes = { $hours ->
    [one] ihora elingu-{ $hours }
   *[other] amahora angu-{ $hours }
  } { $minutes ->
    [one] nomzuzu ongu-{ $minutes }
   *[other] nemizuzu engu-{ $minutes }
  }
certificate-duration-hours = { $hours ->
    [one] ihora elingu-{ $hours }
   *[other] amahora angu-{ $hours }
  }
# CLDR counts 0 as "one" in isiZulu; no time at all reads as the plural.
certificate-duration-minutes = { $minutes ->
    [0] imizuzu engu-{ $minutes }
    [one] umzuzu ongu-{ $minutes }
   *[other] imizuzu engu-{ $minutes }
  }
certificate-completed-on = Usuku lokuqeda
# Usuku: u-$day no-$month yizinombolo (inyanga isuka ku-1 iye ku-12), u-$year ungumbhalo.
# Amagama ezinyanga afana nalawo ahlelo lwesikhombimsebenzisi (CLDR).
certificate-date = { $day } { $month ->
    [1] Januwari
    [2] Februwari
    [3] Mashi
    [4] Ephreli
    [5] Meyi
    [6] Juni
    [7] Julayi
    [8] Agasti
    [9] Septhemba
    [10] Okthoba
    [11] Novemba
   *[12] Disemba
  } { $year }

## Amanothi ami, aphrintiwe (okunye ekhasini kuvela ku-main.ftl noma kumfundi)

# Ingaphansi lekhasi ngalinye le-PDF yamanothi.
notes-page = Ikhasi { $page } ku-{ $pages }

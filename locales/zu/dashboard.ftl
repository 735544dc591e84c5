# Ideshibhodi yabaxhumanisi (inikezwa yi-lphm-server ku-/login naku-/dashboard).
dashboard-name = Abaxhumanisi
dashboard-title = Ideshibhodi
dashboard-welcome = Amaqembu akho, inqubekelaphambili yawo nezitifiketi zawo kuzovela lapha.
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

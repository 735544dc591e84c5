;Language: Zulu (1077)
;By the LPHM project (isiZulu, for UNITAR's Learning Platform on Human Mobility)

!insertmacro LANGFILE "Zulu" "Zulu" "isiZulu" "isiZulu" ; See \Include\LangFile.nsh for a description of these parameters

!ifdef MUI_WELCOMEPAGE
  ${LangFileString} MUI_TEXT_WELCOME_INFO_TITLE "Siyakwamukela esifakini se-$(^NameDA)"
  ${LangFileString} MUI_TEXT_WELCOME_INFO_TEXT "Isifaki sizokuhola kuzo zonke izinyathelo zokufaka i-$(^NameDA).$\r$\n$\r$\nKuyanconywa ukuthi uvale zonke ezinye izinhlelo ngaphambi kokuqala isifaki. Lokhu kuzokwenza kukwazeke ukubuyekeza amafayela esistimu afanele ngaphandle kokuthi uqale kabusha ikhompyutha yakho.$\r$\n$\r$\n$_CLICK"
!endif

!ifdef MUI_UNWELCOMEPAGE
  ${LangFileString} MUI_UNTEXT_WELCOME_INFO_TITLE "Siyakwamukela ekususeni i-$(^NameDA)"
  ${LangFileString} MUI_UNTEXT_WELCOME_INFO_TEXT "Isifaki sizokuhola kuzo zonke izinyathelo zokususa i-$(^NameDA).$\r$\n$\r$\nNgaphambi kokuqala ukususa, qinisekisa ukuthi i-$(^NameDA) ayivuliwe.$\r$\n$\r$\n$_CLICK"
!endif

!ifdef MUI_LICENSEPAGE
  ${LangFileString} MUI_TEXT_LICENSE_TITLE "Isivumelwano selayisensi"
  ${LangFileString} MUI_TEXT_LICENSE_SUBTITLE "Sicela ufunde imigomo yelayisensi ngaphambi kokufaka i-$(^NameDA)."
  ${LangFileString} MUI_INNERTEXT_LICENSE_BOTTOM "Uma uvumelana nemigomo yesivumelwano, chofoza okuthi Ngiyavuma ukuze uqhubeke. Kufanele wamukele isivumelwano ukuze ufake i-$(^NameDA)."
  ${LangFileString} MUI_INNERTEXT_LICENSE_BOTTOM_CHECKBOX "Uma uvumelana nemigomo yesivumelwano, chofoza ibhokisi lokumaka elingezansi. Kufanele wamukele isivumelwano ukuze ufake i-$(^NameDA). $_CLICK"
  ${LangFileString} MUI_INNERTEXT_LICENSE_BOTTOM_RADIOBUTTONS "Uma uvumelana nemigomo yesivumelwano, khetha inketho yokuqala engezansi. Kufanele wamukele isivumelwano ukuze ufake i-$(^NameDA). $_CLICK"
!endif

!ifdef MUI_UNLICENSEPAGE
  ${LangFileString} MUI_UNTEXT_LICENSE_TITLE "Isivumelwano selayisensi"
  ${LangFileString} MUI_UNTEXT_LICENSE_SUBTITLE "Sicela ufunde imigomo yelayisensi ngaphambi kokususa i-$(^NameDA)."
  ${LangFileString} MUI_UNINNERTEXT_LICENSE_BOTTOM "Uma uvumelana nemigomo yesivumelwano, chofoza okuthi Ngiyavuma ukuze uqhubeke. Kufanele wamukele isivumelwano ukuze ususe i-$(^NameDA)."
  ${LangFileString} MUI_UNINNERTEXT_LICENSE_BOTTOM_CHECKBOX "Uma uvumelana nemigomo yesivumelwano, chofoza ibhokisi lokumaka elingezansi. Kufanele wamukele isivumelwano ukuze ususe i-$(^NameDA). $_CLICK"
  ${LangFileString} MUI_UNINNERTEXT_LICENSE_BOTTOM_RADIOBUTTONS "Uma uvumelana nemigomo yesivumelwano, khetha inketho yokuqala engezansi. Kufanele wamukele isivumelwano ukuze ususe i-$(^NameDA). $_CLICK"
!endif

!ifdef MUI_LICENSEPAGE | MUI_UNLICENSEPAGE
  ${LangFileString} MUI_INNERTEXT_LICENSE_TOP "Cindezela ukhiye we-Page Down ukuze ubone okusele kwesivumelwano."
!endif

!ifdef MUI_COMPONENTSPAGE
  ${LangFileString} MUI_TEXT_COMPONENTS_TITLE "Khetha izingxenye"
  ${LangFileString} MUI_TEXT_COMPONENTS_SUBTITLE "Khetha izici ze-$(^NameDA) ofuna ukuzifaka."
!endif

!ifdef MUI_UNCOMPONENTSPAGE
  ${LangFileString} MUI_UNTEXT_COMPONENTS_TITLE "Khetha izingxenye"
  ${LangFileString} MUI_UNTEXT_COMPONENTS_SUBTITLE "Khetha izici ze-$(^NameDA) ofuna ukuzisusa."
!endif

!ifdef MUI_COMPONENTSPAGE | MUI_UNCOMPONENTSPAGE
  ${LangFileString} MUI_INNERTEXT_COMPONENTS_DESCRIPTION_TITLE "Incazelo"
  !ifndef NSIS_CONFIG_COMPONENTPAGE_ALTERNATIVE
    ${LangFileString} MUI_INNERTEXT_COMPONENTS_DESCRIPTION_INFO "Beka igundane lakho phezu kwengxenye ukuze ubone incazelo yayo."
  !else
    ${LangFileString} MUI_INNERTEXT_COMPONENTS_DESCRIPTION_INFO "Khetha ingxenye ukuze ubone incazelo yayo."
  !endif
!endif

!ifdef MUI_DIRECTORYPAGE
  ${LangFileString} MUI_TEXT_DIRECTORY_TITLE "Khetha indawo yokufaka"
  ${LangFileString} MUI_TEXT_DIRECTORY_SUBTITLE "Khetha ifolda ozofaka kuyo i-$(^NameDA)."
!endif

!ifdef MUI_UNDIRECTORYPAGE
  ${LangFileString} MUI_UNTEXT_DIRECTORY_TITLE "Khetha indawo yokususa"
  ${LangFileString} MUI_UNTEXT_DIRECTORY_SUBTITLE "Khetha ifolda ozosusa kuyo i-$(^NameDA)."
!endif

!ifdef MUI_INSTFILESPAGE
  ${LangFileString} MUI_TEXT_INSTALLING_TITLE "Kuyafakwa"
  ${LangFileString} MUI_TEXT_INSTALLING_SUBTITLE "Sicela ulinde ngesikhathi i-$(^NameDA) ifakwa."
  ${LangFileString} MUI_TEXT_FINISH_TITLE "Ukufaka kuqediwe"
  ${LangFileString} MUI_TEXT_FINISH_SUBTITLE "Ukufaka kuqedwe ngempumelelo."
  ${LangFileString} MUI_TEXT_ABORT_TITLE "Ukufaka kumisiwe"
  ${LangFileString} MUI_TEXT_ABORT_SUBTITLE "Ukufaka akuqedwanga ngempumelelo."
!endif

!ifdef MUI_UNINSTFILESPAGE
  ${LangFileString} MUI_UNTEXT_UNINSTALLING_TITLE "Kuyasuswa"
  ${LangFileString} MUI_UNTEXT_UNINSTALLING_SUBTITLE "Sicela ulinde ngesikhathi i-$(^NameDA) isuswa."
  ${LangFileString} MUI_UNTEXT_FINISH_TITLE "Ukususa kuqediwe"
  ${LangFileString} MUI_UNTEXT_FINISH_SUBTITLE "Ukususa kuqedwe ngempumelelo."
  ${LangFileString} MUI_UNTEXT_ABORT_TITLE "Ukususa kumisiwe"
  ${LangFileString} MUI_UNTEXT_ABORT_SUBTITLE "Ukususa akuqedwanga ngempumelelo."
!endif

!ifdef MUI_FINISHPAGE
  ${LangFileString} MUI_TEXT_FINISH_INFO_TITLE "Ukuqedela ukufaka i-$(^NameDA)"
  ${LangFileString} MUI_TEXT_FINISH_INFO_TEXT "I-$(^NameDA) ifakiwe kule khompyutha.$\r$\n$\r$\nChofoza okuthi Qeda ukuze uvale isifaki."
  ${LangFileString} MUI_TEXT_FINISH_INFO_REBOOT "Ikhompyutha yakho kufanele iqalwe kabusha ukuze kuqedelwe ukufaka i-$(^NameDA). Ufuna ukuyiqala kabusha manje?"
!endif

!ifdef MUI_UNFINISHPAGE
  ${LangFileString} MUI_UNTEXT_FINISH_INFO_TITLE "Ukuqedela ukususa i-$(^NameDA)"
  ${LangFileString} MUI_UNTEXT_FINISH_INFO_TEXT "I-$(^NameDA) isusiwe kule khompyutha.$\r$\n$\r$\nChofoza okuthi Qeda ukuze uvale leli windi."
  ${LangFileString} MUI_UNTEXT_FINISH_INFO_REBOOT "Ikhompyutha yakho kufanele iqalwe kabusha ukuze kuqedelwe ukususa i-$(^NameDA). Ufuna ukuyiqala kabusha manje?"
!endif

!ifdef MUI_FINISHPAGE | MUI_UNFINISHPAGE
  ${LangFileString} MUI_TEXT_FINISH_REBOOTNOW "Qala kabusha manje"
  ${LangFileString} MUI_TEXT_FINISH_REBOOTLATER "Ngizoyiqala kabusha ngokwami kamuva"
  ${LangFileString} MUI_TEXT_FINISH_RUN "&Vula i-$(^NameDA)"
  ${LangFileString} MUI_TEXT_FINISH_SHOWREADME "&Bonisa ifayela le-Readme"
  ${LangFileString} MUI_BUTTONTEXT_FINISH "&Qeda"  
!endif

!ifdef MUI_STARTMENUPAGE
  ${LangFileString} MUI_TEXT_STARTMENU_TITLE "Khetha ifolda yemenyu ye-Start"
  ${LangFileString} MUI_TEXT_STARTMENU_SUBTITLE "Khetha ifolda yemenyu ye-Start lapho kuzobekwa khona izinqamuleli ze-$(^NameDA)."
  ${LangFileString} MUI_INNERTEXT_STARTMENU_TOP "Khetha ifolda yemenyu ye-Start ofuna ukudala kuyo izinqamuleli zohlelo. Ungabhala negama ukuze udale ifolda entsha."
  ${LangFileString} MUI_INNERTEXT_STARTMENU_CHECKBOX "Ungadali izinqamuleli"
!endif

!ifdef MUI_UNCONFIRMPAGE
  ${LangFileString} MUI_UNTEXT_CONFIRM_TITLE "Susa i-$(^NameDA)"
  ${LangFileString} MUI_UNTEXT_CONFIRM_SUBTITLE "Susa i-$(^NameDA) kule khompyutha."
!endif

!ifdef MUI_ABORTWARNING
  ${LangFileString} MUI_TEXT_ABORTWARNING "Uqinisekile ukuthi ufuna ukuphuma esifakini se-$(^Name)?"
!endif

!ifdef MUI_UNABORTWARNING
  ${LangFileString} MUI_UNTEXT_ABORTWARNING "Uqinisekile ukuthi ufuna ukuyeka ukususa i-$(^Name)?"
!endif

!ifdef MULTIUSER_INSTALLMODEPAGE
  ${LangFileString} MULTIUSER_TEXT_INSTALLMODE_TITLE "Khetha abasebenzisi"
  ${LangFileString} MULTIUSER_TEXT_INSTALLMODE_SUBTITLE "Khetha abasebenzisi ofuna ukubafakela i-$(^NameDA)."
  ${LangFileString} MULTIUSER_INNERTEXT_INSTALLMODE_TOP "Khetha ukuthi ufuna ukufakela i-$(^NameDA) wena kuphela noma bonke abasebenzisi bale khompyutha. $(^ClickNext)"
  ${LangFileString} MULTIUSER_INNERTEXT_INSTALLMODE_ALLUSERS "Fakela noma ubani osebenzisa le khompyutha"
  ${LangFileString} MULTIUSER_INNERTEXT_INSTALLMODE_CURRENTUSER "Fakela mina kuphela"
!endif

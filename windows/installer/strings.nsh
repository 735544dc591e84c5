; The installer's own sentences, in the four languages of LPHM (the Modern UI's standard
; texts come from its language files; isiZulu's from lang/Zulu.nlf and lang/Zulu.nsh).

LangString SEC_APP ${LANG_ENGLISH} "LPHM"
LangString SEC_APP ${LANG_FRENCH} "LPHM"
LangString SEC_APP ${LANG_POLISH} "LPHM"
LangString SEC_APP ${LANG_Zulu} "I-LPHM"

LangString SEC_APP_DESC ${LANG_ENGLISH} "The LPHM app and its Start-menu shortcut. Your courses and progress are kept in your Windows profile and stay when LPHM is updated or removed."
LangString SEC_APP_DESC ${LANG_FRENCH} "L'application LPHM et son raccourci dans le menu Démarrer. Vos cours et votre progression sont conservés dans votre profil Windows, y compris quand LPHM est mis à jour ou désinstallé."
LangString SEC_APP_DESC ${LANG_POLISH} "Aplikacja LPHM i jej skrót w menu Start. Kursy i postępy w nauce są przechowywane w profilu użytkownika Windows i pozostają po aktualizacji lub odinstalowaniu LPHM."
LangString SEC_APP_DESC ${LANG_Zulu} "I-app ye-LPHM nesinqamuleli sayo kumenyu ethi Qala. Izifundo zakho nenqubekelaphambili yakho kugcinwa kuphrofayela yakho ye-Windows, futhi kuhlala kukhona noma i-LPHM ibuyekezwa noma isuswa."

LangString SEC_DESKTOP ${LANG_ENGLISH} "Desktop shortcut"
LangString SEC_DESKTOP ${LANG_FRENCH} "Raccourci sur le bureau"
LangString SEC_DESKTOP ${LANG_POLISH} "Skrót na pulpicie"
LangString SEC_DESKTOP ${LANG_Zulu} "Isinqamuleli ku-desktop"

LangString SEC_DESKTOP_DESC ${LANG_ENGLISH} "An LPHM icon on the desktop."
LangString SEC_DESKTOP_DESC ${LANG_FRENCH} "Une icône LPHM sur le bureau."
LangString SEC_DESKTOP_DESC ${LANG_POLISH} "Ikona LPHM na pulpicie."
LangString SEC_DESKTOP_DESC ${LANG_Zulu} "Isithonjana se-LPHM ku-desktop."

LangString APP_RUNNING ${LANG_ENGLISH} "LPHM is open. Close it, then choose Retry. Your progress is saved."
LangString APP_RUNNING ${LANG_FRENCH} "LPHM est ouvert. Fermez-le, puis choisissez Réessayer. Votre progression est enregistrée."
LangString APP_RUNNING ${LANG_POLISH} "LPHM jest otwarty. Należy go zamknąć, a następnie wybrać Ponów. Postępy w nauce są zapisane."
LangString APP_RUNNING ${LANG_Zulu} "I-LPHM ivuliwe. Yivale, bese ukhetha ethi Zama futhi. Inqubekelaphambili yakho igciniwe."

LangString WEBVIEW2_INSTALLING ${LANG_ENGLISH} "Installing Microsoft Edge WebView2, which LPHM needs to show its window…"
LangString WEBVIEW2_INSTALLING ${LANG_FRENCH} "Installation de Microsoft Edge WebView2, dont LPHM a besoin pour afficher sa fenêtre…"
LangString WEBVIEW2_INSTALLING ${LANG_POLISH} "Instalowanie składnika Microsoft Edge WebView2, którego LPHM potrzebuje do wyświetlenia okna…"
LangString WEBVIEW2_INSTALLING ${LANG_Zulu} "Kufakwa i-Microsoft Edge WebView2, edingwa i-LPHM ukuze ibonise iwindi layo…"

LangString WEBVIEW2_MISSING ${LANG_ENGLISH} "LPHM is installed, but this computer lacks Microsoft Edge WebView2, which LPHM needs to show its window. Put MicrosoftEdgeWebView2RuntimeInstallerX64.exe beside this installer and run the installer again, or ask your IT staff to install the WebView2 Runtime."
LangString WEBVIEW2_MISSING ${LANG_FRENCH} "LPHM est installé, mais il manque à cet ordinateur Microsoft Edge WebView2, dont LPHM a besoin pour afficher sa fenêtre. Placez MicrosoftEdgeWebView2RuntimeInstallerX64.exe à côté de ce programme d'installation et relancez-le, ou demandez à votre service informatique d'installer WebView2 Runtime."
LangString WEBVIEW2_MISSING ${LANG_POLISH} "LPHM został zainstalowany, ale na tym komputerze brakuje składnika Microsoft Edge WebView2, którego LPHM potrzebuje do wyświetlenia okna. Należy umieścić plik MicrosoftEdgeWebView2RuntimeInstallerX64.exe obok tego instalatora i uruchomić go ponownie albo poprosić dział informatyczny o zainstalowanie WebView2 Runtime."
LangString WEBVIEW2_MISSING ${LANG_Zulu} "I-LPHM ifakiwe, kodwa le khompyutha ayinayo i-Microsoft Edge WebView2, edingwa i-LPHM ukuze ibonise iwindi layo. Beka i-MicrosoftEdgeWebView2RuntimeInstallerX64.exe eduze kwalesi sifaki bese usiqalisa futhi, noma ucele abasebenzi be-IT ukuthi bafake i-WebView2 Runtime."

LangString NEEDS_64BIT ${LANG_ENGLISH} "LPHM needs a 64-bit version of Windows."
LangString NEEDS_64BIT ${LANG_FRENCH} "LPHM nécessite une version 64 bits de Windows."
LangString NEEDS_64BIT ${LANG_POLISH} "LPHM wymaga 64-bitowej wersji systemu Windows."
LangString NEEDS_64BIT ${LANG_Zulu} "I-LPHM idinga uhlobo lwe-Windows olungu-64-bit."

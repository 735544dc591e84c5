# Certificats de réussite (lphm-certificate) : les mots de la page PDF, dans la langue de
# l'interface. Noms, titres, émetteur et adresse de vérification sont des données.

## Le certificat, délivré et signé par le programme

certificate-heading = Certificat de réussite
certificate-preamble = Le présent certificat atteste que
certificate-completed = a suivi avec succès le cours
certificate-number = Numéro du certificat
certificate-issued-by = Délivré par
certificate-verify = Pour vérifier ce certificat, scannez le code ou ouvrez cette adresse :
# Le titre du PDF, affiché dans la barre de titre du lecteur PDF.
certificate-document-title = Certificat de réussite : { $name }

## Le relevé d'achèvement, établi sur l'ordinateur de la personne en formation avant que
## le programme n'ait délivré de certificat

certificate-statement-heading = Relevé d'achèvement
certificate-statement-unverified = Non vérifié par le programme
certificate-statement-preamble = D'après les données enregistrées sur cet ordinateur,
certificate-statement-completed = a achevé le cours
certificate-statement-number = Référence
certificate-programme = Programme
certificate-statement-notice = Ce relevé a été établi sur l'ordinateur de la personne en formation. Le programme ne l'a pas vérifié et ce n'est pas un certificat : le programme délivre les certificats une fois la progression synchronisée avec son serveur.
certificate-statement-document-title = Relevé d'achèvement : { $name }

## Sur les deux

certificate-modules = Modules achevés
certificate-criteria = Toutes les leçons étudiées et tous les quiz réussis.
certificate-study-time = Temps d'étude
certificate-duration-hours-minutes = { $hours ->
    [one] { $hours } heure
   *[other] { $hours } heures
  } et { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
  }
certificate-duration-hours = { $hours ->
    [one] { $hours } heure
   *[other] { $hours } heures
  }
certificate-duration-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
  }
certificate-completed-on = Date d'achèvement
# Une date : $day et $month sont des nombres (mois de 1 à 12), $year est du texte.
# Le premier du mois s'écrit « 1er ».
certificate-date = { $day ->
    [1] 1er
   *[other] { $day }
  } { $month ->
    [1] janvier
    [2] février
    [3] mars
    [4] avril
    [5] mai
    [6] juin
    [7] juillet
    [8] août
    [9] septembre
    [10] octobre
    [11] novembre
   *[12] décembre
  } { $year }

## Mes notes, imprimées (le reste de la page vient de main.ftl ou de l'apprenant)

# Le pied de chaque page du PDF des notes.
notes-page = Page { $page } sur { $pages }

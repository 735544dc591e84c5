# La fenêtre : messages ajoutés avec la séparation des écrans en composants (ticket 13).

## Clavier et lecteurs d'écran

skip-to-content = Aller au contenu

## Catalogue et cours

catalogue-greeting-first = Bienvenue, { $name }. Choisissez un cours pour commencer : votre progression est enregistrée sur cet ordinateur au fur et à mesure.
course-text-languages = Texte du cours disponible en : { $languages }

## Quiz

quiz-go-to-question = Aller à la question { $n }
quiz-correct-answer = (bonne réponse)
quiz-reveal-on-pass = Les bonnes réponses sont affichées une fois le quiz réussi.
quiz-reveal-after = { $count ->
    [one] Les bonnes réponses sont affichées une fois le quiz réussi, ou après encore une tentative.
   *[other] Les bonnes réponses sont affichées une fois le quiz réussi, ou après encore { $count } tentatives.
  }

## Glossaire (issue 14)

glossary-open = Glossaire
glossary-title = Glossaire
glossary-intro = Les mots qui portent une politique, en quatre langues : ce que chacun veut dire, quel mot employer et pourquoi.
glossary-filter = Chercher un terme
glossary-language = Langue des explications
glossary-count = { $count ->
    [one] { $count } terme affiché
   *[other] { $count } termes affichés
  }
glossary-general = Termes généraux
glossary-usage = Usage :
glossary-avoid = À éviter :
glossary-see-also = Voir aussi :
glossary-none = Aucun cours installé sur cet ordinateur n'a encore de glossaire.
glossary-no-match = Aucun terme ne correspond à « { $query } ».
glossary-open-entry = Ouvrir dans le glossaire
glossary-close = Fermer
glossary-term-hint = Terme du glossaire : ouvrir sa fiche
glossary-fallback = Cette fiche n'est pas encore rédigée dans cette langue. Elle est affichée dans la langue suivante : { $lang }.

## Taille du texte (issue 15)

text-size-title = Taille du texte
text-size-hint = Sur chaque écran, Ctrl avec + ou − agrandit ou réduit le texte ; Ctrl avec 0 le ramène à la taille normale.

## Favoris et Mes notes (issue 15)

bookmark-add = Ajouter cette leçon aux favoris
bookmark-on = Dans les favoris
notes-open = Mes notes
notes-title = Mes notes et mes favoris
notes-intro = Toutes les leçons que vous avez mises en favori ou annotées, dans tous vos cours. Exportez-les dans un fichier pour les emporter en réunion.
notes-filter = Chercher dans mes notes
notes-count = { $count ->
    [one] { $count } leçon affichée
   *[other] { $count } leçons affichées
  }
notes-no-match = Rien dans vos notes ne correspond à « { $query } ».
notes-empty = Rien pour l'instant : ajoutez une leçon aux favoris (le bouton ☆ en haut de chaque leçon) ou écrivez une note en dessous.
notes-export = Exporter en Markdown…
notes-export-pdf = Exporter en PDF…
notes-exported = Enregistré : { $path }
notes-saved-at = Enregistrée le { $when }
notes-conflicts = { $count ->
    [one] Une autre version de cette note a été écrite sur un autre ordinateur : ouvrez la leçon pour les réunir.
   *[other] { $count } autres versions de cette note ont été écrites sur d'autres ordinateurs : ouvrez la leçon pour les réunir.
  }

## Recherche (issue 15)

search-label = Chercher dans les cours et mes notes
search-placeholder = Chercher…
search-go = Chercher
search-title = Recherche
search-in = En { $lang }
search-none = Aucun résultat pour « { $query } ». Essayez un autre mot, ou moins de mots.
search-count = { $count ->
    [one] { $count } résultat pour « { $query } »
   *[other] { $count } résultats pour « { $query } »
  }
search-kind-lesson = Leçon
search-kind-question = Question de quiz
search-kind-term = Glossaire
search-kind-course = Cours
search-kind-note = Ma note

# Certificates (course page)
certificate-issued-title = Votre certificat
certificate-issued-text = Le programme vous a délivré un certificat pour ce cours. Enregistrez-le en PDF pour l'imprimer ou l'envoyer à votre employeur ; chacun peut le vérifier à l'adresse imprimée dessus.
certificate-revoked-title = Certificat révoqué
certificate-revoked-text = Le programme a révoqué le certificat de ce cours, qui ne compte donc plus. Contactez votre coordinateur si vous pensez qu'il s'agit d'une erreur. Vous pouvez toujours imprimer une attestation de fin de cours.
certificate-complete-title = Cours terminé
certificate-complete-connected = Bravo : toutes les leçons sont faites et tous les quiz réussis. Le certificat du programme arrivera avec votre prochaine synchronisation. D'ici là, vous pouvez imprimer une attestation de fin de cours, que le programme n'a pas vérifiée.
certificate-complete-offline = Bravo : toutes les leçons sont faites et tous les quiz réussis. Le programme délivre un certificat dès que votre progression lui parvient (par synchronisation ou par un fichier de progression). D'ici là, vous pouvez imprimer une attestation de fin de cours, que le programme n'a pas vérifiée.
certificate-verify-at = À vérifier sur :
certificate-save = Enregistrer le certificat (PDF)…
certificate-save-statement = Enregistrer une attestation de fin de cours (PDF)…
certificate-saved = Enregistré : { $path }

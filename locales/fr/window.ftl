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

## Évaluation du cours : test initial, test final et questionnaires (issue 17)

eval-pre-title = Test initial
eval-post-title = Test final
eval-pre-why = Avant le premier module, un court test initial mesure ce que ce cours enseigne, pour que vous et le programme puissiez voir ce que vous apprenez. Il prend environ 15 minutes et il n'y a pas de note minimale : répondez de votre mieux, sans rien chercher.
eval-post-why = Vous avez terminé le cours. Le test final porte sur les mêmes sujets avec d'autres questions, pour montrer ce que vous avez appris. Il prend environ 15 minutes et il n'y a pas de note minimale.
eval-pre-closes = Le test initial reste proposé jusqu'à ce que vous terminiez votre première leçon.
eval-pre-start = Passer le test initial
eval-post-start = Passer le test final
eval-form = Forme { $form } · { $count ->
    [one] une question
   *[other] { $count } questions
  }
eval-pre-result = Test initial (forme { $form }) : { $correct } sur { $total } réponses justes ({ $score })
eval-post-result = Test final (forme { $form }) : { $correct } sur { $total } réponses justes ({ $score })
eval-gain = Évolution depuis le test initial : { $points } { $count ->
    [one] point
   *[other] points
  }
eval-done = Fait
eval-thanks = Merci.
eval-pre-done = Vous avez répondu juste à { $correct } questions sur { $total } ({ $score }). Commencez maintenant le cours : le test final, à la fin, montrera ce que vous avez appris.
eval-post-answers-below = Chaque question ci-dessous indique si votre réponse était juste, et la bonne réponse.
eval-start-course = Commencer le cours
eval-to-course = Retour au cours
eval-test-submit = Envoyer mes réponses
eval-reaction-why = Le cours est terminé. Dites-nous ce que vous en avez pensé : quelques notes et, si vous le souhaitez, un commentaire. Cela prend environ 5 minutes.
eval-follow-up-why = Vous avez terminé le cours il y a quelque temps. Dites-nous si vous vous en êtes servi dans votre travail.
eval-survey-start = Répondre au questionnaire
eval-answered = Répondu le { $date }.
eval-follow-up-waiting = Un court questionnaire de suivi vous sera proposé à partir du { $date }, pour savoir si le cours vous a servi dans votre travail.
survey-optional = (facultatif)
survey-optional-note = Les questions marquées « (facultatif) » peuvent rester sans réponse.
survey-chars-left = { $count ->
    [one] { $count } caractère restant
   *[other] { $count } caractères restants
  }
survey-chars-over = { $count ->
    [one] { $count } caractère de trop
   *[other] { $count } caractères de trop
  }
survey-hint-choices = Choisissez toutes les réponses qui conviennent.
survey-send = Envoyer mes réponses
survey-later = Plus tard
survey-sent = Vos réponses sont enregistrées sur cet ordinateur et seront envoyées à la prochaine synchronisation.
survey-saved = Vos réponses sont enregistrées sur cet ordinateur.
survey-continue = Continuer
survey-follow-up-startup = Vous avez terminé « { $course } » il y a quelque temps. Ce questionnaire de suivi demande en quoi il vous a servi depuis. « Plus tard » vous le proposera de nouveau au prochain démarrage de LPHM.

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

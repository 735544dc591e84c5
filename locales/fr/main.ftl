# Interface de LPHM, en français (traduite de l'anglais, langue de référence : chaque langue reprend tous ses identifiants).

## Cadre de l'application

app-title = LPHM : Plateforme d'apprentissage sur la mobilité humaine
app-name = LPHM
offline-ready = Fonctionne hors ligne
offline-hint = Tout ce qui figure sur cet écran est enregistré sur cet ordinateur et fonctionne sans connexion.
language-label = Langue de l'interface
language-endonym-en = English
language-endonym-fr = Français
language-endonym-pl = Polski
language-endonym-zu = isiZulu
breadcrumb-label = Vous êtes ici
nav-label = Navigation dans le cours
nav-previous = Précédent
nav-next = Suivant
duration-minutes = { $minutes } min

## Premier démarrage et profils

welcome-title = Bienvenue dans LPHM
welcome-lead = Des formations sur la migration et la mobilité humaine destinées aux responsables des collectivités locales et régionales. Tout fonctionne sur cet ordinateur, avec ou sans connexion.
welcome-language = Choisissez votre langue
welcome-profile = Créez votre profil d'apprenant
profile-name = Votre nom
    .placeholder = p. ex. Awa Ndiaye
profile-authority = Collectivité ou ville
    .placeholder = p. ex. Commune de Diourbel
profile-role = Fonction
    .placeholder = p. ex. Chargée de la cohésion sociale
profile-create = Créer le profil et commencer
profiles-title = Profils d'apprenant sur cet ordinateur
profiles-switch = Changer de profil
profiles-current = Profil actif
profiles-use = Utiliser ce profil
profiles-add = Ajouter un profil

## Catalogue et cours

catalogue-title = Mes cours
catalogue-greeting = Bon retour parmi nous, { $name }.
catalogue-empty = Aucun cours n'est encore installé sur cet ordinateur.
course-facts = { $modules ->
    [one] { $modules } module
   *[other] { $modules } modules
  } · environ { $minutes } min de lecture
progress-label = { $done ->
    [one] { $done } étape terminée
   *[other] { $done } étapes terminées
  } sur { $total }
progress-items = { $total ->
    [one] { $done } étape terminée sur { $total }
   *[other] { $done ->
        [one] { $done } étape terminée sur { $total }
       *[other] { $done } étapes terminées sur { $total }
    }
  }
course-start = Commencer le cours
course-continue = Continuer
module-number = Module { $n }
lesson-done = Terminée
lesson-not-done = Pas encore terminée
quiz-badge = Quiz
quiz-questions = { $count ->
    [one] { $count } question
   *[other] { $count } questions
  }
quiz-best = Meilleur score : { $best } · { $attempts ->
    [one] { $attempts } tentative
   *[other] { $attempts } tentatives
  }
step-quiz = Quiz : { $title }

## Leçons

lesson-complete = Marquer comme terminée
lesson-completed = Terminée ✓
lesson-saved = Enregistré sur cet ordinateur
lesson-fallback = Cette leçon n'est pas encore disponible dans votre langue. Elle est affichée dans la langue suivante : { $lang }.
content-language-label = Langue des cours
content-language-same = Comme l'interface
lesson-image-missing = Image non disponible
lesson-link-outside = Ce lien mène vers Internet et ne peut pas être ouvert depuis LPHM : { $url }

## Quiz

quiz-intro = { $count ->
    [one] { $count } question.
   *[other] { $count } questions.
  } Pour réussir, il faut au moins { $mark } de bonnes réponses. Chaque tentative est conservée.
quiz-already-passed = Vous avez déjà réussi ce quiz (meilleur score : { $best }). Vous pouvez vous entraîner à nouveau.
quiz-question-number = Question { $n } sur { $total }
quiz-hint-single = Choisissez une réponse.
quiz-hint-multiple = Choisissez toutes les réponses qui conviennent.
quiz-true = Vrai
quiz-false = Faux
quiz-submit = Valider les réponses
quiz-retry = Réessayer
quiz-feedback-right = Bonne réponse.
quiz-feedback-wrong = Pas tout à fait.
quiz-passed = Réussi !
quiz-failed = Pas encore réussi.
quiz-outcome = Bonnes réponses : { $correct } sur { $total } ({ $score }) ; seuil de réussite : { $mark }.
quiz-history = { $count ->
    [one] Votre tentative
   *[other] Vos { $count } tentatives
  }
quiz-score = Bonnes réponses : { $correct } sur { $total }
quiz-passed-short = réussi
quiz-failed-short = non réussi

## Écrans qui n'ont pas pu s'afficher

screen-error-title = Impossible d'afficher cette page
screen-error-back = Retour à mes cours
fatal-title = LPHM ne parvient pas à ouvrir vos données
fatal-folder = Dossier des données :
fatal-next-store-locked = Fermez l'autre fenêtre de LPHM (vérifiez la barre des tâches), puis relancez LPHM.
fatal-next-store-corrupt = Laissez ce dossier tel quel et contactez votre service informatique ou la coordination de votre formation : ils pourront le restaurer à partir d'une copie de sauvegarde. Ne le supprimez pas.
fatal-next-store-unreadable = Vérifiez que le disque est bien connecté et que votre compte dispose des droits de lecture et d'écriture sur ce dossier, puis relancez LPHM.
fatal-next-store-newer-schema = Installez la dernière version de LPHM, puis lancez-la.
fatal-next-other = Relancez LPHM. Si le problème persiste, contactez la coordination de votre formation.
fatal-nothing-deleted = Rien n'a été supprimé ni modifié.

## Erreurs (error-<code>, les codes proviennent du côté Rust)

error-unexpected = Une erreur inattendue s'est produite ({ $code }). Votre progression déjà enregistrée n'est pas perdue.
error-store-unreadable = Impossible de lire le dossier des données ou d'y écrire.
error-store-locked = LPHM est déjà ouvert dans une autre fenêtre, qui utilise ces données.
error-store-corrupt = Les données de ce dossier sont endommagées et n'ont pas pu être ouvertes.
error-store-newer-schema = Ces données ont été enregistrées par une version plus récente de LPHM.
error-store-disk-full = Le disque est plein : l'enregistrement n'a donc pas pu se faire. Libérez de l'espace, puis réessayez.
error-store-io = Impossible d'écrire sur le disque : l'enregistrement n'a donc pas pu se faire. Réessayez.
error-store-corrupt-record = Une donnée enregistrée est endommagée et n'a pas pu être lue.
error-content-io = Impossible de lire un fichier du cours.
error-content-missing-file = Il manque un fichier du cours : { $detail }
error-content-malformed = Un fichier du cours n'est pas valide : { $detail }
error-content-unsupported-format = Ce cours a été conçu pour une version plus récente de LPHM.
error-content-bad-id = Un cours contient un identifiant non valide : { $detail }
error-content-duplicate-id = Un cours utilise deux fois le même identifiant : { $detail }
error-content-missing-fallback = Il manque du texte dans la langue principale d'un cours : { $detail }
error-content-bad-question = Une question de quiz n'est pas valide : { $detail }
error-profile-name-required = Veuillez saisir votre nom.
error-profile-not-found = Ce profil n'existe plus sur cet ordinateur.
error-profile-none = Créez ou choisissez d'abord un profil d'apprenant.
error-language-unknown = Cette langue n'est pas disponible.
error-course-not-found = Ce cours n'est pas installé sur cet ordinateur.
error-lesson-not-found = Cette leçon ne figure pas dans la version installée du cours.
error-quiz-not-found = Ce quiz ne figure pas dans la version installée du cours.
error-quiz-unanswered = { $count ->
    [one] Une question est encore sans réponse. Répondez-y, puis validez à nouveau ; aucune réponse n'a été enregistrée.
   *[other] { $count } questions sont encore sans réponse. Répondez-y, puis validez à nouveau ; aucune réponse n'a été enregistrée.
  }
error-quiz-invalid-answer = Ces réponses ne correspondent pas au quiz. Rechargez le quiz, puis réessayez.

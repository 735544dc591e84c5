# Le tableau de bord des coordinateurs (servi par lphm-server sur /login et /dashboard).
dashboard-name = Coordination
dashboard-title = Tableau de bord
dashboard-welcome = Vos cohortes, leur progression et leurs certificats s'afficheront ici.
dashboard-back = Retour au tableau de bord
dashboard-logout = Se déconnecter
dashboard-role-administrator = administrateur
dashboard-role-coordinator = coordinateur
dashboard-failed = Le serveur ne peut pas répondre pour le moment. Veuillez réessayer dans un instant.
dashboard-csrf = Ce formulaire était périmé ou ne venait pas de ce tableau de bord : rien n'a été fait. Revenez en arrière, rechargez la page et réessayez.
login-title = Connexion
login-intro = Pour l'équipe du programme et les coordinateurs des villes. Les apprenants n'ont pas besoin de compte : ils étudient dans l'application LPHM.
login-login = Identifiant
login-password = Mot de passe
login-submit = Se connecter
login-refused = L'identifiant ou le mot de passe est incorrect.
login-too-many = Trop de tentatives échouées. Veuillez patienter { $minutes ->
    [one] une minute
   *[other] { $minutes } minutes
  } avant de réessayer, ou adressez-vous à un administrateur.
login-other-site = Ce formulaire de connexion ne venait pas de ce serveur : il a été refusé.

## Cohorts
cohorts-title = Cohortes
cohorts-none = Aucune cohorte pour l'instant. Créez-en une ci-dessous.
cohort-name = Nom
cohort-dates = Dates
cohort-place = Lieu
cohort-new = Nouvelle cohorte
cohort-courses = Cours
cohort-starts = Premier jour
cohort-ends = Dernier jour
cohort-facilitator = Animateur
cohort-create = Créer la cohorte
cohort-not-found = Cette cohorte n'existe pas, ou elle ne vous a pas été confiée.
cohort-coordinators = Coordinateurs de cette cohorte
cohort-coordinators-none = Aucun coordinateur n’a encore cette cohorte : seuls les administrateurs la voient.
cohort-give-to = Coordinateur ou coordinatrice
cohort-give = Confier cette cohorte
participants-title = Participants
participants-none = Aucun participant pour l'instant. Ajoutez-les ci-dessous, puis imprimez leurs codes.
participant-name = Nom
participant-authority = Collectivité locale
participant-city = Ville
participant-country = Pays
participant-add = Ajouter un participant
codes-print = Imprimer les codes à usage unique
codes-title = Codes à usage unique
codes-intro = Remettez à chaque participant son propre code. Dans l'application LPHM, sous « Synchronisation », il saisit l'adresse du serveur et le code : son ordinateur se synchronise alors en son nom.
codes-server = Serveur :
codes-code = Code
codes-valid = Chaque code ne sert qu'une fois et expire au bout de 14 jours. Une nouvelle impression crée de nouveaux codes ; les précédents restent valables jusqu'à leur utilisation ou leur expiration.
cohort-summary = { $people ->
    [one] Un participant
   *[other] { $people } participants
  } : { $completion } % ont terminé tous les cours ; { $certificates ->
    [0] aucun certificat délivré
    [one] un certificat délivré
   *[other] { $certificates } certificats délivrés
  }.
participant-last-sync = Dernière synchronisation
participant-devices = Ordinateurs (actifs/tous)
participant-status = État
participant-never = jamais
participant-certified = certifié
participant-complete = terminé
participant-stuck = bloqué (aucun progrès depuis 14 jours)
participant-studying = en cours
csv-download = Télécharger ce tableau (CSV)

## A course across cohorts and cities
course-not-found = Ce cours n’existe pas sur ce serveur.
course-summary = { $learners ->
    [one] Une personne inscrite
   *[other] { $learners } personnes inscrites
  } : { $started } ont commencé, { $complete } ont terminé, { $certificates ->
    [one] un certificat
   *[other] { $certificates } certificats
  }.
course-by-cohort = Par cohorte
course-by-city = Par ville
course-cohort = Cohorte
course-no-cohort = Dans aucune cohorte
course-no-city = Ville non indiquée
course-learners = Personnes
course-started = Ont commencé
course-complete = Ont terminé
course-complete-percent = Ont terminé (%)
course-certified = Certificats
course-median-hours = Temps d’étude médian (heures)
course-modules = Modules
course-module = Module
course-module-lessons = Toutes les leçons faites
course-module-quiz = Quiz réussi
course-open = Voir le cours dans toutes les cohortes
item-title = Questions des quiz
item-intro = Comptées sur la première tentative de chaque personne, avant toute correction. La discrimination compare les 27 % les plus forts et les 27 % les plus faibles : proche de +1, la question les distingue bien ; proche de 0, non ; sous 0, les plus forts se trompent plus souvent. Il faut au moins 10 réponses.
item-none = Aucune réponse à un quiz pour l’instant.
item-quiz = Quiz
item-question = Question
item-answered = Réponses
item-correct = Justes (%)
item-discrimination = Discrimination
item-options = Choix retenus
item-advice = Conseil
item-choice-true = Vrai
item-choice-false = Faux
item-flag-reversed = Les plus forts se trompent plus souvent que les plus faibles : vérifiez la bonne réponse et la formulation.
item-flag-flat = Cette question distingue à peine les plus forts des plus faibles : vérifiez qu’une seule réponse est clairement juste.
item-flag-hard = Moins d’un tiers répond juste : vérifiez la bonne réponse, la formulation et si les leçons l’enseignent.
item-flag-easy = Presque tout le monde répond juste : elle vérifie peu de chose.

## One learner
learner-not-found = Cette personne n’existe pas, ou elle n’est dans aucune des cohortes qui vous sont confiées.
learner-progress = Progression
learner-no-progress = Aucune progression synchronisée pour l’instant.
learner-quiz-none = pas encore tenté
learner-devices = Ordinateurs
learner-no-devices = Aucun ordinateur inscrit pour l’instant.
learner-device = Ordinateur
learner-device-since = Inscrit le
learner-device-revoked = révoqué
learner-device-revoke = Révoquer cet ordinateur
learner-device-revoke-help = Révoquez un ordinateur perdu ou volé : il ne peut plus se synchroniser au nom de cette personne et ses fichiers de progression sont refusés. La progression déjà synchronisée reste. La personne peut inscrire un autre ordinateur avec un nouveau code.
learner-certificates = Certificats
learner-no-certificates = Aucun certificat pour l’instant.
learner-certificate-check = page de vérification
learner-certificate-revoked = Révoqué le
learner-certificate-reason = Motif (affiché sur la page de vérification)
learner-certificate-revoke = Révoquer ce certificat
learner-upload = Téléverser un fichier de progression
learner-upload-help = Sans connexion, une personne peut enregistrer sa progression dans un fichier depuis l’application (Synchronisation, puis « Exporter la progression dans un fichier… ») et l’apporter sur une clé USB. Téléverser deux fois le même fichier ne change rien.
learner-upload-file = Fichier de progression (.lphm-progress)
learner-upload-submit = Téléverser
learner-privacy = Données personnelles
learner-export = Télécharger tout ce qui est conservé sur cette personne (JSON)
learner-history = Ce qu’elle a fait
learner-no-history = Rien pour l’instant.
learner-history-when = Quand (UTC)
learner-history-course = Cours
learner-history-csv = Télécharger tout ce qu’elle a fait (CSV)
learner-history-what = Quoi
learner-history-shown = { $shown ->
    [one] Le dernier événement
   *[other] Les { $shown } derniers événements
  } sur { $total }.
notice-device-revoked = Cet ordinateur est révoqué.
notice-certificate-revoked = Le certificat est révoqué. Sa page de vérification l’indique désormais.
notice-uploaded = Fichier de progression importé : { $new ->
    [one] un nouvel événement
   *[other] { $new } nouveaux événements
  }, { $held ->
    [one] un déjà présent
   *[other] { $held } déjà présents
  }.
notice-upload-empty = Choisissez d’abord un fichier de progression.
notice-upload-not-bundle = Ce fichier n’est pas un fichier de progression LPHM lisible, ou il est endommagé. Rien n’a été importé.
notice-upload-other-learner = Ce fichier de progression vient d’un ordinateur d’une autre personne. Rien n’a été importé : vérifiez que vous êtes sur la page de la bonne personne.
notice-upload-revoked = Ce fichier de progression vient d’un ordinateur révoqué. Rien n’a été importé.
notice-reason-needed = Indiquez le motif de la révocation du certificat : il est affiché sur la page de vérification.
history-opened = A ouvert « { $lesson } »
history-completed = A terminé « { $lesson } »
history-time = A lu « { $lesson } » pendant { $minutes ->
    [one] une minute
   *[other] { $minutes } minutes
  }
history-quiz-passed = A réussi « { $quiz } » ({ $correct }/{ $total })
history-quiz-failed = A tenté « { $quiz } » ({ $correct }/{ $total })
history-note = A enregistré une note sur « { $lesson } » (son texte reste privé)
history-bookmark = A mis « { $lesson } » en favori
history-bookmark-off = A retiré le favori de « { $lesson } »
history-cleared = A effacé sa progression dans « { $course } »
history-pre-test = A passé le test initial « { $form } » ({ $correct }/{ $total })
history-post-test = A passé le test final « { $form } » ({ $correct }/{ $total })
history-survey = A répondu au questionnaire « { $survey } »

## The audit log
audit-title = Journal d’audit
audit-intro = Qui a consulté, exporté ou modifié quoi, du plus récent au plus ancien (les 500 derniers).
audit-csv = Télécharger tout le journal (CSV)
audit-who = Compte
audit-action = Action
audit-subject = Objet
## Les données personnelles d'un apprenant (administrateurs seulement)
erase-title = Effacer les données d'un apprenant
erase-intro = Vous allez effacer les données personnelles que ce serveur détient sur { $name }. C'est irréversible.
erase-export = Télécharger d'abord tout ce qui est détenu sur cet apprenant (JSON)
erase-removed = Ce qui est effacé
erase-removed-list = Sa progression (chaque événement envoyé par ses ordinateurs), ses ordinateurs et leurs accès, ses codes à usage unique non utilisés, ses places dans les cohortes, ainsi que le nom et la collectivité locale de sa fiche et de ses certificats.
erase-kept = Ce qui est conservé
erase-kept-list = Une trace de l'existence et de l'effacement de cet apprenant (son numéro, la date et le motif), les numéros, cours et dates de ses certificats, pour que leur vérification réponde encore, et le journal d'audit. La progression enregistrée sur les ordinateurs de l'apprenant n'est pas touchée.
erase-reason = Motif, par exemple « l'apprenant l'a demandé le 3 mai » (n'écrivez pas son nom)
erase-reason-required = Indiquez le motif de l'effacement.
erase-submit = Effacer les données de cet apprenant
erase-already = Les données de cet apprenant ont été effacées le { $date }.
learner-erased-notice = Les données de l'apprenant ont été effacées. Ses ordinateurs en seront informés à leur prochaine synchronisation.

## A cohort's evaluation of a course: tests and surveys
evaluation-title = Évaluation : { $course }
evaluation-link = Évaluation : tests et questionnaires
evaluation-not-found = Ce groupe n’a pas d’évaluation de ce cours : le cours n’est pas l’un de ceux du groupe, ou il n’a ni test initial, ni test final, ni questionnaire.
evaluation-learning = Apprentissage : test initial et test final
evaluation-learning-intro = Chaque participant passe une forme avant le cours et l’autre forme après. Le gain est le score du test final moins celui du test initial, en points de pourcentage ; les moyennes ci-dessous portent sur les participants qui ont passé les deux tests. Seul le premier passage de chaque test compte.
evaluation-pre-taken = Ont passé le test initial
evaluation-post-taken = Ont passé le test final
evaluation-paired = Ont passé les deux tests
evaluation-mean-pre = Score moyen au test initial
evaluation-mean-post = Score moyen au test final
evaluation-mean-gain = Gain moyen (points)
evaluation-pre = Test initial
evaluation-post = Test final
evaluation-gain = Gain (points)
evaluation-forms = Les deux formes
evaluation-forms-intro = Score moyen de chaque forme, comme test initial et comme test final. Deux formes de même difficulté ont des moyennes proches.
evaluation-form = Forme
evaluation-as-pre = Comme test initial
evaluation-as-post = Comme test final
evaluation-form-name = Forme { $form }
evaluation-assigned = Forme du test initial attribuée à l’inscription : forme A à { $a }, forme B à { $b }.
evaluation-completed = Ont terminé le cours
evaluation-due = Ont terminé il y a au moins { $days } jours (suivi attendu)
evaluation-answered = Ont répondu
evaluation-applied = Ont appliqué ce qu’ils ont appris
evaluation-no-answers = Pas encore de réponse.
evaluation-csv = Télécharger l’évaluation (CSV)
evaluation-csv-pre-form = Forme du test initial
evaluation-csv-pre-correct = Test initial : bonnes réponses
evaluation-csv-pre-total = Test initial : questions
evaluation-csv-pre-percent = Test initial (%)
evaluation-csv-post-form = Forme du test final
evaluation-csv-post-correct = Test final : bonnes réponses
evaluation-csv-post-total = Test final : questions
evaluation-csv-post-percent = Test final (%)
evaluation-csv-gain = Gain (points)
evaluation-by-cohort = Évaluation par groupe
evaluation-reaction-mean = Avis (note moyenne)
learner-first-form = Forme du test initial

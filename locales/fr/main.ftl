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
welcome-lead = Des formations sur la migration et la mobilité humaine destinées aux agents des collectivités locales et régionales. Tout fonctionne sur cet ordinateur, avec ou sans connexion.
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
quiz-passed-short = réussie
quiz-failed-short = non réussie

## Importation et retrait de cours

import-button = Importer un cours…
import-dialog-title = Choisissez un paquet de cours LPHM
import-dialog-filter = Paquets de cours LPHM
import-title = Importation d'un cours
import-reading = Vérification et installation du fichier { $file }…
import-progress = Avancement : { $percent }
import-cancel = Annuler
import-cancelling = Annulation en cours…
import-installed = Le cours « { $title } » (version { $version }) est installé. Vous pouvez le suivre dès maintenant, avec ou sans connexion.
import-updated = Le cours « { $title } » a été mis à jour de la version { $previous } à la version { $version }. Votre progression est conservée.
import-removed-lessons = { $count ->
    [one] Une leçon de l'ancienne version ne figure plus dans celle-ci. Votre historique pour cette leçon est conservé.
   *[other] { $count } leçons de l'ancienne version ne figurent plus dans celle-ci. Votre historique pour ces leçons est conservé.
  }
import-already = La version { $version } du cours « { $title } » est déjà installée. Rien n'a été modifié.
import-failed = Le cours n'a pas pu être importé.
import-nothing-changed = Rien n'a été modifié sur cet ordinateur.
import-close = Fermer
course-remove = Retirer ce cours…
course-remove-confirm = Retirer le cours « { $title } » de cet ordinateur ?
course-remove-keep-note = Votre progression est conservée : vous la retrouverez si vous importez de nouveau ce cours.
course-remove-forget = Supprimer aussi ma progression dans ce cours
course-remove-yes = Retirer le cours
course-remove-no = Conserver le cours
course-removed = Le cours « { $title } » a été retiré de cet ordinateur.

## Notes sur les leçons

note-title = Mes notes
note-hint = Notez ce que vous voulez retenir ou essayer dans votre travail. Vos notes sont enregistrées sur cet ordinateur et accompagnent votre progression lors de la synchronisation.
note-placeholder = Vos notes sur cette leçon…
note-save = Enregistrer la note
note-saved = Enregistrée ✓
note-unsaved = Pas encore enregistrée
note-last-saved = Dernier enregistrement : { $date }
note-conflict-explained = Cette note a aussi été modifiée sur un autre ordinateur. Les deux versions sont conservées ; modifiez votre note et enregistrez-la pour les réunir.
note-conflict-saved = Version d'un autre ordinateur, enregistrée le { $date } :
note-conflict-add = Ajouter ce texte à ma note

## Synchronisation avec un serveur

sync-indicator-checking = Vérification de la synchronisation…
sync-indicator-not-connected = Non connecté à un serveur
sync-indicator-not-connected-hint = Votre progression reste sur cet ordinateur. Connectez-vous au serveur de votre organisation pour y en garder une copie.
sync-indicator-syncing = Synchronisation…
sync-indicator-offline = { $count ->
    [0] Hors connexion
    [one] Hors connexion — { $count } modification en attente
   *[other] Hors connexion — { $count } modifications en attente
  }
sync-indicator-waiting = { $count ->
    [one] { $count } modification en attente
   *[other] { $count } modifications en attente
  }
sync-indicator-never = Pas encore synchronisé
sync-indicator-synced-minutes = { $minutes ->
    [0] Synchronisé à l'instant
    [one] Synchronisé il y a { $minutes } minute
   *[other] Synchronisé il y a { $minutes } minutes
  }
sync-indicator-synced-hours = { $hours ->
    [one] Synchronisé il y a { $hours } heure
   *[other] Synchronisé il y a { $hours } heures
  }
sync-indicator-synced-on = Dernière synchronisation : { $date }
sync-title = Synchronisation avec un serveur
enroll-intro = La coordination de votre formation vous donne l'adresse du serveur et un code à usage unique. Une fois cet ordinateur connecté au serveur, votre progression y est envoyée dès qu'une connexion est disponible, et vous pouvez continuer sur un autre ordinateur.
enroll-server = Adresse du serveur
    .placeholder = p. ex. lphm.example.org
    .hint = Telle que la coordination vous l'a donnée.
enroll-code = Code à usage unique
    .placeholder = p. ex. K7QM-2XPD
    .hint = Chaque code ne sert qu'une fois, pour un seul apprenant.
enroll-submit = Se connecter
enroll-connecting = Connexion en cours…
enroll-done = Connexion établie. Le serveur vous connaît sous le nom { $name } ({ $server }). Votre progression est désormais envoyée automatiquement.
sync-server = Serveur
sync-learner = Apprenant sur le serveur
sync-automatic = Votre progression est envoyée automatiquement dès qu'une connexion est disponible. Vous n'avez rien à faire.
sync-now = Synchroniser maintenant
sync-now-running = Synchronisation…
sync-now-done = Synchronisation terminée. { $pushed ->
    [0] Rien de nouveau à envoyer
    [one] { $pushed } modification envoyée
   *[other] { $pushed } modifications envoyées
  }, { $pulled ->
    [0] rien de nouveau reçu.
    [one] { $pulled } modification reçue de vos autres ordinateurs.
   *[other] { $pulled } modifications reçues de vos autres ordinateurs.
  }
export-title = Aucune connexion ?
export-intro = Si cet ordinateur n'a jamais de connexion, enregistrez votre progression dans un fichier et remettez-le à la coordination (par exemple sur une clé USB), qui l'importera sur le serveur. Votre progression reste aussi sur cet ordinateur et sera envoyée de nouveau si une connexion devient disponible.
export-button = Exporter la progression dans un fichier…
export-dialog-title = Enregistrez votre progression pour la coordination
export-dialog-filter = Fichiers de progression LPHM
export-done = { $events ->
    [one] { $events } modification a été enregistrée dans le fichier :
   *[other] { $events } modifications ont été enregistrées dans le fichier :
  }
export-next = Remettez ce fichier à la coordination, qui l'importera sur le serveur.
download-title = Cours disponibles sur le serveur
download-intro = Installez les nouveaux cours et les mises à jour depuis le serveur de votre organisation. Un téléchargement interrompu reprend là où il s'est arrêté.
download-loading = Recherche des cours sur le serveur…
download-retry = Réessayer
download-none = Le serveur ne propose encore aucun cours.
download-facts = Version { $version } · { $size }
download-state-new = Pas encore sur cet ordinateur.
download-state-installed = Installé (version { $version }).
download-state-update = La version { $installed } est installée ; la version { $version } est disponible.
download-state-partial = Téléchargé en partie ({ $percent }) : le téléchargement reprendra là où il s'est arrêté.
download-install = Installer
download-update = Mettre à jour
download-progress = { $percent } de { $size } téléchargés
download-failed = Le cours « { $title } » n'a pas pu être installé.

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
error-text-size-out-of-range = La taille du texte va de { $min } % à { $max } %.
error-course-not-found = Ce cours n'est pas installé sur cet ordinateur.
error-lesson-not-found = Cette leçon ne figure pas dans la version installée du cours.
error-quiz-not-found = Ce quiz ne figure pas dans la version installée du cours.
error-quiz-unanswered = { $count ->
    [one] Une question est encore sans réponse. Répondez-y, puis validez à nouveau ; aucune réponse n'a été enregistrée.
   *[other] { $count } questions sont encore sans réponse. Répondez-y, puis validez à nouveau ; aucune réponse n'a été enregistrée.
  }
error-quiz-invalid-answer = Ces réponses ne correspondent pas au quiz. Rechargez le quiz, puis réessayez.
error-evaluation-none = Ce cours n'a pas de test initial, de test final ou de questionnaire de ce type. Revenez à la page du cours.
error-test-locked = Le test final s'ouvre quand toutes les leçons et tous les quiz du cours sont terminés. Terminez d'abord le cours.
error-test-closed = Le test initial est fermé : il mesure ce que vous saviez avant le cours, et vous avez commencé les leçons. Poursuivez le cours.
error-test-already-taken = Vous avez déjà passé ce test. Votre score figure sur la page du cours.
error-test-unanswered = { $count ->
    [one] Une question est encore sans réponse. Répondez-y, puis validez à nouveau ; rien n'a été enregistré.
   *[other] { $count } questions sont encore sans réponse. Répondez-y, puis validez à nouveau ; rien n'a été enregistré.
  }
error-test-invalid-answer = Ces réponses ne correspondent pas au test. Revenez à la page du cours et ouvrez de nouveau le test.
error-survey-locked = Ce questionnaire n'est pas encore ouvert. Il s'ouvre quand le cours est terminé (le questionnaire de suivi quelques semaines plus tard).
error-survey-already-answered = Vous avez déjà répondu à ce questionnaire. Merci.
error-survey-unanswered = { $count ->
    [one] Une question obligatoire est encore sans réponse. Répondez-y, puis envoyez à nouveau ; rien n'a été enregistré.
   *[other] { $count } questions obligatoires sont encore sans réponse. Répondez-y, puis envoyez à nouveau ; rien n'a été enregistré.
  }
error-survey-invalid-answer = Une réponse ne correspond pas à sa question (un texte compte au plus 4 000 caractères). Corrigez-la, puis envoyez à nouveau ; rien n'a été enregistré.
error-package-not-a-package = Ce fichier n'est pas un paquet de cours LPHM, ou bien il est endommagé. Demandez-en une nouvelle copie.
error-package-truncated = Ce paquet est incomplet : la copie ou le téléchargement a été interrompu. Copiez-le de nouveau, puis importez-le.
error-package-unsupported-format = Ce paquet a été conçu pour une version plus récente de LPHM. Installez la dernière version de LPHM, puis importez-le de nouveau.
error-package-bad-manifest = La liste du contenu de ce paquet n'est pas valide : { $detail }
error-package-unknown-key = Ce paquet est signé par un éditeur auquel cet ordinateur ne fait pas confiance (clé { $key }). Si vous attendiez ce paquet, demandez à votre service informatique d'ajouter la clé de cet éditeur.
error-package-bad-signature = La signature de ce paquet ne correspond pas à son contenu : il a peut-être été modifié. Ne l'utilisez pas et demandez-en une nouvelle copie à l'éditeur.
error-package-tampered = Le fichier { $path } de ce paquet a été modifié après la signature. N'utilisez pas ce paquet et demandez-en une nouvelle copie à l'éditeur.
error-package-unsafe-entry = Ce paquet contient un élément non autorisé ({ $path }). Il a été refusé afin de protéger cet ordinateur.
error-package-too-large = Ce paquet dépasse la taille autorisée par LPHM ({ $detail }). Il a été refusé.
error-package-missing-file = Ce paquet est incomplet : il manque { $path }. Demandez-en une nouvelle copie.
error-package-cancelled = L'importation a été annulée.
error-package-bad-key = Le fichier de clé n'est pas valide : { $detail }
error-package-io = Impossible de lire le paquet : { $detail }
error-package-file-unreadable = Impossible d'ouvrir le fichier { $path } : { $detail }
error-file-in-use = Le fichier { $path } est ouvert dans un autre programme, qui empêche LPHM de l'utiliser. Fermez ce programme (ou attendez qu'il ait terminé), puis réessayez.
error-package-older-version = Ce paquet contient la version { $found } du cours, mais la version { $installed } est déjà installée. Une version plus ancienne ne peut pas remplacer une version plus récente.
error-package-same-version-differs = Ce paquet porte le même numéro de version ({ $version }) que le cours installé, mais son contenu est différent. Demandez à l'éditeur un paquet portant un nouveau numéro de version.
error-trust-key-not-found = Aucune clé de confiance ne porte l'identifiant { $key }.
error-sync-offline = Impossible de joindre le serveur { $server } : cet ordinateur n'a peut-être pas de connexion en ce moment. Rien n'est perdu : votre progression reste sur cet ordinateur et sera envoyée automatiquement au retour de la connexion.
error-sync-timeout = Le serveur { $server } a mis trop de temps à répondre ; la connexion est peut-être lente. Rien n'est perdu : votre progression reste sur cet ordinateur et sera envoyée à la prochaine tentative.
error-sync-server-error = Le serveur { $server } rencontre un problème (erreur { $status }). Rien n'est perdu : votre progression reste sur cet ordinateur et sera envoyée plus tard. Si le problème persiste, prévenez la coordination.
error-sync-bad-response = La réponse du serveur { $server } est incompréhensible. Rien n'est perdu : votre progression reste sur cet ordinateur et sera envoyée plus tard. Si le problème persiste, prévenez la coordination.
error-sync-token-refused = Le serveur { $server } n'accepte plus cet ordinateur : son accès a été retiré ou n'est pas reconnu. Demandez un nouveau code à la coordination et connectez-vous de nouveau. Rien n'est perdu : votre progression reste sur cet ordinateur.
error-sync-code-invalid = Ce code n'est pas valide. Vérifiez que vous l'avez saisi exactement comme la coordination vous l'a donné, ou demandez-en un nouveau.
error-sync-code-used = Ce code a déjà été utilisé : chaque code ne sert qu'une fois. Demandez-en un nouveau à la coordination.
error-sync-code-expired = Ce code a expiré. Demandez-en un nouveau à la coordination.
error-sync-too-many-attempts = Le serveur { $server } a reçu trop de codes depuis ce réseau en peu de temps. Attendez une minute puis réessayez ; si le code est encore refusé, vérifiez-le avec la coordination.
error-sync-device-forked = La progression de cet ordinateur a été copiée depuis un autre ordinateur ou restaurée depuis une sauvegarde, et elle n'a pas encore pu prendre sa propre place sur le serveur { $server }. Rien n'est perdu : synchronisez à nouveau.
error-learner-erased = Le programme a effacé vos données sur le serveur { $server }, à votre demande ou par sa propre décision : cet ordinateur ne se synchronise donc plus avec lui. Votre progression sur cet ordinateur est conservée. Pour synchroniser de nouveau, demandez un nouveau code à usage unique à la coordination.
error-sync-server-version = Le serveur { $server } utilise une autre version de LPHM. Mettez à jour LPHM sur cet ordinateur ou adressez-vous à la coordination. Rien n'est perdu : votre progression reste sur cet ordinateur.
error-sync-refused = Le serveur { $server } a refusé la demande (erreur { $status }). Prévenez la coordination. Rien n'est perdu : votre progression reste sur cet ordinateur.
error-sync-not-enrolled = Cet apprenant n'est pas encore connecté à un serveur. Connectez-vous d'abord avec un code fourni par la coordination.
error-sync-server-invalid = « { $server } » n'est pas une adresse de serveur. Saisissez-la telle que la coordination vous l'a donnée, par exemple lphm.example.org.
error-sync-server-required = Saisissez l'adresse du serveur telle que la coordination vous l'a donnée, par exemple lphm.example.org.
error-sync-code-required = Saisissez le code à usage unique que la coordination vous a donné.
error-consent-needed = Lisez ce qui sera envoyé au serveur, puis cochez la case pour accepter. Rien n'a été envoyé.
error-enroll-offline = Impossible de joindre le serveur { $server } : cet ordinateur n'a peut-être pas de connexion en ce moment. Vérifiez l'adresse et réessayez une fois la connexion rétablie. En attendant, vous pouvez étudier normalement et exporter votre progression dans un fichier pour la coordination.
error-sync-certificate-invalid = Le certificat de sécurité configuré pour le serveur est inutilisable ({ $detail }). Demandez à votre service informatique de le vérifier. Rien n'est perdu : votre progression reste sur cet ordinateur.
error-sync-certificate-untrusted = Le serveur { $server } a répondu avec un certificat de sécurité auquel cet ordinateur ne fait pas confiance : rien ne lui a été envoyé. Vérifiez l'adresse du serveur, ou interrogez votre coordination ou votre service informatique sur son certificat. Rien n'est perdu : votre progression reste sur cet ordinateur.
error-bundle-nothing-to-export = Il n'y a rien à exporter : le serveur a déjà toute la progression enregistrée sur cet ordinateur.
error-bundle-nothing-recorded = Il n'y a encore rien à exporter : aucune progression n'est enregistrée sur cet ordinateur pour cette personne.
error-bundle-write-failed = Impossible d'écrire le fichier { $path } ({ $detail }). Le disque est peut-être plein ou retiré : libérez de l'espace ou choisissez un autre emplacement, puis réessayez. Rien n'est perdu : votre progression reste sur cet ordinateur.
error-download-not-offered = Le serveur ne propose plus { $file }. Consultez de nouveau la liste des cours et choisissez-en un autre.
error-download-write-failed = Impossible d'enregistrer le téléchargement dans { $path } ({ $detail }). Le disque est peut-être plein : libérez de l'espace, puis réessayez. Ce qui a déjà été téléchargé est conservé.
error-download-damaged = Le fichier { $file } est arrivé endommagé et a été supprimé. Réessayez ; si le problème se reproduit, prévenez la coordination. Rien n'a été modifié sur cet ordinateur.
error-download-cancelled = Le téléchargement a été arrêté. Ce qui a déjà été téléchargé est conservé : la prochaine fois, il reprendra là où il s'est arrêté.
error-note-too-long = Cette note est trop longue pour être enregistrée (limite : environ { $max } caractères). Raccourcissez-la, puis enregistrez-la de nouveau ; votre texte est toujours là.

## Outil en ligne de commande (lphm)

cli-keygen = Nouvelle clé { $id }. Clé secrète : { $secret } (gardez-la confidentielle et conservez-en une sauvegarde). Clé publique : { $public }.
cli-packed = Paquet de { $course } version { $version } créé dans { $file } : { $files ->
    [one] { $files } fichier
   *[other] { $files } fichiers
  }, { $bytes ->
    [one] { $bytes } octet
   *[other] { $bytes } octets
  }, signé avec la clé { $key }.
cli-certificate-valid = Certificat valide, signé par le programme : { $name } ({ $authority }) a terminé « { $course } » le { $date }. Délivré par { $issuer }, numéro { $id }. Une éventuelle révocation ne se voit qu'en ligne : { $url }
cli-verified = Le paquet est valide : { $course } version { $version }, { $files ->
    [one] { $files } fichier
   *[other] { $files } fichiers
  }, signé par { $signer } (clé { $key }).
cli-compare-same = { $file } contient exactement le cours du dossier ({ $files ->
    [one] { $files } fichier
   *[other] { $files } fichiers
  }).
cli-compare-differs = { $file } ne correspond pas au dossier du cours. Fichiers modifiés, ajoutés ou supprimés : { $changed }
cli-imported = Cours { $course } version { $version } installé.
cli-updated = Cours { $course } mis à jour de la version { $previous } à la version { $version } ; la progression est conservée. { $removed ->
    [0] {""}
    [one] Une leçon de l'ancienne version ne figure plus dans celle-ci.
   *[other] { $removed } leçons de l'ancienne version ne figurent plus dans celle-ci.
  }
cli-already-installed = Le cours { $course } version { $version } est déjà installé ; rien n'a été modifié.
cli-list-empty = Aucun cours n'est installé.
cli-removed = Cours { $course } retiré. La progression des apprenants est conservée.
cli-trusted = Cet ordinateur fait désormais confiance à la clé { $key } ({ $name }).
cli-untrusted = Cet ordinateur ne fait plus confiance à la clé { $key }.
cli-sync-not-enrolled = Cet apprenant n'est connecté à aucun serveur. Pour le connecter : lphm sync enroll --server ADRESSE --code CODE
cli-sync-status = Serveur { $server }, apprenant { $name }. { $waiting ->
    [0] Rien n'est en attente.
    [one] Une modification est en attente.
   *[other] { $waiting } modifications sont en attente.
} { $minutes ->
    [-1] Pas encore synchronisé.
    [0] Dernière synchronisation il y a moins d'une minute.
    [one] Dernière synchronisation il y a une minute.
   *[other] Dernière synchronisation il y a { $minutes } minutes.
}
cli-sync-enrolled = Connecté à { $server } en tant que { $name }.
cli-sync-done = Synchronisé : { $sent ->
    [0] rien envoyé
    [one] { $sent } modification envoyée
   *[other] { $sent } modifications envoyées
}, { $received ->
    [0] rien reçu.
    [one] { $received } modification reçue.
   *[other] { $received } modifications reçues.
}
cli-sync-exported = { $count ->
    [one] { $count } modification enregistrée
   *[other] { $count } modifications enregistrées
} dans { $file }. Remettez ce fichier à votre coordination, qui l'importera sur le serveur.

## Windows : le message de l'application quand il manque au système ce dont la fenêtre a besoin

webview2-missing-title = LPHM ne peut pas démarrer
webview2-missing = LPHM a besoin de Microsoft Edge WebView2, un composant de Windows absent de cet ordinateur. Si LPHM vous a été remis sur une clé USB, lancez le programme d'installation de WebView2 qui s'y trouve (MicrosoftEdgeWebView2RuntimeInstallerX64.exe), ou demandez à votre service informatique d'installer WebView2 Runtime. Relancez ensuite LPHM : vos cours et votre progression sont conservés.

## Mes notes et mes favoris (issue 15)

notes-export-dialog-title = Enregistrer mes notes et mes favoris
notes-export-dialog-filter = Texte Markdown
notes-export-dialog-filter-pdf = Document PDF
certificate-dialog-title = Enregistrer le certificat
certificate-dialog-filter = Document PDF
notes-export-title = Notes et favoris de { $name }
notes-bookmarked = favori
error-notes-nothing-to-export = Il n'y a encore rien à exporter : ajoutez d'abord une leçon à vos favoris ou écrivez une note.
error-search-failed = La recherche n'est pas disponible pour le moment. Vos cours et votre progression ne risquent rien ; réessayez dans un instant.
error-notes-export-failed = Impossible d'écrire le fichier { $path } ({ $detail }). Le disque est peut-être plein ou retiré : libérez de l'espace ou choisissez un autre emplacement, puis réessayez. Vos notes restent sur cet ordinateur.
error-notes-format-unknown = Les notes ne peuvent pas être exportées au format « { $format } ». Choisissez Markdown ou PDF.
error-notes-cannot-print = Le PDF ne peut pas afficher le caractère « { $character } » de vos notes. Exportez-les en Markdown, qui conserve tous les caractères, ou modifiez la note, puis réessayez.
error-certificate-not-complete = Un certificat est établi une fois le cours terminé : toutes les leçons faites et tous les quiz réussis.
error-certificate-save-failed = Impossible d'écrire le fichier { $path } ({ $detail }). Le disque est peut-être plein ou retiré : libérez de l'espace ou choisissez un autre emplacement, puis réessayez. Votre certificat reste sur cet ordinateur.
error-certificate-cannot-print = Le certificat ne peut pas imprimer le caractère « { $character } » de votre nom ou de votre collectivité. Écrivez-les en lettres latines dans votre profil, puis réessayez.
error-certificate-not-pdf = { $file } n'est pas un fichier PDF lisible. Utilisez le fichier du certificat tel qu'il a été enregistré.
error-certificate-statement = { $file } est une attestation de fin de cours imprimée sur l'ordinateur de l'apprenant. Le programme ne l'a pas vérifiée, elle ne peut donc pas être contrôlée : demandez à l'apprenant le certificat délivré par le programme.
error-certificate-no-credential = { $file } n'est pas un certificat du programme : il ne contient aucune attestation signée.
error-certificate-tampered = Le certificat contenu dans { $file } a été modifié après sa signature par le programme, ou n'a jamais été signé par lui. Ne l'acceptez pas.
error-certificate-unknown-key = Le certificat contenu dans { $file } a été signé avec une clé que cet ordinateur ne connaît pas comme celle du programme. Vérifiez-le sur la page de vérification imprimée dessus, ou adressez-vous au programme.

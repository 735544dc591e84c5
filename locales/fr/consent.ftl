# Ce qu'un ordinateur envoie au serveur et qui le voit (voir locales/en/consent.ftl)

## La déclaration

consent-title = Ce qui est envoyé au serveur, et qui le voit
consent-sent-title = Envoyé au serveur, automatiquement dès qu'une connexion est disponible
consent-sent-progress = Votre progression : les leçons que vous ouvrez et terminez, le temps passé à lire chacune, vos réponses aux quiz et vos scores, et toute suppression de votre progression dans un cours, chaque fois avec la date et l'heure de cet ordinateur.
consent-sent-evaluation = Vos réponses au test initial et au test final d'un cours, et à ses questionnaires (votre avis sur le cours puis, quelques mois plus tard, ce que vous en avez fait dans votre travail), y compris ce que vous écrivez avec vos propres mots.
consent-sent-notes = Les notes que vous écrivez sur les leçons, et vos favoris.
consent-sent-computer = Le nom de cet ordinateur, un numéro aléatoire qui l'identifie et une clé de sécurité créée pour lui, pour que la coordination distingue vos ordinateurs.
consent-not-sent-title = Non envoyé
consent-not-sent = Le nom, l'organisation et la fonction saisis dans cette application ; les profils d'autres personnes sur cet ordinateur ; vos réglages de langue et d'affichage ; ce que vous recherchez ; vos fichiers. Le serveur vous connaît sous le nom que la coordination y a saisi.
consent-who-title = Qui le voit
consent-who = Les administrateurs du programme et la coordination de votre groupe, sur le serveur auquel vous vous connectez. Vos certificats sont délivrés à partir de ce qu'il contient. Vos autres ordinateurs connectés à votre nom reçoivent aussi votre progression et vos notes.
consent-rights = Vous pouvez demander à la coordination une copie de vos données, ou leur effacement du serveur. Si vous ne vous connectez pas, rien n'est envoyé : l'application fonctionne entièrement sans serveur.

## La fenêtre

consent-agree = J'ai lu ce qui sera envoyé au serveur, et j'accepte.
consent-agreed = Vous avez accepté le { $date } d'envoyer votre progression à { $server }.
consent-show = Lire ce qui est envoyé
consent-hide = Masquer ce qui est envoyé

## La ligne de commande (lphm sync enroll)

cli-consent-question = Pour accepter et vous connecter, tapez « oui ». Toute autre réponse arrête ici.
cli-consent-yes = oui
cli-consent-declined = Rien n'a été envoyé : vous n'avez pas accepté.
cli-consent-needs-agree = Rien n'a été envoyé. Lisez le texte ci-dessus ; si vous êtes d'accord, relancez la même commande avec --agree.

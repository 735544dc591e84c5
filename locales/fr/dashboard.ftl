# Le tableau de bord des coordinateurs (servi par lphm-server sur /login et /dashboard).
dashboard-name = Coordination
dashboard-title = Tableau de bord
dashboard-welcome = Vos cohortes, leur progression et leurs certificats s'afficheront ici.
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

//! Dashboard accounts, sessions and the audit log, stored the same on both backends:
//! a login is unique whatever its case, a session ends when it expires or is ended, the
//! audit log reads newest first, and no password is stored in clear.

use lphm_server::accounts::{
    hash_password, normalise_login, password_matches, Account, AuditEntry, Role, Session,
};
use lphm_server::StoreError;
use uuid::Uuid;

use crate::harness::{on_both_backends, Kind, TestServer, T0};

fn account(login: &str, role: Role) -> Account {
    Account {
        id: Uuid::new_v4(),
        login: normalise_login(login),
        name: "Awa Ndiaye".into(),
        role,
        password_hash: hash_password("a long enough passphrase"),
        created_ms: T0,
        disabled: false,
    }
}

on_both_backends!(
    accounts_are_unique_by_login_and_keep_no_password_in_clear,
    sessions_expire_and_end,
    the_audit_log_reads_newest_first,
);

async fn accounts_are_unique_by_login_and_keep_no_password_in_clear(kind: Kind) {
    let server = TestServer::start(kind).await;
    let b = server.backend();
    let admin = account("Admin@UNITAR.org", Role::Administrator);
    b.add_account(admin.clone()).await.unwrap();
    let again = account("  admin@unitar.org ", Role::Coordinator);
    match b.add_account(again).await {
        Err(StoreError::LoginTaken(login)) => assert_eq!(login, "admin@unitar.org"),
        other => panic!("the same login twice must be refused: {other:?}"),
    }
    let found = b
        .account_by_login("admin@unitar.org")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(found, admin);
    assert_eq!(b.account(admin.id).await.unwrap(), Some(admin.clone()));
    assert!(b.account_by_login("nobody").await.unwrap().is_none());
    assert!(password_matches(
        &found.password_hash,
        "a long enough passphrase"
    ));
    assert!(!found.password_hash.contains("passphrase"));
    let coordinator = account("coordinator@plock.pl", Role::Coordinator);
    b.add_account(coordinator.clone()).await.unwrap();
    assert_eq!(b.accounts().await.unwrap().len(), 2);
}

async fn sessions_expire_and_end(kind: Kind) {
    let server = TestServer::start(kind).await;
    let b = server.backend();
    let a = account("awa@diourbel.sn", Role::Coordinator);
    b.add_account(a.clone()).await.unwrap();
    let session = Session {
        token_hash: [7; 32],
        account: a.id,
        csrf: "csrf-token".into(),
        created_ms: T0,
        expires_ms: T0 + 1_000,
    };
    b.add_session(session.clone()).await.unwrap();
    assert_eq!(
        b.session([7; 32], T0 + 999).await.unwrap(),
        Some(session.clone())
    );
    assert_eq!(b.session([8; 32], T0).await.unwrap(), None, "another token");
    assert_eq!(
        b.session([7; 32], T0 + 1_000).await.unwrap(),
        None,
        "expired"
    );
    assert_eq!(
        b.session([7; 32], T0).await.unwrap(),
        None,
        "and gone for good"
    );
    let second = Session {
        token_hash: [9; 32],
        expires_ms: T0 + 10_000,
        ..session
    };
    b.add_session(second).await.unwrap();
    b.end_session([9; 32]).await.unwrap();
    assert_eq!(b.session([9; 32], T0).await.unwrap(), None, "logged out");
}

async fn the_audit_log_reads_newest_first(kind: Kind) {
    let server = TestServer::start(kind).await;
    let b = server.backend();
    let who = Some(Uuid::new_v4());
    for (i, action) in ["login", "cohort-view", "csv-export"].iter().enumerate() {
        b.audit(AuditEntry {
            at_ms: T0 + i as i64,
            account: who,
            action: action.to_string(),
            subject: format!("subject {i}"),
        })
        .await
        .unwrap();
    }
    b.audit(AuditEntry {
        at_ms: T0 + 2,
        account: None,
        action: "certificate-revoke".into(),
        subject: "same millisecond".into(),
    })
    .await
    .unwrap();
    let log = b.audit_log(3).await.unwrap();
    let actions: Vec<&str> = log.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(actions, ["certificate-revoke", "csv-export", "cohort-view"]);
    assert_eq!(log[1].account, who);
}

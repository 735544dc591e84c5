//! The LPHM sync server: learners, one-time enrollment codes, device tokens, progress
//! sync, offline bundles and the course catalogue (`docs/sync-server.md`).
//!
//! - [`backend`]: storage, in sled or PostgreSQL, with identical behaviour.
//! - `http`: the `/v1/` endpoints of `lphm_sync::protocol`, on axum.
//! - [`admin`]: what coordinators do from the command line; [`control`]: the same
//!   commands as data, run by a running server for the command line (sled is one process).
//! - [`catalogue`]: the signed packages a server offers.
//! - [`privacy`]: one learner's data as a file, and erasing a learner.
//!
//! [`bind`] runs a server in-process (the binary, the tests and the benchmark all use it);
//! [`RunningServer::backend`] gives the same storage to admin calls while it runs.

pub mod accounts;
pub mod admin;
pub mod analysis;
pub mod backend;
pub mod catalogue;
pub mod certificates;
pub mod cohorts;
pub mod control;
pub mod dashboard;
pub mod digest;
mod error;
pub mod evaluation;
mod http;
mod limit;
mod verify;
pub use http::{read_sync_body, ApiError};
pub use limit::EnrollLimit;
pub mod model;
pub mod privacy;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

pub use backend::{Backend, BackendConfig};
pub use error::{ServeError, StoreError};
use lphm_package::PublicKey;
pub use model::{Clock, SystemClock};

/// How to run a server.
#[derive(Clone, Debug)]
pub struct ServerConfig {
    pub backend: BackendConfig,
    /// The folder of `.lphm` packages to offer; none means an empty catalogue.
    pub catalogue_dir: Option<PathBuf>,
    /// Package keys trusted besides the LPHM publisher's.
    pub trust: Vec<PublicKey>,
    /// Serve HTTPS with this certificate and key.
    pub tls: Option<TlsFiles>,
    pub clock: Arc<dyn Clock>,
    /// How fast enrollment codes may be tried.
    pub enroll_limit: EnrollLimit,
    /// Who signs certificates (the programme's key); `None`: no certificates.
    pub issuer: Option<Arc<certificates::Issuer>>,
    /// How often to look for certificates due from progress that came another way than
    /// a push ([`certificates::SWEEP_EVERY`]).
    pub certificate_sweep: Duration,
}

impl ServerConfig {
    /// A plain-HTTP server on `backend` with no catalogue and the system clock.
    pub fn new(backend: BackendConfig) -> ServerConfig {
        ServerConfig {
            backend,
            catalogue_dir: None,
            trust: vec![],
            tls: None,
            clock: Arc::new(SystemClock),
            enroll_limit: EnrollLimit::default(),
            issuer: None,
            certificate_sweep: certificates::SWEEP_EVERY,
        }
    }
}

/// PEM files: the certificate chain and its private key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TlsFiles {
    pub cert: PathBuf,
    pub key: PathBuf,
}

/// A server answering on a socket until [`RunningServer::shutdown`].
#[derive(Debug)]
pub struct RunningServer {
    addr: SocketAddr,
    tls: bool,
    backend: Backend,
    handle: axum_server::Handle<SocketAddr>,
    task: tokio::task::JoinHandle<std::io::Result<()>>,
    /// The certificate sweeps, stopped with the server.
    sweeps: Option<tokio::task::JoinHandle<()>>,
}

impl RunningServer {
    pub fn local_addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://` or `https://` and the address, e.g. `http://127.0.0.1:8470`.
    pub fn url(&self) -> String {
        let scheme = if self.tls { "https" } else { "http" };
        format!("{scheme}://{}", self.addr)
    }

    /// The server's storage, for admin calls while it runs.
    pub fn backend(&self) -> &Backend {
        &self.backend
    }

    /// Stops accepting, lets requests in flight finish (up to 10 s), then closes the
    /// storage so the same data can be opened again.
    pub async fn shutdown(self) -> Result<(), ServeError> {
        if let Some(s) = &self.sweeps {
            s.abort();
        }
        self.handle.graceful_shutdown(Some(Duration::from_secs(10)));
        match self.task.await {
            Ok(result) => result?,
            Err(e) => eprintln!("lphm-server: the server task ended abnormally: {e}"),
        }
        self.backend.close().await?;
        Ok(())
    }

    /// Serves until the task ends (the binary's `serve`).
    pub async fn wait(self) -> Result<(), ServeError> {
        let result = self.task.await;
        if let Some(s) = &self.sweeps {
            s.abort();
        }
        match result {
            Ok(result) => result?,
            Err(e) => eprintln!("lphm-server: the server task ended abnormally: {e}"),
        }
        self.backend.close().await?;
        Ok(())
    }

    /// Like [`RunningServer::shutdown`], from another task: the handle to ask for it.
    pub fn shutdown_handle(&self) -> axum_server::Handle<SocketAddr> {
        self.handle.clone()
    }
}

/// Opens the storage and serves on `addr` (port 0 picks a free port).
pub async fn bind(config: ServerConfig, addr: SocketAddr) -> Result<RunningServer, ServeError> {
    let backend = Backend::open(&config.backend).await?;
    serve(backend, config, addr).await
}

/// Serves on `addr` with storage already open (`config.backend` is not used).
pub async fn serve(
    backend: Backend,
    config: ServerConfig,
    addr: SocketAddr,
) -> Result<RunningServer, ServeError> {
    let catalogue = config
        .catalogue_dir
        .map(|dir| Arc::new(catalogue::CatalogueDir::new(dir, config.trust)));
    if let Some(c) = catalogue.clone() {
        // Verify the packages now, so the first request is quick and problems show at once.
        match tokio::task::spawn_blocking(move || c.entries()).await {
            Ok(Err(e)) => eprintln!("lphm-server: cannot read the catalogue folder: {e}"),
            Err(e) => eprintln!("lphm-server: the catalogue scan failed: {e}"),
            Ok(Ok(_)) => {}
        }
    }
    let listener = std::net::TcpListener::bind(addr)?;
    let local = listener.local_addr()?;
    let scheme = if config.tls.is_some() {
        "https"
    } else {
        "http"
    };
    let certifier = config.issuer.map(|issuer| {
        Arc::new(certificates::Certifier {
            backend: backend.clone(),
            public_url: if issuer.public_url.is_empty() {
                format!("{scheme}://{local}")
            } else {
                issuer.public_url.clone()
            },
            issuer,
            catalogue: catalogue.clone(),
            clock: config.clock.clone(),
        })
    });
    let sweeps = certifier
        .clone()
        .map(|c| c.spawn_sweeps(config.certificate_sweep));
    let state = http::AppState::new(http::Shared {
        backend: backend.clone(),
        enroll_limit: limit::Limiter::new(config.enroll_limit, config.clock.clone()),
        clock: config.clock.clone(),
        catalogue,
        certifier,
        failed_logins: dashboard::limit::FailedLogins::new(config.clock.clone()),
        tls: config.tls.is_some(),
    });
    let app = http::router(state).into_make_service_with_connect_info::<SocketAddr>();
    let handle = axum_server::Handle::new();
    let task = match &config.tls {
        None => {
            let server = axum_server::from_tcp(listener)?.handle(handle.clone());
            tokio::spawn(server.serve(app))
        }
        Some(files) => {
            let tls = rustls_config(files)?;
            let server = axum_server::from_tcp_rustls(listener, tls)?.handle(handle.clone());
            tokio::spawn(server.serve(app))
        }
    };
    Ok(RunningServer {
        addr: local,
        tls: config.tls.is_some(),
        backend,
        handle,
        task,
        sweeps,
    })
}

/// A rustls configuration on the `ring` provider from PEM files.
fn rustls_config(files: &TlsFiles) -> Result<axum_server::tls_rustls::RustlsConfig, ServeError> {
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::{CertificateDer, PrivateKeyDer};
    let bad = |what: &str, path: &PathBuf, e: &dyn std::fmt::Display| {
        ServeError::Tls(format!("{what} {}: {e}", path.display()))
    };
    let certs = CertificateDer::pem_file_iter(&files.cert)
        .and_then(|i| i.collect::<Result<Vec<_>, _>>())
        .map_err(|e| bad("cannot read the certificate", &files.cert, &e))?;
    if certs.is_empty() {
        return Err(bad("no certificate in", &files.cert, &"empty"));
    }
    let key = PrivateKeyDer::from_pem_file(&files.key)
        .map_err(|e| bad("cannot read the private key", &files.key, &e))?;
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| ServeError::Tls(e.to_string()))?
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .map_err(|e| ServeError::Tls(e.to_string()))?;
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(axum_server::tls_rustls::RustlsConfig::from_config(
        Arc::new(config),
    ))
}

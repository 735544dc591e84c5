//! Talking to the server: the HTTP client, one exchange, and turning transport failures
//! and refusals into errors a learner can read.

use super::*;

/// The reqwest client, built once per desk.
pub(crate) fn http_client(options: &SyncOptions) -> Result<reqwest::Client, ApiError> {
    let mut builder = reqwest::Client::builder()
        .connect_timeout(options.connect_timeout)
        .user_agent(concat!("lphm/", env!("CARGO_PKG_VERSION")))
        // No HTTP/2 here: HTTP/1.1 keep-alive is enough and costs fewer bytes to set up.
        .http1_only()
        .pool_idle_timeout(Duration::from_secs(30));
    if let Some(pem) = &options.extra_root_pem {
        let cert = reqwest::Certificate::from_pem(pem).map_err(|e| {
            ApiError::from(ErrorKind::SyncCertificateInvalid {
                detail: e.to_string(),
            })
        })?;
        builder = builder.add_root_certificate(cert);
    }
    builder.build().map_err(|e| {
        ApiError::from(ErrorKind::SyncCertificateInvalid {
            detail: e.to_string(),
        })
    })
}

/// Turns a transport failure (sending, or reading an answer's bytes) into the error the
/// learner sees. Short of a timeout, it is the connection: refused, reset, or cut in the
/// middle of an answer (which reqwest reports as a body or decode error).
pub(crate) fn transport_error(server: &str, e: reqwest::Error) -> ApiError {
    // A certificate the laptop does not trust is no network trouble: a person has to act.
    // rustls says so only in its message, deep in the error's sources.
    let mut source: Option<&dyn std::error::Error> = Some(&e);
    let mut certificate = false;
    while let Some(err) = source {
        certificate |= err.to_string().contains("certificate");
        source = err.source();
    }
    let server = server.to_string();
    let kind = if certificate {
        ErrorKind::SyncCertificateUntrusted { server }
    } else if e.is_timeout() {
        ErrorKind::SyncTimeout { server }
    } else {
        ErrorKind::SyncOffline { server }
    };
    ApiError::from(kind).detail(e)
}

/// Turns an error answer into the error the learner sees.
pub(crate) async fn refused(server: &str, response: reqwest::Response) -> ApiError {
    let status = response.status();
    let body: Option<ErrorBody> = response.json().await.ok();
    let server_code = body.as_ref().map(|b| b.code.clone()).unwrap_or_default();
    let seq = body.as_ref().and_then(|b| b.seq);
    let detail = body.map(|b| b.detail).unwrap_or_default();
    let server = server.to_string();
    let kind = match server_code.as_str() {
        protocol::codes::TOKEN_REFUSED | protocol::codes::TOKEN_MISSING => {
            ErrorKind::SyncTokenRefused { server }
        }
        protocol::codes::CODE_INVALID => ErrorKind::SyncCodeInvalid {},
        protocol::codes::CODE_USED => ErrorKind::SyncCodeUsed {},
        protocol::codes::CODE_EXPIRED => ErrorKind::SyncCodeExpired {},
        protocol::codes::TOO_MANY_ATTEMPTS => ErrorKind::SyncTooManyAttempts { server },
        protocol::codes::DEVICE_FORKED => ErrorKind::SyncDeviceForked { server },
        protocol::codes::LEARNER_ERASED => ErrorKind::LearnerErased { server },
        protocol::codes::VERSION_UNKNOWN => ErrorKind::SyncServerVersion { server },
        _ if status.is_server_error() => ErrorKind::SyncServerError {
            server,
            status: status.as_u16(),
        },
        _ if status == reqwest::StatusCode::NOT_FOUND => ErrorKind::SyncServerVersion { server },
        _ => ErrorKind::SyncRefused {
            server,
            status: status.as_u16(),
        },
    };
    let mut e = ApiError::from(kind).detail(
        format!("HTTP {} {server_code} {detail}", status.as_u16())
            .trim()
            .to_string(),
    );
    e.context.seq = seq;
    e
}

/// Checks and normalises a server address typed by a person.
/// An address without a scheme is taken as `https://`.
pub fn normalise_server(address: &str) -> Result<String, ApiError> {
    let typed = address.trim();
    if typed.is_empty() {
        return Err(ApiError::from(ErrorKind::SyncServerRequired {}));
    }
    let with_scheme = if typed.contains("://") {
        typed.to_string()
    } else {
        format!("https://{typed}")
    };
    match reqwest::Url::parse(&with_scheme) {
        Ok(url)
            if matches!(url.scheme(), "http" | "https")
                && url.host_str().is_some_and(|h| !h.is_empty())
                && url.query().is_none() =>
        {
            Ok(with_scheme.trim_end_matches('/').to_string())
        }
        _ => Err(ApiError::from(ErrorKind::SyncServerInvalid {
            server: typed.to_string(),
        })),
    }
}

impl Desk {
    /// The HTTP client (a cheap handle on a shared connection pool).
    pub(crate) fn http(&self) -> Result<reqwest::Client, ApiError> {
        let mut slot = self.http.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(c) = &*slot {
            return Ok(c.clone());
        }
        let client = http_client(&self.sync_options)?;
        *slot = Some(client.clone());
        Ok(client)
    }

    /// After a failed request, forgets every open connection: one that lived through a
    /// cut may wait many seconds on TCP's retransmission backoff before it moves again,
    /// while a new one goes as soon as the link is back.
    pub(crate) fn transport_failed(&self, server: &str, e: reqwest::Error) -> ApiError {
        self.forget_connections();
        transport_error(server, e)
    }

    pub(crate) fn forget_connections(&self) {
        *self.http.lock().unwrap_or_else(|e| e.into_inner()) = None;
    }

    /// One exchange with the server.
    pub(super) async fn exchange(
        &self,
        enrollment: &Enrollment,
        request: &SyncRequest,
        report: &mut SyncReport,
    ) -> Result<SyncResponse, ApiError> {
        let body = wire::pack(request);
        report.bytes_sent += body.len();
        // Enough time for the body at 16 kbit/s on top of the base timeout.
        let timeout =
            self.sync_options.request_timeout + Duration::from_millis(body.len() as u64 / 2);
        let server = &enrollment.server;
        let response = self
            .http()?
            .post(format!("{server}{}/sync", protocol::V1))
            .bearer_auth(&enrollment.token)
            .header(reqwest::header::CONTENT_TYPE, protocol::PACKED)
            .timeout(timeout)
            .body(body)
            .send()
            .await
            .map_err(|e| self.transport_failed(server, e))?;
        if !response.status().is_success() {
            return Err(refused(server, response).await);
        }
        let bytes = response
            .bytes()
            .await
            .map_err(|e| self.transport_failed(server, e))?;
        report.bytes_received += bytes.len();
        report.exchanges += 1;
        wire::unpack(&bytes, protocol::MAX_UNPACKED).map_err(|e| {
            ApiError::from(ErrorKind::SyncBadResponse {
                server: server.to_string(),
            })
            .detail(e)
        })
    }
}

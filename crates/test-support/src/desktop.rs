//! What tests and benchmarks of the real window need: a private X display and private
//! XDG folders.

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::eventually;

/// A private virtual X display.
pub struct Xvfb {
    child: std::process::Child,
    /// The `DISPLAY` value, e.g. `:123`.
    pub display: String,
}

impl std::fmt::Debug for Xvfb {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Xvfb")
            .field("display", &self.display)
            .finish()
    }
}

impl Xvfb {
    /// Starts Xvfb on a display number nobody uses and waits until it accepts clients.
    pub fn start() -> Xvfb {
        let display = (100..400)
            .map(|n| n + (std::process::id() % 300))
            .find(|n| {
                !Path::new(&format!("/tmp/.X11-unix/X{n}")).exists()
                    && !Path::new(&format!("/tmp/.X{n}-lock")).exists()
            })
            .expect("a free X display");
        let child = std::process::Command::new("Xvfb")
            .arg(format!(":{display}"))
            .args(["-screen", "0", "1280x800x24", "-nolisten", "tcp"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("Xvfb must be installed (apt-get install xvfb); scripts/setup does it");
        let socket = format!("/tmp/.X11-unix/X{display}");
        eventually(Duration::from_secs(10), "Xvfb to start", || {
            Path::new(&socket).exists()
        });
        Xvfb {
            child,
            display: format!(":{display}"),
        }
    }
}

impl Drop for Xvfb {
    fn drop(&mut self) {
        // SIGTERM, so Xvfb removes its lock and socket files.
        let _ = std::process::Command::new("kill")
            .arg(self.child.id().to_string())
            .status();
        let _ = self.child.wait();
    }
}

/// Private XDG folders, so the app under test never touches a real home folder.
pub fn xdg_env(home: &Path) -> Vec<(&'static str, PathBuf)> {
    let dirs = [
        ("XDG_DATA_HOME", "data"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_RUNTIME_DIR", "runtime"),
    ];
    dirs.iter()
        .map(|(var, sub)| {
            let dir = home.join(sub);
            std::fs::create_dir_all(&dir).unwrap();
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700)).unwrap();
            }
            (*var, dir)
        })
        .collect()
}

/// Where the app keeps its store under an XDG data home (Tauri's `app_data_dir()`).
pub fn app_store_dir(home: &Path) -> PathBuf {
    home.join("data/org.unitar.lphm/store")
}

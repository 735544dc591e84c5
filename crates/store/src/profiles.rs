//! Local learner profiles and this device's settings.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::{Store, StoreError};

/// A learner on this laptop. Several can share one (office computers).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Profile {
    pub id: Uuid,
    pub name: String,
    /// The authority or city the learner works for.
    pub authority: String,
    pub role: String,
    /// Interface language, remembered per profile.
    pub lang: String,
    /// The language to read course content in, when it differs from the interface
    /// language; `None` follows the interface.
    #[serde(default)]
    pub content_lang: Option<String>,
    pub created_ms: i64,
    /// The size of text in the window, in percent of the normal size
    /// ([`TEXT_SIZES`]); profiles saved before it existed read as 100.
    #[serde(default = "normal_text_size")]
    pub text_size: u16,
}

/// The smallest and largest text size a learner can choose, in percent: up to twice the
/// normal size, as WCAG 1.4.4 (resize text) asks.
pub const TEXT_SIZES: std::ops::RangeInclusive<u16> = 100..=200;

fn normal_text_size() -> u16 {
    100
}

const DEVICE_ID: &[u8] = b"device_id";
const CURRENT_PROFILE: &[u8] = b"current_profile";
const LANG: &[u8] = b"lang";

impl Store {
    pub fn save_profile(&self, profile: &Profile) -> Result<(), StoreError> {
        self.profiles
            .insert(profile.id.as_bytes(), serde_json::to_vec(profile)?)?;
        self.flush()?;
        Ok(())
    }

    pub fn profile(&self, id: Uuid) -> Result<Option<Profile>, StoreError> {
        match self.profiles.get(id.as_bytes())? {
            Some(v) => Ok(Some(serde_json::from_slice(&v)?)),
            None => Ok(None),
        }
    }

    /// All profiles, oldest first.
    pub fn profiles(&self) -> Result<Vec<Profile>, StoreError> {
        let mut all: Vec<Profile> = self
            .profiles
            .iter()
            .values()
            .map(|v| Ok::<_, StoreError>(serde_json::from_slice(&v?)?))
            .collect::<Result<_, _>>()?;
        all.sort_by_key(|p| (p.created_ms, p.id));
        Ok(all)
    }

    /// This device's id, created from `fresh` the first time it is asked for.
    pub fn device_id(&self, fresh: Uuid) -> Result<Uuid, StoreError> {
        if let Some(v) = self.device.get(DEVICE_ID)? {
            return Uuid::from_slice(&v).map_err(|e| StoreError::Corrupt(e.to_string()));
        }
        self.device.insert(DEVICE_ID, fresh.as_bytes())?;
        self.flush()?;
        Ok(fresh)
    }

    pub fn current_profile(&self) -> Result<Option<Uuid>, StoreError> {
        match self.device.get(CURRENT_PROFILE)? {
            Some(v) => Ok(Uuid::from_slice(&v).ok()),
            None => Ok(None),
        }
    }

    pub fn set_current_profile(&self, id: Uuid) -> Result<(), StoreError> {
        self.device.insert(CURRENT_PROFILE, id.as_bytes())?;
        self.flush()?;
        Ok(())
    }

    /// The interface language of this device before any profile chose one.
    pub fn device_lang(&self) -> Result<Option<String>, StoreError> {
        Ok(self
            .device
            .get(LANG)?
            .map(|v| String::from_utf8_lossy(&v).into_owned()))
    }

    pub fn set_device_lang(&self, lang: &str) -> Result<(), StoreError> {
        self.device.insert(LANG, lang.as_bytes())?;
        self.flush()?;
        Ok(())
    }
}

impl Store {
    /// Remembers that the learner removed a built-in course, so it is not put back at the
    /// next start; importing that course again forgets it.
    pub fn set_builtin_removed(&self, course: &str, removed: bool) -> Result<(), StoreError> {
        let key = [b"builtin_removed:".as_slice(), course.as_bytes()].concat();
        if removed {
            self.device.insert(key, &[1u8])?;
        } else if self.device.remove(key)?.is_none() {
            return Ok(()); // nothing changed: no write
        }
        self.flush()?;
        Ok(())
    }

    pub fn builtin_removed(&self, course: &str) -> Result<bool, StoreError> {
        let key = [b"builtin_removed:".as_slice(), course.as_bytes()].concat();
        Ok(self.device.contains_key(key)?)
    }
}

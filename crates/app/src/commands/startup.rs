//! Start-up and settings commands.

use mamori_core::Locale;

use mamori_store::{Problem, Store};

use crate::dto::{
    GetStartupReq, LocaleSource, Preferences, SetLocaleReq, SetLocaleRes, SetPreferencesReq,
    StartView, Startup, UserRole,
};
use crate::{AppCtx, AppError, VERSION};

pub(crate) const LOCALE_KEY: &str = "locale";

/// The language to start in (the saved choice, else the OS locale) and where data lives.
/// Never fails: a database that cannot be opened is reported in [`Startup::db_error`].
pub fn get_startup(ctx: &AppCtx, req: GetStartupReq) -> Result<Startup, AppError> {
    if let Some(m) = req.utc_offset_minutes {
        ctx.set_utc_offset_minutes(m);
    }
    let saved = ctx
        .store()
        .ok()
        .and_then(|s| s.setting(LOCALE_KEY).ok().flatten())
        .and_then(|tag| Locale::from_tag(&tag));
    let (locale, locale_source) = match saved {
        Some(l) => (l, LocaleSource::Saved),
        None => (Locale::from_os_locale(ctx.os_locale()), LocaleSource::Os),
    };
    Ok(Startup {
        locale,
        locale_source,
        db_path: ctx.db_path().display().to_string(),
        version: VERSION.to_owned(),
        db_error: ctx.db_error(),
        preferences: ctx
            .store()
            .map(|s| preferences(&s))
            .unwrap_or_else(|_| default_preferences()),
    })
}

const ROLE_KEY: &str = "role";
const TEXT_SCALE_KEY: &str = "text-scale";
const LAST_ORG_KEY: &str = "last-org";
const START_VIEW_KEY: &str = "start-view";
const PRESENTATION_KEY: &str = "presentation";
const TEXT_SCALE_RANGE: std::ops::RangeInclusive<u32> = 80..=200;

fn default_preferences() -> Preferences {
    Preferences {
        role: None,
        text_scale: 100,
        last_org_id: None,
        start_view: StartView::LastOrg,
        presentation: false,
    }
}

fn preferences(s: &Store) -> Preferences {
    let get = |k: &str| s.setting(k).ok().flatten();
    Preferences {
        role: get(ROLE_KEY).and_then(|r| UserRole::parse(&r)),
        text_scale: get(TEXT_SCALE_KEY)
            .and_then(|v| v.parse().ok())
            .filter(|v| TEXT_SCALE_RANGE.contains(v))
            .unwrap_or(100),
        last_org_id: get(LAST_ORG_KEY).filter(|v| !v.is_empty()),
        start_view: get(START_VIEW_KEY)
            .and_then(|v| StartView::parse(&v))
            .unwrap_or_default(),
        presentation: get(PRESENTATION_KEY).as_deref() == Some("on"),
    }
}

/// Saves preferences (only the values given). Returns all of them once committed.
pub fn set_preferences(ctx: &AppCtx, req: SetPreferencesReq) -> Result<Preferences, AppError> {
    if let Some(v) = req.text_scale.filter(|v| !TEXT_SCALE_RANGE.contains(v)) {
        return Err(AppError::from(mamori_store::Error::Invalid {
            field: "textScale".into(),
            problem: Problem::UnknownValue {
                value: v.to_string(),
            },
        }));
    }
    let mut s = ctx.store()?;
    // Every preference of the request is one change.
    s.transaction(|s| -> Result<(), AppError> {
        if let Some(r) = req.role {
            s.set_setting(ROLE_KEY, r.as_str())?;
        }
        if let Some(v) = req.text_scale {
            s.set_setting(TEXT_SCALE_KEY, &v.to_string())?;
        }
        if let Some(id) = req.last_org_id {
            s.set_setting(LAST_ORG_KEY, id.trim())?;
        }
        if let Some(v) = req.start_view {
            s.set_setting(START_VIEW_KEY, v.as_str())?;
        }
        if let Some(on) = req.presentation {
            s.set_setting(PRESENTATION_KEY, if on { "on" } else { "off" })?;
        }
        Ok(())
    })?;
    Ok(preferences(&s))
}

/// Saves the UI language. Returns once it is committed.
///
/// While the database cannot be opened (the damaged-file screen), the language still changes for
/// this session; it is saved once there is a database again.
pub fn set_locale(ctx: &AppCtx, req: SetLocaleReq) -> Result<SetLocaleRes, AppError> {
    if ctx.db_error().is_none() {
        ctx.store()?.set_setting(LOCALE_KEY, req.locale.tag())?;
    }
    ctx.locale_changed(req.locale);
    Ok(SetLocaleRes { locale: req.locale })
}

/// The UI language saved by the user, else the OS's.
pub(crate) fn ui_locale(ctx: &AppCtx, s: &mamori_store::Store) -> mamori_core::Locale {
    s.setting(LOCALE_KEY)
        .ok()
        .flatten()
        .and_then(|t| mamori_core::Locale::from_tag(&t))
        .unwrap_or_else(|| mamori_core::Locale::from_os_locale(ctx.os_locale()))
}

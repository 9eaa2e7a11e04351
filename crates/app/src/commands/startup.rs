//! Start-up and settings commands.

use mamori_core::Locale;

use crate::dto::{GetStartupReq, LocaleSource, SetLocaleReq, SetLocaleRes, Startup};
use crate::{AppCtx, AppError, VERSION};

const LOCALE_KEY: &str = "locale";

/// The language to start in (the saved choice, else the OS locale) and where data lives.
/// Never fails: a database that cannot be opened is reported in [`Startup::db_error`].
pub fn get_startup(ctx: &AppCtx, _req: GetStartupReq) -> Result<Startup, AppError> {
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
        db_error: ctx.db_error().cloned(),
    })
}

/// Saves the UI language. Returns once it is committed.
pub fn set_locale(ctx: &AppCtx, req: SetLocaleReq) -> Result<SetLocaleRes, AppError> {
    ctx.store()?.set_setting(LOCALE_KEY, req.locale.tag())?;
    Ok(SetLocaleRes { locale: req.locale })
}

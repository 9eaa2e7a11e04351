//! The contractor's branding for reports: a name, a contact line and a logo (PNG or JPEG,
//! chosen in the system's file dialog), kept in the app settings.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use mamori_core::text::TextKind;
use mamori_store::{NAME_MAX, Problem, Store, check_optional};

use super::files::ask_open_path;
use super::journey::invalid;
use crate::dto::{Branding, NoReq, SetBrandingReq};
use crate::files::{read_error, read_limited};
use crate::{AppCtx, AppError};

const NAME_KEY: &str = "brand-name";
const CONTACT_KEY: &str = "brand-contact";
const LOGO_KEY: &str = "brand-logo";
/// The largest logo accepted (2 MiB).
pub const LOGO_MAX_BYTES: usize = 2 * 1024 * 1024;

/// The image type of logo bytes, from their signature.
fn image_type(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("image/png")
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else {
        None
    }
}

/// The stored branding: name, contact line and logo bytes.
pub fn branding_parts(s: &Store) -> (Option<String>, Option<String>, Option<Vec<u8>>) {
    let get = |k: &str| s.setting(k).ok().flatten().filter(|v| !v.trim().is_empty());
    let logo = get(LOGO_KEY).and_then(|b| STANDARD.decode(b).ok());
    (get(NAME_KEY), get(CONTACT_KEY), logo)
}

fn view(s: &Store) -> Branding {
    let (contractor_name, contact_line, logo) = branding_parts(s);
    Branding {
        contractor_name,
        contact_line,
        logo_data_url: logo.and_then(|b| {
            image_type(&b).map(|t| format!("data:{t};base64,{}", STANDARD.encode(&b)))
        }),
    }
}

/// The branding as saved.
pub fn get_branding(ctx: &AppCtx, _req: NoReq) -> Result<Branding, AppError> {
    let s = ctx.store()?;
    Ok(view(&s))
}

/// Saves the name and contact line.
pub fn set_branding(ctx: &AppCtx, req: SetBrandingReq) -> Result<Branding, AppError> {
    let clean = |v: Option<String>| v.map(|v| v.trim().to_owned()).unwrap_or_default();
    let name = clean(req.contractor_name);
    let contact = clean(req.contact_line);
    for (field, v) in [("contractorName", &name), ("contactLine", &contact)] {
        check_optional(Some(v), NAME_MAX, TextKind::SingleLine).map_err(|p| invalid(field, p))?;
    }
    let s = ctx.store()?;
    s.set_setting(NAME_KEY, &name)?;
    s.set_setting(CONTACT_KEY, &contact)?;
    Ok(view(&s))
}

/// Asks for a logo (PNG or JPEG, at most 2 MiB) and saves it.
pub fn choose_brand_logo(ctx: &AppCtx, _req: NoReq) -> Result<Branding, AppError> {
    let Some(path) = ask_open_path(
        ctx,
        "dialog-open-logo",
        "filter-logo",
        &["png", "jpg", "jpeg"],
    ) else {
        return get_branding(ctx, NoReq {});
    };
    let bytes = read_limited(&path, LOGO_MAX_BYTES).map_err(|e| read_error(&path, &e))?;
    if bytes.len() > LOGO_MAX_BYTES {
        return Err(invalid(
            "logo",
            Problem::TooLarge {
                max_bytes: LOGO_MAX_BYTES,
            },
        ));
    }
    if image_type(&bytes).is_none() {
        return Err(invalid(
            "logo",
            Problem::UnknownValue {
                value: path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default(),
            },
        ));
    }
    let s = ctx.store()?;
    s.set_setting(LOGO_KEY, &STANDARD.encode(&bytes))?;
    Ok(view(&s))
}

/// Removes the logo.
pub fn clear_brand_logo(ctx: &AppCtx, _req: NoReq) -> Result<Branding, AppError> {
    let s = ctx.store()?;
    s.set_setting(LOGO_KEY, "")?;
    Ok(view(&s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn logos_are_recognised_by_their_signature() {
        assert_eq!(image_type(b"\x89PNG\r\n\x1a\nrest"), Some("image/png"));
        assert_eq!(image_type(&[0xFF, 0xD8, 0xFF, 0xE0]), Some("image/jpeg"));
        assert_eq!(image_type(b"GIF89a"), None);
    }
}

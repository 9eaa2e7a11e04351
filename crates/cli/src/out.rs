//! Printing: results a script may use go to stdout; messages for the person at the terminal go
//! to stderr, in their language.

use mamori_app::AppCtx;
use mamori_core::Locale;
use mamori_i18n::Arg;

/// Where the CLI prints.
pub struct Out<'a> {
    ctx: &'a AppCtx,
    locale: Locale,
}

impl<'a> Out<'a> {
    pub fn new(ctx: &'a AppCtx, locale: Locale) -> Out<'a> {
        Out { ctx, locale }
    }

    /// A localized message.
    pub fn text(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.ctx.localizer().format(self.locale, id, args)
    }

    /// A localized message for the person at the terminal (stderr).
    pub fn say(&self, id: &str, args: &[(&str, Arg)]) {
        eprintln!("{}", self.text(id, args));
    }
}

//! Helpers shared by the test modules.

use mamori_app::AppCtx;
use mamori_app::commands::create_demo;
use mamori_app::dto::CreateDemoReq;

/// Creates the practice company as of 2026-11-25; returns its id.
pub fn demo(ctx: &AppCtx) -> String {
    create_demo(
        ctx,
        CreateDemoReq {
            today: Some("2026-11-25".into()),
        },
    )
    .unwrap()
    .id
}

//! `demo`: the demo company.

use mamori_app::commands;
use mamori_app::dto::CreateDemoReq;
use mamori_app::{AppCtx, AppError};

use crate::out::Out;

pub fn run(ctx: &AppCtx, out: &Out<'_>, today: Option<String>) -> Result<(), AppError> {
    let res = commands::create_demo(ctx, CreateDemoReq { today })?;
    out.say(
        "demo-created",
        &[
            ("name", res.name.as_str().into()),
            ("id", res.id.as_str().into()),
        ],
    );
    println!("{}", res.id);
    Ok(())
}

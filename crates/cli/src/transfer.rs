//! `export` and `import`: organization files. The commands produce and take the file's text;
//! reading and writing the file is done here.

use std::path::Path;

use mamori_app::commands::{self, IMPORT_MAX_BYTES};
use mamori_app::dto::ExportOrgReq;
use mamori_app::files::{read_error, read_limited, write_atomically, write_error};
use mamori_app::{AppCtx, AppError, ErrorCode};

use crate::out::Out;

pub fn export(ctx: &AppCtx, out: &Out<'_>, org: String, file: &Path) -> Result<(), AppError> {
    let res = commands::export_org(ctx, ExportOrgReq { org_id: org })?;
    write_atomically(file, res.bundle.as_bytes()).map_err(|e| write_error(file, &e))?;
    let name = serde_json::from_str::<serde_json::Value>(&res.bundle)
        .ok()
        .and_then(|v| v["organization"]["name"].as_str().map(str::to_owned))
        .unwrap_or_default();
    out.say(
        "export-written",
        &[
            ("name", name.into()),
            ("path", file.display().to_string().into()),
        ],
    );
    Ok(())
}

pub fn import(ctx: &AppCtx, out: &Out<'_>, file: &Path, replace: bool) -> Result<(), AppError> {
    let bytes = read_limited(file, IMPORT_MAX_BYTES).map_err(|e| read_error(file, &e))?;
    let res = commands::import_org_bytes(ctx, &bytes, replace).inspect_err(|e| {
        if e.code == ErrorCode::Conflict
            && e.args.get("entity").is_some_and(|v| v == "organization")
        {
            out.say(
                "import-replace-hint",
                &[("path", file.display().to_string().into())],
            );
        }
    })?;
    let id = if res.replaced {
        "import-replaced"
    } else {
        "import-done"
    };
    out.say(
        id,
        &[
            ("name", res.name.as_str().into()),
            ("id", res.id.as_str().into()),
        ],
    );
    println!("{}", res.id);
    Ok(())
}

//! `export` and `import`: organization files. The commands produce and take the file's text;
//! reading and writing the file is done here.

use std::io::{Read, Write};
use std::path::Path;

use mamori_app::commands::{self, IMPORT_MAX_BYTES};
use mamori_app::dto::ExportOrgReq;
use mamori_app::{AppCtx, AppError, ErrorCode};

use crate::out::Out;

pub fn export(ctx: &AppCtx, out: &Out<'_>, org: String, file: &Path) -> Result<(), AppError> {
    let res = commands::export_org(ctx, ExportOrgReq { org_id: org })?;
    write_atomically(file, res.bundle.as_bytes()).map_err(|e| {
        AppError::new(ErrorCode::Storage, format!("{}: {e}", file.display()))
            .message("file-write-failed")
            .arg("path", file.display().to_string())
    })?;
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
    let bytes = read_limited(file).map_err(|e| {
        AppError::new(ErrorCode::InvalidInput, format!("{}: {e}", file.display()))
            .message("file-read-failed")
            .arg("path", file.display().to_string())
    })?;
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

/// Reads at most one byte more than an import accepts, so a huge file is refused as too large
/// without being read whole.
fn read_limited(file: &Path) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    std::fs::File::open(file)?
        .take(IMPORT_MAX_BYTES as u64 + 1)
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Writes to a temporary file next to `file`, flushes it to disk, then renames it over `file`:
/// an existing file is either left as it was or fully replaced, never half-written.
pub(crate) fn write_atomically(file: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = file
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = file
        .file_name()
        .ok_or_else(|| std::io::Error::other("not a file name"))?;
    let mut tmp_name = std::ffi::OsString::from(".");
    tmp_name.push(name);
    tmp_name.push(format!(".{}.tmp", std::process::id()));
    let tmp = dir.join(tmp_name);
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, file)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

//! One-line Tauri adapters, generated from `mamori_app::with_commands!`, so every command in the
//! table is exposed with its request and response types and nothing else is.

use mamori_app::AppError;
use tauri::State;

use crate::AppState;

macro_rules! adapters {
    ($($name:ident($req:ty) -> $res:ty;)*) => {
        $(
            #[tauri::command(async)]
            pub async fn $name(state: State<'_, AppState>, req: $req) -> Result<$res, AppError> {
                mamori_app::commands::$name(&state.ctx, req)
            }
        )*

        /// The invoke handler for every command in the table.
        pub fn handler<R: tauri::Runtime>() -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {
            tauri::generate_handler![$($name),*]
        }
    };
}
mamori_app::with_commands!(adapters);

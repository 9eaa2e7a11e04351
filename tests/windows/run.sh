#!/usr/bin/env bash
# The Windows build of mamori-cli run under Wine through what differs on Windows: the default
# data folder under AppData, databases and files in folders with Japanese names and spaces,
# reports with Japanese file names (and names Windows would refuse), an export/import round trip
# in both directions with the Linux build, damaged and read-only files, and report bytes
# identical to the Linux build's for the same data and --date.
#
# Wine 8 (Debian 12) lacks bcryptprimitives.dll (ProcessPrng), which Rust's std needs: a stand-in
# is built here from processprng.c with mingw and put beside the .exe (see that file).
# Everything happens in a scratch folder (its own WINEPREFIX), removed at the end.
# Usage: tests/windows/run.sh path/to/mamori-cli.exe path/to/linux/mamori-cli
set -uo pipefail
exe="${1:?usage: run.sh mamori-cli.exe linux-mamori-cli}"
linux="${2:?usage: run.sh mamori-cli.exe linux-mamori-cli}"
here="$(cd "$(dirname "$0")" && pwd)"
# Run as root (CI), Wine lets a program write to read-only files, as Linux does: run as nobody,
# so that a read-only file is read-only for the program, as on Windows.
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
  exec setpriv --reuid=65534 --regid=65534 --clear-groups env HOME=/tmp \
    "$here/run.sh" "$(realpath "$exe")" "$(realpath "$linux")"
fi
wine="$(command -v wine64 || echo /usr/lib/wine/wine64)"
for tool in "$wine" x86_64-w64-mingw32-gcc node; do
  command -v "$tool" >/dev/null || { echo "windows: $tool is required (scripts/setup installs it)"; exit 1; }
done

scratch="$(mktemp -d)"
export HOME="$scratch/home"
mkdir -p "$HOME"
export WINEPREFIX="$scratch/prefix" WINEDEBUG=-all WINEARCH=win64
# No Mono or Gecko (they would be offered for download), no display needed for a console program.
export WINEDLLOVERRIDES="mscoree,mshtml="
unset DISPLAY WAYLAND_DISPLAY MAMORI_DATA_DIR
# Messages in a fixed language where --lang is not given.
export LANG=C.UTF-8 LC_ALL=C.UTF-8
cleanup() { "${wine%/*}/wineserver" -k 2>/dev/null || wineserver -k 2>/dev/null || true; rm -rf "$scratch"; }
trap cleanup EXIT
trap 'exit 1' INT TERM

bin="$scratch/bin"
mkdir -p "$bin"
cp "$exe" "$bin/mamori-cli.exe"
x86_64-w64-mingw32-gcc -shared -O2 -s -o "$bin/bcryptprimitives.dll" "$here/processprng.c" -ladvapi32 \
  || { echo "windows: could not build the ProcessPrng stand-in"; exit 1; }
t0=$(date +%s.%N)
"$wine" wineboot --init >/dev/null 2>&1
"${wine%/*}/wineserver" -w 2>/dev/null || true
printf 'windows: Wine prefix ready in %.1f s (%s)\n' "$(echo "$(date +%s.%N) - $t0" | bc)" "$("$wine" --version)"

user="$(id -un)"
drive_c="$WINEPREFIX/drive_c"
# Windows paths under C:\ and the Linux paths of the same files.
win() { printf 'C:\\%s' "${1//\//\\}"; }
unix() { printf '%s/%s' "$drive_c" "$1"; }

passed=0 failed=0
ok() { passed=$((passed + 1)); echo "ok   $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1"; [ -z "${2:-}" ] || printf '%s\n' "$2" | sed 's/^/     /'; }
# Runs the Windows CLI; its stdout, stderr and exit code end up in $out, $err and $code.
w() {
  out="$("$wine" "$bin/mamori-cli.exe" "$@" 2>"$scratch/err")"; code=$?
  err="$(cat "$scratch/err")"
  # Wine's console writes CRLF line ends: compare text without them.
  out="${out//$'\r'/}"; err="${err//$'\r'/}"
}
l() { out="$("$linux" "$@" 2>"$scratch/err")"; code=$?; err="$(cat "$scratch/err")"; }
json() { node -e 'const v = JSON.parse(require("fs").readFileSync(0, "utf8")); console.log(eval(process.argv[1]))' "$1"; }
expect() { # name, condition (a shell test), detail shown on failure
  if eval "$2"; then ok "$1"; else fail "$1" "${3:-exit $code; stdout: $out; stderr: $err}"; fi
}

# 1. The build runs at all, and says its version.
w --version
expect "--version" '[ $code = 0 ] && [[ "$out" == "mamori-cli "* ]]'

# 2. The default data folder is under AppData\Roaming, created on first use.
w info --json
db_default="$(printf '%s' "$out" | json v.dbPath 2>/dev/null)"
expect "default data folder is %APPDATA%\\mamori\\Mamori\\data" \
  '[ $code = 0 ] && [ "$db_default" = "C:\\users\\$user\\AppData\\Roaming\\mamori\\Mamori\\data\\mamori.db" ] && [ -f "$(unix "users/$user/AppData/Roaming/mamori/Mamori/data/mamori.db")" ]' \
  "exit $code; dbPath: $db_default; $err"

# 3. MAMORI_DATA_DIR given as a Windows path with Japanese and spaces.
data_rel="users/$user/Documents/まもり データ"
MAMORI_DATA_DIR="$(win "$data_rel")" w info --json
expect "MAMORI_DATA_DIR with Japanese and spaces" \
  '[ $code = 0 ] && [ -f "$(unix "$data_rel/mamori.db")" ]'

# 4. A client database in a Japanese folder with spaces (full-width too): demo, orgs add, list.
client_rel="顧客 ファイル/株式会社 サンプル　本社"
db="$(win "$client_rel/client.db")"
mkdir -p "$(unix "$client_rel")"
w --db "$db" --lang ja demo --today 2026-11-25
demo_id="$out"
expect "demo into a database under a Japanese folder" '[ $code = 0 ] && [ ${#demo_id} = 36 ] && [ -f "$(unix "$client_rel/client.db")" ]'
odd_name='顧客: "A/B" <テスト>? 商事.'
w --db "$db" --lang ja orgs add --name "$odd_name"
expect "orgs add with a name Windows would refuse as a file name" '[ $code = 0 ]'
w --db "$db" --lang ja orgs add --name "CON"
w --db "$db" --lang ja orgs list --json
names="$(printf '%s' "$out" | json 'v.orgs.map(o => o.name).sort().join("|")' 2>/dev/null)"
expect "orgs list --json gives the Japanese names back" \
  '[[ "$names" == *"株式会社ミナト精工"* && "$names" == *"$odd_name"* && "$names" == *CON* ]]' "$names"

# 5. Reports: a Japanese file name given by the user, and the names Mamori chooses itself.
report_rel="$client_rel/報告書 2026年11月.pdf"
w --db "$db" --lang ja report --org "$demo_id" --kind full --date 2026-11-25 --out "$(win "$report_rel")"
expect "report to a Japanese file name in a Japanese folder" \
  '[ $code = 0 ] && [ "$(head -c 5 "$(unix "$report_rel")")" = "%PDF-" ]'
all_rel="$client_rel/レポート 一覧"
w --db "$db" --lang en report --all-orgs --kind summary --date 2026-11-25 --out-dir "$(win "$all_rel")"
win_names="$(ls "$(unix "$all_rel")" 2>/dev/null | sort)"
expect "report --all-orgs names every file safely (no : \" / < > ?, not CON)" \
  '[ $code = 0 ] && [ "$(printf "%s\n" "$win_names" | wc -l)" = 3 ] && ! printf "%s" "$win_names" | grep -q "[:\"<>?/]"' \
  "exit $code; files: $win_names; $err"
expect "… including the Japanese one" '[[ "$win_names" == *"mamori-summary-株式会社ミナト精工-20261125-en.pdf"* ]]' "$win_names"

# 6. Export from Windows, import on Linux: the same reports, byte for byte.
export_rel="$client_rel/書き出し ミナト.json"
w --db "$db" --lang ja export --org "$demo_id" --out "$(win "$export_rel")"
expect "export to a Japanese file name" '[ $code = 0 ] && [ -s "$(unix "$export_rel")" ]'
expect "the organization file has LF line ends, like the Linux build's" '! grep -q $'"'"'\r'"'"' "$(unix "$export_rel")"'
linux_dir="$scratch/linux"
mkdir -p "$linux_dir"
l --db "$linux_dir/client.db" --lang ja import "$(unix "$export_rel")"
expect "Linux imports the Windows export" '[ $code = 0 ] && [ "$out" = "$demo_id" ]'
for lang in ja en; do
  for kind in full summary; do
    w --db "$db" --lang "$lang" report --org "$demo_id" --kind "$kind" --date 2026-11-25 --out "$(win "$client_rel/$kind-$lang.pdf")"
    l --db "$linux_dir/client.db" --lang "$lang" report --org "$demo_id" --kind "$kind" --date 2026-11-25 --out "$linux_dir/$kind-$lang.pdf"
    expect "$kind report ($lang): Windows and Linux bytes identical" \
      'cmp -s "$(unix "$client_rel/$kind-$lang.pdf")" "$linux_dir/$kind-$lang.pdf"' \
      "$(cmp "$(unix "$client_rel/$kind-$lang.pdf")" "$linux_dir/$kind-$lang.pdf" 2>&1)"
  done
done
# Every organization over to Linux: --all-orgs gives the same file names and the same bytes.
w --db "$db" --lang en orgs list --json
ids="$(printf '%s' "$out" | json 'v.orgs.map(o => o.id).join(" ")' 2>/dev/null)"
for id in $ids; do
  [ "$id" = "$demo_id" ] && continue
  w --db "$db" --lang en export --org "$id" --out "$(win "$client_rel/$id.json")"
  l --db "$linux_dir/client.db" --lang en import "$(unix "$client_rel/$id.json")"
done
l --db "$linux_dir/client.db" --lang en report --all-orgs --kind summary --date 2026-11-25 --out-dir "$linux_dir/all"
linux_names="$(ls "$linux_dir/all" 2>/dev/null | sort)"
expect "report --all-orgs: the same file names as the Linux build" '[ "$win_names" = "$linux_names" ]' \
  "Windows: $win_names"$'\n'"Linux: $linux_names"
same=0
for f in $linux_names; do cmp -s "$linux_dir/all/$f" "$(unix "$all_rel/$f")" && same=$((same + 1)); done
expect "report --all-orgs: the same bytes as the Linux build" '[ "$same" = 3 ]' "$same of 3 identical"

# 7. Export from Linux, import on Windows into a new database; again, then with --replace.
l --db "$linux_dir/client.db" --lang en orgs add --name "山田 電機 (Linux)"
linux_org="$out"
l --db "$linux_dir/client.db" --lang en export --org "$linux_org" --out "$linux_dir/yamada.json"
back_rel="$client_rel/戻し 先"
mkdir -p "$(unix "$back_rel")"
cp "$linux_dir/yamada.json" "$(unix "$back_rel/山田 電機.json")"
db2="$(win "$back_rel/新しい.db")"
w --db "$db2" --lang ja import "$(win "$back_rel/山田 電機.json")"
expect "Windows imports the Linux export into a new database" '[ $code = 0 ] && [ "$out" = "$linux_org" ]'
w --db "$db2" --lang ja import "$(win "$back_rel/山田 電機.json")"
expect "the same file again: refused with the way to replace" '[ $code != 0 ] && [[ "$err" == *--replace* ]]'
w --db "$db2" --lang ja import --replace "$(win "$back_rel/山田 電機.json")"
expect "… and replaced with --replace" '[ $code = 0 ] && [ "$out" = "$linux_org" ]'
w --db "$db2" --lang en export --org "$linux_org" --out "$(win "$back_rel/again.json")"
expect "round trip: the Windows export of it is the Linux file but for the export time" \
  '[ "$(grep -v exportedAt "$(unix "$back_rel/again.json")")" = "$(grep -v exportedAt "$linux_dir/yamada.json")" ]' \
  "$(diff <(grep -v exportedAt "$(unix "$back_rel/again.json")") <(grep -v exportedAt "$linux_dir/yamada.json") | head -5)"
# Saved again by a Windows editor: CRLF line ends.
sed 's/$/\r/' "$linux_dir/yamada.json" >"$(unix "$back_rel/crlf.json")"
w --db "$db2" --lang en import --replace "$(win "$back_rel/crlf.json")"
expect "an organization file with CRLF line ends imports" '[ $code = 0 ]'

# 8. Damaged files: refused with a localized message, nothing changed.
bad_rel="$client_rel/壊れた ファイル.db"
head -c 7000 /dev/urandom >"$(unix "$bad_rel")"
cp "$(unix "$bad_rel")" "$scratch/bad.copy"
w --db "$(win "$bad_rel")" --lang ja info
expect "a damaged database: exit 1, a Japanese message" '[ $code = 1 ] && [[ "$err" == *壊れている* ]]'
expect "… and the file is kept as it was" 'cmp -s "$(unix "$bad_rel")" "$scratch/bad.copy"'
head -c 300 "$(unix "$export_rel")" >"$(unix "$client_rel/途中まで.json")"
w --db "$db" --lang en orgs list --json
before="$out"
w --db "$db" --lang en import "$(win "$client_rel/途中まで.json")"
w_code=$code w_err="$err"
l --db "$scratch/other.db" --lang en import "$(unix "$client_rel/途中まで.json")"
expect "a truncated organization file: refused as by the Linux build (exit 1, the same message)" \
  '[ $w_code = 1 ] && [ "$w_err" = "$err" ]' "Windows: exit $w_code, $w_err"$'\n'"Linux: exit $code, $err"
w --db "$db" --lang en orgs list --json
expect "… and the database is unchanged" '[ "$out" = "$before" ]'
w --db "$db" --lang ja import "$(win "$client_rel/ない.json")"
expect "a missing file: refused with its path" '[ $code != 0 ] && [[ "$err" == *ない.json* ]]'

# 9. Read-only files (the Windows read-only attribute; Wine keeps it as the Unix write bits).
ro_rel="$client_rel/読み取り専用.pdf"
printf 'keep me' >"$(unix "$ro_rel")"
"$wine" cmd /c attrib +r "$(win "$ro_rel")" >/dev/null 2>&1
w --db "$db" --lang ja report --org "$demo_id" --kind summary --date 2026-11-25 --out "$(win "$ro_rel")"
expect "a report over a read-only file: refused, the file kept" \
  '[ $code = 1 ] && [[ "$err" == *読み取り専用.pdf* ]] && [ "$(cat "$(unix "$ro_rel")")" = "keep me" ]'
w --db "$db" --lang en export --org "$demo_id" --out "$(win "$ro_rel")"
expect "an export over a read-only file: refused, the file kept" \
  '[ $code = 1 ] && [ "$(cat "$(unix "$ro_rel")")" = "keep me" ]'
ro_db_rel="$client_rel/読み取り専用.db"
cp "$(unix "$client_rel/client.db")" "$(unix "$ro_db_rel")"
"$wine" cmd /c attrib +r "$(win "$ro_db_rel")" >/dev/null 2>&1
cp "$(unix "$ro_db_rel")" "$scratch/ro.copy"
w --db "$(win "$ro_db_rel")" --lang ja orgs add --name "書けない会社"
ro_add_code=$code ro_add_err="$err"
expect "adding to a read-only database fails with a message" '[ $ro_add_code != 0 ] && [ -n "$ro_add_err" ]' "exit $ro_add_code; $ro_add_err"
expect "… and the database file is unchanged" 'cmp -s "$(unix "$ro_db_rel")" "$scratch/ro.copy"'

echo "windows: $passed passed, $failed failed"
[ "$failed" = 0 ]

//! The generated copies of the contract are fresh, and the Tauri shell agrees with it.

use std::path::{Path, PathBuf};

use super::*;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("the workspace folder")
}

fn read(path: &str) -> String {
    std::fs::read_to_string(workspace().join(path))
        .unwrap_or_else(|e| panic!("{path} cannot be read: {e}"))
        .replace("\r\n", "\n")
}

/// Run with `LPHM_BLESS=1` (`scripts/contract` does) to write the files instead.
#[test]
fn the_generated_files_are_fresh() {
    let bless = std::env::var_os("LPHM_BLESS").is_some();
    let mut stale = Vec::new();
    for (path, text) in generated() {
        let file = workspace().join(path);
        if bless {
            std::fs::create_dir_all(file.parent().unwrap()).unwrap();
            std::fs::write(&file, &text).unwrap();
        } else if std::fs::read_to_string(&file).ok().as_deref() != Some(text.as_str()) {
            stale.push(path);
        }
    }
    assert!(
        stale.is_empty(),
        "{stale:?} do not match crates/desk/src/contract.rs: run scripts/contract and commit them"
    );
}

/// `a::b::C<d::E>` -> `C<E>`, without spaces; Tauri's `Channel` is the contract's `Progress`.
fn normalise(ty: &str) -> String {
    let ty: String = ty.chars().filter(|c| !c.is_whitespace()).collect();
    let mut out = String::new();
    let mut word = String::new();
    for c in ty.chars().chain(std::iter::once('\0')) {
        if c.is_alphanumeric() || c == '_' || c == ':' {
            word.push(c);
        } else {
            out.push_str(word.rsplit("::").next().unwrap_or(""));
            word.clear();
            if c != '\0' {
                out.push(c);
            }
        }
    }
    out.replace("Channel<", "Progress<")
}

/// The `#[tauri::command]` functions of `src-tauri/src/commands.rs`: name, and the types of
/// the arguments the window passes followed by the answer's (`R<T>` is `T`).
fn adapters() -> Vec<(String, Vec<String>)> {
    let source = read("src-tauri/src/commands.rs");
    let injected = ["State<", "AppHandle", "WebviewWindow"];
    let mut out = Vec::new();
    for part in source.split("#[tauri::command]").skip(1) {
        let sig = &part[..part.find('{').expect("a function body")];
        let name_at = sig.find("fn ").expect("a function") + 3;
        let open = sig.find('(').unwrap();
        let name = sig[name_at..open].trim().to_string();
        let mut depth = 0;
        let close = open
            + sig[open..]
                .char_indices()
                .find(|&(_, c)| {
                    match c {
                        '(' => depth += 1,
                        ')' => depth -= 1,
                        _ => {}
                    }
                    depth == 0
                })
                .expect("a closing parenthesis")
                .0;
        let mut types: Vec<String> = Vec::new();
        let mut depth = 0;
        let mut current = String::new();
        for c in sig[open + 1..close].chars() {
            match c {
                '<' | '(' => depth += 1,
                '>' | ')' => depth -= 1,
                _ => {}
            }
            if c == ',' && depth == 0 {
                types.push(std::mem::take(&mut current));
            } else {
                current.push(c);
            }
        }
        types.push(current);
        let mut types: Vec<String> = types
            .iter()
            .filter_map(|a| a.split_once(':').map(|(_, t)| t.trim().to_string()))
            .filter(|t| !injected.iter().any(|i| t.contains(i)))
            .map(|t| normalise(&t))
            .collect();
        let answer = match sig[close + 1..].split_once("->") {
            Some((_, ty)) => {
                let ty = normalise(ty);
                ty.strip_prefix("R<")
                    .and_then(|t| t.strip_suffix('>'))
                    .map(str::to_string)
                    .unwrap_or(ty)
            }
            None => "()".to_string(),
        };
        types.push(answer);
        out.push((name, types));
    }
    out
}

#[test]
fn the_tauri_adapters_take_and_answer_what_the_contract_says() {
    let cfg = config();
    let contract: Vec<(String, Vec<String>)> = commands(&cfg)
        .into_iter()
        .map(|c| {
            (
                c.name.to_string(),
                c.rust.iter().map(|t| normalise(t)).collect(),
            )
        })
        .collect();
    let shell = adapters();
    for (name, types) in &contract {
        let found = shell.iter().find(|(n, _)| n == name);
        assert_eq!(
            found.map(|(_, t)| t),
            Some(types),
            "src-tauri/src/commands.rs: `{name}` must take and answer what crates/desk/src/contract.rs says"
        );
    }
    let extra: Vec<&String> = shell
        .iter()
        .map(|(n, _)| n)
        .filter(|n| !COMMANDS.contains(&n.as_str()))
        .collect();
    assert!(
        extra.is_empty(),
        "src-tauri/src/commands.rs has commands the contract does not list: {extra:?}"
    );
}

#[test]
fn generate_handler_lists_every_command_once() {
    let lib = read("src-tauri/src/lib.rs");
    let start = lib
        .find("generate_handler![")
        .expect("src-tauri/src/lib.rs registers its commands with generate_handler!");
    let list = &lib[start + "generate_handler![".len()..];
    let list = &list[..list.find(']').unwrap()];
    let registered: Vec<&str> = list
        .split(',')
        .map(|s| s.trim().trim_start_matches("commands::"))
        .filter(|s| !s.is_empty())
        .collect();
    assert_eq!(
        registered, COMMANDS,
        "generate_handler! in src-tauri/src/lib.rs must list the contract's commands, in its order"
    );
}

#[test]
fn build_rs_takes_its_allow_list_from_the_generated_file() {
    let build = read("src-tauri/build.rs");
    assert!(
        build.contains("include!(\"commands.in\")"),
        "src-tauri/build.rs must allow-list exactly the contract's commands (include!(\"commands.in\"))"
    );
}

/// One list of languages: `lphm_i18n::LANGUAGES`. The folders of `locales/` and the
/// locales compare-locales checks must be the same.
#[test]
fn the_languages_are_listed_once() {
    let mut folders: Vec<String> = std::fs::read_dir(workspace().join("locales"))
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    folders.sort();
    let mut languages: Vec<String> = lphm_i18n::LANGUAGES.iter().map(|l| l.to_string()).collect();
    languages.sort();
    assert_eq!(
        folders, languages,
        "locales/ must have one folder per language of lphm_i18n::LANGUAGES"
    );
    let toml = read("locales/l10n.toml");
    let line = toml
        .lines()
        .find(|l| l.starts_with("locales"))
        .expect("locales/l10n.toml lists its locales");
    let checked: Vec<String> = line
        .split('"')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect();
    let others: Vec<String> = lphm_i18n::LANGUAGES[1..]
        .iter()
        .map(|l| l.to_string())
        .collect();
    assert_eq!(
        checked, others,
        "locales/l10n.toml must check every language but the reference"
    );
    assert_eq!(
        lphm_i18n::LANGUAGES[0],
        "en",
        "English is the reference language"
    );
}

/// The window takes its languages from the generated contract, never a list of its own.
#[test]
fn the_window_writes_no_list_of_languages() {
    let mut offenders = Vec::new();
    let mut stack = vec![workspace().join("ui/src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            let name = path.to_string_lossy().replace('\\', "/");
            if path.is_dir() {
                // The generated contract itself, and the tests' stand-in for the Rust side.
                if !name.ends_with("/gen") && !name.ends_with("/test") {
                    stack.push(path);
                }
            } else if (name.ends_with(".ts") || name.ends_with(".tsx")) && !name.contains(".test.")
            {
                let text = std::fs::read_to_string(&path).unwrap();
                let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
                if compact.contains("\"en\",\"fr\"") || compact.contains("\"fr\",\"pl\"") {
                    offenders.push(name);
                }
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "{offenders:?} list languages: import LANGUAGES from the generated contract"
    );
}

//! The command-line tool.
//!
//! ```text
//! annalist extract --jsonl < in.jsonl > out.jsonl
//! annalist extract article.txt [--date 2024-04-16]
//! ```

use annalist::engine::{self, model::DocumentInput};
use std::io::{self, Read};
use std::process::ExitCode;

const USAGE: &str = "usage:
  annalist extract --jsonl < in.jsonl > out.jsonl   one {\"id\",\"text\",\"date\"?} per line
  annalist extract --jsonl --tokens ...             also \"tokens\": [{\"start\",\"end\",\"upos\"}] per line
  annalist extract FILE|- [--date YYYY-MM-DD] [--json]  readable summary (or JSON) of one text";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(msg) => {
            eprintln!("annalist: {msg}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<ExitCode, String> {
    let Some((cmd, rest)) = args.split_first() else {
        return Err(USAGE.to_string());
    };
    if cmd != "extract" {
        return Err(format!("unknown command {cmd:?}\n{USAGE}"));
    }
    let mut jsonl = false;
    let mut tokens = false;
    let mut json = false;
    let mut date = None;
    let mut file = None;
    let mut it = rest.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--jsonl" => jsonl = true,
            "--tokens" => tokens = true,
            "--json" => json = true,
            "--date" => date = Some(it.next().ok_or("--date needs a value")?.clone()),
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(ExitCode::SUCCESS);
            }
            f if file.is_none() => file = Some(f.to_string()),
            other => return Err(format!("unexpected argument {other:?}\n{USAGE}")),
        }
    }
    if jsonl {
        let stdin = io::stdin();
        let opts = engine::Options { tokens };
        let stats =
            engine::jsonl::run_with(stdin.lock(), io::stdout().lock(), io::stderr().lock(), opts)
                .map_err(|e| e.to_string())?;
        return Ok(if stats.errors > 0 {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        });
    }
    let text = match file.as_deref() {
        None | Some("-") => {
            let mut s = String::new();
            io::stdin()
                .read_to_string(&mut s)
                .map_err(|e| e.to_string())?;
            s
        }
        Some(f) => std::fs::read_to_string(f).map_err(|e| format!("{f}: {e}"))?,
    };
    let a = engine::analyze(&DocumentInput {
        id: file.unwrap_or_default(),
        text,
        date,
    });
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(&a).map_err(|e| e.to_string())?
        );
    } else {
        print!("{}", engine::summary(&a));
    }
    Ok(ExitCode::SUCCESS)
}

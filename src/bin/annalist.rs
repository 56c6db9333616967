//! The command-line tool.
//!
//! ```text
//! annalist extract --jsonl [FILE|-] > out.jsonl
//! annalist extract FILE|- [--date 2024-04-16] [--json]
//! annalist extract ... --today 2026-12-05
//! ```
//!
//! Exit status: 0 when every document was read and written; 1 when some JSONL
//! lines were reported on standard error (a bad line, written as
//! `{"id","line","error"}`, or a bad "date", analysed without it; the other lines
//! are still written); 2 when the run could not be done at all (usage, unreadable
//! file, failed write); 141 (128 + SIGPIPE), with no message, when the reader of
//! the output went away (`| head`).

use annalist::engine::{self, error::RunError, model::DocumentInput};
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::process::ExitCode;
use thiserror::Error;

const USAGE: &str = "usage:
  annalist --version
  annalist extract --jsonl [FILE|-] > out.jsonl     one {\"id\",\"text\",\"date\"?} per line
  annalist extract --jsonl --tokens ...             also \"tokens\": [{\"start\",\"end\",\"upos\"}] per line
  annalist extract [FILE|-] [--date YYYY-MM-DD] [--json [--tokens]]
                                                    readable summary (or JSON) of one text; no FILE
                                                    or - is standard input, and the JSON's \"id\" is
                                                    FILE as given, \"-\" for standard input
  --today YYYY-MM-DD   the day the texts are read: dates a year-less dateline (\"OSLO, March 4 -\")
                       with the latest such day up to it (default: the system date for one
                       text, none for --jsonl, where a dateline's year comes from the text)
exit status: 0 every document read and written; 1 some --jsonl lines named on stderr (a bad
  line, written as {\"id\",\"line\",\"error\"}, or a bad \"date\", analysed without it; the other
  lines are all written); 2 nothing done (usage, unreadable input, could not write output);
  141, quietly, when the output's reader went away (| head)";

/// Why the tool stopped.
#[derive(Debug, Error)]
enum CliError {
    /// No command, or `--help` misplaced: the usage text.
    #[error("{USAGE}")]
    Usage,
    #[error("unknown command {command:?}\n{USAGE}")]
    UnknownCommand { command: String },
    #[error("unknown option {flag:?}\n{USAGE}")]
    UnknownFlag { flag: String },
    #[error("unexpected argument {argument:?}\n{USAGE}")]
    UnexpectedArgument { argument: String },
    #[error("{flag} needs a value")]
    MissingValue { flag: &'static str },
    #[error("{flag} {date:?} is not a date: expected YYYY-MM-DD")]
    BadDate { flag: &'static str, date: String },
    #[error("--date does not apply to --jsonl: give each line its own \"date\"")]
    DateWithJsonl,
    #[error("--json does not apply to --jsonl: its output is JSON already, one line a document")]
    JsonWithJsonl,
    #[error("--tokens needs --jsonl or --json: the readable summary has no tokens")]
    TokensNeedJson,
    #[error("{flag} is given twice")]
    Repeated { flag: &'static str },
    #[error("could not read {path}: {source}")]
    Read {
        path: String,
        #[source]
        source: io::Error,
    },
    #[error("{path}: line {line} is not valid UTF-8")]
    NotUtf8 { path: String, line: usize },
    #[error("could not write output: {source}")]
    Write {
        #[source]
        source: io::Error,
    },
    #[error("{0}")]
    Run(#[from] RunError),
    #[error("could not serialise the analysis: {source}")]
    Serialize {
        #[source]
        source: serde_json::Error,
    },
}

fn main() -> ExitCode {
    fixed_mmap_threshold();
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        // The reader of the output went away (`annalist ... | head`): what it wanted was
        // written. End quietly, with the status a tool killed by SIGPIPE has in a shell.
        Err(e) if e.is_broken_pipe() => ExitCode::from(141),
        Err(e) => {
            let _ = writeln!(io::stderr(), "annalist: {e}");
            ExitCode::from(2)
        }
    }
}

impl CliError {
    /// A write that failed because the output (or standard error) is a pipe nobody reads.
    fn is_broken_pipe(&self) -> bool {
        let source = match self {
            CliError::Write { source } | CliError::Run(RunError::Write { source }) => source,
            _ => return false,
        };
        source.kind() == io::ErrorKind::BrokenPipe
    }
}

/// Print `text` and a line end to standard output (`--help`, `--version`).
fn say(text: &str) -> Result<ExitCode, CliError> {
    writeln!(io::stdout().lock(), "{text}").map_err(|source| CliError::Write { source })?;
    Ok(ExitCode::SUCCESS)
}

/// Keep the value of a flag that takes one, refusing it a second time (the first would
/// otherwise be silently dropped).
fn set_once<T>(slot: &mut Option<T>, flag: &'static str, value: T) -> Result<(), CliError> {
    if slot.replace(value).is_some() {
        return Err(CliError::Repeated { flag });
    }
    Ok(())
}

/// glibc's malloc raises its mmap threshold to the size of every large block freed (up to
/// 32 MiB; the first is the read buffer of a long JSONL line), after which a document's large
/// vectors come from the heap, whose freed space stays resident. A fixed threshold (128 KiB,
/// glibc's default) keeps them mapped, so a freed one goes back to the system: peak RSS of
/// `extract --jsonl` 40.2 -> 39.5 MiB on 4 MiB, 142.1 -> 135.9 MiB on 16 MiB (issue 16.6,
/// `bench/memory.sh`). Results do not depend on it.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn fixed_mmap_threshold() {
    extern "C" {
        fn mallopt(param: std::ffi::c_int, value: std::ffi::c_int) -> std::ffi::c_int;
    }
    /// glibc's `M_MMAP_THRESHOLD` (malloc.h).
    const M_MMAP_THRESHOLD: std::ffi::c_int = -3;
    // SAFETY: mallopt only sets a parameter of glibc's malloc, which every later allocation
    // reads under its lock; it is called before any other thread exists.
    unsafe {
        mallopt(M_MMAP_THRESHOLD, 128 * 1024);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn fixed_mmap_threshold() {}

/// Today by the system clock (UTC), or `None` when the clock is before 1970.
fn system_today() -> Option<engine::time::calendar::Ymd> {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?
        .as_secs();
    Some(engine::time::calendar::Ymd::from_days(
        i64::try_from(secs / 86_400).ok()?,
    ))
}

/// `-` or no file: standard input.
fn display_name(file: Option<&str>) -> String {
    match file {
        None | Some("-") => "standard input".to_string(),
        Some(f) => f.to_string(),
    }
}

fn open(file: Option<&str>) -> Result<Box<dyn BufRead>, CliError> {
    Ok(match file {
        None | Some("-") => Box::new(io::stdin().lock()),
        Some(f) => Box::new(BufReader::new(std::fs::File::open(f).map_err(
            |source| CliError::Read {
                path: f.to_string(),
                source,
            },
        )?)),
    })
}

fn run(args: &[String]) -> Result<ExitCode, CliError> {
    let Some((cmd, rest)) = args.split_first() else {
        return Err(CliError::Usage);
    };
    if cmd == "-h" || cmd == "--help" {
        return say(USAGE);
    }
    if cmd == "-V" || cmd == "--version" {
        return say(&format!("annalist {}", env!("CARGO_PKG_VERSION")));
    }
    if cmd != "extract" {
        return Err(CliError::UnknownCommand {
            command: cmd.clone(),
        });
    }
    let mut jsonl = false;
    let mut tokens = false;
    let mut json = false;
    let mut date = None;
    let mut today = None;
    let mut file = None;
    let mut it = rest.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--jsonl" => jsonl = true,
            "--tokens" => tokens = true,
            "--json" => json = true,
            "--date" => {
                let d = it.next().ok_or(CliError::MissingValue { flag: "--date" })?;
                // A mistyped date would leave every relative date unresolved in a run that
                // looks successful: refused like any other bad argument.
                if !engine::time::is_iso_date(d) {
                    return Err(CliError::BadDate {
                        flag: "--date",
                        date: d.clone(),
                    });
                }
                set_once(&mut date, "--date", d.clone())?;
            }
            "--today" => {
                let d = it
                    .next()
                    .ok_or(CliError::MissingValue { flag: "--today" })?;
                let day = engine::time::iso_date(d).ok_or_else(|| CliError::BadDate {
                    flag: "--today",
                    date: d.clone(),
                })?;
                set_once(&mut today, "--today", day)?;
            }
            "-h" | "--help" => return say(USAGE),
            // "-" is standard input; any other word starting with "-" is a flag this tool
            // does not have, not a file name.
            f if f.starts_with('-') && f != "-" => {
                return Err(CliError::UnknownFlag {
                    flag: f.to_string(),
                })
            }
            f if file.is_none() => file = Some(f.to_string()),
            other => {
                return Err(CliError::UnexpectedArgument {
                    argument: other.to_string(),
                })
            }
        }
    }
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    if jsonl {
        // Each line carries its own "date"; a flag that would be ignored is refused.
        if date.is_some() {
            return Err(CliError::DateWithJsonl);
        }
        if json {
            return Err(CliError::JsonWithJsonl);
        }
        let opts = engine::Options { tokens, today };
        let stats =
            engine::jsonl::run_with(open(file.as_deref())?, &mut out, io::stderr().lock(), opts)?;
        return Ok(if stats.errors + stats.flagged > 0 {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        });
    }
    if tokens && !json {
        return Err(CliError::TokensNeedJson);
    }
    let mut bytes = Vec::new();
    open(file.as_deref())?
        .read_to_end(&mut bytes)
        .map_err(|source| CliError::Read {
            path: display_name(file.as_deref()),
            source,
        })?;
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let text = match std::str::from_utf8(body) {
        Ok(s) => s.to_string(),
        Err(e) => {
            let line = 1 + body[..e.valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count();
            return Err(CliError::NotUtf8 {
                path: display_name(file.as_deref()),
                line,
            });
        }
    };
    drop(bytes);
    let a = engine::analyze_with(
        &DocumentInput {
            // The file as given; standard input is "-" whether named so or not.
            id: file.unwrap_or_else(|| "-".to_string()),
            text,
            date,
        },
        engine::Options {
            tokens,
            today: today.or_else(system_today),
        },
    );
    let written = if json {
        serde_json::to_writer_pretty(&mut out, &a).map_err(|e| {
            if e.is_io() {
                CliError::Write { source: e.into() }
            } else {
                CliError::Serialize { source: e }
            }
        })?;
        writeln!(out)
    } else {
        out.write_all(annalist::export::summary::text(&a).as_bytes())
    };
    written
        .and_then(|()| out.flush())
        .map_err(|source| CliError::Write { source })?;
    Ok(ExitCode::SUCCESS)
}

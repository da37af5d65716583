use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    odop_bazaar::cli::run(odop_bazaar::cli::Cli::parse())
}

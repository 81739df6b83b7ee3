use std::process::ExitCode;

fn main() -> ExitCode {
    nenkin_bot::cli::run()
}

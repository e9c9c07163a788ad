//! The `cjm` binary: all logic lives in the library (`cjm::cli`).

fn main() -> std::process::ExitCode {
    cjm::cli::main()
}

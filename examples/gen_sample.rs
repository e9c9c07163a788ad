//! Writes the sample session to `sessions/sample-workshop.ron`.
//!
//! Run after changing `src/sample.rs` (or anything that changes how events
//! are written): `cargo run --example gen_sample`.

use std::path::Path;

fn main() -> std::io::Result<()> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(cjm::sample::PATH);
    std::fs::write(&path, cjm::sample::file_text())?;
    println!("wrote {}", path.display());
    Ok(())
}

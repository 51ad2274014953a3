//! Writes the store target's base database: `cargo run --example store_base -- <out.db>`
//! (run in fuzz/; the committed copy is fuzz/store/base.db).

fn main() {
    let out = std::env::args().nth(1).expect("usage: store_base <out.db>");
    let dir = timconv_fuzz::session::scratch_dir("base");
    let bytes = timconv_fuzz::store_base::generate(&dir);
    std::fs::write(&out, &bytes).expect("write the database");
    let _ = std::fs::remove_dir_all(&dir);
    println!("{out}: {} bytes", bytes.len());
}

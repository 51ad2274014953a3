//! Writes the database a store_loader input produces, for inspection:
//! `cargo run --example store_case -- <input> <out.db>` (run in fuzz/).

use timconv_fuzz::db_mutation::{apply_edits, apply_patches, is_sql_mode};

fn main() {
    let mut args = std::env::args().skip(1);
    let (input, out) = match (args.next(), args.next()) {
        (Some(i), Some(o)) => (i, o),
        _ => panic!("usage: store_case <input> <out.db>"),
    };
    let data = std::fs::read(input).expect("read the input");
    let mut db = include_bytes!("../store/base.db").to_vec();
    if !is_sql_mode(&data) {
        apply_patches(&mut db, &data);
    }
    std::fs::write(&out, &db).expect("write the database");
    if is_sql_mode(&data) {
        if let Err(e) = apply_edits(out.as_ref(), &data) {
            eprintln!("edits stopped: {e}");
        }
    }
}

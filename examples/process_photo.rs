//! Processes one photo the way an upload is processed and reports the time
//! and the variants; run under `/usr/bin/time -v` to read the peak memory.
//!
//! ```sh
//! cargo run --release --example process_photo -- --make 7300x5475 /tmp/40mp.jpg
//! cargo run --release --example process_photo -- /tmp/40mp.jpg [OUT_DIR]
//! ```
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../benches/support/test_photo.rs"]
mod test_photo;

use std::path::PathBuf;
use std::time::Instant;

use odop_bazaar::media::{MediaStore, process_photo};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [flag, size, out] if flag == "--make" => {
            let (width, height) = size.split_once('x').expect("--make WIDTHxHEIGHT FILE");
            let jpeg = test_photo::test_photo_jpeg(width.parse().unwrap(), height.parse().unwrap());
            std::fs::write(out, &jpeg).unwrap();
            println!("wrote {out} ({} bytes)", jpeg.len());
        }
        [input, rest @ ..] if rest.len() <= 1 => {
            let upload = std::fs::read(input).unwrap();
            let started = Instant::now();
            let photo = process_photo(&upload).unwrap_or_else(|e| panic!("{input}: {e}"));
            let elapsed = started.elapsed();
            println!("{input}: {} × {} in {elapsed:.2?}", photo.width, photo.height);
            for file in &photo.files {
                println!(
                    "  {:>5} × {:<5} {:>8} bytes  {}",
                    file.key.width(),
                    file.height,
                    file.bytes.len(),
                    file.key
                );
            }
            if let Some(dir) = rest.first() {
                MediaStore::local(PathBuf::from(dir)).store_photo(&photo).unwrap();
                println!("stored under {dir}");
            }
        }
        _ => eprintln!("usage: process_photo FILE [OUT_DIR] | process_photo --make WIDTHxHEIGHT FILE"),
    }
}

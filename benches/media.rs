//! Photo processing: a 12 MP phone JPEG into the three widths, WebP and
//! JPEG each, against ImageMagick doing the same from the same file.
//!
//! `cargo bench --bench media`. Install ImageMagick for the comparison
//! (`apt-get install -y imagemagick`); it is skipped, with a note, without it.

#[path = "support/test_photo.rs"]
mod test_photo;

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use criterion::{Criterion, SamplingMode, criterion_group, criterion_main};
use odop_bazaar::media::process_photo;

/// Debian's ImageMagick; `convert` elsewhere on PATH may be something else.
const CONVERT: &str = "/usr/bin/convert";

/// The same work as `process_photo`: upright, no metadata, each width made
/// from the one before with Lanczos, baseline 4:2:0 JPEG at 82 and WebP at
/// 80 (method 4, libwebp's default).
fn imagemagick_args(input: &Path, out: &Path) -> Vec<String> {
    let mut args = vec![
        input.display().to_string(),
        "-auto-orient".into(),
        "-strip".into(),
    ];
    for width in [1600, 800, 320] {
        let stem = out.join(width.to_string()).display().to_string();
        args.extend(
            [
                "-filter",
                "Lanczos",
                "-resize",
                &format!("{width}x"),
                "-quality",
                "82",
                "-sampling-factor",
                "4:2:0",
                "-write",
                &format!("{stem}.jpg"),
                "-quality",
                "80",
                "-define",
                "webp:method=4",
                "-write",
                &format!("{stem}.webp"),
            ]
            .map(String::from),
        );
    }
    args.push("null:".into());
    args
}

fn imagemagick_available() -> bool {
    Command::new(CONVERT)
        .arg("-version")
        .output()
        .is_ok_and(|out| String::from_utf8_lossy(&out.stdout).contains("ImageMagick"))
}

fn photo_processing(c: &mut Criterion) {
    let jpeg = test_photo::test_photo_jpeg(4000, 3000);
    let mut group = c.benchmark_group("12mp_jpeg_to_3_widths_webp_and_jpeg");
    // Each run takes a quarter to one second: equal-sized samples of one run
    // each, rather than criterion's growing ones, keep the total bounded.
    group
        .sampling_mode(SamplingMode::Flat)
        .sample_size(20)
        .measurement_time(Duration::from_secs(20));
    group.bench_function("odop_bazaar", |b| {
        b.iter(|| process_photo(&jpeg).unwrap_or_else(|e| panic!("{e}")))
    });
    if imagemagick_available() {
        let dir = std::env::temp_dir().join(format!("odop-media-bench-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
        let input = dir.join("photo.jpg");
        std::fs::write(&input, &jpeg).unwrap_or_else(|e| panic!("{e}"));
        let args = imagemagick_args(&input, &dir);
        group.bench_function("imagemagick_convert", |b| {
            b.iter(|| {
                let status = Command::new(CONVERT).args(&args).status();
                assert!(status.is_ok_and(|s| s.success()), "convert failed");
            })
        });
        let _ = std::fs::remove_dir_all(&dir);
    } else {
        eprintln!(
            "note: {CONVERT} is not ImageMagick or is missing; the comparison was skipped (apt-get install -y imagemagick)"
        );
    }
    group.finish();
}

criterion_group!(benches, photo_processing);
criterion_main!(benches);

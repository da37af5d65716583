//! Photo uploads: validation by content, limits before decoding, EXIF
//! orientation, metadata stripping, variants, storage and serving.

mod fixtures;

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::Path;

use image::{DynamicImage, ImageFormat, Rgb, RgbImage, Rgba, RgbaImage};
use odop_bazaar::media::{Format, ImageHash, MediaError, MediaStore, ProcessedPhoto, process_photo};

use self::fixtures::*;
use crate::harness::{Backend, TestApp};

fn decode(bytes: &[u8]) -> RgbImage {
    image::load_from_memory(bytes).unwrap().into_rgb8()
}

fn variant(photo: &ProcessedPhoto, width: u32, format: Format) -> &[u8] {
    let file = photo
        .files
        .iter()
        .find(|f| f.key.width() == width && f.key.format() == format);
    &file
        .unwrap_or_else(|| panic!("no {format:?} variant {width} wide"))
        .bytes
}

fn widths(photo: &ProcessedPhoto, format: Format) -> Vec<u32> {
    photo
        .files
        .iter()
        .filter(|f| f.key.format() == format)
        .map(|f| f.key.width())
        .collect()
}

fn refused(upload: &[u8]) -> MediaError {
    match process_photo(upload) {
        Ok(_) => panic!("the upload was accepted"),
        Err(error) => error,
    }
}

#[test]
fn jpeg_png_and_webp_give_webp_and_jpeg_variants_at_three_widths() {
    let source = DynamicImage::ImageRgb8(photo(1800, 1200));
    let uploads = [
        ("JPEG", jpeg(source.as_rgb8().unwrap())),
        ("PNG", encoded(&source, ImageFormat::Png)),
        ("WebP", encoded(&source, ImageFormat::WebP)),
    ];
    for (name, upload) in uploads {
        let photo = process_photo(&upload).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!((photo.width, photo.height), (1800, 1200), "{name}");
        for format in Format::ALL {
            assert_eq!(widths(&photo, format), vec![320, 800, 1600], "{name} {format:?}");
        }
        for file in &photo.files {
            let format = image::guess_format(&file.bytes).unwrap();
            let expected = match file.key.format() {
                Format::Webp => ImageFormat::WebP,
                Format::Jpeg => ImageFormat::Jpeg,
            };
            assert_eq!(format, expected, "{name} {}", file.key);
            let image = decode(&file.bytes);
            assert_eq!(
                image.dimensions(),
                (file.key.width(), file.height),
                "{name} {}",
                file.key
            );
            assert_eq!(file.height, (file.key.width() * 2 + 1) / 3, "{name} {}", file.key);
        }
        let stored = photo.stored_image();
        assert_eq!(stored.variants.len(), 6);
        assert!(
            stored
                .variants
                .iter()
                .all(|v| v.path.starts_with(&format!("/media/{}/", &stored.hash[..2])))
        );
    }
}

#[test]
fn photos_are_never_enlarged() {
    let photo = process_photo(&jpeg(&photo(500, 400))).unwrap();
    assert_eq!(widths(&photo, Format::Webp), vec![320, 500]);
    assert_eq!(widths(&photo, Format::Jpeg), vec![320, 500]);
    assert_eq!(
        decode(variant(&photo, 500, Format::Jpeg)).dimensions(),
        (500, 400)
    );
}

#[test]
fn variants_look_like_the_photo() {
    // Guards against an encoder that writes valid files of the wrong picture.
    let source = photo(1600, 1200);
    let photo = process_photo(&encoded(
        &DynamicImage::ImageRgb8(source.clone()),
        ImageFormat::Png,
    ))
    .unwrap();
    for format in Format::ALL {
        let quality = psnr(&decode(variant(&photo, 1600, format)), &source);
        assert!(quality > 32.0, "{format:?} variant PSNR {quality:.1} dB");
    }
}

#[test]
fn files_that_are_not_photos_are_refused_whatever_their_name() {
    // A PHP script uploaded as "photo.jpg": only the bytes are looked at.
    let php = b"<?php system($_GET['cmd']); ?>\n".to_vec();
    let gif = b"GIF89a\x2c\x01\x2c\x01\x80\x00\x00".to_vec();
    let bmp = b"BM\x36\x00\x0c\x00\x00\x00\x00\x00\x36\x00\x00\x00".to_vec();
    let mut jpeg_magic_then_garbage = vec![0xFF, 0xD8, 0xFF, 0xE0];
    jpeg_magic_then_garbage.extend(std::iter::repeat_n(0x42, 4000));
    for (name, upload) in [
        ("php", php),
        ("gif", gif),
        ("bmp", bmp),
        ("empty", Vec::new()),
        ("zeros", vec![0; 1000]),
    ] {
        let error = refused(&upload);
        assert!(matches!(error, MediaError::NotAPhoto), "{name}: {error:?}");
        assert_eq!(error.to_string(), "This file is not a JPEG, PNG or WebP photo.");
    }
    let error = refused(&jpeg_magic_then_garbage);
    assert!(matches!(error, MediaError::Damaged), "{error:?}");
}

#[test]
fn a_truncated_photo_is_refused_as_damaged() {
    let full_jpeg = jpeg(&photo(800, 600));
    let full_png = encoded(&DynamicImage::ImageRgb8(photo(800, 600)), ImageFormat::Png);
    let full_webp = encoded(&DynamicImage::ImageRgb8(photo(800, 600)), ImageFormat::WebP);
    for (name, full) in [("JPEG", full_jpeg), ("PNG", full_png), ("WebP", full_webp)] {
        for keep in [full.len() / 2, full.len() - 100, 400] {
            let Err(error) = process_photo(&full[..keep]) else {
                panic!("{name} cut to {keep} of {} bytes was accepted", full.len());
            };
            assert!(
                matches!(error, MediaError::Damaged),
                "{name} cut to {keep} bytes: {error:?}"
            );
            assert_eq!(
                error.to_string(),
                "The photo is incomplete or damaged; try saving it again."
            );
        }
    }
}

#[test]
fn data_after_the_end_of_a_jpeg_is_allowed() {
    // Phones append a video after the JPEG's end marker ("motion photos");
    // our own variants must also be uploadable again.
    let mut motion_photo = jpeg(&photo(640, 480));
    motion_photo.extend_from_slice(b"\0\0\0\x18ftypmp42\0\0\0\0isommp42");
    motion_photo.extend(std::iter::repeat_n(0xFF, 64));
    assert!(process_photo(&motion_photo).is_ok());
    let ours = process_photo(&jpeg(&photo(640, 480))).unwrap();
    let again = process_photo(variant(&ours, 640, Format::Jpeg)).unwrap();
    assert_eq!((again.width, again.height), (640, 480));
}

#[test]
fn a_decompression_bomb_is_refused_from_its_header() {
    // 100000 × 100000 RGB would need 30 GB; 8000 × 6000 is 48 MP. Neither
    // file carries pixel data: refusing them as too large (not as damaged)
    // shows the header alone decided, before any pixel buffer existed.
    for (width, height) in [(100_000, 100_000), (8000, 6000)] {
        let error = refused(&png_header(width, height));
        assert!(
            matches!(error, MediaError::TooManyPixels),
            "{width}×{height}: {error:?}"
        );
        assert_eq!(
            error.to_string(),
            "The photo is too large: at most 40 megapixels."
        );
    }
}

#[test]
fn strips_and_tiny_photos_are_refused() {
    let error = refused(&png_header(1, 100_000));
    assert!(matches!(error, MediaError::BadShape), "{error:?}");
    let strip = encoded(&DynamicImage::ImageRgb8(photo(2500, 200)), ImageFormat::Png);
    assert!(matches!(refused(&strip), MediaError::BadShape));
    let tiny = encoded(&DynamicImage::ImageRgb8(photo(150, 150)), ImageFormat::Png);
    let error = refused(&tiny);
    assert!(matches!(error, MediaError::TooSmall), "{error:?}");
    assert_eq!(
        error.to_string(),
        "The photo is too small: at least 200 × 200 pixels."
    );
}

#[test]
fn an_upload_over_20_mb_is_refused_before_anything_else() {
    let mut upload = jpeg(&photo(400, 300));
    upload.resize(20 * 1024 * 1024 + 1, 0);
    let error = refused(&upload);
    assert!(matches!(error, MediaError::FileTooLarge), "{error:?}");
    assert_eq!(error.to_string(), "The photo is larger than 20 MB.");
}

#[test]
fn exif_orientation_is_applied() {
    // A phone held upright stores its 400 × 200 sensor image sideways with
    // Orientation 6 ("rotate 90° clockwise to view"): the left edge of the
    // stored pixels is the top of the scene.
    let upload = jpeg_with_segments(&red_left_blue_right(400, 200), &[(1, exif_orientation(6))]);
    let photo = process_photo(&upload).unwrap();
    assert_eq!((photo.width, photo.height), (200, 400));
    for format in Format::ALL {
        let upright = decode(variant(&photo, 200, format));
        assert_eq!(upright.dimensions(), (200, 400), "{format:?}");
        let top = upright.get_pixel(100, 50);
        let bottom = upright.get_pixel(100, 350);
        assert!(
            top[0] > 150 && top[2] < 100,
            "{format:?}: top should be red, is {top:?}"
        );
        assert!(
            bottom[2] > 150 && bottom[0] < 100,
            "{format:?}: bottom should be blue, is {bottom:?}"
        );
    }
}

#[test]
fn metadata_is_stripped_from_every_variant() {
    let segments = [(1, exif_orientation(1)), (1, xmp()), (2, icc())];
    let upload = jpeg_with_segments(&photo(900, 600), &segments);
    for marker in [&b"Exif"[..], b"ns.adobe.com/xap", b"ICC_PROFILE"] {
        assert!(contains(&upload, marker));
    }
    let photo = process_photo(&upload).unwrap();
    for file in &photo.files {
        for marker in [
            &b"Exif"[..],
            b"EXIF",
            b"http://ns.adobe.com",
            b"XMP ",
            b"ICCP",
            b"ICC_PROFILE",
        ] {
            assert!(
                !contains(&file.bytes, marker),
                "{} contains {}",
                file.key,
                String::from_utf8_lossy(marker)
            );
        }
    }
}

#[test]
fn cmyk_jpegs_come_out_in_the_right_colours() {
    // Pure magenta + yellow ink is red; cyan ink alone is a light blue-green.
    for ycck in [false, true] {
        for (cmyk, expected) in [([0, 255, 255, 0], [255, 0, 0]), ([255, 0, 0, 0], [0, 255, 255])] {
            let photo = process_photo(&cmyk_jpeg(300, 300, cmyk, ycck)).unwrap();
            let pixel = *decode(variant(&photo, 300, Format::Jpeg)).get_pixel(150, 150);
            let close = pixel
                .0
                .iter()
                .zip(expected)
                .all(|(got, want)| got.abs_diff(want) < 40);
            assert!(
                close,
                "CMYK {cmyk:?} (YCCK: {ycck}) came out as {pixel:?}, expected about {expected:?}"
            );
        }
    }
}

#[test]
fn transparency_becomes_white() {
    let logo = RgbaImage::from_fn(400, 400, |x, _| {
        if x < 200 {
            Rgba([0, 0, 0, 0])
        } else {
            Rgba([0, 90, 0, 255])
        }
    });
    let photo = process_photo(&encoded(&DynamicImage::ImageRgba8(logo), ImageFormat::Png)).unwrap();
    let image = decode(variant(&photo, 320, Format::Jpeg));
    let (left, right) = (image.get_pixel(40, 160), image.get_pixel(280, 160));
    assert!(left.0.iter().all(|c| *c > 240), "transparent area is {left:?}");
    assert!(right[1] > 60 && right[0] < 40, "opaque area is {right:?}");
}

#[test]
fn grey_photos_are_accepted() {
    let grey = DynamicImage::ImageLuma8(image::GrayImage::from_fn(300, 300, |x, _| {
        image::Luma([(x % 256) as u8])
    }));
    let photo = process_photo(&encoded(&grey, ImageFormat::Jpeg)).unwrap();
    let pixel: Rgb<u8> = *decode(variant(&photo, 300, Format::Jpeg)).get_pixel(100, 100);
    assert!(
        pixel[0].abs_diff(pixel[1]) < 4 && pixel[1].abs_diff(pixel[2]) < 4,
        "{pixel:?}"
    );
}

fn files_under(root: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    for dir in std::fs::read_dir(root).unwrap() {
        let dir = dir.unwrap().path();
        for file in std::fs::read_dir(&dir).unwrap() {
            let path = file.unwrap().path();
            let name = path.strip_prefix(root).unwrap().display().to_string();
            files.insert(name, std::fs::read(&path).unwrap());
        }
    }
    files
}

#[actix_web::test]
async fn storing_the_same_upload_twice_writes_the_same_files_and_delete_removes_them() {
    let dir = tempfile::tempdir().unwrap();
    let store = MediaStore::local(dir.path());
    let upload = jpeg(&photo(1000, 800));
    let first = store.store_upload(upload.clone()).await.unwrap();
    let files = files_under(dir.path());
    assert_eq!(files.len(), 6, "{:?}", files.keys());
    let second = store.store_upload(upload).await.unwrap();
    assert_eq!(first, second);
    assert_eq!(files_under(dir.path()), files);
    for variant in &first.variants {
        let on_disk = dir.path().join(variant.path.trim_start_matches("/media/"));
        assert!(on_disk.is_file(), "{}", variant.path);
    }

    // Another photo in the same directory survives the delete.
    let other = store.store_upload(jpeg(&photo(600, 600))).await.unwrap();
    store.delete(&first.hash).await;
    let left = files_under(dir.path());
    assert!(
        left.keys().all(|name| !name.contains(&first.hash[2..])),
        "{:?}",
        left.keys()
    );
    assert_eq!(left.len(), other.variants.len());
    let hash = ImageHash::parse(&other.hash).unwrap();
    assert_eq!(store.remove_photo(&hash).unwrap(), other.variants.len());
    assert!(files_under(dir.path()).is_empty());
}

/// Sends a request line as written, without a client's path normalisation.
fn raw_get(port: u16, path: &str) -> String {
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut response = String::new();
    let _ = stream.read_to_string(&mut response);
    response
}

#[actix_web::test]
async fn media_is_served_with_a_year_long_immutable_cache_and_nothing_else_is() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let store = MediaStore::from_settings(&app.settings).unwrap();
    let stored = store.store_upload(jpeg(&photo(900, 600))).await.unwrap();
    // Something else under MEDIA_DIR and next to it that must stay private.
    std::fs::write(app.settings.media_dir.join("secret.txt"), "private").unwrap();

    for variant in &stored.variants {
        let response = app.get(&variant.path).await;
        assert_eq!(response.status(), 200, "{}", variant.path);
        let header = |name: &str| response.headers()[name].to_str().unwrap().to_owned();
        assert_eq!(header("cache-control"), "public, max-age=31536000, immutable");
        let content_type = match variant.format {
            Format::Webp => "image/webp",
            Format::Jpeg => "image/jpeg",
        };
        assert_eq!(header("content-type"), content_type);
        let body = response.bytes().await.unwrap();
        assert_eq!(decode(&body).width(), variant.width);
    }

    let known = &stored.variants[0].path;
    let unknown = known.replacen(&stored.hash[2..6], "0000", 1);
    let port: u16 = app.address.rsplit(':').next().unwrap().parse().unwrap();
    for path in [
        unknown.as_str(),
        &known.replace(".webp", ".png"),
        "/media/secret.txt",
        "/media/",
        "/media/%2e%2e/Cargo.toml",
        "/media/ab/..%2F..%2FCargo.toml",
    ] {
        assert_eq!(app.get(path).await.status(), 404, "{path}");
    }
    for path in [
        "/media/../Cargo.toml",
        "/media/../../Cargo.toml",
        "/media/..%2fsecret.txt",
    ] {
        let response = raw_get(port, path);
        assert!(
            response.starts_with("HTTP/1.1 404"),
            "{path}: {}",
            response.lines().next().unwrap_or("")
        );
        assert!(
            !response.contains("[package]") && !response.contains("private"),
            "{path}"
        );
    }

    store.delete(&stored.hash).await;
    assert_eq!(app.get(known).await.status(), 404);
    app.stop().await;
}

//! A deterministic stand-in for a phone photo, shared by the benchmark and
//! the `process_photo` example: smooth light falling across the frame, a few
//! soft shapes, and sensor-like noise, so encoders and resizers work as hard
//! as on a real photo (a flat test card would flatter them).

use jpeg_encoder::{ColorType, Encoder};

/// A `width` × `height` photo as a quality-90 JPEG, like a phone saves it.
pub fn test_photo_jpeg(width: u16, height: u16) -> Vec<u8> {
    let (w, h) = (f32::from(width), f32::from(height));
    let mut state = 0x9E37_79B9u32;
    let mut pixels = Vec::with_capacity(usize::from(width) * usize::from(height) * 3);
    for y in 0..height {
        for x in 0..width {
            let (fx, fy) = (f32::from(x) / w, f32::from(y) / h);
            // xorshift32: cheap, deterministic noise.
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            let noise = (state % 17) as f32 - 8.0;
            let shapes = ((fx * 9.0).sin() * (fy * 7.0).cos()) * 60.0;
            let channel = |v: f32| (v + noise).clamp(0.0, 255.0) as u8;
            pixels.extend_from_slice(&[
                channel(fx * 200.0 + shapes),
                channel(fy * 180.0 + 30.0 - shapes / 2.0),
                channel((1.0 - fx) * 150.0 + fy * 60.0),
            ]);
        }
    }
    let mut jpeg = Vec::new();
    Encoder::new(&mut jpeg, 90)
        .encode(&pixels, width, height, ColorType::Rgb)
        .unwrap_or_else(|e| panic!("encoding the test photo: {e}"));
    jpeg
}

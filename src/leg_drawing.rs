//! The drawn leg (side view, facing right): one drawing for quick relief's muscle picker
//! (views/leg_picker.rs) and the diary's form (diary-web includes this file by path), so a person
//! sees the same leg in both. The muscles are the diary's; each names the content's relief advice
//! for its stretch (the self-check asks only "thigh", the picture tells its two sides apart).
//! Tests in views/leg_picker.rs check both.

/// A muscle's shape, and where its label goes (`x`, `y`, SVG `text-anchor`).
pub struct Shape {
    pub muscle: &'static str,
    pub path: &'static str,
    pub x: u16,
    pub y: u16,
    pub anchor: &'static str,
    /// The content's relief advice for this muscle's stretch.
    pub relief: &'static str,
}

pub const VIEW_BOX: &str = "-70 0 460 360";

/// The shin and the hip: drawing only, not choices.
pub const BODY: [&str; 2] = [
    "M190 162 L222 162 L216 270 L190 270 Z",
    "M148 8 L232 8 L230 20 L150 20 Z",
];

pub const MUSCLES: [Shape; 4] = [
    Shape {
        muscle: "hamstring",
        path: "M150 20 L190 20 L190 150 L158 150 Z",
        x: 142,
        y: 80,
        anchor: "end",
        relief: "relief_hamstring",
    },
    Shape {
        muscle: "quadriceps",
        path: "M190 20 L230 20 L226 150 L190 150 Z",
        x: 238,
        y: 80,
        anchor: "start",
        relief: "relief_quadriceps",
    },
    Shape {
        muscle: "calf",
        path: "M160 162 L190 162 L190 270 L170 270 Q146 215 160 162 Z",
        x: 142,
        y: 210,
        anchor: "end",
        relief: "relief_calf",
    },
    Shape {
        muscle: "foot",
        path: "M170 278 L216 278 L282 302 L282 318 L168 318 Z",
        x: 225,
        y: 342,
        anchor: "middle",
        relief: "relief_foot",
    },
];

/// The drawn muscle with this ID (quick relief's routes and stretches go by it).
pub fn shape(muscle: &str) -> Option<&'static Shape> {
    MUSCLES.iter().find(|s| s.muscle == muscle)
}

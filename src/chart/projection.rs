//! Data ↔ pixel mapping of the emotion curve. Pure maths, tested natively; the browser uses the
//! same functions to go from a pointer position back to a touchpoint and an emotion value.
use crate::model::{Id, JourneyMap};

/// Vertical mapping between emotion values and pixel rows.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Projection {
    /// Pixel row of the scale's maximum (top of the plot).
    pub top: f64,
    /// Pixel row of the scale's minimum (bottom of the plot).
    pub bottom: f64,
    /// Lowest emotion value.
    pub min: i8,
    /// Highest emotion value.
    pub max: i8,
}

impl Projection {
    /// Pixel row of an emotion value. A zero-range scale maps everything to the middle.
    pub fn y_of(&self, value: f64) -> f64 {
        let span = self.max as f64 - self.min as f64;
        if span <= 0.0 {
            return (self.top + self.bottom) / 2.0;
        }
        self.bottom - (value - self.min as f64) / span * (self.bottom - self.top)
    }

    /// Emotion value (unrounded) at a pixel row.
    pub fn value_at(&self, y: f64) -> f64 {
        let h = self.bottom - self.top;
        if h <= 0.0 || self.max <= self.min {
            return self.min as f64;
        }
        self.min as f64 + (self.bottom - y) / h * (self.max as f64 - self.min as f64)
    }

    /// The scale step nearest to a pixel row, clamped to the scale.
    pub fn snap(&self, y: f64) -> i8 {
        let v = self.value_at(y).round();
        (v.max(self.min as f64).min(self.max as f64)) as i8
    }
}

/// A stage's horizontal band.
#[derive(Debug, Clone, PartialEq)]
pub struct Band {
    /// The stage.
    pub stage: Id,
    /// Stage name (drawn as text).
    pub name: String,
    /// Left pixel column.
    pub x0: f64,
    /// Right pixel column.
    pub x1: f64,
}

/// Where a touchpoint sits on the x axis.
#[derive(Debug, Clone, PartialEq)]
pub struct PointPos {
    /// The touchpoint.
    pub touchpoint: Id,
    /// Journey-order index.
    pub index: usize,
    /// Pixel column.
    pub x: f64,
}

/// Geometry of the emotion curve for one map and one size.
#[derive(Debug, Clone, PartialEq)]
pub struct CurveLayout {
    /// Total width in pixels.
    pub width: u32,
    /// Total height in pixels.
    pub height: u32,
    /// Vertical mapping.
    pub projection: Projection,
    /// One band per stage, in order; bands have equal width so they line up with stage columns.
    pub bands: Vec<Band>,
    /// One entry per touchpoint in journey order.
    pub points: Vec<PointPos>,
}

/// Height of the stage-name strip at the top.
pub const HEADER: f64 = 28.0;
/// Space under the plot for the legend.
pub const FOOTER: f64 = 44.0;

/// Lays the curve out: equal bands per stage, touchpoints spread evenly inside their band.
pub fn layout_curve(map: &JourneyMap, width: u32, height: u32) -> CurveLayout {
    let n = map.stages.len().max(1) as f64;
    let band_w = width as f64 / n;
    let mut bands = Vec::new();
    let mut points = Vec::new();
    for (i, s) in map.stages.iter().enumerate() {
        let x0 = i as f64 * band_w;
        bands.push(Band {
            stage: s.id.clone(),
            name: s.name.clone(),
            x0,
            x1: x0 + band_w,
        });
        let tps: Vec<_> = map.touchpoints_of(&s.id).collect();
        let k = tps.len() as f64;
        for (j, t) in tps.iter().enumerate() {
            let x = x0 + (j as f64 + 0.5) * band_w / k;
            points.push(PointPos {
                touchpoint: t.id.clone(),
                index: points.len(),
                x,
            });
        }
    }
    let projection = Projection {
        top: HEADER + 16.0,
        bottom: (height as f64 - FOOTER - 16.0).max(HEADER + 17.0),
        min: map.emotion_scale.min,
        max: map.emotion_scale.max,
    };
    CurveLayout {
        width,
        height,
        projection,
        bands,
        points,
    }
}

impl CurveLayout {
    /// The touchpoint nearest to a pixel column (for pointer hit-testing).
    pub fn nearest_point(&self, x: f64) -> Option<&PointPos> {
        self.points
            .iter()
            .min_by(|a, b| (a.x - x).abs().total_cmp(&(b.x - x).abs()))
    }
}

//! The touchpoint matrix: stages × channels, with counts, mean emotion and pain points per cell.
use crate::model::{Id, JourneyMap};

/// One cell of the matrix.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Cell {
    /// Touchpoints of this stage on this channel.
    pub touchpoints: Vec<Id>,
    /// Mean emotion over all personas, if any emotion is recorded.
    pub mean_emotion: Option<f64>,
    /// Pain points at these touchpoints.
    pub pain_points: usize,
}

/// Stages (rows) × channels (columns); every stage and channel of the map appears, used or not.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Matrix {
    /// Row keys: stage ids in journey order.
    pub stages: Vec<Id>,
    /// Column keys: channel ids in the map's order.
    pub channels: Vec<Id>,
    /// `cells[row][column]`.
    pub cells: Vec<Vec<Cell>>,
}

impl Matrix {
    /// Whether no touchpoint uses channel column `c` (an empty column).
    pub fn is_unused_channel(&self, c: usize) -> bool {
        self.cells.iter().all(|r| r[c].touchpoints.is_empty())
    }

    /// Channels no touchpoint uses (empty columns).
    pub fn unused_channels(&self) -> Vec<&Id> {
        (0..self.channels.len())
            .filter(|c| self.is_unused_channel(*c))
            .map(|c| &self.channels[c])
            .collect()
    }
}

/// Builds the matrix of `map`.
pub fn matrix(map: &JourneyMap) -> Matrix {
    let stages: Vec<Id> = map.stages.iter().map(|s| s.id.clone()).collect();
    let channels: Vec<Id> = map.channels.iter().map(|c| c.id.clone()).collect();
    let mut sums = vec![vec![(0.0f64, 0usize); channels.len()]; stages.len()];
    let mut cells = vec![vec![Cell::default(); channels.len()]; stages.len()];
    for t in map.journey_order() {
        let (Some(r), Some(c)) = (
            stages.iter().position(|s| *s == t.stage),
            channels.iter().position(|x| *x == t.channel),
        ) else {
            continue;
        };
        let cell = &mut cells[r][c];
        cell.touchpoints.push(t.id.clone());
        cell.pain_points += t.pain_points.len();
        for v in t.emotions.values() {
            sums[r][c].0 += *v as f64;
            sums[r][c].1 += 1;
        }
    }
    for (r, row) in cells.iter_mut().enumerate() {
        for (c, cell) in row.iter_mut().enumerate() {
            let (s, n) = sums[r][c];
            cell.mean_emotion = (n > 0).then(|| s / n as f64);
        }
    }
    Matrix {
        stages,
        channels,
        cells,
    }
}

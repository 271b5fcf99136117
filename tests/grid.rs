//! The journey grid's geometry (`layout::grid`): columns in journey order under their stage's
//! band, empty stages kept, centres where the emotion points go, windowing, lane heights.
#![cfg(not(target_arch = "wasm32"))]
use patika::layout::grid::*;
use patika::model::samples::{sample, Sample};
use patika::model::{JourneyMap, Lane, Stage};

fn shop() -> JourneyMap {
    sample(Sample::OnlineShopTr, "m", "2026-12-02T10:00:00Z")
}

#[test]
fn columns_follow_the_journey_and_every_stage_has_a_band() {
    let mut m = shop();
    m.stages.push(Stage {
        id: "bos".into(),
        name: "Boş aşama".into(),
        ..Stage::default()
    });
    let c = Columns::of(&m);
    let order: Vec<&str> = m.journey_order().iter().map(|t| t.id.as_str()).collect();
    let shown: Vec<&str> = c
        .slots
        .iter()
        .filter_map(|s| match s {
            Slot::Touchpoint(i) => Some(m.touchpoints[*i].id.as_str()),
            Slot::EmptyStage(_) => None,
        })
        .collect();
    assert_eq!(shown, order, "journey order");
    assert_eq!(c.bands.len(), m.stages.len());
    // Bands tile the columns in stage order; the empty stage keeps one empty column.
    let mut next = 0;
    for b in &c.bands {
        assert_eq!(b.columns.start, next);
        assert!(!b.columns.is_empty());
        for col in b.columns.clone() {
            match c.slots[col] {
                Slot::Touchpoint(i) => assert_eq!(m.touchpoints[i].stage, m.stages[b.stage].id),
                Slot::EmptyStage(s) => assert_eq!(s, b.stage),
            }
        }
        next = b.columns.end;
    }
    assert_eq!(next, c.len());
    assert_eq!(c.slots.last(), Some(&Slot::EmptyStage(m.stages.len() - 1)));
    let i = m.touchpoints.len() - 1;
    assert!(matches!(c.column_of(i).map(|col| c.slots[col]), Some(Slot::Touchpoint(x)) if x == i));
    assert!(Columns::of(&JourneyMap::default()).is_empty());
}

#[test]
fn an_emotion_point_sits_on_its_column_centre() {
    for col in [0, 1, 7, 999] {
        let centre = column_centre(col);
        assert!(centre > column_left(col) && centre < column_left(col + 1));
        assert!((centre - (column_left(col) + column_left(col + 1)) / 2.0).abs() < 1e-9);
    }
    // Top is the most positive; the scale's middle is the lane's middle.
    assert_eq!(emotion_y(2.0, -2.0, 2.0, 160.0, 10.0), 10.0);
    assert_eq!(emotion_y(-2.0, -2.0, 2.0, 160.0, 10.0), 150.0);
    assert_eq!(emotion_y(0.0, -2.0, 2.0, 160.0, 10.0), 80.0);
    assert_eq!(emotion_y(9.0, -2.0, 2.0, 160.0, 10.0), 10.0, "clamped");
    assert_eq!(
        emotion_y(1.0, 3.0, 3.0, 160.0, 10.0),
        80.0,
        "a degenerate scale"
    );
}

#[test]
fn only_the_columns_on_screen_are_built() {
    let w = COLUMN_WIDTH;
    assert_eq!(visible_columns(0.0, 3.0 * w, 1000, 0), 0..3);
    assert_eq!(visible_columns(0.0, 3.0 * w + 1.0, 1000, 0), 0..4);
    assert_eq!(visible_columns(10.5 * w, 2.0 * w, 1000, 1), 9..14);
    assert_eq!(visible_columns(998.0 * w, 5.0 * w, 1000, 2), 996..1000);
    assert_eq!(visible_columns(-50.0, w, 1000, 0), 0..1);
    assert_eq!(visible_columns(0.0, 0.0, 1000, 2), 0..0);
    assert_eq!(visible_columns(0.0, 1440.0, 0, 2), 0..0);
    // A 1,000-column grid on a 1440 px screen builds a handful, never all.
    assert!(visible_columns(400.0 * w, 1440.0, 1000, 2).len() <= 12);
}

#[test]
fn the_first_build_guesses_the_box_from_the_window() {
    // The widths measured in Chromium at 1600, 1440 and 390 px windows.
    assert_eq!(grid_box_guess(1600.0), 1566.0);
    assert_eq!(grid_box_guess(1440.0), 1406.0);
    assert_eq!(grid_box_guess(390.0), 372.0);
    assert_eq!(grid_box_guess(0.0), 0.0);
}

#[test]
fn empty_lanes_take_little_room_and_the_curve_keeps_its_height() {
    assert!(lane_height(Lane::Thoughts, false) < lane_height(Lane::Thoughts, true) / 2.0);
    assert_eq!(lane_height(Lane::Emotion, false), EMOTION_HEIGHT);
    assert_eq!(lane_height(Lane::Emotion, true), EMOTION_HEIGHT);
}

#[test]
fn the_switch_that_hurts_is_told_from_ordinary_changes_of_channel() {
    let m = shop();
    let c = Columns::of(&m);
    let switches = switches_into(&m, &c);
    assert_eq!(switches.len(), c.len());
    assert_eq!(switches[0], None, "the first step comes from nowhere");
    let forced: Vec<usize> = switches
        .iter()
        .enumerate()
        .filter(|(_, s)| matches!(s, Some(SwitchIn::Forced(_))))
        .map(|(i, _)| i)
        .collect();
    assert_eq!(forced.len(), 1);
    let Slot::Touchpoint(i) = c.slots[forced[0]] else {
        panic!("a touchpoint column");
    };
    assert_eq!(
        m.touchpoints[i].id, "tp-call",
        "chat hands the customer to the phone"
    );
    let changed = switches
        .iter()
        .filter(|s| **s == Some(SwitchIn::Changed))
        .count();
    // The same count the curve draws: every change of channel, the forced one apart.
    let all = patika::analysis::channel_switches(&m);
    assert_eq!(changed + forced.len(), all.len());
}

#[test]
fn a_matrix_filter_keeps_only_its_cells_touchpoints_and_every_stage_band() {
    let m = shop();
    let tp = &m.touchpoints[0];
    let (stage, channel) = (tp.stage.as_str(), tp.channel.as_str());
    let c = Columns::of_matching(&m, Some((stage, channel)));
    let shown: Vec<&str> = c
        .slots
        .iter()
        .filter_map(|s| match s {
            Slot::Touchpoint(i) => Some(m.touchpoints[*i].id.as_str()),
            Slot::EmptyStage(_) => None,
        })
        .collect();
    let expected: Vec<&str> = m
        .journey_order()
        .iter()
        .filter(|t| t.stage == stage && t.channel == channel)
        .map(|t| t.id.as_str())
        .collect();
    assert_eq!(shown, expected);
    assert_eq!(
        c.bands.len(),
        m.stages.len(),
        "the other stages keep their band"
    );
    assert_eq!(Columns::of_matching(&m, None), Columns::of(&m));
}

#[test]
fn a_pointer_in_the_emotion_lane_chooses_the_nearest_step_on_the_scale() {
    for v in -3..=3i8 {
        let y = emotion_y(v as f64, -3.0, 3.0, 160.0, 18.0);
        assert_eq!(
            emotion_at(y, -3, 3, 160.0, 18.0),
            v,
            "the inverse of emotion_y"
        );
        assert_eq!(
            emotion_at(y + 8.0, -3, 3, 160.0, 18.0),
            v,
            "a few pixels off still snaps"
        );
    }
    assert_eq!(
        emotion_at(-50.0, -2, 2, 160.0, 18.0),
        2,
        "above the lane: the top of the scale"
    );
    assert_eq!(
        emotion_at(500.0, 1, 7, 160.0, 18.0),
        1,
        "below it: the bottom"
    );
}

#[test]
fn a_picture_splits_into_pages_by_stage_and_a_long_stage_across_pages() {
    // 6 stages of 10 touchpoints, 7 columns a page: each stage needs two pages of its own.
    let mut m = JourneyMap::default();
    for s in 0..6 {
        m.stages.push(Stage {
            id: format!("s{s}"),
            name: format!("Stage {s}"),
            ..Stage::default()
        });
        for t in 0..10 {
            m.touchpoints.push(patika::model::Touchpoint {
                id: format!("t{s}-{t}"),
                stage: format!("s{s}"),
                ..Default::default()
            });
        }
    }
    let c = Columns::of(&m);
    let pages = picture_pages(&c, 7);
    assert_eq!(
        pages.iter().map(|p| p.len()).sum::<usize>(),
        60,
        "every column once"
    );
    assert!(pages.iter().all(|p| p.len() <= 7));
    assert_eq!(pages[0], 0..7);
    assert_eq!(
        pages[1],
        7..10,
        "a stage's rest, not the next stage's start"
    );
    // Small stages share a page and are never cut.
    let shop = shop();
    let c = Columns::of(&shop);
    for p in picture_pages(&c, 7) {
        for b in &c.bands {
            let inside = b.columns.start >= p.start && b.columns.end <= p.end;
            let outside = b.columns.end <= p.start || b.columns.start >= p.end;
            assert!(inside || outside || b.columns.len() > 7, "{p:?} cuts {b:?}");
        }
    }
    assert_eq!(
        picture_pages(&Columns::of(&shop), 1000),
        vec![0..c.len()],
        "one page fits all"
    );
}

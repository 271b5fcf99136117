//! What is on screen: pure windowing maths. Big maps build only the cards and curve points that
//! can be seen (plus a margin, so scrolling never shows a blank), not all of them.
use std::ops::Range;

/// A rectangle in CSS pixels, relative to the browser's viewport (as `getBoundingClientRect`).
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct Rect {
    /// Left edge.
    pub left: f64,
    /// Top edge.
    pub top: f64,
    /// Right edge.
    pub right: f64,
    /// Bottom edge.
    pub bottom: f64,
}

/// The browser's viewport and how far beyond it to build.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Screen {
    /// Viewport width.
    pub width: f64,
    /// Viewport height.
    pub height: f64,
    /// Extra pixels built on every side, so a scroll shows content, not a gap, before the next frame.
    pub margin: f64,
}

impl Screen {
    /// The area that is built: the viewport grown by the margin.
    fn area(&self) -> Rect {
        Rect {
            left: -self.margin,
            top: -self.margin,
            right: self.width + self.margin,
            bottom: self.height + self.margin,
        }
    }
}

/// Which of `count` fixed-height slots of a list (its box at `list`, slots from its top edge)
/// meet the screen. Empty when the list is off screen.
pub fn visible_slots(list: Rect, slot: f64, count: usize, screen: Screen) -> Range<usize> {
    let area = screen.area();
    if count == 0
        || slot <= 0.0
        || list.right < area.left
        || list.left > area.right
        || list.bottom < area.top
        || list.top > area.bottom
    {
        return 0..0;
    }
    let first = ((area.top - list.top) / slot).floor().max(0.0) as usize;
    let end = ((area.bottom - list.top) / slot).ceil().max(0.0) as usize;
    first.min(count)..end.min(count)
}

/// Which points of a row meet the screen. `xs` are the points' x offsets from the row's left
/// edge, ascending (journey order); `row` is the row's box.
pub fn visible_points(xs: &[f64], row: Rect, screen: Screen) -> Range<usize> {
    let area = screen.area();
    if xs.is_empty() || row.bottom < area.top || row.top > area.bottom {
        return 0..0;
    }
    let first = xs.partition_point(|x| row.left + x < area.left);
    let end = xs.partition_point(|x| row.left + x <= area.right);
    first..end.max(first)
}

/// Before the first measurement (nothing is laid out yet): a list whose top-left corner is
/// assumed at (`left`, `top`) of the viewport, `width` wide.
pub fn assumed_list(left: f64, top: f64, width: f64, slot: f64, count: usize) -> Rect {
    Rect {
        left,
        top,
        right: left + width,
        bottom: top + slot * count as f64,
    }
}

/// One measurement of the editor on screen, taken once per frame after a scroll or resize; every
/// stage column and the curve derive their windows from it (no layout read per column).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    /// The viewport and the margin built around it.
    pub screen: Screen,
    /// The row of stage columns, once laid out.
    pub board: Option<Rect>,
    /// Distance from the top of a stage column to the top of its card list.
    pub cards_top: f64,
    /// The emotion curve's drawing area, once laid out.
    pub curve: Option<Rect>,
}

impl Frame {
    /// Before anything is laid out: nothing is windowed in yet (the editor measures right after
    /// its first mount, before the first paint, so nothing is built twice).
    pub fn unmeasured(screen: Screen) -> Frame {
        Frame {
            screen,
            board: None,
            cards_top: 0.0,
            curve: None,
        }
    }

    /// Everything on "screen": for printing, where every card and point must exist.
    pub fn everything() -> Frame {
        let screen = Screen {
            width: 0.0,
            height: 0.0,
            margin: f64::INFINITY,
        };
        let all = Rect {
            left: 0.0,
            top: 0.0,
            right: 0.0,
            bottom: 0.0,
        };
        Frame {
            screen,
            board: Some(all),
            cards_top: 0.0,
            curve: Some(all),
        }
    }

    /// The card slots of stage column `column` (`width` wide, `count` cards, `slot` high each)
    /// that meet the screen.
    pub fn cards(&self, column: usize, width: f64, slot: f64, count: usize) -> Range<usize> {
        let Some(board) = self.board else { return 0..0 };
        let list = assumed_list(
            board.left + column as f64 * width,
            board.top + self.cards_top,
            width,
            slot,
            count,
        );
        visible_slots(list, slot, count, self.screen)
    }

    /// Whether stage column `column` (`width` wide) meets the screen horizontally; off-screen
    /// columns keep their place but build no content.
    pub fn shows_column(&self, column: usize, width: f64) -> bool {
        let Some(board) = self.board else {
            return false;
        };
        let area = self.screen.area();
        let left = board.left + column as f64 * width;
        left + width >= area.left && left <= area.right
    }

    /// The curve points (x offsets from the curve's left edge, ascending) that meet the screen.
    pub fn points(&self, xs: &[f64]) -> Range<usize> {
        match self.curve {
            Some(row) => visible_points(xs, row, self.screen),
            None => 0..0,
        }
    }

    /// Whether any of the curve meets the screen.
    pub fn shows_curve(&self) -> bool {
        let area = self.screen.area();
        self.curve.is_some_and(|r| {
            r.bottom >= area.top
                && r.top <= area.bottom
                && r.right >= area.left
                && r.left <= area.right
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SCREEN: Screen = Screen {
        width: 1600.0,
        height: 1000.0,
        margin: 0.0,
    };

    fn list(left: f64, top: f64, count: usize) -> Rect {
        assumed_list(left, top, 288.0, 100.0, count)
    }

    #[test]
    fn a_list_below_the_fold_builds_nothing() {
        assert_eq!(
            visible_slots(list(0.0, 1200.0, 50), 100.0, 50, SCREEN),
            0..0
        );
    }

    #[test]
    fn a_list_right_of_the_screen_builds_nothing() {
        assert_eq!(
            visible_slots(list(1700.0, 0.0, 50), 100.0, 50, SCREEN),
            0..0
        );
    }

    #[test]
    fn a_list_starting_on_screen_builds_the_slots_above_the_bottom_edge() {
        assert_eq!(visible_slots(list(0.0, 250.0, 50), 100.0, 50, SCREEN), 0..8);
    }

    #[test]
    fn a_list_scrolled_up_skips_the_slots_above_the_top_edge() {
        // Slots 0–4 are above the screen; slot 5 is partly visible.
        assert_eq!(
            visible_slots(list(0.0, -550.0, 50), 100.0, 50, SCREEN),
            5..16
        );
    }

    #[test]
    fn the_margin_grows_the_window_on_both_sides() {
        let s = Screen {
            margin: 200.0,
            ..SCREEN
        };
        assert_eq!(visible_slots(list(0.0, -550.0, 50), 100.0, 50, s), 3..18);
    }

    #[test]
    fn a_short_list_stops_at_its_end() {
        assert_eq!(visible_slots(list(0.0, 0.0, 3), 100.0, 3, SCREEN), 0..3);
        assert_eq!(visible_slots(list(0.0, 0.0, 0), 100.0, 0, SCREEN), 0..0);
    }

    #[test]
    fn points_are_windowed_by_their_x() {
        let xs: Vec<f64> = (0..100).map(|i| i as f64 * 50.0 + 25.0).collect();
        let row = Rect {
            left: -1000.0,
            top: 100.0,
            right: 4000.0,
            bottom: 400.0,
        };
        let r = visible_points(&xs, row, SCREEN);
        // x on screen from 0 to 1600 → offsets 1000..=2600 → points 20..52.
        assert_eq!(r, 20..52);
        assert!(xs[r.start] - 1000.0 >= 0.0 && xs[r.start - 1] - 1000.0 < 0.0);
    }

    #[test]
    fn a_frame_windows_each_column_from_one_board_measurement() {
        let f = Frame {
            screen: SCREEN,
            board: Some(Rect {
                left: -300.0,
                top: 400.0,
                right: 5460.0,
                bottom: 5000.0,
            }),
            cards_top: 50.0,
            curve: None,
        };
        // Column 0 is left of the screen (−300..−12), column 1 on it, column 7 right of it.
        assert_eq!(f.cards(0, 288.0, 100.0, 50), 0..0);
        assert_eq!(f.cards(1, 288.0, 100.0, 50), 0..6);
        assert_eq!(f.cards(7, 288.0, 100.0, 50), 0..0);
        assert!(
            !f.shows_column(0, 288.0)
                && f.shows_column(1, 288.0)
                && f.shows_column(6, 288.0)
                && !f.shows_column(7, 288.0)
        );
        assert!(
            !Frame::unmeasured(SCREEN).shows_column(0, 288.0)
                && Frame::everything().shows_column(99, 288.0)
        );
    }

    #[test]
    fn nothing_is_windowed_in_before_the_first_measurement() {
        let f = Frame::unmeasured(SCREEN);
        assert_eq!(f.cards(0, 288.0, 100.0, 50), 0..0);
        assert_eq!(f.points(&[10.0, 1590.0]), 0..0);
        assert!(!f.shows_curve());
    }

    #[test]
    fn printing_windows_in_everything() {
        let f = Frame::everything();
        assert_eq!(f.cards(19, 288.0, 100.0, 50), 0..50);
        assert_eq!(f.points(&[10.0, 1e6]), 0..2);
        assert!(f.shows_curve());
    }

    #[test]
    fn the_curve_is_shown_when_its_box_meets_the_screen() {
        let mut f = Frame::unmeasured(SCREEN);
        f.curve = Some(Rect {
            left: -2000.0,
            top: 900.0,
            right: 4000.0,
            bottom: 1200.0,
        });
        assert!(f.shows_curve());
        f.curve = Some(Rect {
            left: -2000.0,
            top: 1100.0,
            right: 4000.0,
            bottom: 1400.0,
        });
        assert!(!f.shows_curve());
        assert_eq!(f.points(&[2100.0]), 0..0);
    }

    #[test]
    fn points_of_a_row_below_the_fold_are_not_built() {
        let xs = [10.0, 20.0];
        let row = Rect {
            left: 0.0,
            top: 1500.0,
            right: 300.0,
            bottom: 1800.0,
        };
        assert_eq!(visible_points(&xs, row, SCREEN), 0..0);
        assert_eq!(visible_points(&[], Rect::default(), SCREEN), 0..0);
    }
}

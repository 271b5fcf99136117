//! Charts drawn with plotters, generic over the drawing backend so the screen, SVG/PNG export and
//! native tests share one drawing function; plus the pure projection maths (data ↔ pixel).
mod curve;
mod curve_picture;
mod funnel;
mod map_picture;
mod matrix;
mod plan_matrix;
mod projection;

pub use curve::{
    draw_emotion_curve, emotion_curve_svg, CurveText, Overlay, OVERLAY_COLOUR, PAIN_COLOUR,
    PERSONA_COLOURS, QUIET_SWITCH_COLOUR, SWITCH_COLOUR,
};
pub use curve_picture::{cut_name, emotion_curve_picture, NAMES_HEIGHT, NAME_CHARS, TITLE_HEIGHT};
pub use funnel::funnel_svg;
pub use map_picture::{
    map_picture, wrap, PictureOf, PAGE_COLUMNS, PICTURE_COLUMN, PICTURE_COLUMNS, PICTURE_LABEL,
};
pub use matrix::{draw_matrix, heat_colour, matrix_size, matrix_svg};
pub use plan_matrix::{
    cell_centre, plan_matrix_svg, plan_points, PlanPoint, PLAN_HEIGHT, PLAN_WIDTH,
};
pub use projection::{layout_curve, Band, CurveLayout, PointPos, Projection};

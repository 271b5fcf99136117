//! A map shown read-only, without editing chrome: for presenting, printing, and for maps that
//! arrive in a share link (which are not stored until the user saves them).
use super::curve_tools::picture_width;
use super::tx;
use super::{app_state, use_t};
use crate::chart::{emotion_curve_svg, CurveText};
use crate::i18n::Key;
use crate::i18n::{
    emotion_label, exit_chip, forced_switch_text, import_error_text, metric_chip, pain_chip,
};
use crate::layout::{batch_count, parts, Part};
use crate::model::JourneyMap;
use crate::platform;
use crate::state::{Route, Viewed};
use leptos::prelude::*;

/// Cards added to the presentation per animation frame while it fills (≈ 5 ms of building each).
const CARDS_PER_FRAME: usize = 100;

/// The read-only page for `#/present/<id>` and `#/shared/<payload>`.
#[component]
pub fn PresentPage() -> impl IntoView {
    let app = app_state();
    view! {
        <section class="present">
            {move || match app.viewing.get() {
                None => view! { <p class="hint">{tx(Key::Loading)}</p> }.into_any(),
                Some(Err(e)) => {
                    view! {
                        <p class="error" role="alert">
                            {tx(Key::SharedFailed)}
                            " "
                            {move || import_error_text(app.lang.get(), &e)}
                        </p>
                        <p>
                            <a href=Route::Library.href()>{tx(Key::BackToLibrary)}</a>
                        </p>
                    }
                        .into_any()
                }
                Some(Ok(v)) => view! { <MapView viewed=v /> }.into_any(),
            }}
        </section>
    }
}

#[component]
fn MapView(viewed: Viewed) -> impl IntoView {
    let app = app_state();
    let t = use_t();
    let lang = app.lang;
    let map = StoredValue::new(viewed.map);
    let id = map.with_value(|m| m.id.clone());
    let picture = platform::svg_picture(move || {
        let l = lang.get();
        map.with_value(|m| {
            emotion_curve_svg(m, picture_width(m), 300, &CurveText::for_map(l, m), None)
        })
    });
    // The map as pictures of the grid, a page of whole stages each (what prints on A3/A4
    // landscape, a stage's name repeated where it runs over a page): for maps up to
    // `chart::PICTURE_COLUMNS` columns; a bigger map prints its cards.
    let pages = map.with_value(|m| {
        let columns = crate::layout::grid::Columns::of(m);
        if columns.len() > crate::chart::PICTURE_COLUMNS {
            return Vec::new();
        }
        crate::layout::grid::picture_pages(&columns, crate::chart::PAGE_COLUMNS)
    });
    let page_count = pages.len();
    let map_class = if page_count > 0 {
        "present-map has-pages"
    } else {
        "present-map"
    };
    let map_pages = pages
        .into_iter()
        .enumerate()
        .map(|(i, columns)| {
            let of = crate::chart::PictureOf {
                columns,
                page: (page_count > 1).then_some((i + 1, page_count)),
                width_columns: crate::chart::PAGE_COLUMNS,
            };
            let url = platform::svg_picture(move || {
                let l = lang.get();
                map.with_value(|m| {
                    let date = platform::local_time(&m.updated, l);
                    crate::chart::map_picture(m, l, &date, &of).0
                })
            });
            let alt = move || format!("{} {}/{page_count}", t(Key::MapPage), i + 1);
            view! {
                <figure class="map-page">
                    <img src=move || url.get().unwrap_or_default() alt=alt />
                </figure>
            }
        })
        .collect_view();
    // The board is built a batch of cards per frame (all at once, 1,000 cards blocked the page
    // for ≈ 60 ms); a printout gets every card at once.
    let stages = map.with_value(|m| {
        m.stages
            .iter()
            .map(|s| (s.name.clone(), cards_of(m, &s.id, lang.get_untracked())))
            .collect::<Vec<_>>()
    });
    let counts: Vec<usize> = stages.iter().map(|(_, cards)| cards.len()).collect();
    let runs = parts(&counts, CARDS_PER_FRAME);
    let batches = batch_count(counts.iter().sum(), CARDS_PER_FRAME);
    let built = super::grow_each_frame(move || batches, 1);
    platform::on_print(move |printing| {
        if printing {
            built.set(batches);
        }
    });
    view! {
        {viewed
            .shared
            .then(|| {
                view! {
                    <div class="banner shared" role="status">
                        <p>{tx(Key::SharedBanner)}</p>
                        <button class="primary" on:click=move |_| app.save_shared()>
                            {tx(Key::SaveToMyMaps)}
                        </button>
                    </div>
                }
            })}
        {viewed
            .snapshot
            .clone()
            .map(|s| {
                view! {
                    <div class="banner snapshot-banner" role="status">
                        <p>{tx(Key::SnapshotBanner)}" "<strong>{s.name.clone()}</strong></p>
                        <a class="back" href=Route::Map(s.map_id.clone()).href()>
                            {tx(Key::BackToMap)}
                        </a>
                    </div>
                }
            })}
        <div class="present-head">
            {if viewed.shared || viewed.read_only {
                view! {
                    <a class="back no-print" href=Route::Library.href()>
                        {tx(Key::BackToLibrary)}
                    </a>
                }
                    .into_any()
            } else {
                view! {
                    <a class="back no-print" href=Route::Map(id).href()>
                        {tx(Key::BackToEditor)}
                    </a>
                }
                    .into_any()
            }} <h1>{map.with_value(|m| m.title.clone())}</h1>
            <button class="no-print" on:click=move |_| platform::print_page()>
                {tx(Key::Print)}
            </button>
        </div>
        {map
            .with_value(|m| {
                (!m.description.is_empty())
                    .then(|| view! { <p class="present-description">{m.description.clone()}</p> })
            })}
        <section
            class=map_class
            tabindex=(page_count > 0).then_some("0")
            aria-label=tx(Key::JourneyGrid)
        >
            {map_pages}
        </section>
        // Focusable: on a narrow screen the board and the curve scroll sideways, by keyboard too.
        <div
            class="present-board"
            role="list"
            tabindex="0"
            aria-label=tx(Key::Board)
            aria-busy=move || (built.get() < batches).to_string()
        >
            {stages
                .into_iter()
                .zip(runs)
                .map(|((name, cards), runs)| {
                    let cards = StoredValue::new(cards);
                    view! {
                        <section class="present-stage" role="listitem" aria-label=name.clone()>
                            <h2>{name.clone()}</h2>
                            // Each run is built once, when its batch comes, and then left alone.
                            <ol>
                                {runs
                                    .into_iter()
                                    .map(|Part { batch, items }| {
                                        let due = Memo::new(move |_| built.get() > batch);
                                        move || {
                                            due.get()
                                                .then(|| {
                                                    cards
                                                        .with_value(|c| {
                                                            c[items.clone()]
                                                                .iter()
                                                                .cloned()
                                                                .map(card_view)
                                                                .collect_view()
                                                        })
                                                })
                                        }
                                    })
                                    .collect_view()}
                            </ol>
                        </section>
                    }
                })
                .collect_view()}
        </div>
        <figure class="present-curve" tabindex="0" aria-label=tx(Key::EmotionCurve)>
            <figcaption>{tx(Key::EmotionCurve)}</figcaption>
            <img src=move || picture.get().unwrap_or_default() alt=tx(Key::EmotionCurve) />
        </figure>
        {move || map.with_value(|m| plan_section(m, lang.get()))}
    }
}

/// The action plan in its order: what will be done, by whom, by when.
fn plan_section(m: &JourneyMap, l: crate::i18n::Lang) -> Option<impl IntoView> {
    use super::plan::plan_rows;
    use super::table::{heads, scroll_box, table, Cell};
    use crate::i18n::PLAN_HEADS;
    let plan = crate::analysis::plan::plan(m);
    if plan.is_empty() {
        return None;
    }
    let rows = plan_rows(m, l, &plan, &|a| Cell::Head(a.title.clone()));
    let title = crate::i18n::text(l, Key::ActionPlan);
    Some(view! {
        <section class="present-plan" aria-label=title>
            <h2>{title}</h2>
            {scroll_box(title, table(None, heads(l, &PLAN_HEADS), rows))}
        </section>
    })
}

/// One card of the presentation, its texts in the language it was built in.
#[derive(Clone)]
struct Card {
    /// Touchpoint name.
    name: String,
    /// Channel name.
    channel: String,
    /// Emotion per persona, as "Ayşe: -2 Çok olumsuz · …".
    emotions: String,
    /// Each pain point with its severity and frequency ("⚠ Kargo ücreti · ●●●●○ · %45").
    pains: Vec<String>,
    /// The exit's reason and rate ("⇥ Sepeti terk etme · %35"), when customers leave here.
    exit: Option<String>,
    /// The forced hand-over into this step, with its note.
    forced: Option<String>,
    /// Each metric as the grid's metrics lane says it ("Bekleme 7,5 dakika · n 1.200 · hedef 2 ✗").
    metrics: Vec<String>,
    /// Sources of evidence.
    sources: Vec<crate::model::Link>,
}

fn card_view(card: Card) -> impl IntoView {
    view! {
        <li class="present-card">
            <strong>{card.name}</strong>
            <span class="card-channel">{card.channel}</span>
            <span class="card-emotions">{card.emotions}</span>
            {card.forced.map(|f| view! { <span class="badge forced">{f}</span> })}
            {(!card.pains.is_empty() || card.exit.is_some() || !card.metrics.is_empty())
                .then(|| {
                    view! {
                        <span class="card-badges">
                            {card
                                .pains
                                .into_iter()
                                .map(|p| view! { <span class="badge pain">{p}</span> })
                                .collect_view()}
                            {card.exit.map(|e| view! { <span class="badge exit">{e}</span> })}
                            {card
                                .metrics
                                .into_iter()
                                .map(|m| view! { <span class="badge metric">{m}</span> })
                                .collect_view()}
                        </span>
                    }
                })}
            <crate::components::fields::SourceLinks sources=Signal::stored(card.sources) />
        </li>
    }
}

fn cards_of(m: &JourneyMap, stage: &str, l: crate::i18n::Lang) -> Vec<Card> {
    let (lo, hi) = (m.emotion_scale.min, m.emotion_scale.max);
    m.touchpoints_of(stage)
        .map(|t| Card {
            name: t.name.clone(),
            channel: m.channel_name(&t.channel).to_string(),
            emotions: m
                .personas
                .iter()
                .filter_map(|p| {
                    t.emotions
                        .get(&p.id)
                        .map(|v| format!("{}: {v:+} {}", p.name, emotion_label(l, *v, lo, hi)))
                })
                .collect::<Vec<_>>()
                .join(" · "),
            pains: t
                .pain_points
                .iter()
                .map(|p| format!("⚠ {}", pain_chip(l, p)))
                .collect(),
            exit: t
                .exit_point
                .as_ref()
                .map(|e| format!("⇥ {}", exit_chip(l, e))),
            forced: t
                .forced_switch
                .as_ref()
                .map(|f| format!("⇄ {}", forced_switch_text(l, &f.note))),
            metrics: t.metrics.iter().map(|m| metric_chip(l, m)).collect(),
            sources: t.sources.clone(),
        })
        .collect()
}

use std::{cell::Cell, rc::Rc, time::Duration};

use gloo_events::EventListener;
use yew::platform::{spawn_local, time::sleep};
use yew::prelude::*;

use super::timeline::{step, visible};
use crate::browser;
use crate::data::content;
use crate::data::{self, AREAS};

/// Time each event stays on screen while playing.
const PLAY_STEP: Duration = Duration::from_millis(2500);
const REDUCE_MOTION: &str = "(prefers-reduced-motion: reduce)";

#[derive(Properties, PartialEq)]
pub struct TimelineControlsProps {
    pub area: Option<&'static str>,
    /// The selected event among the `count` visible ones.
    pub index: Option<usize>,
    pub count: usize,
    pub on_pick: Callback<usize>,
    /// Like `on_pick`, for Play's timed steps (which must not stack history entries).
    pub on_play_step: Callback<usize>,
    pub on_area: Callback<Option<&'static str>>,
}

/// The area filter, previous / next, and Play, which steps through the events on a timer. Play is
/// disabled (with a note saying why) when the reader's system asks for reduced motion.
#[function_component(TimelineControls)]
pub fn timeline_controls(props: &TimelineControlsProps) -> Html {
    let (index, count) = (props.index, props.count);
    let playing = use_state_eq(|| false);
    let reduced = use_state_eq(|| false);
    let select = use_node_ref();
    {
        let (reduced, playing) = (reduced.clone(), playing.clone());
        // The effect's destructor owns the listener: unmounting removes it, then frees it.
        use_effect_with((), move |_| {
            let query = browser::window().and_then(|w| w.match_media(REDUCE_MOTION).ok()?);
            let listener = query.map(|q| {
                reduced.set(q.matches());
                let q2 = q.clone();
                EventListener::new(&q, "change", move |_| {
                    // Stopped for good: turning the setting off again must not restart it.
                    playing.set(false);
                    reduced.set(q2.matches());
                })
            });
            move || drop(listener)
        });
    }
    let play = *playing && !*reduced;
    {
        let (playing, on_pick) = (playing.clone(), props.on_play_step.clone());
        // The area is a dependency too: `on_pick` indexes the events of the current filter.
        let deps = (play, index, count, props.area);
        use_effect_with(deps, move |&(play, index, count, _)| {
            // A spawned future cannot be cancelled: the step's timer (owned by the future) still
            // fires after a change or an unmount, and `live`, cleared by the destructor, turns
            // that late step into nothing.
            let live = Rc::new(Cell::new(true));
            if play {
                let live = live.clone();
                spawn_local(async move {
                    sleep(PLAY_STEP).await;
                    if live.get() {
                        match step(index, count, 1) {
                            Some(next) => on_pick.emit(next),
                            None => playing.set(false),
                        }
                    }
                });
            }
            move || live.set(false)
        });
    }
    {
        // Back and Forward can change the filter under a select the reader has already used.
        let select = select.clone();
        use_effect_with(props.area, move |area| {
            if let Some(select) = select.cast::<web_sys::HtmlSelectElement>() {
                select.set_value(area.unwrap_or(""));
            }
        });
    }
    let on_play = {
        let (playing, on_pick) = (playing.clone(), props.on_pick.clone());
        Callback::from(move |_: MouseEvent| {
            // From nothing or from the last event, playing starts over at the first.
            if !play && count > 0 && index.is_none_or(|i| i + 1 >= count) {
                on_pick.emit(0);
            }
            playing.set(!play && count > 0);
        })
    };
    let go = |by: isize| {
        let on_pick = props.on_pick.clone();
        let target = step(index, count, by);
        let onclick =
            Callback::from(move |_: MouseEvent| target.into_iter().for_each(|i| on_pick.emit(i)));
        (onclick, target.is_none().then_some("true"))
    };
    let ((prev, prev_off), (next, next_off)) = (go(-1), go(1));
    let onchange = props.on_area.reform(|e: Event| {
        let value = e
            .target_unchecked_into::<web_sys::HtmlSelectElement>()
            .value();
        data::area(&value).map(|a| a.id)
    });
    let option = |id: &'static str, name: &'static str| {
        let n = visible((!id.is_empty()).then_some(id)).len();
        html! { <option value={id} selected={props.area.unwrap_or("") == id}>{ format!("{name} ({n})") }</option> }
    };
    html! {
        <div class="tl-controls tl-js">
            <label class="tl-filter">
                <span>{ content::UI_TIMELINE_FILTER }</span>
                <select ref={select} {onchange}>
                    { option("", content::UI_TIMELINE_ALL_AREAS.text()) }
                    // Only the areas that hold events: no option selects nothing.
                    { for AREAS.iter().filter(|a| a.has_events()).map(|a| option(a.id, a.name.text())) }
                </select>
            </label>
            <div class="button-row">
                <button type="button" class="button" onclick={prev} aria-disabled={prev_off}>{ content::UI_TIMELINE_PREVIOUS }</button>
                <button type="button" class="button" onclick={next} aria-disabled={next_off}>{ content::UI_TIMELINE_NEXT }</button>
                // The button says what it will do: Play, or Pause while playing (a renamed
                // button, so no aria-pressed, which would read as "Pause, pressed").
                <button type="button" class="button tl-play" onclick={on_play}
                    disabled={*reduced || count == 0} aria-describedby={reduced.then_some("tl-play-note")}>
                    <span class="tl-play-icon" aria-hidden="true">{ if play { "❚❚ " } else { "▶ " } }</span>
                    { if play { content::UI_TIMELINE_PAUSE } else { content::UI_TIMELINE_PLAY } }
                </button>
            </div>
            if *reduced {
                <p id="tl-play-note" class="tl-note">
                    { content::UI_TIMELINE_PLAY_OFF }
                </p>
            }
        </div>
    }
}

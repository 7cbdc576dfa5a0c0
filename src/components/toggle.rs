use yew::prelude::*;

/// A segmented choice between a few options, as pressed/unpressed buttons. `label` says what the
/// choice is about, for screen readers ("Show the patents as"). A plain function rather than a
/// component: it keeps no state, and each component type costs its own copy of Yew's generic
/// lifecycle code (two here, one per option type).
pub fn toggle<T: PartialEq + Copy + 'static>(
    label: &'static str,
    options: &[(T, &'static str)],
    selected: T,
    on_select: &Callback<T>,
) -> Html {
    html! {
        <div class="toggle" role="group" aria-label={label}>
            { for options.iter().map(|&(value, name)| {
                let on_select = on_select.clone();
                html! {
                    <button type="button" aria-pressed={(value == selected).to_string()}
                        onclick={move |_| on_select.emit(value)}>
                        { name }
                    </button>
                }
            }) }
        </div>
    }
}

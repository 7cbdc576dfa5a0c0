use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ToggleProps<T: PartialEq + Copy + 'static> {
    /// What the choice is about, for screen readers ("Show the counts as").
    pub label: AttrValue,
    pub options: Vec<(T, &'static str)>,
    pub selected: T,
    pub on_select: Callback<T>,
}

/// A segmented choice between a few options, as pressed/unpressed buttons.
#[function_component(Toggle)]
pub fn toggle<T: PartialEq + Copy + 'static>(props: &ToggleProps<T>) -> Html {
    html! {
        <div class="toggle" role="group" aria-label={props.label.clone()}>
            { for props.options.iter().map(|(value, name)| {
                let value = *value;
                let on_select = props.on_select.clone();
                html! {
                    <button type="button" aria-pressed={(value == props.selected).to_string()}
                        onclick={move |_| on_select.emit(value)}>
                        { *name }
                    </button>
                }
            }) }
        </div>
    }
}

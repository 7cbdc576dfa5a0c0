use yew::prelude::*;

/// Title and lead, in our own words; the figures they mention are shown with citations below.
#[function_component(Masthead)]
pub fn masthead() -> Html {
    html! {
        <header class="masthead">
            <p class="kicker">{ "Explainer · Sichuan, 2015–2017" }</p>
            <h1>{ "How Sichuan turned a reform pilot into results" }</h1>
            <p class="lead">
                { "In 2015 Sichuan became one of eight Chinese regions chosen to test comprehensive \
                   innovation and reform. Its bet: let military and civilian research and industry \
                   share equipment, markets and money, and let scientists co-own what they invent. \
                   Three years on, the provincial government's own report credits the pilot with \
                   most of the practices the country picked for others to copy. Here is what it \
                   claims, figure by figure, each traced to the sentence it comes from." }
            </p>
        </header>
    }
}

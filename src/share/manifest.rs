//! The web app manifest's words (the name an installed app carries, its short name and its
//! description) come from the content file like every other word of ours: the site step fills
//! them into `static/manifest.webmanifest`, whose own fields are left empty, so no second copy of
//! them can drift from the page (it once still carried a headline the page had retired).

use crate::data::content;

/// `template` (the manifest as Trunk copied it) with its words from the content file.
pub fn with_words(template: &str) -> Result<String, String> {
    let mut manifest: serde_json::Value =
        serde_json::from_str(template).map_err(|err| format!("manifest: {err}"))?;
    let fields = manifest
        .as_object_mut()
        .ok_or("manifest: not a JSON object")?;
    for (key, words) in [
        ("name", content::PAGE_WORDS_APP_NAME),
        ("short_name", content::PAGE_WORDS_APP_SHORT_NAME),
        ("description", content::PAGE_WORDS_APP_DESCRIPTION),
    ] {
        fields.insert(key.into(), serde_json::Value::String(words.into()));
    }
    serde_json::to_string_pretty(&manifest).map_err(|err| format!("manifest: {err}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEMPLATE: &str = include_str!("../../static/manifest.webmanifest");

    #[test]
    fn the_manifest_carries_the_content_files_words_and_no_other() {
        let template: serde_json::Value = serde_json::from_str(TEMPLATE).unwrap();
        for key in ["name", "short_name", "description"] {
            assert_eq!(
                template[key], "",
                "static/manifest.webmanifest types its {key}"
            );
        }
        let filled: serde_json::Value =
            serde_json::from_str(&with_words(TEMPLATE).unwrap()).unwrap();
        assert_eq!(filled["name"], content::PAGE_WORDS_APP_NAME);
        assert_eq!(filled["short_name"], content::PAGE_WORDS_APP_SHORT_NAME);
        assert_eq!(filled["description"], content::PAGE_WORDS_APP_DESCRIPTION);
        // Everything else is kept as it was.
        assert_eq!(filled["start_url"], template["start_url"]);
        assert_eq!(filled["icons"], template["icons"]);
    }
}

//! Urlencoded forms read into the areas' input types: fields that repeat
//! (one per ticked box or chosen option) become comma-separated text. Forms
//! with long text come here rather than through `web::Form`, whose 16 kB
//! limit a 5,000-character message in an Indic script exceeds once encoded:
//! a message too long gets its explanation next to the field, not an error page.

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::AppError;
use super::csrf;

/// Reads `body` into `T`: each field named in `lists` becomes its non-empty
/// values joined with commas (empty when none came); every other field
/// keeps its last value.
pub fn parse<T: DeserializeOwned>(body: &[u8], lists: &[&str]) -> Result<T, AppError> {
    let mut fields = Map::new();
    let mut listed: Vec<(&str, Vec<String>)> = lists.iter().map(|name| (*name, Vec::new())).collect();
    for (key, value) in url::form_urlencoded::parse(body) {
        if let Some((_, values)) = listed.iter_mut().find(|(name, _)| *name == key) {
            if !value.trim().is_empty() {
                values.push(value.trim().to_owned());
            }
        } else if key != csrf::FIELD {
            fields.insert(key.into_owned(), Value::String(value.into_owned()));
        }
    }
    for (name, values) in listed {
        fields.insert(name.to_owned(), Value::String(values.join(",")));
    }
    serde_json::from_value(Value::Object(fields))
        .map_err(|e| AppError::BadRequest(format!("The form could not be read: {e}")))
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;

    use super::parse;

    #[derive(Deserialize, Default)]
    #[serde(default)]
    struct Input {
        name: String,
        states: String,
    }

    #[test]
    fn repeated_fields_are_joined() {
        let input: Input = parse(b"name=Ana&states=9&states=&states=10&csrf_token=x", &["states"]).unwrap();
        assert_eq!(input.name, "Ana");
        assert_eq!(input.states, "9,10");
        let input: Input = parse(b"name=Ana", &["states"]).unwrap();
        assert_eq!(input.states, "");
    }
}

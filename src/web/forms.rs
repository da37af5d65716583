//! Forms — urlencoded, or a JSON object sent to the API — read into the
//! areas' input types, which hold every field as text: fields that repeat
//! (one per ticked box or chosen option), or JSON arrays, become
//! comma-separated text. Urlencoded forms
//! with long text come here rather than through `web::Form`, whose 16 kB
//! limit a 5,000-character message in an Indic script exceeds once encoded:
//! a message too long gets its explanation next to the field, not an error page.

use actix_web::web;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::AppError;
use super::csrf;
use crate::i18n::Message;

/// Largest urlencoded form body the site reads, for `web::Form` and
/// [`parse`] alike. The largest legal form is a listing: its 5,000-character
/// description in a three-byte script (Devanagari, Tamil…) is 45 kB once
/// percent-encoded, the other fields a few more; the limit leaves room for
/// that several times over without letting a client post megabytes.
pub const FORM_LIMIT: usize = 256 * 1024;

/// How `web::Form` reads forms: up to [`FORM_LIMIT`] (actix's own default,
/// 16 kB, refuses a long Hindi description), and a refusal that says what
/// went wrong instead of a bare status.
pub fn form_config() -> web::FormConfig {
    web::FormConfig::default()
        .limit(FORM_LIMIT)
        .error_handler(|error, _| {
            AppError::BadRequest(Message::new("error-form-unreadable").with("error", error.to_string()))
                .into()
        })
}

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
    read_fields(fields)
}

/// Reads a JSON object into `T` the way [`parse`] reads a form: text as it
/// is, numbers as written, `true`/`false` tick or untick, `null` is empty,
/// an array of those is comma-separated; nested objects are ignored, so an
/// object as read from the API can be sent back. `example` shows the shape
/// when the body is not an object.
pub fn from_json<T: DeserializeOwned>(body: Value, example: &str) -> Result<T, AppError> {
    let Value::Object(object) = body else {
        return Err(AppError::BadRequest(
            Message::new("error-json-fields").with("example", example),
        ));
    };
    let fields = object
        .into_iter()
        .filter_map(|(key, value)| {
            let text = match value {
                Value::Array(items) => items
                    .into_iter()
                    .map(|item| scalar_text(item).filter(|t| !t.trim().is_empty()))
                    .collect::<Option<Vec<_>>>()?
                    .join(","),
                other => scalar_text(other)?,
            };
            Some((key, Value::String(text)))
        })
        .collect();
    read_fields(fields)
}

/// Reads a body that may be left out (a decision's note, an answer's
/// reason) as [`from_json`] does; nothing sent reads as `T::default()`.
pub fn optional_json<T: DeserializeOwned + Default>(body: &[u8], example: &str) -> Result<T, AppError> {
    if body.trim_ascii().is_empty() {
        return Ok(T::default());
    }
    let value = serde_json::from_slice(body).map_err(|e| {
        AppError::BadRequest(
            Message::new("error-json-unreadable")
                .with("example", example)
                .with("error", e.to_string()),
        )
    })?;
    from_json(value, example)
}

fn scalar_text(value: Value) -> Option<String> {
    match value {
        Value::String(text) => Some(text),
        Value::Number(number) => Some(number.to_string()),
        Value::Bool(true) => Some("yes".to_owned()),
        Value::Bool(false) | Value::Null => Some(String::new()),
        Value::Array(_) | Value::Object(_) => None,
    }
}

fn read_fields<T: DeserializeOwned>(fields: Map<String, Value>) -> Result<T, AppError> {
    serde_json::from_value(Value::Object(fields)).map_err(|e| {
        AppError::BadRequest(Message::new("error-fields-unreadable").with("error", e.to_string()))
    })
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;

    use super::{from_json, parse};

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

    #[test]
    fn json_arrays_read_like_repeated_fields() {
        let input: Input = from_json(serde_json::json!({ "name": "Ana", "states": [9, 10] }), "{}").unwrap();
        assert_eq!(input.states, "9,10");
        assert!(from_json::<Input>(serde_json::json!(["Ana"]), "{}").is_err());
    }
}

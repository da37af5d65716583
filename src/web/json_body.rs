//! Reading API bodies into the same input structs the HTML forms fill.

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::AppError;

/// The text fields of a JSON object, read into a form's input struct. Text
/// is taken as it is, numbers as written, `true`/`false` tick or untick,
/// `null` is empty. Other keys, and arrays or objects, are ignored, so an
/// object as read from the API can be sent back. `example` shows the shape
/// in the message when the body is not an object.
pub fn form_fields<T: DeserializeOwned>(body: Value, example: &str) -> Result<T, AppError> {
    let Value::Object(fields) = body else {
        return Err(AppError::BadRequest(format!(
            "Send a JSON object of the fields, e.g. {example}."
        )));
    };
    let text: Map<String, Value> = fields
        .into_iter()
        .filter_map(|(key, value)| {
            let text = match value {
                Value::String(text) => text,
                Value::Number(number) => number.to_string(),
                Value::Bool(true) => "yes".to_owned(),
                Value::Bool(false) | Value::Null => String::new(),
                Value::Array(_) | Value::Object(_) => return None,
            };
            Some((key, Value::String(text)))
        })
        .collect();
    serde_json::from_value(Value::Object(text))
        .map_err(|e| AppError::BadRequest(format!("The fields could not be read: {e}")))
}

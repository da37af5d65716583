//! Fluent messages in templates, pages' and e-mails' alike.

use std::collections::HashMap;

use tera::Value;

/// `{{ "nav-states" | t }}`, `{{ "results-count" | t(count=n) }}`: message
/// `id` in the language being rendered (`i18n::text`), its arguments
/// passed to Fluent as numbers or text. A message that is missing, or that
/// needs an argument it was not given, fails the render: the tests render
/// every page in every language, so such a gap never reaches a reader.
pub fn translate(value: &Value, args: &HashMap<String, Value>) -> tera::Result<Value> {
    let id = value
        .as_str()
        .ok_or_else(|| tera::Error::msg(format!("t needs a message id, not {value}")))?;
    let mut fluent = fluent_bundle::FluentArgs::new();
    for (name, value) in args {
        match value {
            Value::Number(n) => fluent.set(name.as_str(), n.as_f64().unwrap_or_default()),
            Value::String(s) => fluent.set(name.as_str(), s.as_str()),
            Value::Bool(b) => fluent.set(name.as_str(), if *b { "true" } else { "false" }),
            Value::Null => fluent.set(name.as_str(), ""),
            other => fluent.set(name.as_str(), other.to_string()),
        }
    }
    super::text(super::current(), id, Some(&fluent))
        .map(Value::String)
        .map_err(|e| tera::Error::msg(e.to_string()))
}

//! The API reference page (`/api`): the OpenAPI document worded for people,
//! operation by operation, with the fields of every body and every type
//! spelled out, so it needs neither a viewer script nor a CDN.

use serde::Serialize;
use serde_json::{Map, Value};

const SCHEMA_PREFIX: &str = "#/components/schemas/";

/// A schema's type in words, linked to its section when it is a named type.
#[derive(Debug, Serialize, PartialEq)]
pub struct TypeText {
    text: String,
    /// The name of the named type it is or holds: its page is `/api/types/{name}`.
    link: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct FieldView {
    name: String,
    kind: TypeText,
    required: bool,
    description: String,
}

#[derive(Debug, Serialize)]
pub struct ParameterView {
    name: String,
    /// `path` or `query`.
    location: String,
    kind: TypeText,
    required: bool,
    description: String,
}

#[derive(Debug, Serialize)]
pub struct BodyView {
    content_type: String,
    required: bool,
    description: String,
    kind: TypeText,
    fields: Vec<FieldView>,
}

#[derive(Debug, Serialize)]
pub struct ResponseView {
    status: String,
    description: String,
    content_type: Option<String>,
    kind: Option<TypeText>,
}

#[derive(Debug, Serialize)]
pub struct OperationView {
    /// The operation's anchor on the page.
    anchor: String,
    method: String,
    path: String,
    summary: String,
    description: String,
    /// "required", "optional" or "none": what the operation does with an API token.
    token: &'static str,
    parameters: Vec<ParameterView>,
    body: Option<BodyView>,
    responses: Vec<ResponseView>,
}

#[derive(Debug, Serialize)]
pub struct TagView {
    name: String,
    /// Its page: `/api/{slug}`.
    slug: String,
    description: String,
    operations: Vec<OperationView>,
}

#[derive(Debug, Serialize)]
pub struct SchemaView {
    name: String,
    description: String,
    /// For a closed vocabulary: its values.
    values: Vec<String>,
    fields: Vec<FieldView>,
    /// What it is when it is neither an object with fields nor a vocabulary.
    kind: Option<TypeText>,
}

#[derive(Debug, Serialize)]
pub struct ApiReference {
    title: String,
    version: String,
    description: String,
    operation_count: usize,
    tags: Vec<TagView>,
    schemas: Vec<SchemaView>,
}

/// One group of operations on its own page, `/api/{slug}`, with the
/// reference's heading and the other groups to go to.
#[derive(Debug, Serialize)]
pub struct TagPage<'a> {
    title: &'a str,
    version: &'a str,
    tag: &'a TagView,
    /// (name, slug) of every group, this one included, for the menu.
    groups: Vec<(&'a str, &'a str)>,
}

/// The named types, `/api/types`: each name and what it is.
#[derive(Debug, Serialize)]
pub struct TypesPage<'a> {
    title: &'a str,
    version: &'a str,
    schemas: &'a [SchemaView],
}

/// One named type in full, `/api/types/{name}`.
#[derive(Debug, Serialize)]
pub struct TypePage<'a> {
    title: &'a str,
    version: &'a str,
    schema: &'a SchemaView,
}

impl ApiReference {
    /// The page of the group whose slug is `slug`, if there is one.
    pub fn tag_page(&self, slug: &str) -> Option<TagPage<'_>> {
        let tag = self.tags.iter().find(|t| t.slug == slug)?;
        Some(TagPage {
            title: &self.title,
            version: &self.version,
            tag,
            groups: self
                .tags
                .iter()
                .map(|t| (t.name.as_str(), t.slug.as_str()))
                .collect(),
        })
    }

    pub fn types_page(&self) -> TypesPage<'_> {
        TypesPage {
            title: &self.title,
            version: &self.version,
            schemas: &self.schemas,
        }
    }

    /// The page of the type named `name`, if there is one.
    pub fn type_page(&self, name: &str) -> Option<TypePage<'_>> {
        Some(TypePage {
            title: &self.title,
            version: &self.version,
            schema: self.schemas.iter().find(|s| s.name == name)?,
        })
    }
}

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "patch", "head", "options", "trace",
];

fn text(value: &Value, key: &str) -> String {
    value
        .get(key)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned()
}

/// The component a `$ref` names.
fn ref_name(value: &Value) -> Option<&str> {
    value.get("$ref")?.as_str()?.strip_prefix(SCHEMA_PREFIX)
}

fn words(parts: Vec<TypeText>, joiner: &str) -> TypeText {
    let link = parts.iter().find_map(|p| p.link.clone());
    let text = parts.into_iter().map(|p| p.text).collect::<Vec<_>>().join(joiner);
    TypeText { text, link }
}

fn plain(text: impl Into<String>) -> TypeText {
    TypeText {
        text: text.into(),
        link: None,
    }
}

/// `schema` in words: "string (date-time)", "array of ListingJson", "integer or null".
fn type_text(schema: &Value) -> TypeText {
    if let Some(name) = ref_name(schema) {
        return TypeText {
            text: name.to_owned(),
            link: Some(name.to_owned()),
        };
    }
    for (key, joiner) in [("oneOf", " or "), ("anyOf", " or "), ("allOf", " and ")] {
        if let Some(parts) = schema.get(key).and_then(Value::as_array) {
            return words(parts.iter().map(type_text).collect(), joiner);
        }
    }
    if let Some(values) = schema.get("enum").and_then(Value::as_array) {
        let names: Vec<String> = values
            .iter()
            .map(|v| v.as_str().map_or_else(|| v.to_string(), |s| format!("“{s}”")))
            .collect();
        return plain(format!("one of {}", names.join(", ")));
    }
    let kinds: Vec<&str> = match schema.get("type") {
        Some(Value::String(kind)) => vec![kind.as_str()],
        Some(Value::Array(kinds)) => kinds.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    };
    if kinds.is_empty() {
        return plain("any JSON value");
    }
    words(
        kinds
            .into_iter()
            .map(|kind| match kind {
                "array" => {
                    let items = type_text(schema.get("items").unwrap_or(&Value::Null));
                    TypeText {
                        text: format!("array of {}", items.text),
                        link: items.link,
                    }
                }
                "object" => match schema.get("additionalProperties") {
                    Some(values @ Value::Object(_)) => {
                        let values = type_text(values);
                        TypeText {
                            text: format!("object of {}", values.text),
                            link: values.link,
                        }
                    }
                    _ => plain("object"),
                },
                // A format qualifies the value's own type, not its null.
                "null" => plain("null"),
                other => match schema.get("format").and_then(Value::as_str) {
                    Some(format) => plain(format!("{other} ({format})")),
                    None => plain(other),
                },
            })
            .collect(),
        " or ",
    )
}

/// The fields of an object schema, those of the schemas it is made of
/// (`allOf`, as a flattened struct is) included.
fn fields(schema: &Value, schemas: &Map<String, Value>) -> Vec<FieldView> {
    let resolved = ref_name(schema)
        .and_then(|name| schemas.get(name))
        .unwrap_or(schema);
    let mut found = Vec::new();
    if let Some(parts) = resolved.get("allOf").and_then(Value::as_array) {
        for part in parts {
            found.extend(fields(part, schemas));
        }
    }
    let required: Vec<&str> = resolved
        .get("required")
        .and_then(Value::as_array)
        .map(|names| names.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    if let Some(properties) = resolved.get("properties").and_then(Value::as_object) {
        for (name, property) in properties {
            found.push(FieldView {
                name: name.clone(),
                kind: type_text(property),
                required: required.contains(&name.as_str()),
                description: text(property, "description"),
            });
        }
    }
    found
}

fn parameters(operation: &Value) -> Vec<ParameterView> {
    operation
        .get("parameters")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|parameter| ParameterView {
            name: text(parameter, "name"),
            location: text(parameter, "in"),
            kind: type_text(parameter.get("schema").unwrap_or(&Value::Null)),
            required: parameter
                .get("required")
                .and_then(Value::as_bool)
                .unwrap_or(false),
            description: text(parameter, "description"),
        })
        .collect()
}

/// The first (and, in this API, only) media type of a body or response.
fn first_content(value: &Value) -> Option<(String, &Value)> {
    let (content_type, media) = value.get("content")?.as_object()?.iter().next()?;
    Some((content_type.clone(), media.get("schema").unwrap_or(&Value::Null)))
}

fn body(operation: &Value, schemas: &Map<String, Value>) -> Option<BodyView> {
    let body = operation.get("requestBody")?;
    let (content_type, schema) = first_content(body)?;
    Some(BodyView {
        content_type,
        required: body.get("required").and_then(Value::as_bool).unwrap_or(false),
        description: text(body, "description"),
        kind: type_text(schema),
        fields: fields(schema, schemas),
    })
}

fn responses(operation: &Value) -> Vec<ResponseView> {
    operation
        .get("responses")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .map(|(status, response)| {
            let content = first_content(response);
            ResponseView {
                status: status.clone(),
                description: text(response, "description"),
                content_type: content.as_ref().map(|(content_type, _)| content_type.clone()),
                kind: content.map(|(_, schema)| type_text(schema)),
            }
        })
        .collect()
}

/// "required" when every way in needs a token, "optional" when one way
/// needs none, "none" when the operation names no security.
fn token(operation: &Value) -> &'static str {
    match operation.get("security").and_then(Value::as_array) {
        None => "none",
        Some(ways) if ways.iter().any(|way| way.as_object().is_some_and(Map::is_empty)) => "optional",
        Some(ways) if ways.is_empty() => "none",
        Some(_) => "required",
    }
}

fn operation_view(
    method: &str,
    path: &str,
    operation: &Value,
    schemas: &Map<String, Value>,
) -> OperationView {
    let anchor = format!(
        "{method}-{}",
        path.trim_start_matches('/')
            .replace(['/', '.'], "-")
            .replace(['{', '}'], "")
    );
    OperationView {
        anchor,
        method: method.to_uppercase(),
        path: path.to_owned(),
        summary: text(operation, "summary"),
        description: text(operation, "description"),
        token: token(operation),
        parameters: parameters(operation),
        body: body(operation, schemas),
        responses: responses(operation),
    }
}

fn schema_view(name: &str, schema: &Value, schemas: &Map<String, Value>) -> SchemaView {
    let values: Vec<String> = schema
        .get("enum")
        .and_then(Value::as_array)
        .map(|values| {
            values
                .iter()
                .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    let fields = fields(schema, schemas);
    let kind = (values.is_empty() && fields.is_empty()).then(|| type_text(schema));
    SchemaView {
        name: name.to_owned(),
        description: text(schema, "description"),
        values,
        fields,
        kind,
    }
}

impl ApiReference {
    /// The page of `document`, an OpenAPI 3.1 document as JSON: operations
    /// grouped by their first tag in the document's order of tags, then
    /// every named type.
    pub fn from_document(document: &Value) -> Self {
        let empty = Map::new();
        let schemas = document
            .pointer("/components/schemas")
            .and_then(Value::as_object)
            .unwrap_or(&empty);
        let mut tags: Vec<TagView> = document
            .get("tags")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .map(|tag| TagView {
                name: text(tag, "name"),
                slug: text(tag, "name").replace(' ', "-"),
                description: text(tag, "description"),
                operations: Vec::new(),
            })
            .collect();
        let mut operation_count = 0;
        let paths = document.get("paths").and_then(Value::as_object).unwrap_or(&empty);
        for (path, item) in paths {
            for method in METHODS {
                let Some(operation) = item.get(method) else {
                    continue;
                };
                operation_count += 1;
                let tag = operation
                    .pointer("/tags/0")
                    .and_then(Value::as_str)
                    .unwrap_or_default();
                let view = operation_view(method, path, operation, schemas);
                match tags.iter_mut().find(|t| t.name == tag) {
                    Some(group) => group.operations.push(view),
                    None => tags.push(TagView {
                        name: tag.to_owned(),
                        slug: tag.replace(' ', "-"),
                        description: String::new(),
                        operations: vec![view],
                    }),
                }
            }
        }
        tags.retain(|tag| !tag.operations.is_empty());
        Self {
            title: document
                .pointer("/info/title")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned(),
            version: document
                .pointer("/info/version")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned(),
            description: document
                .pointer("/info/description")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned(),
            operation_count,
            tags,
            schemas: schemas
                .iter()
                .map(|(name, schema)| schema_view(name, schema, schemas))
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn types_read_as_words_and_link_to_their_section() {
        assert_eq!(
            type_text(&json!({"type": ["string", "null"], "format": "date-time"})).text,
            "string (date-time) or null"
        );
        let listing =
            type_text(&json!({"type": "array", "items": {"$ref": "#/components/schemas/ListingJson"}}));
        assert_eq!(listing.text, "array of ListingJson");
        assert_eq!(listing.link.as_deref(), Some("ListingJson"));
        assert_eq!(
            type_text(&json!({"enum": ["draft", "published"]})).text,
            "one of “draft”, “published”"
        );
        assert_eq!(
            type_text(&json!({"oneOf": [{"type": "null"}, {"$ref": "#/components/schemas/Hours"}]})).text,
            "null or Hours"
        );
        assert_eq!(
            type_text(&json!({"type": "object", "additionalProperties": {"type": "string"}})).text,
            "object of string"
        );
    }

    #[test]
    fn a_flattened_body_lists_the_fields_of_every_part() {
        let schemas = json!({
            "Input": {"type": "object", "required": ["quantity"], "properties": {"quantity": {"type": "string", "description": "How many."}}}
        });
        let schemas = schemas.as_object().unwrap();
        let body = json!({"allOf": [
            {"$ref": "#/components/schemas/Input"},
            {"type": "object", "properties": {"product": {"type": "string"}}}
        ]});
        let found = fields(&body, schemas);
        let names: Vec<_> = found.iter().map(|f| (f.name.as_str(), f.required)).collect();
        assert_eq!(names, [("quantity", true), ("product", false)]);
        assert_eq!(found[0].description, "How many.");
    }
}

# The API reference pages (/api). Operation summaries, descriptions and type names come from the
# OpenAPI document and stay as the API documents itself, in English.
api-reference = API reference
api-description = The ODOP Bazaar JSON API, version { $version }: every operation with its parameters, request fields and responses, from the site's OpenAPI document.
api-version = version { $version }
# A sentence around the link to the OpenAPI document.
api-same-as = The same description as an
api-openapi-link = OpenAPI 3.1 document
api-operation-count = ({ $count } operations), for client generators and API tools.
# A sentence around the link to the account page.
api-make-token = Make a token under “API access” on
api-account-link = your account page
api-make-token-end = .
api-operations = Operations
api-types = Types
api-types-made-of = the bodies are made of.
api-group-description = The { $tag } operations of the ODOP Bazaar JSON API, version { $version }: parameters, request fields and responses.
api-groups = Groups of operations
api-token-required = API token required.
api-token-optional = API token optional:
api-token-optional-more = callers with one may see more.
api-token-none = Open to everyone, no token needed.
api-parameters = Parameters
api-name = Name
api-in = In
api-type = Type
api-description-col = Description
api-required = required
api-request-body = Request body:
# Between the body's type and its media type ("Order as application/json").
api-as = as
api-optional = , optional
api-field = Field
api-responses = Responses
api-status = Status
api-meaning = Meaning
api-body = Body
api-none = none
api-type-description = The { $name } type of the ODOP Bazaar JSON API, version { $version }, field by field.
api-one-of = One of:
# A sentence around the word null, which the page sets as code.
api-fields-of = Fields of { $name }. A field not marked required may be left out or be
api-fields-of-end = .
api-types-description = The types the ODOP Bazaar JSON API, version { $version }, sends and receives.
api-types-lead = What the bodies of the operations are made of, each on its own page, field by field.
api-values = { $count ->
    [one] One of { $count } value.
   *[other] One of { $count } values.
}
api-fields = { $count ->
    [one] { $count } field.
   *[other] { $count } fields.
}

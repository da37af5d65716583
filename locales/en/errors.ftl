# Error pages, and the titles of the API's problem documents.
# $status is the HTTP status code; the English titles are HTTP's reason phrases.
error-title = { $status ->
    [400] Bad Request
    [401] Unauthorized
    [403] Forbidden
    [404] Not Found
    [405] Method Not Allowed
    [406] Not Acceptable
    [408] Request Timeout
    [409] Conflict
    [410] Gone
    [411] Length Required
    [412] Precondition Failed
    [413] Payload Too Large
    [414] URI Too Long
    [415] Unsupported Media Type
    [416] Range Not Satisfiable
    [422] Unprocessable Entity
    [429] Too Many Requests
    [431] Request Header Fields Too Large
    [500] Internal Server Error
    [501] Not Implemented
    [502] Bad Gateway
    [503] Service Unavailable
    [504] Gateway Timeout
   *[other] Error
}
error-status = Error { $status }
error-heading-not-found = Page not found
error-heading-busy = The site is busy
error-heading-failed = Something went wrong
error-hint-not-found = The address may be mistyped, or the page may have moved. Districts are listed under their state.
error-hint-busy = Please wait a few seconds and reload the page.
error-home = Go to the home page
error-browse-states = Browse states

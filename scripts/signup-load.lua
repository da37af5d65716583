-- POST /signup as a browser would (session cookie, CSRF token, same origin),
-- each request a new address. With SPREAD=1 each also claims a different
-- client address through X-Forwarded-For (the server must trust 127.0.0.1
-- as a proxy), as a flood from many machines would.
local cookie = os.getenv("COOKIE")
local token = os.getenv("TOKEN")
local origin = os.getenv("ORIGIN")
local spread = os.getenv("SPREAD") == "1"
local n = 0

request = function()
  n = n + 1
  local id = tostring(math.random(1, 1e9)) .. "-" .. n
  local body = "role=producer&name=Load+Test&email=load" .. id .. "%40example.org"
    .. "&password=copper+lantern+river+mango&csrf_token=" .. token
  local headers = {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = cookie,
    ["Origin"] = origin,
  }
  if spread then
    headers["X-Forwarded-For"] = "10." .. math.random(0, 255) .. "." .. math.random(0, 255) .. "." .. math.random(1, 254)
  end
  return wrk.format("POST", "/signup", headers, body)
end

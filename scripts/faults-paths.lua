-- wrk script for scripts/faults.sh: rotate over three database-backed pages.
local paths = { "/", "/districts/varanasi", "/api/v1/states" }
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end

-- wrk script for scripts/search-load.sh: cycles through 50 realistic searches
-- (English, Hindi, trade names, typos, prefixes; with and without filters),
-- half on the page and half on the JSON API. Each thread starts at a
-- different place in the list so connections do not move in lock-step.

local searches = {
  "q=banarasi+saree",
  "q=banarsi+sari",
  "q=haldi",
  "q=%E0%A4%B9%E0%A4%B2%E0%A5%8D%E0%A4%A6%E0%A5%80",
  "q=turmeric&state=meghalaya",
  "q=pashmina+shawl",
  "q=cashmere&export_ready=true",
  "q=chikankari+kurta",
  "q=lucknowi+embroidery",
  "q=kolhapuri+chappal",
  "q=makhana",
  "q=fox+nut&verified=true",
  "q=dhurrie",
  "q=cotton+rug&currency=USD",
  "q=brass&sector=handicraft",
  "q=moradabad+brassware",
  "q=terracotta",
  "q=blue+pottery",
  "q=madhubani+painting",
  "q=warli",
  "q=amla",
  "q=indian+gooseberry",
  "q=%E0%A4%86%E0%A4%82%E0%A4%B5%E0%A4%B2%E0%A4%BE",
  "q=jaggery&sort=price_asc",
  "q=gur",
  "q=basmati+rice&export_ready=true",
  "q=black+rice",
  "q=coffee&state=karnataka",
  "q=tea&sort=newest",
  "q=darjeeling",
  "q=large+cardamom",
  "q=king+chilli",
  "q=bamboo&state=assam",
  "q=cane+furniture",
  "q=carpet&moq_max=50",
  "q=silk&sector=handloom&gi=true",
  "q=chanderi",
  "q=kanjivaram",
  "q=ikat&sort=price_desc",
  "q=bandhani",
  "q=leather+bags&currency=EUR",
  "q=wooden+toys",
  "q=channapatna",
  "q=jute+bags&price_min=100&price_max=2000&currency=INR",
  "q=cashew&hs_chapter=08",
  "q=saffron",
  "q=honey&verified=true",
  "q=sand",
  "q=ban",
  "state=uttar-pradesh&sector=handloom&page=2",
}

local counter = 0

function setup(thread)
  thread:set("offset", counter * 7)
  counter = counter + 1
end

function init(args)
  n = offset or 0
end

function request()
  n = n + 1
  local params = searches[(n % #searches) + 1]
  local path
  if n % 2 == 0 then
    path = "/search?" .. params
  else
    path = "/api/v1/products/search?" .. params
  end
  return wrk.format("GET", path)
end

function done(summary, latency, requests)
  io.write(string.format(
    "requests: %d, errors (non-2xx or socket): %d\n",
    summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  ))
  for _, p in pairs({ 50, 90, 99, 99.9 }) do
    io.write(string.format("latency p%g: %.1f ms\n", p, latency:percentile(p) / 1000))
  end
end

-- wrk script for scripts/suggest-load.sh: cycles through 105 prefixes of
-- two to four letters, as the header search box sends them while someone types
-- (Latin letters and Devanagari, percent-encoded), to /api/v1/suggest. Each
-- thread starts at a different place in the list so connections do not move
-- in lock-step. These repeat, so after the first minute most answers come from
-- the answer cache; with RANDOM_PREFIXES=1 scripts/suggest-load.sh asks every
-- request for a random prefix of two to four Latin letters instead, of
-- which there are about 475,000, so almost every answer is worked out afresh.

local prefixes = {
  "ba",
  "ban",
  "bana",
  "ha",
  "hal",
  "hald",
  "ch",
  "cha",
  "chan",
  "si",
  "sil",
  "silk",
  "sa",
  "sar",
  "sare",
  "ka",
  "kan",
  "kash",
  "pa",
  "pas",
  "pash",
  "ma",
  "mak",
  "makh",
  "tu",
  "tur",
  "turm",
  "co",
  "cot",
  "cott",
  "br",
  "bra",
  "bras",
  "te",
  "tea",
  "da",
  "dar",
  "darj",
  "ko",
  "kol",
  "kolh",
  "lu",
  "luc",
  "luck",
  "va",
  "var",
  "vara",
  "ut",
  "utt",
  "utta",
  "ja",
  "jai",
  "jaip",
  "mo",
  "mor",
  "mora",
  "wo",
  "woo",
  "wool",
  "ju",
  "jut",
  "jute",
  "ra",
  "raj",
  "raja",
  "go",
  "goa",
  "gor",
  "ke",
  "ker",
  "kera",
  "mu",
  "mum",
  "bo",
  "bom",
  "bomb",
  "am",
  "aml",
  "ca",
  "car",
  "carp",
  "%E0%A4%B9%E0%A4%B2",
  "%E0%A4%B9%E0%A4%B2%E0%A5%8D",
  "%E0%A4%B9%E0%A4%B2%E0%A5%8D%E0%A4%A6",
  "%E0%A4%AC%E0%A4%A8",
  "%E0%A4%AC%E0%A4%A8%E0%A4%BE",
  "%E0%A4%AC%E0%A4%A8%E0%A4%BE%E0%A4%B0",
  "%E0%A4%B8%E0%A4%BF",
  "%E0%A4%B8%E0%A4%BF%E0%A4%B2",
  "%E0%A4%B8%E0%A4%BF%E0%A4%B2%E0%A5%8D",
  "%E0%A4%AE%E0%A4%96",
  "%E0%A4%AE%E0%A4%96%E0%A4%BE",
  "%E0%A4%B5%E0%A4%BE",
  "%E0%A4%B5%E0%A4%BE%E0%A4%B0",
  "%E0%A4%B5%E0%A4%BE%E0%A4%B0%E0%A4%BE",
  "%E0%A4%9A%E0%A4%BE",
  "%E0%A4%9A%E0%A4%BE%E0%A4%AF",
  "%E0%A4%86%E0%A4%82",
  "%E0%A4%86%E0%A4%82%E0%A4%B5",
  "%E0%A4%97%E0%A5%81",
  "%E0%A4%97%E0%A5%81%E0%A4%A1%E0%A4%BC",
  "%E0%A4%9C%E0%A5%80",
  "%E0%A4%9C%E0%A5%80%E0%A4%B0",
  "%E0%A4%87%E0%A4%B2%E0%A4%BE",
  "%E0%A4%87%E0%A4%B2%E0%A4%BE%E0%A4%AF",
}

local counter = 0

function setup(thread)
  thread:set("offset", counter * 11)
  counter = counter + 1
end

function init(args)
  n = offset or 0
  random = args[1] == "random"
  math.randomseed(os.time() + n)
end

local function random_prefix()
  local letters = {}
  for i = 1, math.random(2, 4) do
    letters[i] = string.char(math.random(97, 122))
  end
  return table.concat(letters)
end

function request()
  n = n + 1
  local prefix = random and random_prefix() or prefixes[(n % #prefixes) + 1]
  return wrk.format("GET", "/api/v1/suggest?q=" .. prefix)
end

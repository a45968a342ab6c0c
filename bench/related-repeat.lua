-- wrk script for bench/run (scenario "related-repeat"): GET /api/related for 100 questions picked at random, as
-- when the same popular pages are read again and again: after the first round every lookup is answered by the
-- per-searcher cache (search.internal.RelatedCache).

math.randomseed(42)

function request()
  return wrk.format("GET", "/api/related?type=question&limit=5&key=" .. (math.random(0, 99) * 997 + 1))
end

-- wrk script for bench/run (scenario "related-questions"): "content you might like" alone, through
-- GET /api/related, for questions picked at random among the first 100,000 ids, so nearly every request is a
-- lookup the per-searcher cache has not seen (MoreLikeThis plus shared role tags on the whole index).
-- Compare with "related-repeat", which cycles over 100 questions and so measures the cache.

math.randomseed(42)

function request()
  return wrk.format("GET", "/api/related?type=question&limit=5&key=" .. math.random(1, 100000))
end

-- wrk script for bench/run (scenario "mixed-compare"): cycles over ten three-way comparison pages
-- so that the app cannot serve one hot page from a single cache entry. Each wrk thread keeps its own
-- counter and starts at a different offset.

local paths = {
  "/compare/cto-vs-cio-vs-ciso",
  "/compare/vp-of-engineering-vs-director-of-engineering-vs-engineering-manager",
  "/compare/staff-engineer-vs-principal-engineer-vs-tech-lead",
  "/compare/mlops-engineer-vs-ml-engineer-vs-data-scientist",
  "/compare/site-reliability-engineer-vs-platform-engineer-vs-devops-engineer",
  "/compare/product-manager-vs-engineering-manager-vs-tech-lead",
  "/compare/cto-vs-vp-of-engineering-vs-director-of-engineering",
  "/compare/data-scientist-vs-ml-engineer-vs-product-manager",
  "/compare/ciso-vs-site-reliability-engineer-vs-devops-engineer",
  "/compare/principal-engineer-vs-mlops-engineer-vs-platform-engineer",
}

local counter = 0
local thread_no = 0

function setup(thread)
  thread:set("offset", thread_no)
  thread_no = thread_no + 1
end

function init(args)
  counter = (offset or 0) * 5
end

function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

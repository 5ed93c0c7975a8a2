#include "ingest/robots.h"

#include <gtest/gtest.h>

namespace ng::ingest {
namespace {

constexpr char kRobots[] =
    "# comment line\n"
    "User-agent: Googlebot\n"
    "Disallow: /\n"
    "\n"
    "User-agent: newsgraph\n"
    "User-agent: otherbot\n"
    "Disallow: /private\n"
    "Allow: /private/public\n"
    "Disallow: /*.pdf$\n"
    "Disallow: /search?*q=\n"
    "Crawl-delay: 3.5\n"
    "\n"
    "User-agent: *\n"
    "Disallow: /tmp/ # trailing comment\n"
    "Allow: /tmp/ok\n"
    "Sitemap: https://example.com/sitemap.xml\n";

TEST(RobotsTest, ParsedFileDumpsAsGroups) {
  EXPECT_EQ(RobotsRules::Parse(kRobots).DebugString(),
            "ua=googlebot disallow=/\n"
            "ua=newsgraph,otherbot disallow=/private allow=/private/public disallow=/*.pdf$ "
            "disallow=/search?*q= delay=3.5\n"
            "ua=* disallow=/tmp/ allow=/tmp/ok\n"
            "sitemap=https://example.com/sitemap.xml\n");
}

TEST(RobotsTest, LongestMatchDecidesForOurGroup) {
  RobotsRules rules = RobotsRules::Parse(kRobots);
  const struct {
    const char* agent;
    const char* path;
    bool allowed;
  } kCases[] = {
      {"newsgraph", "/", true},
      {"newsgraph", "/private", false},
      {"newsgraph", "/private/x", false},
      {"newsgraph", "/private/public/x", true},
      {"NewsGraph", "/private/x", false},   // agent matched case-insensitively
      {"newsgraph", "/doc.pdf", false},     // '$' anchors the end
      {"newsgraph", "/doc.pdf?x=1", true},  // ... so a query escapes it
      {"newsgraph", "/search?lang=ko&q=x", false},
      {"newsgraph", "/search?lang=ko", true},
      {"newsgraph", "/tmp/x", true},  // our group replaces the * group
      {"newsgraph", "/robots.txt", true},
      {"unknownbot", "/tmp/x", false},  // * group
      {"unknownbot", "/tmp/ok/1", true},
      {"unknownbot", "/private", true},
      {"googlebot", "/anything", false},
      {"googlebot", "/robots.txt", true},  // always allowed
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(rules.IsAllowed(c.agent, c.path), c.allowed) << c.agent << " " << c.path;
  }
}

TEST(RobotsTest, AllowWinsATieAndEscapesCompareEqual) {
  RobotsRules rules = RobotsRules::Parse(
      "User-agent: *\nDisallow: /page\nAllow: /page\nDisallow: /%7euser\nDisallow: /caf%c3%a9\n");
  EXPECT_TRUE(rules.IsAllowed("newsgraph", "/page"));
  EXPECT_FALSE(rules.IsAllowed("newsgraph", "/~user/x"));
  EXPECT_FALSE(rules.IsAllowed("newsgraph", "/caf\xC3\xA9/menu"));
}

TEST(RobotsTest, EmptyOrMissingRulesAllowEverything) {
  const char* kFiles[] = {"", "User-agent: *\nDisallow:\n", "garbage\n\n:::\n",
                          "Disallow: /before-any-agent\n"};
  for (const char* f : kFiles) {
    EXPECT_TRUE(RobotsRules::Parse(f).IsAllowed("newsgraph", "/x")) << f;
  }
}

TEST(RobotsTest, WildcardsDoNotBacktrackExponentially) {
  std::string pattern = "Disallow: /";
  for (int i = 0; i < 200; ++i) pattern += "*a";
  pattern += "b$\n";
  RobotsRules rules = RobotsRules::Parse("User-agent: *\n" + pattern);
  EXPECT_TRUE(rules.IsAllowed("newsgraph", "/" + std::string(5000, 'a')));
}

TEST(RobotsTest, CrawlDelayComesFromTheMatchingGroup) {
  RobotsRules rules = RobotsRules::Parse(kRobots);
  EXPECT_EQ(rules.CrawlDelay("newsgraph"), 3.5);
  EXPECT_EQ(rules.CrawlDelay("someone"), std::nullopt);
}

TEST(RobotsTest, CacheTreatsStatusCodesAsRfc9309Says) {
  RobotsCache cache("newsgraph");
  cache.Record("http://ok.example", 200, "User-agent: *\nDisallow: /private\n");
  cache.Record("http://gone.example", 404, "");
  cache.Record("http://broken.example", 503, "");
  cache.Record("http://down.example", 0, "");
  const struct {
    const char* url;
    const char* want;
  } kCases[] = {
      {"http://ok.example/news", "OK"},
      {"http://ok.example/private/1?a=b",
       "robots.txt of http://ok.example disallows /private/1?a=b"},
      {"http://gone.example/private", "OK"},
      {"http://broken.example/",
       "robots.txt of http://broken.example unavailable (HTTP 503): site skipped for this run"},
      {"http://down.example/",
       "robots.txt of http://down.example unavailable (unreachable): site skipped for this run"},
  };
  for (const auto& c : kCases) EXPECT_EQ(cache.Check(c.url).ToString(), c.want) << c.url;
}

}  // namespace
}  // namespace ng::ingest

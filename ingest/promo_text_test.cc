#include "ingest/promo_text.h"

#include <gtest/gtest.h>

#include <string>

namespace ng::ingest {
namespace {

TEST(DropPromotionalTextTest, CutsSyndicationBlocksAndTails) {
  struct Case {
    const char* what;
    std::string in, out;
  };
  const Case cases[] = {
      {"a headline block that ends with a subscription call",
       "Acme raised prices. More News from Wirechart Is Zeta Corp a Buy? Beta Inc Hits a High. "
       "Get insights with the FREE Wirechart newsletter. Sign up now! Acme said demand held.",
       "Acme raised prices. Acme said demand held."},
      {"a block without a subscription call nearby is left alone",
       "More News from the front: Acme and Beta merged.",
       "More News from the front: Acme and Beta merged."},
      {"a disclosure tail",
       "Acme grew. On the date of publication, Jo Roe had no positions. "
       "All information is for informational purposes.",
       "Acme grew."},
      {"an outlet's offer at the end",
       "Acme grew. Try full access to The Daily free today. View Comments", "Acme grew."},
      {"markers in the middle", "Acme grew. Story continues Beta fell. View comments",
       "Acme grew. Beta fell."},
      {"nothing to cut", "삼성전자는 실적을 냈다. Acme grew.",
       "삼성전자는 실적을 냈다. Acme grew."},
      {"a tail phrase at the very start is text", "On the date of publication, nothing happened.",
       "On the date of publication, nothing happened."},
      {"empty", "", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(DropPromotionalText(c.in), c.out) << c.what;
}

}  // namespace
}  // namespace ng::ingest

// DropPromotionalText: an article body without the promotional blocks that
// syndicated news carries inside its text, where no HTML structure marks
// them: "More News from Barchart <headlines> ... newsletter ... Sign up now!",
// "Story continues", and tails such as "On the date of publication, <author>
// had no positions ...", "This article was originally published on ...",
// "Try full access to <outlet> ...", "View comments". Their headlines and
// tickers would otherwise become entities and relations of the article.
// Only these publisher phrases are cut; the rest is returned unchanged.
// Pure function, thread-safe.
#ifndef NEWSGRAPH_INGEST_PROMO_TEXT_H_
#define NEWSGRAPH_INGEST_PROMO_TEXT_H_

#include <string>
#include <string_view>

namespace ng::ingest {

std::string DropPromotionalText(std::string_view text);

}  // namespace ng::ingest

#endif  // NEWSGRAPH_INGEST_PROMO_TEXT_H_

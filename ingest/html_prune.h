// DropScriptAndStyleBodies: a page with the contents of its <script> and
// <style> elements removed, before gumbo parses it.
//
// On news pages about half the bytes are inline JavaScript and CSS, which the
// extractor never reads, yet gumbo's tokenizer walks them character by
// character: removing them first halves the parse time. The contents of
// scripts whose type names JSON-LD (`application/ld+json`) are kept, since
// the metadata reader uses them.
//
// Everything else is copied byte for byte, and a body is removed only where
// the HTML tokenizer is certainly in the script (or style) text: the scan
// follows comments, quoted attribute values, RCDATA and RAWTEXT elements
// (<title>, <textarea>, <xmp>, <iframe>, <noembed>, <noframes>), CDATA
// sections and <plaintext>, and ends a body at `</script` / `</style`
// followed by whitespace, `/` or `>`, as the tokenizer does. Bodies that
// contain `<!--` (where the tokenizer's escaped states could move the end)
// and `<script/>` written self-closing (an empty element inside <svg>) are
// left alone. So the DOM gumbo builds from the result differs from the
// original only by the missing script and style text.
// Pure function, thread-safe.
#ifndef NEWSGRAPH_INGEST_HTML_PRUNE_H_
#define NEWSGRAPH_INGEST_HTML_PRUNE_H_

#include <string>
#include <string_view>

namespace ng::ingest {

std::string DropScriptAndStyleBodies(std::string_view html);

}  // namespace ng::ingest

#endif  // NEWSGRAPH_INGEST_HTML_PRUNE_H_

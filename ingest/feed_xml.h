// Internal to ingest/feed.cc and ingest/sitemap.cc: the one place that sets
// libxml2's parser options, so every XML document newsgraph reads is parsed
// with network, DTD loading and entity substitution off.
//
// Thread-safe: pure functions.
#ifndef NEWSGRAPH_INGEST_FEED_XML_H_
#define NEWSGRAPH_INGEST_FEED_XML_H_

#include <libxml/tree.h>

#include <memory>
#include <string>
#include <string_view>

#include "base/status.h"

namespace ng::ingest::feed_xml {

struct DocDeleter {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using Doc = std::unique_ptr<xmlDoc, DocDeleter>;

// Decodes `bytes` to UTF-8 and parses them. `what` prefixes messages
// ("feed https://x/rss"); `url` becomes the document URL (xml:base root).
// On success `*charset` is the charset decoded from.
StatusOr<Doc> Parse(std::string_view bytes, std::string_view url, std::string_view what,
                    std::string_view http_content_type, size_t max_bytes, std::string* charset);

// Element's local name ("RDF" for <rdf:RDF>), "" for non-elements.
std::string_view LocalName(const xmlNode* node);
// Namespace URI of an element, "" when none.
std::string_view NamespaceOf(const xmlNode* node);
// Concatenated text and CDATA of the node's descendants; entity references
// are skipped (never expanded). Trimmed.
std::string Text(const xmlNode* node);
// Attribute value (no namespace), "" when absent.
std::string Attr(const xmlNode* node, const char* name);

}  // namespace ng::ingest::feed_xml

#endif  // NEWSGRAPH_INGEST_FEED_XML_H_

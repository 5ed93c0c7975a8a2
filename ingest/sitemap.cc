#include "ingest/sitemap.h"

#include "ingest/feed.h"
#include "ingest/feed_xml.h"
#include "ingest/url.h"

namespace ng::ingest {
namespace {

constexpr char kNewsNs[] = "http://www.google.com/schemas/sitemap-news/0.9";

const xmlNode* Child(const xmlNode* parent, std::string_view name, const char* ns = nullptr) {
  for (const xmlNode* c = parent->children; c != nullptr; c = c->next) {
    if (c->type == XML_ELEMENT_NODE && feed_xml::LocalName(c) == name &&
        (ns == nullptr || feed_xml::NamespaceOf(c) == ns)) {
      return c;
    }
  }
  return nullptr;
}

std::string ChildText(const xmlNode* parent, std::string_view name, const char* ns = nullptr) {
  const xmlNode* c = Child(parent, name, ns);
  return c == nullptr ? "" : feed_xml::Text(c);
}

std::string Date(const std::string& raw) {
  std::string iso = FeedDateToIso8601(raw);
  return iso.empty() ? raw : iso;
}

}  // namespace

StatusOr<Sitemap> ParseSitemap(std::string_view bytes, std::string_view sitemap_url,
                               const SitemapOptions& options) {
  const std::string what = "sitemap " + RedactUrl(sitemap_url);
  StatusOr<feed_xml::Doc> doc =
      feed_xml::Parse(bytes, sitemap_url, what, "", options.max_bytes, nullptr);
  if (!doc.ok()) return doc.status();
  const xmlNode* root = xmlDocGetRootElement(doc->get());
  std::string_view name = feed_xml::LocalName(root);
  Sitemap sitemap;
  if (name == "sitemapindex") {
    sitemap.is_index = true;
  } else if (name != "urlset") {
    return Status::InvalidArgument(what + ": root element <" + std::string(name) +
                                   "> is not urlset or sitemapindex");
  }
  const char* child_name = sitemap.is_index ? "sitemap" : "url";
  for (const xmlNode* n = root->children; n != nullptr; n = n->next) {
    if (n->type != XML_ELEMENT_NODE || feed_xml::LocalName(n) != child_name) continue;
    if (sitemap.entries.size() >= options.max_entries) break;
    StatusOr<std::string> loc = ResolveHttpUrl(sitemap_url, ChildText(n, "loc"));
    if (!loc.ok() || ChildText(n, "loc").empty()) continue;  // one bad entry is skipped
    SitemapEntry e;
    e.loc = *loc;
    e.lastmod = Date(ChildText(n, "lastmod"));
    if (const xmlNode* news = Child(n, "news", kNewsNs)) {
      e.news_title = ChildText(news, "title", kNewsNs);
      e.news_publication_date = Date(ChildText(news, "publication_date", kNewsNs));
      if (const xmlNode* pub = Child(news, "publication", kNewsNs)) {
        e.news_publication_name = ChildText(pub, "name", kNewsNs);
        e.news_language = ChildText(pub, "language", kNewsNs);
      }
    }
    sitemap.entries.push_back(std::move(e));
  }
  return sitemap;
}

}  // namespace ng::ingest

// Word lists: the Korean and English words the analyzer knows by heart, as
// predicates. Korean: generic nouns that are never names, titles and their
// modifiers, departments, product nouns, surnames and the syllables of
// transliterations. English: stop words, company suffixes and nouns,
// demonyms, exchange prefixes, words that refer back to a company. Data, not
// rules: the analyzer (nlp/analyzer.cc) decides what they mean in context.
// Pure functions; thread-safe.
#ifndef NEWSGRAPH_NLP_WORD_LISTS_H_
#define NEWSGRAPH_NLP_WORD_LISTS_H_

#include <string>
#include <string_view>

#include "nlp/josa.h"

namespace ng::nlp::lists {

// ---------------------------------------------------------------- Korean

// Korean nouns that are never names: generic words for companies and
// people, titles, time words, fields, category nouns ("기업", "대표", "은행").
bool IsRoleOrGeneric(std::string_view word);

// A department of an organisation: "품질혁신센터", "AX기술그룹", "개발본부".
bool IsDepartment(std::string_view w);

// Words that qualify a title, not a name: "전", "신임", "공동", "담당".
bool IsTitleModifier(std::string_view w);

// `w` without trailing ',', '.', ')', quotes.
std::string_view StripTrailingPunct(std::string_view w);

// Syllables that transliterations use and Korean given names do not
// ("하워드", "잭슨"): such a word is not a Korean name.
bool HasTransliterationSyllable(std::string_view w);

// The most common one-syllable Korean surnames.
bool IsKoreanSurname(std::string_view w);

// Two to four Hangul syllables starting with a common Korean surname.
// `before_title`: the word stands right before a title or an organisation
// and title ("김진만 대표"), where a name has no particle, so a last syllable
// that could be one ("만", "은") does not count against it.
bool LooksLikeKoreanName(std::string_view w, bool before_title = false);

// The last syllable is a verb or adverb ending that Korean given names do not
// use ("기소된", "이로써", "도입함", "전략적", "이에"). Not 해: "황산해" is a
// name as well as a verb form ("반영해").
bool EndsInVerbalSyllable(std::string_view w);

// Two to five capital Latin letters (digits and '&' after the first) that
// are not a technical term: the head of "ABL생명", "SBI인베스트먼트".
bool IsLatinInitials(std::string_view w);

// Korean nouns for a kind of product: "솔루션 '챗GPT 엔터프라이즈'",
// "오픈AI의 챗봇 '챗GPT'".
bool IsKoreanProductNoun(std::string_view w);

// Nouns for a family of products: "신규 포트폴리오", "제품군".
bool IsProductClassNoun(std::string_view w);

// Topic or subject particle (은/는/이/가 ...).
bool IsSubjectRole(ParticleRole r);

// ---------------------------------------------------------------- English

// `w` with ASCII letters lower-cased.
std::string ToLowerAscii(std::string_view w);

// Letters all upper case ("IBM", "AT&T").
bool IsAllCaps(std::string_view w);

// Capitalised English words that start no name: articles, pronouns,
// months, weekdays, sentence adverbs, technology acronyms.
bool IsEnglishStopWord(std::string_view w);

// Suffixes that end organisation names.
bool IsOrgSuffix(std::string_view w);

// Nouns that, right before a capitalised name, say it is an organisation:
// "rival Nissan", "retailer Macy's", "US beermaker Anheuser-Busch".
bool IsOrgNoun(std::string_view w);

// A nationality or regional adjective from the list ("French", "Korean").
bool IsKnownDemonym(std::string_view w);

// As IsKnownDemonym, and unless `known_only` also words shaped like one
// ("-ian", "-ese", "-ish" endings).
bool IsDemonym(std::string_view w, bool known_only = false);

// Legal-form suffixes: "Inc", "Corp.", "plc", "AG".
bool IsCorporateSuffix(std::string_view w);

// Plural nouns after which a capitalised name is an organisation's:
// "leading players Kalshi and Polymarket", "peers Alibaba".
bool IsOrgPlural(std::string_view w);

// Nouns that, right after a capitalised name, say it names an
// organisation: "Sal Oppenheim investment bank", "DBS Vickers brokerage".
bool IsNamingNoun(std::string_view w);

// Nouns that, right after a name, say it names a product: "the Livebox
// router", "Velvo rum", "its Alfa Romeo marque".
bool IsProductNoun(std::string_view w);

// Nouns that, right before a name, say it names a product: "multiple
// sclerosis drug Tysabri", "the film Arcadia", "the browser Firefox".
bool IsProductHeadNoun(std::string_view w);

// Nouns that, after a possessive, name a building or a place: "the
// Butcher's Hall", "St Paul's Cathedral".
bool IsBuildingNoun(std::string_view w);

// Plural nouns for products before "such as": "free programs such as
// Spybot", "brands such as Stella".
bool IsProductPlural(std::string_view w);

// Nouns after "Org's Name" that make the name a division's: "Disney's
// Experiences business", "Sony's Music unit".
bool IsDivisionNoun(std::string_view w);

// Nouns for people that, right before a capitalised name, make it a
// person's: "pop star Katy Perry", "billionaire Carl Icahn".
bool IsPersonNoun(std::string_view w);

// Stock exchange names before a ticker: "NASDAQ:", "NYSE:".
bool IsExchangePrefix(std::string_view w);

// Nouns that, after "the" and up to two adjectives, refer back to an
// organisation: "the company", "the Japanese carmaker", "the media giant".
bool IsAnaphorNoun(std::string_view w);

}  // namespace ng::nlp::lists

#endif  // NEWSGRAPH_NLP_WORD_LISTS_H_

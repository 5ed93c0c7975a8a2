// Extraction: what nlp/ finds in one article: sentences, entities, their
// mentions, and typed relations with the sentence that supports them.
// Plain value types; indices refer into the vectors of the same Extraction.
#ifndef NEWSGRAPH_NLP_EXTRACTION_H_
#define NEWSGRAPH_NLP_EXTRACTION_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ng::nlp {

// Stored in the DB as text (EntityTypeName): do not rename.
enum class EntityType { kPerson, kOrg, kProduct, kPlace, kOther };
std::string_view EntityTypeName(EntityType type);  // "PERSON", "ORG", ...
bool ParseEntityType(std::string_view name, EntityType* type);

// Stored in the DB as text (ModalityName): do not rename.
enum class Modality {
  kAsserted,    // the text states it as a fact
  kConsidered,  // talks, plans, review, possibility (검토, 논의, 가능성)
  kNegated,     // denied or stated not to be so
  kEnded,       // held once, no longer (더 이상 진행되지 않고, no longer)
};
std::string_view ModalityName(Modality modality);  // "asserted", ...
bool ParseModality(std::string_view name, Modality* modality);

// Relation types the extractor emits. Stored in the DB as text.
inline constexpr std::string_view kRelationTypes[] = {
    "CEO_OF",   "LEADS",      "FOUNDED",       "WORKS_FOR",     "OWNS",     "PARENT_OF",
    "ACQUIRES", "INVESTS_IN", "PARTNERS_WITH", "COMPETES_WITH", "DEVELOPS", "MENTIONED_WITH"};
bool IsRelationType(std::string_view type);
// PARTNERS_WITH, COMPETES_WITH and MENTIONED_WITH hold in both directions.
bool IsSymmetricRelation(std::string_view type);

struct Sentence {
  size_t begin = 0;  // byte offsets into the article text
  size_t end = 0;
};

struct Alias {
  std::string text;  // surface form as written, particles removed
  std::string lang;  // "ko" for Hangul forms, "en" for Latin forms, "" otherwise
};

// An entity as seen in one article. Resolution across articles happens later.
struct Entity {
  std::string name;  // canonical name: the English form when known
  EntityType type = EntityType::kOther;
  std::vector<Alias> aliases;  // every form known or seen, including `name`
  bool from_dictionary = false;
};

struct Mention {
  int entity = 0;    // index into Extraction::entities
  int sentence = 0;  // index into Extraction::sentences
  size_t begin = 0;  // byte offsets of the name (without particle) in the text
  size_t end = 0;
};

struct Relation {
  int source = 0;  // index into Extraction::entities
  int target = 0;
  std::string type;  // one of kRelationTypes
  Modality modality = Modality::kAsserted;
  int sentence = 0;  // supporting sentence
};

struct Extraction {
  std::vector<Sentence> sentences;
  std::vector<Entity> entities;
  std::vector<Mention> mentions;
  std::vector<Relation> relations;
};

}  // namespace ng::nlp

#endif  // NEWSGRAPH_NLP_EXTRACTION_H_

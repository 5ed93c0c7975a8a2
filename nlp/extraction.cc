#include "nlp/extraction.h"

#include <algorithm>

namespace ng::nlp {
namespace {

constexpr std::string_view kEntityTypeNames[] = {"PERSON", "ORG", "PRODUCT", "PLACE", "OTHER"};
constexpr std::string_view kModalityNames[] = {"asserted", "considered", "negated", "ended"};

}  // namespace

std::string_view EntityTypeName(EntityType type) {
  return kEntityTypeNames[static_cast<int>(type)];
}

bool ParseEntityType(std::string_view name, EntityType* type) {
  for (int i = 0; i < 5; ++i) {
    if (kEntityTypeNames[i] == name) {
      *type = static_cast<EntityType>(i);
      return true;
    }
  }
  return false;
}

std::string_view ModalityName(Modality modality) {
  return kModalityNames[static_cast<int>(modality)];
}

bool ParseModality(std::string_view name, Modality* modality) {
  for (int i = 0; i < 4; ++i) {
    if (kModalityNames[i] == name) {
      *modality = static_cast<Modality>(i);
      return true;
    }
  }
  return false;
}

bool IsRelationType(std::string_view type) {
  return std::find(std::begin(kRelationTypes), std::end(kRelationTypes), type) !=
         std::end(kRelationTypes);
}

bool IsSymmetricRelation(std::string_view type) {
  return type == "PARTNERS_WITH" || type == "COMPETES_WITH" || type == "MENTIONED_WITH";
}

}  // namespace ng::nlp

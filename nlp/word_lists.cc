#include "nlp/word_lists.h"

#include <algorithm>
#include <unordered_set>

#include "nlp/text_cues.h"

namespace ng::nlp::lists {

using text::CountHangul;
using text::CpAt;
using text::HasHangul;
using text::HasLatin;
using text::IsDigit;
using text::IsLatin;
using text::IsTechAcronym;
using text::IsUpper;

bool IsRoleOrGeneric(std::string_view word) {
  static const std::unordered_set<std::string_view> kGeneric = {
      "기업",       "회사",     "업체",         "제조업체",   "위성",           "로켓",
      "스타트업",   "그룹",     "경쟁사",       "최고경영자", "대표",           "회장",
      "사장",       "모회사",   "자회사",       "챗봇",       "신규",           "미국",
      "중국",       "한국",     "글로벌",       "국내",       "해외",           "인공지능",
      "AI",         "기술",     "전문",         "이른바",     "일명",           "브랜드",
      "서비스",     "플랫폼",   "모델",         "데이터센터", "인터페이스",     "뇌-컴퓨터",
      "출신",       "엔지니어", "관계자",       "직원",       "연구진",         "정부",
      "당국",       "투자자",   "주주",         "업계",       "시장",           "최근",
      "현재",       "당시",     "이후",         "올해",       "지난해",         "내년",
      "오늘",       "어제",     "월요일",       "화요일",     "수요일",         "목요일",
      "금요일",     "토요일",   "일요일",       "주요",       "일부",           "여러",
      "이번",       "지난",     "다른",         "같은",       "관련",           "대한",
      "위한",       "통해",     "따라",         "함께",       "또한",           "모두",
      "각각",       "우리",     "그는",         "그녀는",     "이들",           "양사",
      "계열사",     "본사",     "지주사",       "지분",       "투자",           "인수",
      "합병",       "협력",     "계약",         "사업",       "부문",           "제품",
      "가운데",     "사례",     "대부분",       "마찬가지",   "관계자들",       "대비",
      "호황",       "불황",     "기준",         "수준",       "이상",           "이하",
      "정도",       "가량",     "규모",         "전년",       "업체들",         "기업들",
      "회사들",     "치료제",   "바이오시밀러", "신약",       "의약품",         "포트폴리오",
      "파이프라인", "중간재",   "원료",         "소재",       "인터넷전문은행", "은행",
      "증권사",     "발행사",   "운용사",       "보험사",     "카드사",         "주관사",
      "투자은행",   "금융사",   "금융지주사",   "항암제",     "백신",           "장관",
      "차관",       "의원",     "위원장",       "총리",       "대통령",         "지사",
      "한편",       "이날",     "반면",         "정작",       "역시",           "특히",
      "다만",       "시중은행", "지방은행",     "저축은행",   "손해보험사",     "생명보험사",
      "자산운용사", "건설사",   "완성차",       "게임사",     "제약사",         "통신사"};
  return kGeneric.count(word) > 0;
}

bool IsDepartment(std::string_view w) {
  for (std::string_view end : {"센터", "본부", "그룹", "부문", "연구소", "사업부", "스튜디오", "랩",
                               "지사", "담당", "팀", "실", "사업본부", "연구원"}) {
    if (w.size() > end.size() + 3 && w.ends_with(end)) return true;
  }
  return false;
}

bool IsTitleModifier(std::string_view w) {
  static const std::unordered_set<std::string_view> kModifiers = {
      "공동", "각자", "신임", "사외",   "상임", "비상임", "전임", "현직", "전직", "초대", "대표",
      "명예", "수석", "부",   "총",     "현",   "전",     "새",   "첫",   "당시", "겸",   "및",
      "등",   "前",   "現",   "그",     "이",   "저",     "한",   "두",   "세",   "네",   "소속",
      "출신", "지역", "측",   "당",     "산하", "담당",   "총괄", "해외", "국내", "영업", "기술",
      "경영", "재무", "전략", "마케팅", "개발", "연구",   "사업", "부문"};
  return kModifiers.count(w) > 0;
}

std::string_view StripTrailingPunct(std::string_view w) {
  while (!w.empty() && (w.back() == ',' || w.back() == '.' || w.back() == ')' || w.back() == '\'' ||
                        w.back() == '"')) {
    w.remove_suffix(1);
  }
  return w;
}

bool HasTransliterationSyllable(std::string_view w) {
  static const std::unordered_set<std::string_view> kForeign = {
      "드", "트", "크", "프", "르", "즈", "스", "츠", "브", "그", "흐", "닉",
      "워", "웰", "퍼", "렌", "턴", "튼", "슨", "릭", "샤", "셀", "켈", "믹"};
  for (size_t i = 3; i + 3 <= w.size(); i += 3) {
    if (kForeign.count(w.substr(i, 3))) return true;
  }
  return false;
}

bool IsKoreanSurname(std::string_view w) {
  static const std::unordered_set<std::string_view> kCommon = {
      "김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신",
      "권", "황", "안", "송", "류", "유", "전", "홍", "고", "문", "양", "손", "배", "백"};
  return kCommon.count(w) > 0;
}

bool EndsInVerbalSyllable(std::string_view w) {
  if (w.size() < 3) return false;
  static const std::unordered_set<std::string_view> kEndings = {
      "된", "는", "써", "함", "적", "에", "며", "던", "될", "됐", "했", "씩", "께"};
  return kEndings.count(w.substr(w.size() - 3)) > 0;
}

bool LooksLikeKoreanName(std::string_view w, bool before_title) {
  static const std::unordered_set<std::string_view> kSurnames = {
      "김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권",
      "황", "안", "송", "류", "유", "전", "홍", "고", "문", "양", "손", "배", "백", "허", "남",
      "심", "노", "하", "곽", "성", "차", "주", "우", "구", "민", "진", "나", "지", "엄", "채",
      "원", "천", "방", "공", "현", "함", "변", "염", "여", "추", "도", "소", "석", "선", "설",
      "마", "길", "연", "위", "표", "명", "기", "반", "라", "왕", "금", "옥", "육", "인", "맹",
      "제", "모", "탁", "국", "어", "은", "편", "용", "예", "경", "봉", "사", "부", "가", "복",
      "태", "목", "형", "피", "두", "감", "음", "빈", "동", "온", "호", "범", "좌", "팽", "승"};
  const int n = CountHangul(w);
  if (static_cast<int>(w.size()) != n * 3) return false;
  // Three syllables; four only with a two-syllable surname ("남궁민수").
  // Two-syllable words are too often plain nouns ("이번", "정부").
  if (n == 4) {
    const std::string_view two = w.substr(0, 6);
    if (two != "남궁" && two != "제갈" && two != "선우" && two != "황보" && two != "독고") {
      return false;
    }
  } else if (n != 3 || !kSurnames.count(w.substr(0, 3))) {
    return false;
  }
  if (IsRoleOrGeneric(w) || EndsInVerbalSyllable(w)) return false;
  const ParticleSplit split = SplitParticle(w, 2);
  if (split.stem_bytes == w.size()) return true;
  // Before a title a last syllable like 만 or 은 is part of the name, unless
  // what precedes it is a common noun ("은행이").
  return before_title && !IsRoleOrGeneric(w.substr(0, split.stem_bytes));
}

bool IsLatinInitials(std::string_view w) {
  if (w.size() < 2 || w.size() > 5 || !(w[0] >= 'A' && w[0] <= 'Z')) return false;
  for (char c : w) {
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '&')) return false;
  }
  for (std::string_view field : {"AI", "IT", "AX", "DX", "HR", "R&D", "5G", "6G", "3D", "XR"}) {
    if (w == field) return false;  // "AI반도체", "IT솔루션": a field, not a name
  }
  return !IsTechAcronym(w);
}

std::string ToLowerAscii(std::string_view w) {
  std::string out(w);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

bool IsAllCaps(std::string_view w) {
  if (w.size() < 2) return false;
  for (char c : w) {
    if (!IsUpper(c)) return false;
  }
  return true;
}

bool IsEnglishStopWord(std::string_view w) {
  if (IsTechAcronym(w) || w == "ISP" || w == "Index" || w == "Voip" || w == "VoIP") return true;
  // "PCs", "CEOs": plurals of acronyms; "1.6T", "3.5G": figures.
  if (w.size() >= 3 && w.back() == 's' && IsAllCaps(w.substr(0, w.size() - 1))) return true;
  if (!w.empty() && IsDigit(static_cast<unsigned char>(w[0])) &&
      w.find('.') != std::string_view::npos) {
    return true;
  }
  // Modal verbs and "Says" begin headlines ("Warren Buffett Says ...").
  if (w == "Could" || w == "Would" || w == "Might" || w == "Must" || w == "Says") return true;
  // Weekday abbreviations of datelines ("Fri, February 6") and "Adjusted
  // EPS:" of earnings tables.
  static const std::unordered_set<std::string_view> kDateline = {
      "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Adjusted"};
  if (kDateline.count(w)) return true;
  static const std::unordered_set<std::string_view> kStop = {
      "The",          "A",           "An",           "This",        "That",       "These",
      "Those",        "It",          "Its",          "He",          "She",        "They",
      "We",           "I",           "You",          "His",         "Her",        "Their",
      "Our",          "My",          "Your",         "There",       "Here",       "What",
      "Which",        "Who",         "Whom",         "Why",         "How",        "When",
      "Where",        "While",       "If",           "But",         "And",        "Or",
      "Nor",          "So",          "Yet",          "For",         "In",         "On",
      "At",           "By",          "From",         "To",          "Of",         "With",
      "Without",      "After",       "Before",       "Since",       "Until",      "During",
      "About",        "Over",        "Under",        "Also",        "However",    "Meanwhile",
      "Moreover",     "Furthermore", "Nevertheless", "Nonetheless", "Indeed",     "Strong",
      "Christmas",    "Easter",      "Thanksgiving", "Halloween",   "Weak",       "Outperform",
      "Underperform", "Overweight",  "Underweight",  "Neutral",     "Therefore",  "Thus",
      "Hence",        "Otherwise",   "Instead",      "I'm",         "I’m",        "It's",
      "It’s",         "That's",      "That’s",       "Here's",      "Here’s",     "There's",
      "There’s",      "What's",      "What’s",       "Let's",       "Let’s",      "We're",
      "We’re",        "You're",      "You’re",       "They're",     "They’re",    "Still",
      "Last",         "Next",        "Mr",           "Mr.",         "Mrs",        "Mrs.",
      "Ms",           "Ms.",         "Dr",           "Dr.",         "Sir",        "Chief",
      "Executive",    "Officer",     "President",    "Chairman",    "Chairwoman", "Director",
      "Manager",      "Analyst",     "Minister",     "Secretary",   "Governor",   "Senator",
      "CEO",          "CFO",         "COO",          "CTO",         "Monday",     "Tuesday",
      "Wednesday",    "Thursday",    "Friday",       "Saturday",    "Sunday",     "January",
      "February",     "March",       "April",        "June",        "July",       "August",
      "September",    "October",     "November",     "December",    "Jan",        "Feb",
      "Mar",          "Apr",         "Jun",          "Jul",         "Aug",        "Sep",
      "Sept",         "Oct",         "Nov",          "Dec",         "Read",       "More",
      "Most",         "Update",      "Updated",      "Photo",       "Image",      "Images",
      "Video",        "Source",      "Sources",      "Shares",      "Stock",      "Stocks",
      "Markets",      "Market",      "Business",     "News",        "Technology", "Tech",
      "Q1",           "Q2",          "Q3",           "Q4",          "AI",         "US",
      "UK",           "EU",          "Some",         "Many",        "Several",    "Other",
      "Both",         "All",         "Any",          "Each",        "Every",      "No",
      "Not",          "Now",         "Then",         "Today",       "Yesterday",  "Tomorrow",
      "Earlier",      "Later",       "According",    "As",          "Such",       "Although",
      "Though",       "Because",     "Despite",      "Following",   "Including",  "Like",
      "Unlike",       "Among",       "Against",      "Between",     "Through",    "Under",
      "Within",       "Plus",        "Even",         "Only",        "Just",       "Already",
      "Analysts",     "Investors",   "Officials",    "Sales",       "Should",     "Buy",
      "Sell",         "Hold",        "Overall",      "Moderate",    "Profits",    "Revenue",
      "Net",          "Group's",     "Vice",         "Senior",      "Global",     "International",
      "National",     "Federal",     "State",        "City",        "Street",     "Inc",
      "Inc.",         "Corp",        "Corp.",        "Ltd",         "Ltd.",       "Co",
      "Co.",          "PLC",         "plc",          "LLC",         "AG",         "SA",
      "NV",           "Holdings",    "Group",        "GMT",         "EST",        "ET",
      "PT",           "BST",         "UTC"};
  return kStop.count(w) > 0;
}

bool IsOrgSuffix(std::string_view w) {
  static const std::unordered_set<std::string_view> kSuffix = {"Inc",          "Inc.",
                                                               "Corp",         "Corp.",
                                                               "Corporation",  "Ltd",
                                                               "Ltd.",         "Limited",
                                                               "Co",           "Co.",
                                                               "Company",      "PLC",
                                                               "plc",          "LLC",
                                                               "AG",           "SA",
                                                               "NV",           "SE",
                                                               "GmbH",         "Labs",
                                                               "Technologies", "Technology",
                                                               "Group",        "Holdings",
                                                               "Systems",      "Motors",
                                                               "Bank",         "Capital",
                                                               "Ventures",     "Robotics",
                                                               "Partners",     "Airlines",
                                                               "Airways",      "Pharmaceuticals",
                                                               "Therapeutics", "Semiconductor",
                                                               "Electronics",  "Industries",
                                                               "Networks",     "Software",
                                                               "Securities",   "Investments",
                                                               "Financial",    "Insurance",
                                                               "Energy",       "Stores",
                                                               "Brands",       "Entertainment",
                                                               "Media",        "Communications",
                                                               "Telecom",      "Foods",
                                                               "Motor",        "Automotive",
                                                               "Associates",   "Foundation",
                                                               "Institute",    "University",
                                                               "Exchange",     "Fund",
                                                               "Management",   "Research",
                                                               "Consulting",   "Solutions",
                                                               "Services",     "Studios",
                                                               "Games",        "Annuity",
                                                               "Stockbrokers", "Brokers",
                                                               "Managers",     "Advisors",
                                                               "Advisers",     "Department",
                                                               "Ministry",     "Commission",
                                                               "Authority",    "Bancorp",
                                                               "Agency",       "Association",
                                                               "Federation",   "Society"};
  return kSuffix.count(w) > 0;
}

bool IsOrgNoun(std::string_view w) {
  static const std::unordered_set<std::string_view> kNouns = {
      "rival",      "retailer",  "firm",     "company",      "bank",      "group",
      "maker",      "giant",     "carmaker", "automaker",    "brewer",    "beermaker",
      "insurer",    "lender",    "operator", "startup",      "start-up",  "unit",
      "subsidiary", "chipmaker", "airline",  "conglomerate", "investor",  "fund",
      "broker",     "brokerage", "exchange", "platform",     "supplier",  "manufacturer",
      "developer",  "publisher", "provider", "owner",        "parent",    "partner",
      "competitor", "rivals",    "firms",    "companies",    "banks",     "website",
      "network",    "service",   "telco",    "carrier",      "drugmaker", "pharmaceutical",
      "studio",     "chain",     "store",    "outlet",       "newspaper", "broadcaster",
      "agency",     "regulator", "app",      "marketplace",  "peer"};
  return kNouns.count(w) > 0;
}

bool IsKnownDemonym(std::string_view w) { return IsDemonym(w, /*known_only=*/true); }

bool IsDemonym(std::string_view w, bool known_only) {
  static const std::unordered_set<std::string_view> kShort = {
      "Swiss",    "Dutch",   "Thai",     "Irish",    "Welsh",     "Scots",  "Greek",   "Czech",
      "Arab",     "Saudi",   "Iraqi",    "Israeli",  "Kuwaiti",   "Qatari", "Emirati", "Danish",
      "Swedish",  "Finnish", "Polish",   "Turkish",  "Spanish",   "French", "British", "English",
      "German",   "Chinese", "Japanese", "Korean",   "Taiwanese", "Asian",  "African", "European",
      "American", "Western", "Eastern",  "Northern", "Southern"};
  if (kShort.count(w)) return true;
  // Demonyms without a telling ending ("-ian", "-ese", "-ish").
  static const std::unordered_set<std::string_view> kOther = {
      "Cuban",       "Mexican", "Venezuelan", "Argentine", "Philippine",  "Filipino",
      "Chilean",     "Kenyan",  "Pakistani",  "Afghan",    "Singaporean", "Moroccan",
      "Bangladeshi", "Nepali",  "Slovak",     "Kazakh",    "Uzbek",       "Dominican"};
  if (kOther.count(w)) return true;
  if (known_only) return false;
  return w.size() > 4 &&
         (w.ends_with("ese") || w.ends_with("ian") || w.ends_with("ish") || w.ends_with("ean") ||
          w.ends_with("can") || w.ends_with("ans") || w.ends_with("ese's"));
}

bool IsCorporateSuffix(std::string_view w) {
  static const std::unordered_set<std::string_view> kSuffix = {
      "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Ltd", "Ltd.", "Limited", "Co",   "Co.",
      "PLC", "plc",  "LLC",  "AG",    "SA",          "NV",  "SE",   "GmbH",    "Group"};
  return kSuffix.count(w) > 0;
}

bool IsOrgPlural(std::string_view w) {
  static const std::unordered_set<std::string_view> kNouns = {
      "players",   "peers",     "competitors", "lenders",    "insurers",   "startups",
      "retailers", "carmakers", "automakers",  "brewers",    "makers",     "operators",
      "exchanges", "platforms", "brokerages",  "chipmakers", "drugmakers", "brokers",
      "banks",     "firms",     "customers",   "clients"};
  return kNouns.count(w) > 0;
}

bool IsNamingNoun(std::string_view w) {
  static const std::unordered_set<std::string_view> kNouns = {
      "bank",   "firm",        "brokerage",    "insurer", "lender",     "carrier",   "airline",
      "group",  "fund",        "conglomerate", "startup", "retailer",   "chain",     "studio",
      "agency", "broadcaster", "newspaper",    "company", "television", "brokerages"};
  return kNouns.count(w) > 0;
}

bool IsProductNoun(std::string_view w) {
  static const std::unordered_set<std::string_view> kNouns = {
      "model",      "models",  "chatbot", "app",       "platform", "service",  "smartphone",
      "phone",      "chip",    "chips",   "processor", "software", "game",     "film",
      "movie",      "series",  "beer",    "lager",     "drug",     "vaccine",  "car",
      "truck",      "SUV",     "rocket",  "satellite", "router",   "console",  "device",
      "handset",    "tablet",  "laptop",  "brand",     "browser",  "rum",      "vodka",
      "whisky",     "whiskey", "brandy",  "gin",       "wine",     "cognac",   "liqueur",
      "cigarettes", "drink",   "soda",    "cereal",    "shoes",    "sneakers", "perfume",
      "watch",      "camera",  "headset", "drone",     "engine",   "jet",      "aircraft",
      "marque"};
  return kNouns.count(w) > 0;
}

bool IsProductHeadNoun(std::string_view w) {
  // Not "model" ("model Kate Moss"), nor the nouns that IsOrgNoun reads as a
  // firm's ("app", "platform", "service").
  static const std::unordered_set<std::string_view> kNouns = {
      "drug",    "vaccine", "medicine",  "treatment", "therapy",    "film",
      "movie",   "game",    "videogame", "console",   "smartphone", "handset",
      "browser", "chatbot", "software",  "programme", "program",    "beer",
      "lager",   "whisky",  "vodka",     "processor", "jetliner",   "marque"};
  return kNouns.count(w) > 0;
}

bool IsBuildingNoun(std::string_view w) {
  static const std::unordered_set<std::string_view> kNouns = {
      "Hall",     "Square",  "Street", "Park",      "Road",   "Lane",  "Bridge",
      "Gardens",  "Garden",  "Palace", "Cathedral", "Church", "Inn",   "Arms",
      "Hospital", "Tower",   "Wharf",  "Place",     "Quay",   "Cross", "Abbey",
      "Castle",   "Stadium", "Arena",  "Theatre",   "Chapel"};
  return kNouns.count(w) > 0;
}

bool IsProductPlural(std::string_view w) {
  static const std::unordered_set<std::string_view> kNouns = {
      "programs", "programmes", "products", "brands",   "drugs",    "games",  "apps",
      "devices",  "phones",     "handsets", "films",    "movies",   "titles", "drinks",
      "beers",    "labels",     "browsers", "consoles", "chatbots", "models", "cars"};
  return kNouns.count(w) > 0;
}

bool IsDivisionNoun(std::string_view w) {
  return w == "business" || w == "division" || w == "unit" || w == "arm" || w == "segment";
}

bool IsPersonNoun(std::string_view w) {
  static const std::unordered_set<std::string_view> kNouns = {
      "star",         "pop-star",   "singer",     "actor",          "actress",     "rapper",
      "musician",     "comedian",   "novelist",   "author",         "billionaire", "tycoon",
      "entrepreneur", "mogul",      "footballer", "tennis",         "golfer",      "astronaut",
      "lawmaker",     "politician", "activist",   "philanthropist", "heiress",     "magnate"};
  return kNouns.count(w) > 0;
}

bool IsExchangePrefix(std::string_view w) {
  return w == "NASDAQ" || w == "NYSE" || w == "AMEX" || w == "NYSEAMERICAN" || w == "TSX" ||
         w == "LSE" || w == "OTC" || w == "KRX" || w == "TSE" || w == "HKEX" || w == "Nasdaq";
}

bool IsKoreanProductNoun(std::string_view w) {
  static const std::unordered_set<std::string_view> kNouns = {
      "솔루션",     "챗봇",     "모델",     "서비스",   "앱",     "애플리케이션", "플랫폼",
      "로켓",       "스마트폰", "전기차",   "게임",     "브랜드", "소프트웨어",   "반도체",
      "칩",         "프로세서", "에이전트", "운영체제", "기기",   "단말기",       "신약",
      "치료제",     "백신",     "차량",     "엔진",     "위성",   "제품",         "신제품",
      "애니메이션", "드라마",   "영화",     "시리즈",   "기념품", "상품",         "굿즈"};
  return kNouns.count(w) > 0;
}

bool IsProductClassNoun(std::string_view w) {
  for (std::string_view n : {"포트폴리오", "제품군", "라인업", "바이오시밀러", "치료제", "의약품",
                             "신약", "바이오의약품", "서비스들", "제품들"}) {
    if (w == n) return true;
  }
  return false;
}

bool IsSubjectRole(ParticleRole r) {
  return r == ParticleRole::kTopic || r == ParticleRole::kSubject;
}

bool IsAnaphorNoun(std::string_view w) {
  static const std::unordered_set<std::string_view> kNouns = {
      "company",  "firm",      "group",        "carmaker",     "automaker", "bank",
      "retailer", "insurer",   "lender",       "brewer",       "chipmaker", "drugmaker",
      "startup",  "start-up",  "giant",        "conglomerate", "airline",   "maker",
      "operator", "brokerage", "manufacturer", "corporation",  "beermaker", "telco"};
  return kNouns.count(w) > 0;
}

}  // namespace ng::nlp::lists

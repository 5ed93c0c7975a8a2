#include "nlp/text_cues.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_set>

namespace ng::nlp::text {

std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

bool IsStopName(std::string_view s) {
  static const std::unordered_set<std::string_view> kStop = {"CEO",
                                                             "CFO",
                                                             "CTO",
                                                             "COO",
                                                             "CIO",
                                                             "AI",
                                                             "IT",
                                                             "IPO",
                                                             "M&A",
                                                             "MOU",
                                                             "R&D",
                                                             "GPU",
                                                             "CPU",
                                                             "HBM",
                                                             "LLM",
                                                             "API",
                                                             "EV",
                                                             "ESG",
                                                             "GDP",
                                                             "PC",
                                                             "TV",
                                                             "USD",
                                                             "KRW",
                                                             "ETF",
                                                             "VC",
                                                             "PE",
                                                             "B2B",
                                                             "B2C",
                                                             "SaaS",
                                                             "AGI",
                                                             "IoT",
                                                             "VR",
                                                             "AR",
                                                             "XR",
                                                             "DRAM",
                                                             "NAND",
                                                             "OS",
                                                             "UI",
                                                             "UX",
                                                             "Wall Street",
                                                             "Wall Streets",
                                                             "최고경영자",
                                                             "대표",
                                                             "회장",
                                                             "사장",
                                                             "대표이사",
                                                             "최고재무책임자",
                                                             "최고기술책임자",
                                                             "자료화면",
                                                             "사진",
                                                             "연합뉴스",
                                                             "뉴스1",
                                                             "뉴시스",
                                                             "기자",
                                                             "현지시간",
                                                             "한국시간"};
  return kStop.count(s) > 0;
}

bool IsTechAcronym(std::string_view s) {
  static const std::unordered_set<std::string_view> kTerms = {
      "SSD", "HDD", "HBM", "DDR", "DRAM", "NAND", "EBITDA", "MSP", "BESS", "ESS", "EPC", "AWD",
      "FWD", "GTC", "LTV", "DSR", "DTI", "PEF", "HJT", "OLED", "LCD", "LED", "CPU", "GPU", "NPU",
      "TPU", "API", "SDK", "ETF", "ETN", "IPO", "SPAC", "CES", "MWC", "IFA", "KOSPI", "KOSDAQ",
      "EPS", "PER", "PBR", "ROE", "ROA", "GDP", "CPI", "PPI", "FOMC", "ECB", "BOJ", "ICT", "SW",
      "HW", "IoT", "UAM", "EV", "PHEV", "HEV", "BEV", "ADAS", "LLM", "SLM", "AGI", "GPT", "RAG",
      "SaaS", "PaaS", "IaaS", "MAU", "DAU", "ARPU", "CAGR", "YoY", "QoQ", "OEM", "ODM", "EMS",
      "CDMO", "CMO", "CRO", "FDA", "KRX", "KOSIS", "PF", "ABS", "MBS", "CDS", "RWA", "CET", "BIS",
      "NIM", "IRP", "ISA", "ELS", "DLS", "CB", "BW", "EB", "PE", "VC", "LP", "GP", "IB", "AUM",
      "NAV", "OTT", "SNS", "VR", "AR", "XR", "MR", "UI", "UX", "OS", "PC", "TV", "NFT", "DeFi",
      "CBDC", "ESG", "RE", "CSR", "CEO", "CFO", "COO", "CTO", "CIO", "CSO", "IR", "PR", "HR", "QA",
      "QC", "SCM", "ERP", "CRM", "BI", "DX", "AX", "GX", "MOU", "LOI", "NDA", "M&A", "R&D", "B2B",
      "B2C", "D2C", "V2L", "V2G", "FSD", "OTA", "CAPEX", "OPEX", "SOC", "SoC", "AP", "MLCC", "PCB",
      "FC", "BGA", "CXL", "PIM", "EUV", "DUV", "GAA", "FinFET", "CMOS", "RF", "SiGe", "YOY", "QOQ",
      "YTD", "TTM", "EBIT", "GAAP", "ASIC", "FPGA", "MCU", "SRAM", "LiDAR", "LIDAR", "5G", "6G",
      "LTE", "WiFi", "Wi-Fi",
      // Consumer technologies and standards (not annotated as names).
      "2G", "3G", "4G", "3D", "DVD", "HDTV", "IPTV", "MP3", "USB", "GPS", "SMS", "MMS", "PDF",
      "DSL", "ADSL", "PVR", "GSM", "CDMA", "UMTS", "HSDPA", "EV-DO", "HD", "P2P", "DRM", "DAB",
      "DTT", "RSS", "ISBN", "Wimax", "WiMAX", "PMI",
      // Korean business-news terms: vehicles, ships and plants, memory cells,
      // market data and analyst ratings (not names).
      "SUV", "PBV", "SDV", "LNG", "LNGC", "FLNG", "VLCC", "SMR", "OSAT", "SME", "SLC", "MLC", "TLC",
      "QLC", "FOMO", "TDF", "JOLTS", "BPS", "DPS", "VAT", "HTS", "SKU", "MDD", "PPA", "DPI", "KPI",
      "BUY", "HOLD", "SELL"};
  return kTerms.count(s) > 0;
}

bool IsMixedScriptTerm(std::string_view s) {
  static constexpr std::string_view kPrefixes[] = {"시리즈",     "프리",    "피지컬", "생성형",
                                                   "온디바이스", "마켓",    "포스트", "라운드",
                                                   "버티컬",     "에이전틱"};
  for (std::string_view p : kPrefixes) {
    if (s.starts_with(p) && s.size() > p.size() &&
        IsLatin(static_cast<unsigned char>(s[p.size()]))) {
      return true;
    }
  }
  return s.ends_with("IPO") || s.ends_with("ETF") || s.ends_with("in");
}

bool IsDefinedTerm(std::string_view hangul, std::string_view latin) {
  static constexpr std::string_view kTermEnds[] = {
      "비율",   "자본",   "대출",   "펀드",     "접합",       "장치", "기술", "방식",   "제도",
      "규제",   "지수",   "금리",   "률",       "율",         "세",   "법",   "자",     "가",
      "금",     "량",     "액",     "비",       "표",         "권",   "채",   "시스템", "서비스",
      "플랫폼", "솔루션", "에너지", "반도체",   "디스플레이", "센터", "엔진", "모델",   "지표",
      "거래",   "시장",   "계약",   "사업",     "부문",       "인증", "표준", "협정",   "조약",
      "계획",   "모형",   "주사",   "재",       "차원",       "단지", "승인", "시험",   "중소기업",
      "TV",     "기준",   "요건",   "프로그램", "지원",       "전략", "체계", "게임",   "조달"};
  bool acronym = latin.size() <= 6;
  for (char c : latin) {
    if (c >= 'a' && c <= 'z') acronym = false;
  }
  if (!acronym) return false;
  for (std::string_view e : kTermEnds) {
    if (hangul.ends_with(e)) return true;
  }
  return false;
}

bool LooksLikeLatinName(std::string_view s) {
  if (s.empty() || s.size() > 60 || HasHangul(s) || !HasLatin(s)) return false;
  if (IsStopName(s)) return false;
  // A list of codes, "CT-P45, CT-P68", is not one name.
  if (s.find(", ") != std::string_view::npos &&
      std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return false;
  }
  const std::vector<std::string_view> words = Words(s);
  if (words.empty() || words.size() > 6) return false;
  for (char c : s) {
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == ' ' || c == '.' || c == '-' ||
          c == '&' || c == '\'' || c == ',' || static_cast<unsigned char>(c) >= 0x80)) {
      return false;
    }
  }
  const char first = words[0][0];
  if (IsUpper(first)) return true;
  // "xAI", "iPhone", "eBay": lowercase first letter, capital inside.
  for (size_t k = 1; k < words[0].size(); ++k) {
    if (IsUpper(words[0][k])) return true;
  }
  return false;
}

}  // namespace ng::nlp::text

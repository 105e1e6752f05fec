// States by name and adjective in Arabic and English, so that an office named either way is one office:
// «أمير قطر» = «الأمير القطري», «رئيس وزراء العراق» = «رئيس الوزراء العراقي», "Qatar's emir" = "the emir of
// Qatar" = "the Qatari emir".
import { computeWords } from "./title-words.ts";

/** [Arabic name as written, Arabic adjective, English name, English adjective] of one-word states. */
const STATES: [string, string, string, string][] = [
  ["قطر", "قطري", "Qatar", "Qatari"],
  ["مصر", "مصري", "Egypt", "Egyptian"],
  ["الأردن", "أردني", "Jordan", "Jordanian"],
  ["العراق", "عراقي", "Iraq", "Iraqi"],
  ["السعودية", "سعودي", "", ""],
  ["الكويت", "كويتي", "Kuwait", "Kuwaiti"],
  ["البحرين", "بحريني", "Bahrain", "Bahraini"],
  ["الإمارات", "إماراتي", "", ""],
  ["عمان", "عماني", "Oman", "Omani"],
  ["اليمن", "يمني", "Yemen", "Yemeni"],
  ["لبنان", "لبناني", "Lebanon", "Lebanese"],
  ["سوريا", "سوري", "Syria", "Syrian"],
  ["سورية", "سوري", "", ""],
  ["فلسطين", "فلسطيني", "Palestine", "Palestinian"],
  ["إسرائيل", "إسرائيلي", "Israel", "Israeli"],
  ["إيران", "إيراني", "Iran", "Iranian"],
  ["تركيا", "تركي", "Turkey", "Turkish"],
  ["السودان", "سوداني", "Sudan", "Sudanese"],
  ["ليبيا", "ليبي", "Libya", "Libyan"],
  ["تونس", "تونسي", "Tunisia", "Tunisian"],
  ["الجزائر", "جزائري", "Algeria", "Algerian"],
  ["المغرب", "مغربي", "Morocco", "Moroccan"],
  ["موريتانيا", "موريتاني", "Mauritania", "Mauritanian"],
  ["الصومال", "صومالي", "Somalia", "Somali"],
  ["جيبوتي", "جيبوتي", "Djibouti", "Djiboutian"],
  ["إثيوبيا", "إثيوبي", "Ethiopia", "Ethiopian"],
  ["إريتريا", "إريتري", "Eritrea", "Eritrean"],
  ["كينيا", "كيني", "Kenya", "Kenyan"],
  ["نيجيريا", "نيجيري", "Nigeria", "Nigerian"],
  ["تشاد", "تشادي", "", ""],
  ["روسيا", "روسي", "Russia", "Russian"],
  ["أوكرانيا", "أوكراني", "Ukraine", "Ukrainian"],
  ["فرنسا", "فرنسي", "France", "French"],
  ["ألمانيا", "ألماني", "Germany", "German"],
  ["بريطانيا", "بريطاني", "Britain", "British"],
  ["إيطاليا", "إيطالي", "Italy", "Italian"],
  ["إسبانيا", "إسباني", "Spain", "Spanish"],
  ["البرتغال", "برتغالي", "Portugal", "Portuguese"],
  ["اليونان", "يوناني", "Greece", "Greek"],
  ["قبرص", "قبرصي", "Cyprus", "Cypriot"],
  ["بلجيكا", "بلجيكي", "Belgium", "Belgian"],
  ["هولندا", "هولندي", "Netherlands", "Dutch"],
  ["سويسرا", "سويسري", "Switzerland", "Swiss"],
  ["النمسا", "نمساوي", "Austria", "Austrian"],
  ["بولندا", "بولندي", "Poland", "Polish"],
  ["السويد", "سويدي", "Sweden", "Swedish"],
  ["النرويج", "نرويجي", "Norway", "Norwegian"],
  ["الدنمارك", "دنماركي", "Denmark", "Danish"],
  ["فنلندا", "فنلندي", "Finland", "Finnish"],
  ["إيرلندا", "إيرلندي", "Ireland", "Irish"],
  ["رومانيا", "روماني", "Romania", "Romanian"],
  ["بلغاريا", "بلغاري", "Bulgaria", "Bulgarian"],
  ["صربيا", "صربي", "Serbia", "Serbian"],
  ["كرواتيا", "كرواتي", "Croatia", "Croatian"],
  ["المجر", "مجري", "Hungary", "Hungarian"],
  ["أرمينيا", "أرميني", "Armenia", "Armenian"],
  ["أذربيجان", "أذربيجاني", "Azerbaijan", "Azerbaijani"],
  ["جورجيا", "جورجي", "", ""],
  ["كازاخستان", "كازاخستاني", "Kazakhstan", "Kazakh"],
  ["أوزبكستان", "أوزبكي", "Uzbekistan", "Uzbek"],
  ["أفغانستان", "أفغاني", "Afghanistan", "Afghan"],
  ["باكستان", "باكستاني", "Pakistan", "Pakistani"],
  ["الهند", "هندي", "India", "Indian"],
  ["بنغلاديش", "بنغلاديشي", "Bangladesh", "Bangladeshi"],
  ["الصين", "صيني", "China", "Chinese"],
  ["اليابان", "ياباني", "Japan", "Japanese"],
  ["كوريا", "كوري", "Korea", "Korean"],
  ["ماليزيا", "ماليزي", "Malaysia", "Malaysian"],
  ["إندونيسيا", "إندونيسي", "Indonesia", "Indonesian"],
  ["الفلبين", "فلبيني", "Philippines", "Filipino"],
  ["تايلاند", "تايلاندي", "Thailand", "Thai"],
  ["فيتنام", "فيتنامي", "Vietnam", "Vietnamese"],
  ["سنغافورة", "سنغافوري", "Singapore", "Singaporean"],
  ["أستراليا", "أسترالي", "Australia", "Australian"],
  ["كندا", "كندي", "Canada", "Canadian"],
  ["أمريكا", "أمريكي", "America", "American"],
  ["أميركا", "أميركي", "", ""],
  ["المكسيك", "مكسيكي", "Mexico", "Mexican"],
  ["البرازيل", "برازيلي", "Brazil", "Brazilian"],
  ["الأرجنتين", "أرجنتيني", "Argentina", "Argentine"],
  ["كولومبيا", "كولومبي", "Colombia", "Colombian"],
  ["فنزويلا", "فنزويلي", "Venezuela", "Venezuelan"],
  ["كوبا", "كوبي", "Cuba", "Cuban"],
  ["تشيلي", "تشيلي", "Chile", "Chilean"],
  ["بيرو", "بيروفي", "Peru", "Peruvian"],
];

const ARABIC_NAMES = STATES.map(([name]) => name);
/** Arabic names of states written without the article, as written: «قطر», «مصر», «تونس». */
export const ARABIC_BARE_STATES: readonly string[] = ARABIC_NAMES.filter((name) => !name.startsWith("ال"));
/** Arabic names of states written with the article, as written: «المغرب», «العراق», «الأردن». */
export const ARABIC_DEFINITE_STATES: readonly string[] = ARABIC_NAMES.filter((name) => name.startsWith("ال"));

const ENGLISH_NAMES = new Set(STATES.map(([, , name]) => name).filter(Boolean));
/** "France", "Kenya": a state's English name. */
export const isEnglishStateName = (name: string): boolean => ENGLISH_NAMES.has(name);

/** One folded title word → the words naming the same state the other way (name ↔ adjective). */
const OTHER_FORMS = new Map<string, string[]>();
const pair = (a: string, b: string): void => {
  const [x, y] = [computeWords(a)[0], computeWords(b)[0]];
  if (!x || !y || x === y) return;
  OTHER_FORMS.set(x, [...(OTHER_FORMS.get(x) ?? []), y]);
  OTHER_FORMS.set(y, [...(OTHER_FORMS.get(y) ?? []), x]);
};
for (const [arName, arAdjective, enName, enAdjective] of STATES) {
  pair(arName, arAdjective);
  // «الحكومة القطرية» = «حكومة قطر»: the adjective agrees with a feminine head
  pair(arName, `${arAdjective}ة`);
  if (enName) pair(enName, enAdjective);
}

/** Title words with one state named the other way: ["امير", "قطري"] → [["امير", "قطر"]]. */
export function stateVariants(tw: string[]): string[][] {
  const out: string[][] = [];
  tw.forEach((w, i) => {
    for (const other of OTHER_FORMS.get(w) ?? []) out.push([...tw.slice(0, i), other, ...tw.slice(i + 1)]);
  });
  return out;
}

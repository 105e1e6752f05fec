import { foldArabicLetters, seatless, withoutHarakat, withoutMarks } from "../text/chars.ts";
import { articleMap, wordMemo } from "../text/word-memo.ts";
import { AR_WEEKDAYS } from "./date-words.ts";

/**
 * One Arabic word folded for lookup (variants and diacritics), without its article. A word with a madda
 * alif carries no article («آلان» is a name, not «ال» + «ان»); «إلى» and «الى» fold alike.
 */
const fold = (w: string): string => foldArabicLetters(withoutArticle(withoutMarks(w)));
/** `/^آ/u.test(w) ? w : w.replace(/^[اأإٱ]ل/u, "")`, by character codes: an alif (not a madda's), then «ل». */
export const withoutArticle = (w: string): string => {
  const c = w.charCodeAt(0);
  return (c === 0x627 || c === 0x623 || c === 0x625 || c === 0x671) && w.charCodeAt(1) === 0x644
    ? w.slice(2)
    : w;
};
const set = (words: string): Set<string> => new Set(words.split(/\s+/).filter(Boolean).map(fold));

/**
 * Titles spelled like other words, folded apart from them: «إمام», «الإمام» (hamza below) from the
 * preposition «أمام»; the priest «الأب جورج» (with the article) from the month «آب».
 */
const TITLE_HOMOGRAPHS: [RegExp, string][] = [
  // («الامام» without the seat: the article says it is no preposition)
  [/^(?:(?:ال)?إمام|الامام)$/u, "امام#title"],
  [/^ال[أا]ب$/u, "اب#title"],
  // the scientist «عالم الأحياء البحرية» without the article, not «العالم» (the world)
  [/^عالم[ةه]?$/u, "عالم#title"],
  // the commander «آمر منطقة سبها العسكرية», «آمر اللواء» (Iraq, Libya), with its madda: not «أمر» (an order)
  [/^(?:ال)?آمر[ةه]?$/u, "امر#title"],
  // the coach «الإطار الوطني X» (Maghrebi sports press), with the article only: not «في إطار» (within)
  [/^الإطار$/u, "اطار#title"],
  // the field marshal «المشير الركن X», with the article: not the participle «مشيرا إلى» (pointing out)
  [/^المشير$/u, "مشير#title"],
];
const homographTitle = (word: string): string | undefined => {
  const w = withoutHarakat(word);
  return TITLE_HOMOGRAPHS.find(([re]) => re.test(w))?.[1];
};
/**
 * Heads of title phrases for people («وزير الخارجية …», «المتحدث باسم …»), compared without ال («مول الحانوت»,
 * «مولات الدار»: the Darija owner, as «صاحب»).
 */
export const PERSON_TITLES = set(`
  وزير وزيرة رئيس رئيسة نائب نائبة متحدث متحدثة ناطق ناطقة مسؤول مسؤولة مسؤولون سفير سفيرة مبعوث
  مبعوثة أمين مدير مديرة قائد زعيم ملك ملكة أمير أميرة شيخ شيخة مستشار مستشارة عضو مفوض ممثل مرشد جنرال فريق لواء عميد عميدة
  عقيد مقدم ملازم رقيب عريف دكتور خبير محلل كاتب باحث مراسل سيناتور برلماني برلمانية سيد سيدة حاكم محافظ عمدة مندوب مندوبة قاضي
  نقيب ضابط مصدر مصادر مسؤولين مسؤولو نواب قادة زعماء أستاذ بروفيسور الرئيسان
  منسق منسقة مهندس مهندسة باحثة باحثون باحثين باحثات خبيرة محللة كاتبة مراسلة ناشط ناشطة قيادي قيادية مفوضة ممثلة
  مندوب سفراء وكيل وكيلة شهود شاهد طبيب طبيبة مؤسس رائد صاحب مالك مدرب مدربة لاعب لاعبة حارس مهاجم
  مدافع محامي محامية محام أستاذة دكتورة فلاح مزارع تاجر عامل موظف أصحاب
  معالي سعادة سمو فخامة فضيلة سماحة مولانا والي والية مواطن مواطنة صيدلي صيدلانية ممرض ممرضة معلم معلمة سائق صياد صيادة
  مطران بطريرك أسقف كاردينال قس قسيس كاهن حاخام عاهل ولي خادم كابتن معتمد
  فنان فنانة مطرب مطربة مخرج مخرجة ملحن ملحنة شاعر شاعرة رسام رسامة ناقد ناقدة
  معاون معاونة مساعد مساعدة رجل كبير كبيرة مكلف مكلفة استشاري استشارية أخصائي أخصائية اختصاصي اختصاصية مختص مختصة متخصص متخصصة
  خباز خبازة بائع بائعة خياطة مقاول مقاولة حرفي حرفية تاجرة موظفة مزارعة فلاحة سائقة صاحبة
  فاعل فاعلة مؤلف مؤلفة حاج حاجة مقرر مقررة قائممقام قائمقام قاضية مدعي مدعية نوخذة ربان قبطان مدرس صيدلاني
  مول مولات مربي مربية مستثمر مستثمرة
`);
for (const [, key] of TITLE_HOMOGRAPHS) PERSON_TITLES.add(key);
/** «رجل», «شبان», «مرضى»: nouns of people that are no title and never a name. Folded. */
export const PEOPLE_NOUNS = set(
  "رجل امرأة شاب شابة شبان فتاة طفل طفلة أم أب طالب طالبة مرضى سكان أهالي تجار عمال طلاب طلبة نشطاء شباب نساء رجال أساتذة زوار أولياء",
);
/**
 * Titles that name a role by its affiliation («مسؤول في وزارة …», «النائب عن كتلة …», «الباحثة في
 * الشؤون …»): a «في/عن/من/لدى» phrase after them still belongs to the title.
 */
export const AFFILIATION_TITLES = set(`
  مسؤول مسؤولة مسؤولون مسؤولين مسؤولو مصدر مصادر عضو عضوة نائب نائبة نواب برلماني برلمانية قيادي قيادية باحث باحثة
  باحثون باحثين باحثات
  خبير خبيرة محلل محللة ناشط ناشطة ضابط طبيب طبيبة أستاذ أستاذة فلاح مزارع تاجر عامل موظف كبير كبيرة
  مكلف مكلفة مختص مختصة متخصص متخصصة مؤلف مؤلفة
  مدرس معلم معلمة ممرض ممرضة سائق سائقة موظفة مهندس مهندسة صيدلي صيدلانية محامي محامية تاجرة مزارعة فلاحة
  بائع بائعة عاملة صياد صيادة مستثمر مستثمرة
`);
/**
 * Heads of an apposition that tells whose someone is, not a title: «المحامي X، دفاع المتهم الرابع،»,
 * «X، شقيق الضحية،», «X، زوجة المفقود،».
 */
export const RELATION_HEADS = set(`
  دفاع موكل نجل نجلة ابن ابنة شقيق شقيقة أخ أخت زوج زوجة والد والدة أرملة عم خال جار جارة
`);
/** Title words that are also given names, bare: «رائد», «أمين», «أمير», «مالك», «سيد». Folded. */
export const GIVEN_NAME_TITLES = set("رائد أمين أمير مالك سيد معلم");
/** «بصفته», «بصفتها», «بصفتهم»: in one's capacity as (an aside after the speaker, no name of its own). */
export const CAPACITY = /^بصفت(?:ه|ها|هم|هما|هن)$/u;
/** «التهم», «الاتهامات»: the charges a denial answers, the verb's object after its subject. Folded. */
export const CHARGE_NOUNS = set("التهم التهمة الاتهام الاتهامات التهمتين");
/**
 * «القبض», «السيطرة», «الموافقة»: verbal nouns an announcement takes as its object with their preposition
 * («أعلن الجيش اللبناني القبض على …»), never a body's genitive or adjective. Folded.
 */
export const ANNOUNCED_ACTS = set(`
  القبض الإفراج العثور السيطرة التوصل الاستيلاء الموافقة الانسحاب الإطاحة الحصول التعرف الاستحواذ
  الانتهاء التغلب
`);
/** Unnamed sources: never named later in the article, so never renamed by a later «وتابع X». */
export const UNNAMED_SOURCE_TITLES = set("مصدر مصادر مسؤول مسؤولة مسؤولون مسؤولين مسؤولو شهود شاهد");
/** «ومصادر», «وشهود», «ومسعفون»: a second group of unnamed sources joined by «و» («شهود عيان ومصادر محلية»). */
export const joinedUnnamedSource = (w: string): boolean =>
  /^و/u.test(w) &&
  (UNNAMED_SOURCE_TITLES.has(fold(w.slice(1))) ||
    // «شهود ومسعفون», «سكان وناشطون»: any plural of people in «ـون» (no given name after «و» ends so)
    /^و[^\sا]\p{L}{2,}ون$/u.test(w));
/** Prepositions that link an affiliation title to its institution. */
export const AFFILIATION_LINKS = set("في عن من لدى");
/**
 * Nouns that head a ل-genitive inside a name («المجلس الوطني لحقوق الإنسان», «الهيئة الوطنية لأمن
 * المعلومات», «المنتخب الوطني لكرة القدم»), besides institutions, verbal nouns in ت («لتوزيع») and م…ة/ات
 * nouns («لمشروعات»).
 */
// («هيئة مكافحة الفساد», «هيئة تنظيم الاتصالات», «صندوق تنمية المدن»: a verbal noun naming what a body does;
// «اللجنة المنظمة لمهرجان …», «اللجنة العليا لمعرض …»: the event a committee runs)
export const LAM_HEADS = set(`
  حقوق شؤون أبحاث دراسات رعاية حماية إدارة أمن سلامة علوم مباحث كرة ألعاب مكافحة تنظيم تنمية مراقبة تطوير تشجيع دول دعم إغاثة
  نقل حصر رصد
  مهرجان معرض مؤتمر منتدى ملتقى بطولة مسابقة جائزة
`);
/**
 * «المهندس», «الدكتور», «البروفيسور»: a definite honorific right before a person's name; whatever comes
 * before it in a speaker phrase is the title («محافظ مشروع الجزيرة المهندس X»).
 */
export const NAME_HONORIFIC = seatless(
  /^ال(?:مهندس|دكتور|أستاذ|استاذ|بروفيسور|بروفسور|شيخ|فريق|لواء|عميد|عقيد|مطران|بطريرك|أسقف|كاردينال|قس|قسيس|كاهن|حاخام|أب|كابتن)(?:ة)?$/u,
);
/** «مزارعي», «موظفي», «منتجي»: a body's members, a plural participle in construct («اتحاد مزارعي الجزيرة»). */
export const MEMBERS_CONSTRUCT = /^م\p{L}{3,}ي$/u;
/** A word after ل that heads a genitive in a name, not a given name («لينا», «لمياء», «لطيفة»). */
export const lamHead = (rest: string): boolean => {
  const f = fold(rest);
  // («النقابة المستقلة لأساتذة التعليم الثانوي»: the people a body is for)
  return isOrgHead(f) || LAM_HEADS.has(f) || PEOPLE_NOUNS.has(f) || /^ت/u.test(f) || /^م.*(?:ات|ه)$/u.test(f);
};
/** An institution's head, also in the plural: «نقابات» (نقابة), «جمعيات», «هيئات». Folded. */
export const isOrgHead = (f: string): boolean =>
  ORG_TITLES.has(f) || (f.endsWith("ات") && ORG_TITLES.has(`${f.slice(0, -2)}ه`));
/**
 * «كتابة الدولة المكلفة بالصيد البحري»: a state secretariat, the Maghrebi form of a junior ministry, is a body
 * whose head is the two words.
 */
export const isStateSecretariat = (w0: string, w1: string | undefined): boolean =>
  withoutHarakat(w0) === "كتابة" && withoutHarakat(w1 ?? "") === "الدولة";
/** Heads of an affiliation phrase without the article: «في الشؤون الانتخابية», «في الشأن الاقتصادي». */
export const AFFILIATION_HEADS = set("شؤون شأن برلمان");
/** Heads of institutions that speak: their whole phrase is their name («وزارة الخارجية الإسرائيلية»). */
export const ORG_TITLES = set(`
  وزارة حكومة جيش شرطة حركة منظمة وكالة صحيفة جريدة مجلة إذاعة تلفزيون موقع قناة هيئة مجلس مكتب حزب جماعة شركة وسائل بيان
  البيت الكرملين الأمم الاتحاد الرئاسة الخارجية الداخلية الدفاع مفوضية لجنة محكمة نقابة جامعة مركز
  معهد سلطة السلطة مؤسسة إدارة جهاز منظمات كتلة تكتل تحالف ائتلاف بلدية أمانة برلمان جمعية جمعيات برنامج
  بيانات معطيات أرقام تقارير تقرير إحصاءات تقديرات دراسة فريق نادي منتخب رابطة وفد دولة فرع ديوان مرصد
  مصرف بنك مستشفى محور قيادة صندوق دائرة مديرية غرفة سجلات مؤشرات مندوبية تحريات تحقيقات شعبة قسم قوات
  بعثة حراك تيار جبهة تنسيقية تعاونية تجمع نيابة مذكرة مذكرات مصلحة مدرسة كلية مسجد لجان مجالس أحزاب
  أكاديمية
`);
/** What a «وفق/طبقا» source is when it names one (not «وفق درجة المخاطر», "according to the risk"). */
export const SOURCE_NOUNS = set(`
  بيان بيانات تصريح تصريحات تقرير تقارير أرقام معطيات إحصاءات إحصائيات مصدر مصادر وسائل دراسة استطلاع
  مسح وثيقة وثائق رسالة مراسل مراسلة شهود مسؤولين مسؤولون تقديرات تحريات تحقيقات مذكرة مذكرات بلاغ بلاغات
`);
/** «دراسة حديثة أجراها باحثون في الجامعة أن …», «12 اقتصادياً شملهم مسح …»: a relative clause on the subject (folded, with the article). */
// («دراسة أعدتها جامعة …», «التقرير الذي أصدرته المنظمة»: also the feminine, a body as its subject)
export const RELATIVE_VERB =
  /^(?:اجر[اتي]|اعدت?|نشرت?|اصدرت?|نفذت?|اطلقت?|قادت?|وضعت?|شملت?)(?:ها|ه|هما|هم)$/u;
/**
 * «إحصاءات رسمية عرضت خلال الجلسة أن …», «أرقام نشرت أمس»: a relative verb with no pronoun on an
 * indefinite source (folded, feminine perfect: the form a verbal noun never has).
 */
export const BARE_RELATIVE_VERB = /^(?:عرض|نشر|صدر|قدم|اعد|وزع|اجري|تلي|عمم|رفع|سلم)ت$/u;
/** Quantifiers that head a subject with «من»: «عدد من النواب», «مجموعة من الخبراء». */
// («غير أن عددا من السكان أكدوا»: also in the accusative after «أن»)
export const QUANTIFIERS = set("عدد عددا مجموعة عشرات مئات آلاف بعض غالبية معظم أغلب كثير كثيرون جل");
/** Places an institution or a source belongs to after «ب»: «السلطات المحلية بإقليم تارودانت». */
export const PLACE_NOUNS = set(
  "إقليم مدينة محافظة ولاية منطقة جهة عمالة بلدة بلدية قرية مخيم معسكر جبل حي ميناء مطار ساحل قضاء ناحية مقاطعة معتمدية",
);
/** «عاصمة», «كبرى مدن», «ثاني مدن»: the head of an apposition that describes a place («نيالا، كبرى مدن الإقليم»). */
export const PLACE_APPOSITION_HEAD = "(?:عاصمة|كبرى|حاضرة|مركز|(?:ثاني|ثالث|أكبر)[\\s\\u00A0]+مدن)";
/** Titles held over a place named right after them: «محافظ نينوى», «عمدة لندن». Folded. */
// («معتمد جربة»: the head of a Tunisian delegation, a معتمدية)
export const GOVERNORS = new Set(["محافظ", "والي", "حاكم", "عمده", "قايمقام", "قايممقام", "معتمد"]);
/** Envoys, in construct with the state they speak for («سفير مصر»), then where they serve («لدى الأردن»). Folded. */
export const ENVOYS = new Set([
  "سفير",
  "سفيره",
  "مندوب",
  "مندوبه",
  "مبعوث",
  "مبعوثه",
  "قنصل",
  "قنصله",
  "ممثل",
  "ممثله",
]);
/** «جنوب كردفان», «شمال سيناء»: a compass word before a place makes one place of two words. */
export const COMPASS = /^(?:جنوب|شمال|شرق|غرب|وسط)$/u;
/** «رئيس وزراء ماليزيا», «وزير خارجية مصر»: portfolios that take a country in construct, without the article. */
export const PORTFOLIOS = set(
  "وزراء خارجية داخلية دفاع مالية حكومة عدل صحة اقتصاد تجارة طاقة نفط زراعة تعليم إعلام خزانة",
);
/** «المسؤول ذاته», «الوزير نفسه»: the speaker just named. */
export const SAME_WORDS = set("ذاته ذاتها نفسه نفسها");
/** «ذات المسؤول», «نفس المصدر» (Maghrebi order), «هذه المصادر», «هذا المسؤول»: the speaker just named. */
export const SAME_BEFORE = set("ذات نفس هذا هذه هؤلاء");
/** Heads that are statements, not speakers: «في بيان», «في المؤتمر». */
export const STATEMENT_NOUNS = set(`
  بيان بيانها بيانه مؤتمر تصريح تصريحات حديث كلمة مقابلة تغريدة تدوينة منشور رسالة اتصال لقاء إفادة ندوة
`);
/** Words after a title head that still belong to the title («باسم», «لشؤون»). */
const TITLE_LINKS = set("باسم لشؤون");
/** «باسم»: on behalf of, and the given name Bassem. Folded. */
const BI_ISM = fold("باسم");
/** «متحدث», «ناطقة»: who speaks «باسم» (on behalf of) a body. Folded. */
const SPOKESPEOPLE = set("متحدث متحدثة ناطق ناطقة متحدثون ناطقون");
/**
 * «المتحدث باسم الحكومة», «الناطق الرسمي باسم الجيش»: «باسم» links a spokesperson to a body; after other
 * words it is the given name Bassem («عضو المكتب السياسي لحركة حماس باسم نعيم»). `before`: the words before.
 */
export const titleLink = (f: string, before: readonly string[]): boolean =>
  TITLE_LINKS.has(f) && (f !== BI_ISM || before.slice(-2).some((w) => SPOKESPEOPLE.has(fold(w))));
/** Adjectives that stay inside a title phrase without the article: «مصدر مسؤول», «مسؤول أمني رفيع». */
export const TITLE_ADJECTIVES = set(`
  مسؤول مسؤولة رسمي رسمية مطلع مطلعة مقرب مقربة دبلوماسي دبلوماسية أمني أمنية عسكري عسكرية حكومي حكومية
  كبير كبيرة رفيع رفيعة بارز بارزة سابق سابقة عام عامة أعلى إسرائيلي إسرائيلية أمريكي أمريكية فلسطيني
  فلسطينية مصري مصرية عربي عربية أوروبي أوروبية غربي غربية إيراني إيرانية روسي روسية تركي تركية
  غير بالتكليف بالإنابة بالوكالة عيان ذاته ذاتها نفسه نفسها قضائي قضائية طبي طبية برلماني برلمانية
  وزاري وزارية سياسي سياسية نيابي نيابية حزبي حزبية مصرفي مصرفية محلي محلية إعلامي إعلامية نت أونلاين
  معارض معارضة متابع متابعة موثوق موثوقة عليم عليمة
`);
/**
 * Given names that begin with the article («الهادي الجلاصي», «الحبيب بن علي», «الطيب»), mostly
 * Maghrebi; kept apart from adjectives («العربي», «الأمين العام») that read the same. Folded, with ال.
 */
const ARTICLE_NAMES = new Set(
  `الهادي الحبيب الطيب الصادق المنصف الباجي المنجي الطاهر المختار البشير الناصر الشاذلي المولدي
  الجيلاني الهاشمي الفاضل المهدي الازهر المكي العياشي الحسين الحسن الوليد العباس المعتصم المنذر
  الصديق المصطفي الزبير العروسي السعيد الياس`
    .split(/\s+/)
    .filter(Boolean),
);
/** The word is a given name that begins with the article («الهادي», «والحبيب» not: no و). */
export const isArticleName = (w: string): boolean => ARTICLE_NAMES.has(foldArabicLetters(w));
/** The weekday names as the press writes them (`AR_WEEKDAYS`), one string for the sets and patterns. */
export const AR_WEEKDAY_NAMES = AR_WEEKDAYS.map(([day]) => day).join(" ");
/** `AR_WEEKDAY_NAMES` as a regex alternation. */
export const AR_WEEKDAY_ALTERNATION = AR_WEEKDAY_NAMES.split(" ").join("|");
/** Words that never start or continue a name. */
const FUNCTION_WORD_LIST = `
  في من إلى على عن مع خلال عبر لدى أمام بعد قبل حول ضد بين منذ حتى عند نحو دون وفق بحسب حسب تجاه صلب
  أن إن بأن لأن كما قد لقد ثم الذي التي الذين هذا هذه ذلك تلك هو هي هم كان كانت يكون لم لن لا ما
  أمس اليوم غدا مساء صباح يوم ${AR_WEEKDAY_NAMES} أيضا هكذا
  إنه أنه أنها إنها بأنه بأنها لـ ل فيه فيها فيهم نظيره نظيرته نظيرها نظيرتها نظراءه
`;
export const FUNCTION_WORDS = set(FUNCTION_WORD_LIST);
const listedFolds = (articled: boolean): Set<string> =>
  set(
    FUNCTION_WORD_LIST.split(/\s+/)
      .filter((w) => /^ال/u.test(w) === articled)
      .join(" "),
  );
/** The function words as listed, with the article («اليوم», «الذي», «الأحد») and without («على»). */
const ARTICLED_FUNCTION_WORDS = listedFolds(true);
const BARE_FUNCTION_WORDS = listedFolds(false);
const functionWordsSeen = articleMap<boolean>();
/**
 * A function word, article and all: the fold drops the article, yet «العلي» (a family name) is no «على»
 * and «ذي» («محافظ ذي قار») no «الذي»: the word must have the article exactly when the listed one does.
 */
export const isFunctionWord = (w: string): boolean => {
  if (w.length > 24) return listedFunctionWord(w);
  let listed = functionWordsSeen.get(w);
  if (listed === undefined) {
    listed = listedFunctionWord(w);
    functionWordsSeen.set(w, listed);
  }
  return listed;
};
const listedFunctionWord = (w: string): boolean =>
  (hasArticle(w) ? ARTICLED_FUNCTION_WORDS : BARE_FUNCTION_WORDS).has(foldWord(w));
/** Words that begin an adjunct (time, place, manner) rather than an object. */
export const ADJUNCT_STARTS = set(`
  في خلال عبر لدى أمام أثناء بعد قبل عقب إثر قبيل بعيد غداة عشية مساء صباح منتصف أواخر أوائل أمس اليوم يوم يومي ${AR_WEEKDAY_NAMES}
  نهار
  لوكالة لصحيفة لقناة لموقع لوسائل للصحفيين للصحافيين لـ بدوره بدورها كذلك أيضا
  لرويترز لفرانس لأسوشيتد للأناضول لشبكة لإذاعة لتلفزيون لمجلة لمراسل لمراسلة لوكالات للصحافة
  بوضوح بصوت بنبرة بلهجة بحرقة بحزن بغضب بثقة بمرارة بابتسامة بحماس بأسى بصراحة بهدوء بفخر بحسرة بانفعال
  بلهجته بلهجتها بصوته بصوتها بنبرته بنبرتها
  ردا تعليقا آنذاك حينها حينذاك وقتها لبي لمراسلنا لمراسلتنا لمراسلها لموفدنا لموفدها لمندوبنا
  لعمال لموظفي لطلاب لطلبة لأهالي لسكان لأعضاء لنواب لممثلي لأنصار لمؤيدي لأسر لعائلات لذوي لجمهور
  لصحفيي لصحافيي لمندوبي لرؤساء لقادة لوفد لزوار لضيوف لمسؤولي لمواطني لسفراء لنظيره لنظيرته لنظيرها لنظيرتها
`);
/** Time words that may stand between a subject and a nominal object: «أكد الوزير اليوم الثلاثاء حرص …». */
export const TIME_WORDS = set(`
  اليوم أمس غدا يوم مساء صباح ظهر فجر ليل ليلة نهار ${AR_WEEKDAY_NAMES}
  الماضي المقبل الجاري المنصرم الفائت الأول أسبوع شهر عام سنة
  الماضية المقبلة المنصرمة الفائتة
`);
/** Participles in a title that take a ب-phrase: «المحامي المختص بالقضايا المالية», «الوزير المكلف بالملف». */
export const BA_PARTICIPLES = set("مختص مختصة متخصص متخصصة مكلف مكلفة معني معنية مهتم مهتمة متعلق متعلقة");
/** «لقائه», «كلمته», «اجتماعهم»: a noun of the speaker's own doing, with the speaker's pronoun. */
export const OWN_DOING = /^\p{L}{3,}(?:ه|ها|هم|هما)$/u;
/** Time words that are also adjectives ending a name («مديرية الأمن العام», «المؤتمر الأول»): time only before another. */
export const PERIOD_NOUNS = set("عام سنة أسبوع شهر الأول يوم");
/** Causal words after a closing quote: the writer explains the quoted characterisation. */
export const AFTER_QUOTE_BREAKERS = set("كون لكون كونها كونه كونهم نظرا باعتبار");
/**
 * Sentences that set the scene of the statements around them rather than report one: «جاء ذلك خلال …»,
 * «وأدلى الوزير بهذه التصريحات خلال …», «وكان الوزير يتحدث في مؤتمر صحفي …».
 */
export const SCENE_SENTENCE =
  /^[وف]?(?:(?:جاء|ياتي|تاتي|جاءت)\s+(?:ذلك|هذا|تصريحات|التصريحات|كلام|حديث|اعلان|الاعلان)|(?:ادلي|ادلت)\s+(?:\S+\s+){0,4}?ب(?:هذه\s+|تلك\s+)?(?:ال)?(?:تصريحات|تصريح|كلام|حديث)|كان(?:ت)?\s+(?:\S+\s+){1,4}?(?:يتحدث|تتحدث|يتكلم|تتكلم)\s+(?:في|خلال|امام|الي|ل))/u;
/** Folded heads of the writer's "according to his words" markers: not a new statement. */
export const OWN_WORDS_MARKER = /^(?:تعبير|قول|وصف|ما قال|ما ذكر)/u;

/** «سالم بن خميس الجنيبي», «جمعة سالم»: a day's name without the article is a given name, not a time. */
const isBareDayName = (word: string): boolean => /^(?:خميس|جمعة|جمعه)$/u.test(withoutHarakat(word));
/** The given name «آن» (Anne) with its madda, folded apart from the complementizer «أن/إن». */
const MADDA_GIVEN_NAME = /^آن$/u;
/** One word folded for lookup; a bare day's name folds apart from the day («الخميس»), «إمام» from «أمام». */
export const foldWord = wordMemo((w: string): string =>
  isBareDayName(w) || MADDA_GIVEN_NAME.test(w) ? `${fold(w)}#name` : (homographTitle(w) ?? fold(w)),
);

/**
 * «الفريق الأول», «فريق التحقيق الدولي»: a team, not the rank «الفريق», which only a name or the grade
 * «أول/ركن» and a name follow («الفريق أول ركن X»). The word after «فريق» has the article.
 */
export const isTeamNotRank = (first: string, next: string | undefined): boolean =>
  fold(first) === "فريق" && !!next && hasArticle(next) && fold(next) !== "ركن";

/**
 * «الى», «اليه», «الا»: «إلى» (with its pronouns) and «إلا» written without the hamza seat, as Sudanese,
 * some Gulf and many web outlets write; they read as «ال» + a letter or two but carry no article.
 */
const SEATLESS_AL = /^[وف]?ال(?:[ىي](?:ه|ها|هم|هما|هن|نا|ك|كم)?|ا)$/u;
const articledSeen = articleMap<boolean>();
/** The word carries the definite article («ال», «وال», «فال», «لل»), diacritics and tatweel aside. */
export const hasArticle = (word: string): boolean => {
  if (word.length > 24) return articled(word);
  let known = articledSeen.get(word);
  if (known === undefined) {
    known = articled(word);
    articledSeen.set(word, known);
  }
  return known;
};
function articled(word: string): boolean {
  const w = withoutHarakat(word);
  return /^(?:[وف]?ال|لل)/u.test(w) && !SEATLESS_AL.test(w);
}
/** «الدراسات», «المحتجين»: a word with the article that is no function word («اليوم», «الذي»). */
export const isDefiniteWord = (w: string): boolean => hasArticle(w) && !FUNCTION_WORDS.has(foldWord(w));

const PRONOUN_SUFFIX = "(?:ه|ها|هم|هما|هن)";
/** «لها», «عليه», «منهم»: a preposition with a pronoun, which no name opens with. */
export const PREPOSITION_PRONOUN = seatless(
  new RegExp(`^(?:ل|ب|عن|من|علي|إلي|مع|في)${PRONOUN_SUFFIX}$`, "u"),
);
/** «له», «لها», «لهم»: the «لـ» of a participle («الشركات المرخص لها»), no name. */
export const LAM_PRONOUN = new RegExp(`^ل${PRONOUN_SUFFIX}$`, "u");

/** «في المقابل», «بدوره», «هو الآخر», «أيضا»: words linking a statement to the one before, not its object. */
export const LINKING_WORDS =
  /^[\s\u00A0]*(?:في[\s\u00A0]+المقابل|بالمقابل|بدور(?:ه|ها|هم|هما)|هو[\s\u00A0]+الآخر|هي[\s\u00A0]+الأخرى|هم[\s\u00A0]+الآخرون|أيضا|أيضاً|كذلك)(?![\p{L}\p{M}])[\s\u00A0]*(?:[،,][\s\u00A0]*)?/u;
/** «في بيان مشترك», «في تصريح مقتضب»: adjectives of a statement noun that are not nisbas (folded). */
export const STATEMENT_ADJECTIVES = set(
  "مشترك مشتركة مقتضب مقتضبة منفصل منفصلة مكتوب مكتوبة متلفز متلفزة مصور مصورة",
);

/** A mark that opens a quotation. */
export const OPEN_QUOTE = /["“«„‘']/;

/** Pronouns and pronoun honorifics a mention may be («هو», «انه», «بدوره», «معاليه»): a person, unnamed. Folded. */
export const MENTION_PRONOUNS = new Set([
  "هو",
  "هي",
  "هم",
  "انه",
  "انها",
  "انهم",
  "نفسه",
  "بدوره",
  "بدورها",
  "لكنه",
  "لكنها",
  // honorifics with the pronoun: «وأكد معاليه», «وأوضح سعادته», «سموه»
  "معاليه",
  "معاليها",
  "سعادته",
  "سعادتها",
  "سموه",
  "سموها",
  "فخامته",
  "فخامتها",
  "سيادته",
  "سيادتها",
  "فضيلته",
  "سماحته",
]);

/** «ذي», «ذو» («of»): opens a place's or a person's own name in construct («ذي قار», «ذي يزن»), no «الذي». */
export const DHI = /^(?:ذي|ذو)$/u;

// Word material for the synthetic bench corpus: real words (so searches mean something, with
// hamza/taa-marbuta/diacritic variants that folding must unify) plus generated pseudo-words (so
// trigram statistics look like a large vocabulary rather than a few hundred repeated words).

export const ENGLISH_WORDS = `the of and to in that is for on with as was by at from be this has have are it
not but an which will said would more than its after had been also were new over their year last government
minister president economy inflation budget deficit growth unemployment taxes reform election parliament
vote ministry health hospital schools education police security border migration refugees energy oil gas
prices electricity water drought climate emissions carbon wages salaries pensions housing rents banks
central interest rates debt loans exports imports trade tariffs agreement treaty ceasefire army troops
court judge corruption investigation report survey percent million billion thousand record highest lowest
since decade doubled halved increased decreased fell rose cut raised promised announced denied confirmed
warned claimed insisted stated according official spokesman opposition coalition party leader mayor city
region province villages farmers wheat bread fuel subsidies vaccine cases deaths crime arrests prisons
internet telecom jobs factories investment foreign tourism visitors airport roads railway port`
  .split(/\s+/)
  .filter(Boolean);

export const ARABIC_WORDS = `في من على إلى أن إن عن مع هذا هذه التي الذي كان قد لم لا ما كل بعد قبل بين حتى أو
الحكومة الحكومه الوزير الرئيس الرئاسة البرلمان الانتخابات الأحزاب المعارضة الاقتصاد الإقتصاد التضخم الأسعار
الاسعار الميزانية العجز النمو البطالة الضرائب الإصلاح الاصلاح الصحة المستشفيات التعليم المدارس الشرطة الأمن
الحدود الهجرة اللاجئين الطاقة النفط الغاز الكهرباء المياه الجفاف المناخ الأجور الرواتب المعاشات السكن
الإيجارات البنوك البنك المركزي الفائدة الديون القروض الصادرات الواردات التجارة الرسوم الاتفاقية المعاهدة
وقف إطلاق النار الجيش القوات المحكمة القاضي الفساد التحقيق التقرير المسح بالمئة مليون مليار ألف قياسي أعلى
أدنى منذ عقد تضاعف انخفض ارتفع خفض رفع وعد أعلن نفى أكد حذر زعم أصر صرح وفقا المتحدث الرسمي الائتلاف الحزب
زعيم رئيس البلدية المدينة المنطقة المحافظة القرى المزارعين القمح الخبز الوقود الدعم اللقاح الإصابات الوفيات
الجريمة الاعتقالات السجون الإنترنت الاتصالات الوظائف المصانع الاستثمار الأجنبي السياحة الزوار المطار الطرق
السكك الميناء مَدْرَسَة الحُكُومَة الاقْتِصَاد مكتبة مكتبه`
  .split(/\s+/)
  .filter(Boolean);

const LATIN_SYLLABLES =
  "ba ka ri to mel an dor vi sen tu pra lo qua zen mor fi gal nek ser tim ul bro cha dex yo".split(" ");
const ARABIC_LETTERS = "ب ت ث ج ح خ د ذ ر ز س ش ص ض ط ظ ع غ ف ق ك ل م ن ه و ي".split(" ");

/** Deterministic pseudo-words: `count` Latin-ish and `count` Arabic-ish. */
export function pseudoWords(count: number): { latin: string[]; arabic: string[] } {
  const latin: string[] = [];
  const arabic: string[] = [];
  let seed = 12345;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  for (let i = 0; i < count; i++) {
    const syllables = 2 + next(2);
    let w = "";
    for (let s = 0; s < syllables; s++) w += LATIN_SYLLABLES[next(LATIN_SYLLABLES.length)];
    latin.push(w);
    const letters = 3 + next(4);
    let a = next(3) === 0 ? "ال" : "";
    for (let s = 0; s < letters; s++) a += ARABIC_LETTERS[next(ARABIC_LETTERS.length)];
    arabic.push(a);
  }
  return { latin, arabic };
}

export const OUTLETS = [
  "Al Araby",
  "Asharq",
  "Hespress",
  "Al Masry Al Youm",
  "Annahar",
  "Al Rai",
  "Alghad",
  "Reuters",
  "AP",
  "BBC",
  "The Guardian",
  "Le Monde",
  "Al Jazeera",
  "Sky News Arabia",
  "France 24",
  "Middle East Eye",
  "Mada Masr",
  "Enab Baladi",
  "Kazinform",
  "Tengrinews",
];

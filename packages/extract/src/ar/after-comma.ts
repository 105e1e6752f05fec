// What the folded text after a comma inside Arabic reported content opens with: the writer's own words,
// or words that carry the object on.
import { foldForCompare } from "../text/chars.ts";

/** After a comma inside reported content, these start the writer's own words, not the speaker's. */
export const CONTENT_BREAKERS = [
  "في إشارة",
  "في اشارة",
  "وفق تعبير",
  "وفقا لتعبير",
  "على حد تعبير",
  "على حد قول",
  "على حد وصف",
  "بحسب تعبير",
  "حسب تعبير",
  "وفق ما",
  "وفقا لما",
  "بحسب ما",
  "حسب ما",
  "حسبما",
  "بحسبما",
  // the writer's tag on whose view it is: «، بحسب وصفه», «، وفق تقديراته»
  "بحسب وصف",
  "حسب وصف",
  "وفق وصف",
  "بحسب تقدير",
  "حسب تقدير",
  "وفق تقدير",
  "وفقا لتقدير",
  // «، وفق حديثه», «، بحسب كلامها», «، حسب روايته»: in the speaker's own account
  "وفق حديث",
  "بحسب حديث",
  "حسب حديث",
  "وفق كلام",
  "بحسب كلام",
  "حسب كلام",
  "وفق رواية",
  "بحسب رواية",
  "حسب رواية",
  "وفق روايت",
  "بحسب روايت",
  "حسب روايت",
  "وذلك",
  "بالتوازي",
  "في حين",
  "بينما",
  "في وقت",
  "على خلفية",
  // «، لكنه أقر …», «، إلا أنه …»: a new clause about the speaker
  "لكنه",
  "لكنها",
  "لكنهم",
  "ولكنه",
  "ولكنها",
  "إلا أنه",
  "إلا أنها",
  "غير أنه",
  "غير أنها",
  // the writer's comment on the statement: «، وهو ما يضع …», «، من دون أن يقدم حصيلة», «، في ما تصفه …»
  "وهو ما",
  "وهي ما",
  "وهو الأمر",
  "من دون أن",
  "دون أن",
  "في ما",
  "فيما",
  // a consequence the writer draws: «، ما أدى إلى انقطاع التيار»
  "ما أدى",
  "مما أدى",
  "ما دفع",
  "ما زاد",
  "ما تسبب",
  "ما يجعل",
  "مما يجعل",
  // the writer's frame on what was announced: «…، في حادثة أعادت إلى الواجهة …», «…، في خطوة تهدف إلى …»
  "في حادثة",
  "في حادث",
  "في واقعة",
  "في خطوة",
  "في تطور",
  // «…، مناشدة المواطنين التبليغ عن …» (appealing to): the appeal, a verbal noun and no clause, is none of the words
  "مناشدا",
  "مناشدة",
].map(foldForCompare);
/**
 * After a comma, these go on with a nominal object: «إلى الابتعاد عن …، وعدم المجازفة …», «من موجة حر
 * …، مع درجات حرارة …», «عن نقل ملكية ثلاثة أندية …، ضمن المرحلة الثانية …». Whole words.
 */
export const OBJECT_CONTINUERS = [
  "وعدم",
  "وضرورة",
  "مع",
  "ضمن",
  "بما في ذلك",
  "بما فيها",
  "بما فيه",
  "إضافة إلى",
  "بالإضافة إلى",
  "إلى جانب",
  "فضلا عن",
  "بقيمة",
  "بنسبة",
  "ولا سيما",
  "لا سيما",
  "أبرزها",
  "من بينها",
  // «تسجيل 1240 حالة …، بينها 17 حالة وفاة»: the breakdown of the figure
  "بينها",
  "بينهم",
  "منها",
  "منهم",
].map(foldForCompare);
/** The folded text after a comma opens with one of the words or phrases, as whole words. */
export const opensWith = (following: string, words: string[]): boolean =>
  words.some(
    (b) => following.startsWith(b) && (following.length === b.length || following[b.length] === " "),
  );

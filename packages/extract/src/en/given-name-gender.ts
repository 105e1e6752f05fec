/**
 * The gender a person's given name shows, for English news: the last resort when the article itself gives none
 * (no honorific, no gendered title, no pronoun bound to the name yet).
 *
 * A hand-written list, not generated from any register: given names common in English-language news (frequent in
 * US and UK birth registrations over the last decades, and names of public figures), kept only where nearly all
 * bearers share one gender. Names borne by both (Jordan, Alex, Robin, Kim, Jean, Leslie, Taylor, Andrea, Nicola,
 * Ali, Chris …) are left out: they stay unknown. A name missing here only means "unknown".
 */
const MALE = new Set(
  (
    "aaron abdul abraham adam adrian ahmed alan albert alberto alexander alfred allen alvin andre andrew andy " +
    "angelo anthony antonio arnold arthur barack barry ben benjamin bernard bernie bill billy bob bobby boris " +
    "brad bradley brandon brendan brent brett brian bruce bryan carl carlos chad charles charlie " +
    "christopher chuck clarence clifford clint colin craig curtis dale dan daniel danny darren dave david " +
    "dennis derek diego dmitry don donald doug douglas duncan dustin dwight earl eddie edgar eduardo edward " +
    "edwin elijah emmanuel eric erik ernest ethan eugene evan felipe fernando francis francisco frank " +
    "franklin fred frederick gary gavin gene geoffrey george gerald gilbert glenn gordon graham greg gregory " +
    "hamid harold harry hassan hector henry herbert howard hugh hunter ian isaac ivan jack jacob jake james " +
    "jared jason javier jeb jeff jeffrey jeremy jerome jerry jim jimmy joe joel joey john johnny jon jonathan " +
    "jorge jose joseph josh joshua juan julian justin karl keith ken kenneth kevin kirk kurt kyle larry lawrence " +
    "leon leonard liam lloyd louis luis luke malcolm manuel marco marcus mario mark martin marvin matt matthew " +
    "maurice max michael miguel mike mitch mitchell mohammed muhammad nathan nathaniel neil nicholas nick " +
    "nigel noah norman oliver oscar owen pablo patrick paul pedro peter phil philip phillip pierre ralph " +
    "randy raul ray raymond reginald rex ricardo richard rick rob robert roberto rodney roger roland ron " +
    "ronald roy rudy russell ryan sam samuel scott sean sergei sergio seth shane simon stanley stephen steve " +
    "steven stuart ted terrence theodore thomas tim timothy todd tom tommy tony travis trevor troy tyler vernon " +
    "victor vincent vladimir walter warren wayne wesley william willie yusuf zachary"
  ).split(" "),
);

const FEMALE = new Set(
  (
    "abigail ada agnes alice alicia alison allison amanda amber amelia amy ana angela angelina anita ann anna " +
    "anne annie antonia audrey barbara beatrice becky betsy betty beverly bonnie brenda bridget brittany " +
    "caitlin camila carla carmen carol caroline carolyn catherine cathy cecilia charlotte cheryl christina " +
    "christine cindy claire clara claudia colleen connie cynthia daisy danielle darlene dawn deborah debbie " +
    "debra denise diana diane dolores donna doris dorothy edith eileen elaine eleanor elena elisabeth elizabeth " +
    "ella ellen elsa emily emma erica erin esther ethel eva evelyn fatima fiona florence frances gabriela " +
    "gail gina gladys gloria grace gwen hannah harriet heather heidi helen helena hillary holly ida ilhan " +
    "irene iris isabel isabella jacqueline jane janet janice jasmine jennifer jenny jessica jill joan joanna " +
    "joanne josephine joyce judith judy julia julie karen katherine kathleen kathryn kathy katie kayla " +
    "kristen kristin laura lauren linda lisa lois lorraine louise lucy lydia lynda margaret margarita " +
    "maria marie marilyn marjorie martha mary maureen megan melania melanie melissa mia michelle mildred " +
    "miriam molly monica nancy naomi natalie natasha nicole nina nora norma olga olivia pamela patricia paula " +
    "pauline peggy penny phyllis priscilla rachel rebecca regina rita roberta rosa rose rosemary ruth sabrina " +
    "sally samantha sandra sara sarah sharon sheila shirley silvia sofia sonia sophia sophie stephanie susan " +
    "suzanne sylvia tamara tanya teresa theresa tiffany tina valerie vanessa vera veronica victoria virginia " +
    "vivian wanda wendy yolanda yvonne zoe"
  ).split(" "),
);

/** "Hillary" → "f", "Donald" → "m"; undefined for a name the lists leave out (rare, or borne by both). */
export function givenNameGender(given: string): "m" | "f" | undefined {
  const key = given.toLowerCase();
  if (MALE.has(key)) return "m";
  if (FEMALE.has(key)) return "f";
  return undefined;
}

import { EN_WEEKDAY_ALTERNATION, EN_WEEKDAYS } from "../dates.ts";

/** English reporting words. Each verb: base form and, where irregular, [3rd person, past, -ing]. */
const VERBS: (string | [string, string, string, string])[] = [
  ["say", "says", "said", "saying"],
  ["tell", "tells", "told", "telling"],
  ["write", "writes", "wrote", "writing"],
  ["think", "thinks", "thought", "thinking"],
  ["find", "finds", "found", "finding"],
  ["show", "shows", "showed", "showing"],
  ["admit", "admits", "admitted", "admitting"],
  ["predict", "predicts", "predicted", "predicting"],
  ["reply", "replies", "replied", "replying"],
  ["deny", "denies", "denied", "denying"],
  ["testify", "testifies", "testified", "testifying"],
  ["signal", "signals", "signaled", "signaling"],
  ["quip", "quips", "quipped", "quipping"],
  ["tweet", "tweets", "tweeted", "tweeting"],
  ["know", "knows", "knew", "knowing"],
  ["echo", "echoes", "echoed", "echoing"],
  ["label", "labels", "labeled", "labeling"],
  ["speak", "speaks", "spoke", "speaking"],
  ["talk", "talks", "talked", "talking"],
  ["brag", "brags", "bragged", "bragging"],
  ["understand", "understands", "understood", "understanding"],
  ["feel", "feels", "felt", "feeling"],
  ["sing", "sings", "sang", "singing"],
  ["plan", "plans", "planned", "planning"],
  ["slam", "slams", "slammed", "slamming"],
  ["cry", "cries", "cried", "crying"],
  ["submit", "submits", "submitted", "submitting"],
  ["post", "posts", "posted", "posting"],
  // counsel's "put it to the witness that …" (no-statement.ts keeps "put" only in that phrase)
  ["put", "puts", "put", "putting"],
  // "made the case to voters that …" (no-statement.ts keeps "make" only in that phrase)
  ["make", "makes", "made", "making"],
  ..."add warn remind argue claim note report announce acknowledge suggest insist explain contend assert state declare stress emphasize emphasise maintain promise vow pledge confirm reveal allege recall respond answer ask urge complain concede estimate charge accuse caution counter observe boast joke lament inform serve indicate mention repeat reiterate conclude speculate wonder hint tout blame dismiss describe criticize criticise blast praise demand propose recommend advise believe hope fear worry cite insist announce recount disclose assure question contend comment opine declare muse retort concede threaten attack urge press agree plead predict want refuse intend continue downplay invoke acknowledge applaud condemn denounce lambaste mock deride ridicule defend reject welcome endorse support oppose expect assume realize learn doubt suspect recognize encourage highlight detail liken decry scold chide hail yell shout chant scream exclaim whisper mutter accept express voice raise discover proclaim bemoan chastise exhort rail portray depict characterize characterise".split(
    " ",
  ),
];

function regularForms(base: string): string[] {
  const stem = base.endsWith("e") ? base.slice(0, -1) : base;
  const third = /(?:s|sh|ch|x|z)$/.test(base)
    ? `${base}es`
    : base.endsWith("y") && !/[aeiou]y$/.test(base)
      ? `${base.slice(0, -1)}ies`
      : `${base}s`;
  const past = base.endsWith("e")
    ? `${base}d`
    : base.endsWith("y") && !/[aeiou]y$/.test(base)
      ? `${base.slice(0, -1)}ied`
      : `${base}ed`;
  return [base, third, past, `${stem}ing`];
}

export const VERB_FORMS = new Map<string, { base: string; participle: boolean }>();
/** The reporting verbs' past tenses unlike their base ("said", "told", "warned"): a report's tense, not a headline's. */
export const PAST_FORMS = new Set<string>();
for (const v of VERBS) {
  const forms = typeof v === "string" ? regularForms(v) : v;
  const base = forms[0] as string;
  if (forms[2] !== base) PAST_FORMS.add(forms[2] as string);
  forms.forEach((f, i) => {
    VERB_FORMS.set(f, { base, participle: i === 3 });
  });
}
// "call" needs a complement to report something: "called for", "called on", "called X Y"
for (const [f, participle] of [
  ["call", false],
  ["calls", false],
  ["called", false],
  ["calling", true],
] as const) {
  VERB_FORMS.set(f, { base: "call", participle });
}

// British spelling: "labelled the claims baseless", "labelling it a cover-up"
VERB_FORMS.set("labelled", { base: "label", participle: false });
VERB_FORMS.set("labelling", { base: "label", participle: true });
PAST_FORMS.add("labelled");
// "ruled" reports a court's decision ("…, an Ashby County judge ruled Tuesday"); "rule(s)" and "ruling" are
// nouns far more often
VERB_FORMS.set("ruled", { base: "rule", participle: false });
// "termed the bill “an assault on privacy”" (Indian and British English) reports like "called"; "term" is a
// noun far more often
VERB_FORMS.set("termed", { base: "call", participle: false });
// "branded the regime an “outlaw nation”" reports the same way ("brand" is a noun far more often)
VERB_FORMS.set("branded", { base: "call", participle: false });
// "held that …" and "ruling that …" report a court's finding (verbs.ts keeps them, and "related", only before "that")
for (const [f, base, participle] of [
  ["hold", "hold", false],
  ["holds", "hold", false],
  ["held", "hold", false],
  ["holding", "hold", true],
  ["ruling", "rule", true],
  // "Persaud related that …" (Caribbean and South Asian English): the story told, only before "that"
  ["relate", "relate", false],
  ["relates", "relate", false],
  ["related", "relate", false],
  ["relating", "relate", true],
] as const)
  VERB_FORMS.set(f, { base, participle });
// past participles unlike the past tense: "other studies have shown", "as she has written", "has spoken of"
VERB_FORMS.set("shown", { base: "show", participle: false });
VERB_FORMS.set("written", { base: "write", participle: false });
VERB_FORMS.set("spoken", { base: "speak", participle: false });

/** Adjectives of attitude that report, like a verb, only with a that-clause ("Protesters were frustrated that …"). */
export const ATTITUDE_ADJECTIVES = new Set(
  "afraid frustrated incensed convinced adamant confident hopeful angry upset concerned skeptical sceptical disappointed".split(
    " ",
  ),
);
/** Adjectives of an evaluation no one is named for ("It is obvious that …"): a claim with no speaker. */
export const IMPERSONAL_ADJECTIVES = new Set(["clear", "obvious", "apparent", "evident"]);
for (const a of [...ATTITUDE_ADJECTIVES, ...IMPERSONAL_ADJECTIVES])
  VERB_FORMS.set(a, { base: a, participle: false });
/** Passives that report what unnamed others said, with their link ("was accused of", "were blamed for"). */
export const PASSIVE_REPORTS = new Map([
  ["accuse", /^of$/],
  ["blame", /^for$/],
  ["criticize", /^for$/],
  ["criticise", /^for$/],
  ["consider", /^(?:a|an|to)$/],
  ["rate", /^as$/],
  ["dub", /^(?:a|an|the)$/],
]);
/** Participles that report only in such a passive ("it is considered a threat"; not "she considered the offer"). */
// "is casting himself as …", "painted him as …" (as-verbs.ts keeps them only before "as"; "cast" and "paint"
// themselves are most often the nouns)
const NOUN_FIRST_VERB_FORMS: [string, string][] = [
  ["casting", "cast"],
  ["casts", "cast"],
  ["painted", "paint"],
  ["painting", "paint"],
  ["paints", "paint"],
];
for (const [form, base] of NOUN_FIRST_VERB_FORMS)
  VERB_FORMS.set(form, { base, participle: form.endsWith("ing") });
export const PASSIVE_ONLY = new Set(["consider", "rate", "dub"]);
VERB_FORMS.set("considered", { base: "consider", participle: false });
VERB_FORMS.set("rated", { base: "rate", participle: false });
VERB_FORMS.set("dubbed", { base: "dub", participle: false });
/** Verbs whose past tense is their base form: "The barrister put it to him …" is past, not a plural's present. */
export const PAST_AS_BASE = new Set(["put"]);
/** Verbs whose first object is the hearer, not the content ("told reporters that …"). */
export const HEARER_VERBS = new Set([
  "tell",
  "ask",
  "urge",
  "exhort",
  "assure",
  "warn",
  "advise",
  "remind",
  "inform",
  "put",
  "make",
]);
/** Verbs that report nothing by themselves unless followed by a clause, a quote, a colon or a particle. */
export const WEAK_VERBS = new Set(
  (
    "think find show believe expect hope fear worry question describe decline refuse comment answer respond call " +
    "remind praise blame dismiss cite demand propose recommend advise threaten charge counter repeat wonder attack press " +
    "agree plead downplay invoke applaud condemn denounce lambaste mock deride ridicule defend reject welcome " +
    "endorse support oppose criticize criticise blast slam accuse want plan intend continue " +
    "echo label encourage tout highlight detail liken decry scold chide hail lament speak talk brag know understand feel expect assume realize learn doubt suspect recognize discover " +
    "sing cry yell shout chant scream exclaim whisper mutter express voice raise bemoan chastise rail " +
    "portray depict characterize characterise paint cast"
  ).split(" "),
);
/** Voice verbs that report only a quotation ("chanted “What curfew?”", "“…,” she yelled"), never an object. */
export const QUOTE_ONLY_VERBS = new Set("sing cry yell shout chant scream exclaim whisper mutter".split(" "));
/** Attitude verbs that report only with a that-clause ("knew that …", not "knew the city"). */
export const CLAUSE_ONLY_VERBS = new Set([
  ..."know understand feel expect assume realize learn doubt suspect recognize accept discover".split(" "),
  ...ATTITUDE_ADJECTIVES,
  ...IMPERSONAL_ADJECTIVES,
]);
/**
 * Verbs that report only with a that-clause, after their hearer or notice if any: counsel "submitted that …"
 * (not "submitted a report"), "posted on X that …" (not "posted a loss"), "informed the court that …" (not "informed the family"), "has served notice that …"
 * (not "served in the army"), counsel "put it to the witness that …" (not "put the plan on hold").
 */
export const THAT_CLAUSE_VERBS = new Set(["submit", "inform", "serve", "post", "put", "make"]);
/** Verbs of intent whose infinitive is the content ("vowed to cut fees", "plans to run"). */
export const INTENT_VERBS = new Set(
  "promise vow pledge hope threaten plan want refuse agree decline intend seek offer decide expect".split(
    " ",
  ),
);
/** Verbs that report a topic only with their preposition ("spoke about X", "talked of Y"). */
export const TOPIC_VERBS = new Map([
  ["speak", new Set(["about", "of"])],
  ["talk", new Set(["about", "of"])],
  ["brag", new Set(["about"])],
  ["rail", new Set(["against"])],
]);
/** Base forms that are nouns far more often than verbs ("state law", "the plan"): verbs only before "that". */
export const NOUN_FIRST_FORMS = new Set(["state", "plan", "answer"]);
/** Particles that belong with the verb in the cue ("pointed out", "called for"). */
export const CUE_PARTICLES = new Set(["out", "for", "on", "to", "back", "notice"]);

/** Auxiliaries and adverbs that may sit between the speaker and the verb; they join the cue. */
export const AUX = new Set(
  "has have had is are was were will would could should may might must did does do also now still yet ultimately finally later previously repeatedly then again once often publicly privately recently earlier first further quickly immediately reportedly reportedly allegedly flatly simply even still already never not just frequently similarly separately subsequently initially famously emphatically long often".split(
    " ",
  ),
);

export const PRONOUNS = new Set(["he", "she", "they", "it", "we", "i", "you", "who"]);

/** Lowercase words that may be part of a speaker phrase ("the White House press secretary"). */
export const NP_WORDS = new Set(
  (
    "the a an his her their its our my your this these those some many most several both all other another one two three four five " +
    "of for at to from in with and 's ’s " +
    "former senior lead top longtime presidential vice chief deputy national state federal local foreign political economic new " +
    "shadow acting interim outgoing incoming " +
    "spokesman spokeswoman spokesperson official officials aide aides adviser advisers advisor advisors analyst analysts " +
    "expert experts critic critics supporter supporters voter voters resident residents lawmaker lawmakers police " +
    "authorities campaign manager chairman chairwoman chair director secretary president senator leader leaders nominee " +
    "candidate candidates governor mayor minister source sources report reports poll polls study studies survey surveys " +
    "statement statements release releases ad ads video videos group groups committee company member members people person man woman " +
    "officer officers attorney attorneys lawyer lawyers judge prosecutor prosecutors investigator investigators " +
    "researcher researchers scientist scientists economist economists strategist strategists pollster pollsters " +
    "consultant founder executive chief boss bosses coach coaches captain skipper backbencher backbenchers head commissioner representative congressman congresswoman press correspondent " +
    "reporter columnist editor host anchor narrator clip spot website article memo letter email tweet document " +
    "documents data records figures analysis research review investigation filing lawsuit complaint agency department regulator regulators watchdog " +
    "office administration government party organization foundation association union court army military staff " +
    "panel panels jury juries tribunal tribunals inquiry arbitrator arbitrators branch branches chapter " +
    // local government and parties in a legislature ("Limassol municipality said", "the county council said",
    // "the Labour caucus said", "caucus whip Jane Roe")
    "municipality municipalities council councils county shire shires caucus caucuses whip " +
    "team campaign’s campaign's speaker speakers activist activists organizer organizers protester protesters witness " +
    "witnesses friend friends family neighbor neighbors observers observer democrats republicans officials’ " +
    "ruling decision opinion indictment verdict judgment petition motion brief advisory " +
    "individual individuals women men children business businessman businesswoman billionaire mogul star actor actress author writer historian professor " +
    "student students teacher teachers worker workers employee employees owner owners partner partners allies ally " +
    "opponent opponents rival rivals counterpart running mate mate director’s tax general justice defense security " +
    "health energy election elections television radio newspaper magazine network outlet outlets media news " +
    "percent biographer insiders insider operative operatives surrogate surrogates delegate delegates " +
    // courts, hospitals, schools and churches ("the defence barrister", "the school's principal")
    "barrister barristers solicitor solicitors defence prosecution counsel principal headteacher headmaster nurse nurses " +
    "doctor doctors physician physicians surgeon epidemiologist pastor priest bishop imam rabbi coroner councillor " +
    "councillors magistrate chairperson farmer farmers trader traders auditor auditors ombudsman comptroller registrar " +
    "marshal sheriff superintendent commander treasurer administrator " +
    // everyday voices of local news, singular ("said the driver", "a vendor at the market said")
    "driver vendor fisherman fisherwoman hawker shopkeeper motorist passenger commuter villager elder parent mother " +
    "father miner labourer tourist customer patient survivor victim soldier player shopper landlord tenant homeowner " +
    "midwife volunteer engineer mechanic banker investor grower herder pupil colleague neighbour widow chef " +
    // foreign services and talks ("three EU diplomats told …", "A second diplomat said", "the chief negotiator")
    "diplomat diplomats envoy envoys ambassador ambassadors negotiator negotiators " +
    // bodies in the plural ("Several airlines said", "independent analyses agree")
    "companies firms banks countries nations governments agencies unions schools universities hospitals airlines " +
    "analyses estimates forecasts parties " +
    // kinds of company a business story calls its subject by ("The retailer, Marks & Spencer, said")
    "bank airline carrier operator retailer lender insurer carmaker automaker chipmaker drugmaker miner manufacturer " +
    // nouns of compound job titles ("fire information officer Karina …", "the district's emergency operations
    // centre director", "public affairs officer", "regional communications manager")
    "information fire emergency operations centre center communications relations affairs regional " +
    // ("Tarn’s harbour master said", "the Holm harbourmaster", "the village postmaster")
    "harbour harbor master harbourmaster harbormaster postmaster postmistress " +
    // ("Chief financial officer Tom Reyes", "assistant chief constable Ann Roe", "chief operating officer")
    "financial operating technology marketing commercial constable " +
    // people in arms, at sea, on the land and in the street, in the plural ("Houthi rebels said", "Local
    // fishermen said", "Villagers said"): words no suffix rule finds
    "rebels militants insurgents fighters gunmen soldiers troops militiamen fishermen villagers townspeople " +
    "locals tenants passengers commuters pensioners youths elders clerics settlers survivors relatives " +
    "parents firefighters rescuers volunteers sailors crew crews " +
    // rulers ("The Jordanian king said", "the Qatari emir", "Saudi Arabia's crown prince")
    "king queen emir sultan monarch ruler prince princess crown " +
    // pronouns of people in general ("Not everyone agrees …", "someone asked …")
    "everyone everybody someone somebody nobody"
  ).split(/\s+/),
);

/** Adjectives and participles that follow their noun: "officials familiar with", "people close to". */
export const POST_MODIFIERS = new Set(
  "familiar close closest briefed involved knowledgeable connected loyal opposed near allied sympathetic".split(
    " ",
  ),
);

/** The relative pronouns: "that", "which", "who", "whom", "whose". */
export const RELATIVE_PRONOUNS = ["that", "which", "who", "whom", "whose"];
/** "X, who …", "the body, which …", "Y, whose …": a token opening a relative clause on the noun before its comma. */
export const WH_RELATIVE = /^(?:who|which|whose)$/i;

/** Words that end a subject phrase when walking back from the verb. */
export const SUBJECT_STOPS = new Set([
  ...RELATIVE_PRONOUNS,
  ..."and but or because while when as if so after before since although though where whether than then what how why said says told".split(
    " ",
  ),
]);

/** Adjuncts between a verb and its content ("said Monday that", "told reporters in an interview"). */
export const TIME_WORDS = new Set([
  ...EN_WEEKDAYS,
  ..."yesterday today tonight overnight earlier later afterward afterwards recently last this week weekend month year morning afternoon evening night".split(
    " ",
  ),
]);

/** The day right after a scene's verb ("made the comments late on Friday", "was speaking yesterday at …"). */
const SCENE_DAY = `(?:(?:late|early)\\s+)?(?:on\\s+)?(?:${EN_WEEKDAY_ALTERNATION}|yesterday|today|last\\s+(?:night|evening)|this\\s+(?:morning|afternoon|evening))\\b`;

/**
 * "said this at a press conference …", "told reporters this when met after …", "said so in a statement on
 * Tuesday" (Malaysian and Singaporean wire style), "stated this while addressing a seminar" (Pakistani), "confirmed
 * this to The Fiji Times yesterday": the occasion of the words just reported, no words of its own.
 */
export const SAID_THIS_AT =
  "(?:said|stated|disclosed|revealed|confirmed|explained|told\\s+(?:the\\s+)?[\\w’'-]+)\\s+(?:this|so)\\s+(?:at|to|in|on|during|after|before|while|when|here|yesterday|today|late|early)\\b";

/** Who a scene sentence opens with: a pronoun, a name ("Mr Khan", "Cole"), or "The (provincial) minister". */
const SCENE_SUBJECT =
  "(?:He|She|They|(?:[A-Z][\\w.’'-]+\\s+){0,3}[A-Z][\\w’'-]+|The\\s+(?:[a-z][\\w-]*\\s+){0,2}[a-z][\\w-]*)";
/** The statement named as a thing: "made the remarks", "expressed these views". */
const STATEMENT_NOUN =
  "(?:remarks|comments|statements?|announcement|pledge|promise|warning|admission|speech|views|observations|assurances?|directives?|instructions|appeal)";
/** "was addressing a press conference", "was talking to journalists": an occasion of speaking, named by its hearers. */
const ADDRESSING =
  "(?:addressing\\s+(?:a|an|the|reporters|journalists|newsmen|students|supporters|workers)|(?:talking|speaking)\\s+to\\s+(?:reporters|journalists|newsmen|the\\s+media|media|the\\s+press|[A-Z])|briefing\\s+(?:reporters|journalists|newsmen|the\\s+media|media|the\\s+press)|interacting\\s+with\\s+(?:reporters|journalists|newsmen|the\\s+media|media|the\\s+press|students)|(?:answering|responding\\s+to)\\s+(?:questions|a\\s+question|queries))\\b";

/**
 * "The remarks came during a news conference Monday", "The remarks, made on Friday at a lunch, drew …", "Berg
 * made the pledge at a party congress on Saturday", "He expressed these views while addressing …", "Mr Manele
 * gave the assurance during a visit to the hospital on Friday", "He was speaking at a rally in Ohio on Sunday",
 * "Cole spoke at a rally …", "Mr Khan was talking to journalists in Peshawar", "He said this at a press
 * conference here yesterday": dates the statements around it.
 */
export const EN_SCENE_SENTENCE = new RegExp(
  `^(?:(?:The|His|Her|Their|Those|These|[A-Z][\\w’'-]+['’]s)\\s+(?:remarks|comments|statements?|announcement|pledge|promise|warning)(?:\\s+(?:came|comes?|were\\s+made|was\\s+made)\\b|,\\s+(?:which\\s+(?:were|was)\\s+)?(?:made|delivered)\\s+(?:${SCENE_DAY}|(?:at|to|in|on|during|after|before|while)\\b))|(?:The\\s+(?:[a-z][\\w-]*\\s+){1,2}|(?:[A-Z][\\w.’'-]+\\s+){1,3})(?:made|delivered|expressed|shared|voiced|gave|issued)\\s+(?:the|his|her|their|its|these|those)\\s+${STATEMENT_NOUN}\\s+(?:${SCENE_DAY}|(?:at|to|in|on|during|after|before|while|when)\\b)|${SCENE_SUBJECT}\\s+(?:(?:(?:was|were)\\s+speaking|spoke)\\s+(?:${SCENE_DAY}|(?:at|to|on|during|after|in|before)\\b)|(?:was|were)\\s+${ADDRESSING})|${SCENE_SUBJECT}\\s+${SAID_THIS_AT})`,
);

/**
 * Headline or transcript labels that are not speakers ("Update: …", "Photo: …", "Published: 14 May 2026, 07:12"),
 * nor are a match report's and an events listing's keys ("Results: …", "Referee: …", "Where: …", "Tickets: …").
 */
export const NON_SPEAKER_LABELS = new Set(
  (
    "reporter reporters correspondent writer writers translator translated compiled picture pictures pic pics photograph photographs illustration graphic present absent apologies agenda results scores scorers fixtures standings referee venue attendance teams lineups line-ups where when tickets disclosure background context reporting editing contact details " +
    "the update updated published posted modified filed last first date note editor editors clarification correction corrections disclaimer related watch read photo photos video image images caption advertisement subscribe click by and or but q a source sources credit correction warning breaking exclusive live listen see also more via follow share tags topics interview analysis opinion review explainer factbox timeline comment editorial obituary profile q&a fact check in out get"
  ).split(" "),
);

/** A participle that tells where or how the words were said ("speaking at a news conference", "testifying before"). */
export const CIRCUMSTANCE_PARTICIPLE =
  /^(?:speaking|writing|appearing|addressing|talking|responding|replying|testifying|answering|commenting|posting|requesting|asking\s+not)\b/i;

/** Nouns that head the name of a body speaking as one ("the health ministry", "the weather service"). */
export const INSTITUTION_HEADS = new Set(
  (
    "ministry service agency department force forces office council shire commission authority authorities bureau board committee " +
    "court government police army military navy company firm bank union group association institute embassy " +
    "prosecutor prosecutors regulator watchdog spokesman spokeswoman spokesperson network station newspaper " +
    "party coalition alliance campaign administration cabinet parliament legislature senate assembly " +
    "utility municipality guard trust charity society federation hall monitor observatory delegation mission branch chapter"
  ).split(" "),
);

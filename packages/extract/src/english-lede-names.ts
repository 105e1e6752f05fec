import type { ArticleView, Draft } from "./draft.ts";
import { nameHospitalsNamedBefore } from "./en/body-named-before.ts";
import { nameDescribedBodies } from "./en/described-body.ts";
import { joinHeadlineToLedeRole } from "./en/headline-lede-role.ts";
import { nameLedeOffices } from "./en/its-office.ts";
import { identifyLedeSpeaker } from "./en/lede-speaker.ts";
import { nameQuotingHeadlineVoices } from "./en/quoted-headline.ts";
import { nameRestatedVoices } from "./en/restated-opening.ts";
import { joinRoleToPersonNamedNext } from "./en/role-named-next.ts";
import { nameTitledLedeSpeakers } from "./en/titles.ts";
import type { Entity, SpeakerBook } from "./speakers.ts";
import { paragraphAt } from "./text/segment.ts";

/** English: lede and headline speakers named only by title, by a body or by their words get the names given later. */
export function nameEnglishLedeSpeakers(
  view: ArticleView,
  drafts: Draft[],
  book: SpeakerBook,
  speakers: (Entity | null)[],
  offices: (string | null)[],
): void {
  const { text } = view;
  const paras = drafts.map((d) => paragraphAt(view.sentences, d.cueStart));
  joinHeadlineToLedeRole(speakers, paras);
  // (a headline's "says mayor" is the mayor the body names before it is the next person quoted)
  nameTitledLedeSpeakers(book, speakers, paras);
  nameLedeOffices(book, speakers, offices, paras);
  identifyLedeSpeaker(
    speakers,
    paras,
    (para, name) => {
      const first = view.sentences.find((x) => x.para === para);
      return !!first && text.startsWith(name, first.start);
    },
    (p, t) => book.addTitle(p, t),
    (i, p) => {
      const d = drafts[i];
      const s = d && view.sentences.find((x) => x.start <= d.cueStart && d.cueStart < x.end);
      const last = p.nameWords.at(-1);
      return !!s && !!last && book.words(text.slice(s.start, s.end)).includes(last);
    },
  );
  // ("But a chief in Buin says …" then "Chief X, of Y village, said …": the role named in the next paragraph)
  joinRoleToPersonNamedNext(speakers, paras);
  // ("Reservoir boss tells inquiry …" over a lede whose former chief executive is named only below it)
  nameTitledLedeSpeakers(book, speakers, paras);
  const contents = drafts.map((d) => text.slice(d.contentStart, d.contentEnd));
  const mentions = drafts.map((d) => (d.mentionStart >= 0 ? text.slice(d.mentionStart, d.mentionEnd) : ""));
  nameRestatedVoices(speakers, paras, contents, mentions);
  nameQuotingHeadlineVoices(speakers, paras, contents, mentions);
  // ("the operator has confirmed", "…, says heritage body", "the charity said": the body quoted by name)
  nameDescribedBodies(book.entities, speakers, paras, mentions);
  nameHospitalsNamedBefore(
    text,
    drafts.map((d) => d.cueStart),
    speakers,
  );
}

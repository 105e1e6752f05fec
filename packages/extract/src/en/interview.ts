// Interviews in questions and answers ("Q: …" / "A: …", a bold question then its answer): the answers are
// the words of the person the introduction names; the interviewer's questions say nothing.
import { type ArticleView, type Draft, spanDraft, trimSpan } from "../draft.ts";
import { parseEnglishMention } from "./mention.ts";

/** A question's label or a question set in bold: "Q:", "Q.", "**Why …?**". */
const QUESTION = /^(?:Q[:.][ \u00A0]|\*\*[^*\n]+\?\*\*[ \u00A0]*$)/;
const ANSWER = /^A[:.][ \u00A0]+/;
/** The interviewer's note after the last answer: "This interview has been edited for length and clarity." */
const EDITORS_NOTE = /^(?:\(|\*)*(?:This|The) (?:interview|conversation|transcript) (?:has been|was) /i;
/** Words announcing an interview in its introduction: "spoke to the Gazette", "in an interview", "Q&A". */
const INTERVIEW_INTRO =
  /\b(?:interview(?:ed|s)?|conversation|Q&A|Q and A|spoke (?:to|with)|talked (?:to|with)|sat down with|speaks to|talks to|answered (?:our|questions))\b/i;
/** A run of two or more capitalised words, where a person's name may stand. */
const CAPITALISED_RUN = /\p{Lu}[\p{L}’'-]+(?:[ \u00A0]+(?:\p{Lu}\.|\p{Lu}[\p{L}’'-]*|de|van|von|bin|al))+/gu;

interface Paragraph {
  start: number;
  end: number;
}

function paragraphs(view: ArticleView): Paragraph[] {
  const out: Paragraph[] = [];
  for (const s of view.sentences) {
    const last = out[s.para];
    if (last) last.end = s.end;
    else out[s.para] = { start: lineStart(view.text, s.start), end: s.end };
  }
  return out.filter(Boolean);
}

const lineStart = (text: string, pos: number): number => text.lastIndexOf("\n", pos - 1) + 1;

/** The first person named in text[from, to): [start, end] of the name. */
function personIn(text: string, from: number, to: number): [number, number] | null {
  CAPITALISED_RUN.lastIndex = from;
  for (let m = CAPITALISED_RUN.exec(text); m && m.index < to; m = CAPITALISED_RUN.exec(text)) {
    const parse = parseEnglishMention(m[0]);
    if (parse.kind !== "person" || !parse.name || !parse.name.includes(" ")) continue;
    const at = m[0].lastIndexOf(parse.name);
    if (at >= 0) return [m.index + at, m.index + at + parse.name.length];
  }
  return null;
}

/** "spoke to Mayor X", "sat down with X", "an interview with the head of …, X": the one interviewed follows. */
const INTERVIEWED = /\b(?:spoke|talked|sat down|conversation|interview) (?:to|with)\b|\binterviewed\b/gi;

/**
 * The person the introduction (the text up to `introEnd`, before the first question) names as interviewed:
 * the first person after "spoke to", "interview with" …, else the first person it names ("X spoke to the Gazette").
 */
function interviewee(text: string, introEnd: number): [number, number] | null {
  INTERVIEWED.lastIndex = 0;
  for (let m = INTERVIEWED.exec(text); m && m.index < introEnd; m = INTERVIEWED.exec(text)) {
    const end = m.index + m[0].length;
    const after = personIn(text, end, Math.min(introEnd, end + 80));
    if (after) return after;
  }
  return personIn(text, 0, introEnd);
}

/**
 * The answers of an interview in questions and answers, each a claim of the interviewee: the paragraphs after
 * a question up to the next one ("A:" labelled or not). None when the introduction names no one, and none for a
 * paragraph most of which is already a claim of its own (`drafts`).
 */
export function interviewAnswerDrafts(view: ArticleView, drafts: Draft[]): Draft[] {
  const { text } = view;
  const paras = paragraphs(view);
  const first = paras.findIndex((p) => QUESTION.test(text.slice(p.start, p.end)));
  if (first < 0) return [];
  // (an explainer's question subheads are no interview: the introduction must announce one)
  const introEnd = (paras[first] as Paragraph).start;
  if (!INTERVIEW_INTRO.test(text.slice(0, introEnd))) return [];
  const person = interviewee(text, introEnd);
  if (!person) return [];
  const out: Draft[] = [];
  let asked: [number, number] | null = null; // the last question's mark, or its label when it has none
  for (const p of paras.slice(first)) {
    const words = text.slice(p.start, p.end);
    if (QUESTION.test(words)) {
      // (a question may end without one: "Q: Tell us about the bridge." — its label stands for it)
      const mark = text.lastIndexOf("?", p.end);
      asked = mark >= p.start ? [mark, mark + 1] : [p.start, p.start + 2];
      continue;
    }
    if (!asked || EDITORS_NOTE.test(words)) continue;
    // (a claim of its own over most of the paragraph: "A. I will replant, he said, if …")
    const half = (p.end - p.start) / 2;
    if (
      drafts.some((d) => d.cueStart >= p.start && d.cueStart < p.end && d.contentEnd - d.contentStart >= half)
    )
      continue;
    const label = ANSWER.exec(words);
    const content = trimSpan(text, p.start + (label?.[0].length ?? 0), p.end);
    if (!content) continue;
    // (the cue is the answer's label "A:", or the question's mark when the answer has no label)
    const cue: [number, number] = label ? [p.start, p.start + 2] : asked;
    out.push(spanDraft("en.interview-answer", { cue, mention: person, content }));
  }
  return out;
}

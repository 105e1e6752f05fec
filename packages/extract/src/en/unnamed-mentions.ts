// English mentions that name no person: a spokesperson for a body ("a Pentagon spokesman"), and a title or
// a body with no trailing name ("the senator", "Clinton’s campaign").
import type { MentionParse } from "../speakers.ts";
import { genericModifier, MEMBER_OF_NAMED_BODY, OWN_BODY_ROLE, OWNED_ROLE } from "./mention-shapes.ts";
import { genderOf, ORG_WORDS, ROLE_HEAD } from "./person-words.ts";
import { withoutLeadingDeterminer } from "./phrase-words.ts";

/** A proxy (`proxy`, PROXY's match in `clean`) and the body it speaks for, read by `read`. */
export function proxyParse(
  clean: string,
  proxy: RegExpExecArray,
  read: (raw: string) => MentionParse,
): MentionParse {
  const g = proxy.groups ?? {};
  // "A Nato spokeswoman", "a Pentagon spokesman": the capitalised words before the role name the body
  const named =
    /^(?:(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+)?((?:(?!(?:The|A|An|One|Another)\s)\p{Lu}[\w.&’'-]*\s+)+)\S+$/u.exec(
      clean.slice(0, proxy.index + proxy[0].indexOf(g.head ?? "") + (g.head ?? "").length),
    );
  const body = g.owner
    ? g.owner.replace(/[’']s$/, "")
    : named
      ? (named[1] as string).trim()
      : g.link && !/^(?:with|to)$/i.test(g.link)
        ? g.body
        : genericModifier(clean);
  // ("A Scottish government spokesperson": a body the role names itself, not the one in focus)
  const namesOwnBody = !body && OWN_BODY_ROLE.test(clean);
  const parse: MentionParse = {
    name: null,
    title: clean.replace(/^(?:the|a|an|one|another)\s+/i, ""),
    kind: "unknown",
    pronoun: false,
    ...(namesOwnBody
      ? {}
      : {
          speaksFor: body
            ? {
                ...read(body),
                ...(named && !g.owner ? { kind: "organisation" as const } : {}),
              }
            : ("focus" as const),
        }),
  };
  const gender = genderOf(g.head ?? null);
  if (gender) parse.gender = gender;
  // ("the spokesperson", no body of its own: perhaps the spokesperson the article has named)
  if (!body && !namesOwnBody && /^the\s+spokes/i.test(clean)) parse.definite = true;
  return parse;
}

/** The mention's words (`words`, of `clean`) end in no capitalised name. */
export function withoutName(words: string[], clean: string): MentionParse {
  // "Clinton’s campaign", "the senator": no trailing name
  const title = withoutLeadingDeterminer(words).join(" ") || null;
  // (not "The Australian Medical Association's Victorian president": a role the body owns)
  // ("the office of the auditor general": the office is a body, not the officer)
  // ("A Health Ministry official": a person of the body the capitalised words name; not "Campaign officials"
  // opening a sentence, where the capital may be the sentence's)
  const org =
    title !== null &&
    ((ORG_WORDS.test(clean) && !OWNED_ROLE.test(clean) && !MEMBER_OF_NAMED_BODY.test(clean)) ||
      /^the\s+office\s+of\s/i.test(clean));
  const parse: MentionParse = {
    name: org ? clean.replace(/^the\s+/i, "") : null,
    title: org ? null : title,
    kind: org ? "organisation" : "person",
    pronoun: false,
  };
  if (!org && /^the\s/i.test(clean) && ROLE_HEAD.test(clean)) parse.definite = true;
  const gender = org ? undefined : genderOf(title);
  if (gender) parse.gender = gender;
  return parse;
}

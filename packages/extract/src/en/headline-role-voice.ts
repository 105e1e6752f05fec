/**
 * "Ilulissat fisherman: “The quota cut will empty the town”", "Hospital boss: ‘We were never asked’": a headline's
 * voice named by a role, with its place or its work before it in lowercase or capitals, then the quoted words.
 */
const ROLE =
  /^(?:[a-z]+(?:er|or|ist|ian|man|woman|men|women|ers|ors|ists|ians)|boss|chief|mum|mom|dad|mother|father|widow|wife|husband|son|daughter|nurse|head|teen|pupil|victim|survivor|mayor|elder|chair|resident|residents|parent|parents|official|officials|expert|experts)$/;
/** Up to three words, the first capitalised, the last a role. */
export function headlineRoleVoice(words: string[], afterColon: string): boolean {
  return (
    words.length >= 2 &&
    words.length <= 3 &&
    /^\p{Lu}/u.test(words[0] as string) &&
    ROLE.test(words[words.length - 1] as string) &&
    /^[“‘"']/.test(afterColon)
  );
}

// The US states by the short forms a legislator's party tag uses: AP style ("Calif.", "N.Y.") and postal codes
// ("CA", "NY"); states AP never shortens ("Texas", "Ohio") are written out in the tag.

const STATES: [string, string, string][] = [
  ["Alabama", "Ala.", "AL"],
  ["Alaska", "Alaska", "AK"],
  ["Arizona", "Ariz.", "AZ"],
  ["Arkansas", "Ark.", "AR"],
  ["California", "Calif.", "CA"],
  ["Colorado", "Colo.", "CO"],
  ["Connecticut", "Conn.", "CT"],
  ["Delaware", "Del.", "DE"],
  ["Florida", "Fla.", "FL"],
  ["Georgia", "Ga.", "GA"],
  ["Hawaii", "Hawaii", "HI"],
  ["Idaho", "Idaho", "ID"],
  ["Illinois", "Ill.", "IL"],
  ["Indiana", "Ind.", "IN"],
  ["Iowa", "Iowa", "IA"],
  ["Kansas", "Kan.", "KS"],
  ["Kentucky", "Ky.", "KY"],
  ["Louisiana", "La.", "LA"],
  ["Maine", "Maine", "ME"],
  ["Maryland", "Md.", "MD"],
  ["Massachusetts", "Mass.", "MA"],
  ["Michigan", "Mich.", "MI"],
  ["Minnesota", "Minn.", "MN"],
  ["Mississippi", "Miss.", "MS"],
  ["Missouri", "Mo.", "MO"],
  ["Montana", "Mont.", "MT"],
  ["Nebraska", "Neb.", "NE"],
  ["Nevada", "Nev.", "NV"],
  ["New Hampshire", "N.H.", "NH"],
  ["New Jersey", "N.J.", "NJ"],
  ["New Mexico", "N.M.", "NM"],
  ["New York", "N.Y.", "NY"],
  ["North Carolina", "N.C.", "NC"],
  ["North Dakota", "N.D.", "ND"],
  ["Ohio", "Ohio", "OH"],
  ["Oklahoma", "Okla.", "OK"],
  ["Oregon", "Ore.", "OR"],
  ["Pennsylvania", "Pa.", "PA"],
  ["Rhode Island", "R.I.", "RI"],
  ["South Carolina", "S.C.", "SC"],
  ["South Dakota", "S.D.", "SD"],
  ["Tennessee", "Tenn.", "TN"],
  ["Texas", "Texas", "TX"],
  ["Utah", "Utah", "UT"],
  ["Vermont", "Vt.", "VT"],
  ["Virginia", "Va.", "VA"],
  ["Washington", "Wash.", "WA"],
  ["West Virginia", "W.Va.", "WV"],
  ["Wisconsin", "Wis.", "WI"],
  ["Wyoming", "Wyo.", "WY"],
];

const BY_SHORT_FORM = new Map<string, string>();
for (const [name, ap, postal] of STATES) {
  BY_SHORT_FORM.set(name, name);
  BY_SHORT_FORM.set(ap, name);
  BY_SHORT_FORM.set(postal, name);
}
// ("Tex.", "Cal.", "Penn.": older or looser short forms some outlets keep)
for (const [short, name] of [
  ["Tex.", "Texas"],
  ["Cal.", "California"],
  ["Penn.", "Pennsylvania"],
  ["W. Va.", "West Virginia"],
  ["Mass", "Massachusetts"],
] as const)
  BY_SHORT_FORM.set(short, name);

/** The state a party tag's short form stands for ("Calif." → "California", "TX" → "Texas"), or null. */
export const usState = (short: string): string | null => BY_SHORT_FORM.get(short.trim()) ?? null;

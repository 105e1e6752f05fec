// Pieces the property tests mix into Arabic text: the marks and letter variants that folding and the
// regexes' seat-free letter classes must treat alike.

/** A fatha, a shadda, a hamza above, a dagger alif and a tatweel, then the alif, ya and ta marbuta variants. */
export const ARABIC_MARKS = ["\u064E", "\u0651", "\u0654", "\u0670", "\u0640", "ٱ", "آ", "إ", "ى", "ة"];

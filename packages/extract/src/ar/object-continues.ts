// What, after a comma, still belongs to a reported nominal object («أعلن … إنقاذ 400 مهاجر، انطلق معظمهم …»).

/**
 * The folded text after a comma goes on with a nominal object when it
 * - gives the plan the object replaces: «تأجيل الافتتاح إلى 2027، بعد أن كان مقررا نهاية العام»;
 * - gives its cause: «تأجيل الافتتاح، بسبب تأخر وصول المنظومات»;
 * - describes the counted people or things by a quantified pronoun: «إنقاذ 400 مهاجر، انطلق معظمهم من …».
 */
export function objectGoesOn(following: string): boolean {
  if (/^(?:بعد ان|بعدما) كان(?:ت)? /u.test(following)) return true;
  if (/^بسبب /u.test(following)) return true;
  return /^[^\s]+ (?:معظم|اغلب|غالبيت|جميع|بعض|كل)(?:هم|ها|هن)(?:\s|$)/u.test(following);
}

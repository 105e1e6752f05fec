/**
 * Last words that make a capitalised run a place or a building ("the Princess Alice Bus Terminal", "between
 * Little Bay and Antigua", "Sir Lynden Pindling International Airport"): no person, so no "he" or "she" for it.
 */
export const PLACE_TAILS = new Set(
  (
    "Terminal Airport Airfield Station Market Road Avenue Boulevard Highway Stadium Bridge Harbour Harbor Pier " +
    "Wharf Jetty Marina Beach Square Roundabout Junction Estate Bay Port Island Islands Village Plaza Mall Hotel Resort"
  ).split(" "),
);

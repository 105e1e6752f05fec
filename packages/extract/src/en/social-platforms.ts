/**
 * The social platforms a writer posts on ("wrote on Facebook", "said on X", "on TikTok"), and social media at
 * large: a regex alternation (case-sensitive: "X" is the platform, not a letter in lower case).
 */
export const SOCIAL_PLATFORMS = String.raw`Facebook|Instagram|Twitter|X|LinkedIn|Threads|TikTok|Bluesky|Substack|YouTube|social\s+media`;

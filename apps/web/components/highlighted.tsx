import { highlightPieces } from "@/lib/highlight";

/** Text with the search query's words marked (plain text, never HTML). */
export function Highlighted({ text, query }: { text: string; query: string | undefined }) {
  if (!query) return <>{text}</>;
  return (
    <>
      {highlightPieces(text, query).map((piece, index) =>
        piece.hit ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: pieces are derived from the text, in order
          <mark key={index} className="hit">
            {piece.text}
          </mark>
        ) : (
          piece.text
        ),
      )}
    </>
  );
}

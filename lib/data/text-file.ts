/**
 * The text of a file as a person saved it, whatever their editor: without the UTF-8 byte-order mark
 * Windows editors put first (JSON.parse would read it as a character, a CSV header as part of its
 * first column's name). CRLF between values is whitespace to JSON; inside a string (text pasted
 * from a Windows program, "\r\n") it becomes "\n", so paragraphs split the same wherever they came from.
 */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

const unifyLineEnds = (_key: string, value: unknown) => (typeof value === "string" && value.includes("\r") ? value.replace(/\r\n?/g, "\n") : value);

/** JSON.parse for a file's text: a BOM first is ignored, and CR or CRLF in its strings read as LF. Throws as JSON.parse does. */
export function parseJsonText(text: string): unknown {
  const json = withoutBom(text);
  // The reviver costs a call per value: only for text that has an escaped CR at all.
  return json.includes("\\r") ? JSON.parse(json, unifyLineEnds) : JSON.parse(json);
}

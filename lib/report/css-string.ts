/** A CSS string literal that cannot end the string, the rule or a <style> element, whatever the text holds. */
export function cssString(text: string): string {
  const escaped = [...text.replace(/\s+/g, " ")]
    .map((ch) => (/[\w .,:;!?()–—'’&/+-]/.test(ch) ? ch : `\\${ch.codePointAt(0)!.toString(16)} `))
    .join("");
  return `"${escaped}"`;
}

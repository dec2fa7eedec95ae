import type { Source } from "../schema";

export interface NumberedSource extends Source {
  n: number;
}

/** Numbers sources in order of first citation, one number per URL; returns each group's numbers. */
export function numberSources(groups: readonly (readonly Source[])[]): { sources: NumberedSource[]; numbersFor: number[][] } {
  const byUrl = new Map<string, NumberedSource>();
  const numbersFor = groups.map((group) => {
    const numbers = group.map((source) => {
      let numbered = byUrl.get(source.url);
      if (!numbered) {
        numbered = { ...source, n: byUrl.size + 1 };
        byUrl.set(source.url, numbered);
      }
      return numbered.n;
    });
    return [...new Set(numbers)];
  });
  return { sources: [...byUrl.values()], numbersFor };
}

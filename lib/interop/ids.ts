import slugify from "@sindresorhus/slugify";
import { idSchema } from "../schema/primitives";

const MAX_ID = 60;

/** A kebab-case id for any text ("Iran’s strikes" → "irans-strikes"), transliterated; "" when nothing is left. */
export function toId(text: string): string {
  const slug = slugify(text).slice(0, MAX_ID).replace(/-+$/, "");
  return slug;
}

export function isId(value: string): boolean {
  return idSchema.safeParse(value).success;
}

/**
 * Hands out unique ids in call order: the first "talks" is "talks", the next "talks-2", then "talks-3".
 * Ids already `taken` (a set's existing lanes, say) are skipped the same way.
 */
export function createIdAllocator(taken: Iterable<string> = []) {
  const used = new Set(taken);
  return {
    take(wanted: string): string {
      const base = wanted || "item";
      let id = base;
      for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
      used.add(id);
      return id;
    },
    has: (id: string) => used.has(id),
    reserve: (id: string) => void used.add(id),
  };
}

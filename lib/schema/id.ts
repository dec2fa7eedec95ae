/**
 * The id rule, without a schema library: kebab-case, for every record that others refer to. The data's
 * zod schema (primitives.ts) and the view's URL schema (view/view-params.ts, zod/mini in the browser)
 * both test it, so the browser need not load the data schemas to read a URL.
 */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ID_MESSAGE = "must be kebab-case (a-z, 0-9 and single hyphens)";

export function isId(value: string): boolean {
  return ID_PATTERN.test(value);
}

import { Fragment, isValidElement, type ReactNode } from "react";

/**
 * React elements → SVG markup, without react-dom/server: Next's route handlers run React's server
 * build, where react-dom/server cannot render (its hooks live in the other build). Works for trees of
 * host elements and hook-free function components, which is what a figure is.
 */
export function toSvgMarkup(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === "boolean") return "";
  if (typeof node === "string" || typeof node === "number" || typeof node === "bigint") return escapeXml(String(node));
  if (Array.isArray(node)) return node.map(toSvgMarkup).join("");
  if (!isValidElement(node)) return "";
  const { type } = node;
  const props = node.props as Record<string, unknown> & { children?: ReactNode };
  if (type === Fragment) return toSvgMarkup(props.children);
  if (typeof type === "function") return toSvgMarkup((type as (p: unknown) => ReactNode)(props));
  if (typeof type !== "string") return "";
  const attrs = Object.entries(props)
    .filter(([name, value]) => name !== "children" && value !== undefined && value !== null && value !== false && !/^on[A-Z]/.test(name))
    .map(([name, value]) => ` ${attributeName(name)}="${escapeXml(name === "style" ? styleText(value as Record<string, string | number>) : String(value))}"`)
    .join("");
  return `<${type}${attrs}>${toSvgMarkup(props.children)}</${type}>`;
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// SVG attributes React writes in camelCase that keep it; every other camelCase prop is kebab-case in SVG.
const CAMEL = new Set(["viewBox", "preserveAspectRatio", "gradientUnits", "gradientTransform", "patternUnits", "patternTransform", "textLength", "lengthAdjust", "markerWidth", "markerHeight", "markerUnits", "refX", "refY", "stdDeviation", "clipPathUnits", "pathLength", "startOffset", "spreadMethod", "maskUnits", "filterUnits", "primitiveUnits"]);
const SPECIAL: Record<string, string> = { className: "class", htmlFor: "for", xlinkHref: "xlink:href", xmlSpace: "xml:space", xmlnsXlink: "xmlns:xlink", tabIndex: "tabindex" };

function attributeName(name: string): string {
  if (SPECIAL[name]) return SPECIAL[name];
  if (CAMEL.has(name) || name.startsWith("data-") || name.startsWith("aria-")) return name;
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

function styleText(style: Record<string, string | number>): string {
  return Object.entries(style)
    .map(([key, value]) => `${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}:${value}`)
    .join(";");
}

import { renderToStaticMarkup } from "react-dom/server";
import { HandoutContent, type HandoutProps } from "../../components/report/HandoutDocument";

/**
 * A handout's document as HTML, made in a render pool child (server/render-worker.ts): the figures of
 * up to 40 steps and their text, the bulk of the page's work. Never imported by Next's bundles, whose
 * server build has no react-dom/server; the page inserts the string (HandoutArticle).
 */
export function handoutHtml(props: HandoutProps): string {
  return renderToStaticMarkup(<HandoutContent {...props} />);
}

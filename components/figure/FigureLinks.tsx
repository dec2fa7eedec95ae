import type { SceneLink } from "@/lib/scene/links";
import { paintLinks } from "@/lib/scene/paint";
import type { Scene } from "@/lib/scene/types";
import { paintOver } from "./FigureSvg";

/**
 * The links of the hovered or selected events over a live figure, as the paint list has them
 * (`paintLinks`): every curve first, cut around the labels' boxes by the figure's knockout, then every
 * link label on a halo of the ground — no line crosses a word.
 */
export function FigureLinks({ scene, links, idPrefix }: { scene: Scene; links: readonly SceneLink[]; idPrefix: string }) {
  return <>{paintOver([paintLinks(scene, links)], idPrefix, scene)}</>;
}

import type { SceneLink } from "@/lib/scene/links";

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * Links between events as the SVG draws them: every curve first, in `ink`, under the labels' boxes
 * (`mask`: the figure's knockout), then every link label on a `halo` of the ground — no line crosses a
 * word. The explorer's hover layer and a slide's figure both draw them here.
 */
export function FigureLinks({ links, mask, ink = "#111827", halo = "#fff", haloBox = false }: { links: readonly SceneLink[]; mask?: string; ink?: string; halo?: string; haloBox?: boolean }) {
  return (
    <g className="links">
      <g className="link-curves" mask={mask}>
        {links.map((link) => (
          <path key={`${link.from}>${link.to}`} className="link" data-from={link.from} data-to={link.to} d={link.d} fill="none" stroke={ink} strokeWidth={1.6} strokeOpacity={0.75} />
        ))}
      </g>
      {links.map(
        (link) =>
          link.text &&
          (haloBox ? (
            // On paper the halo is a box: a stroked text is extracted twice from a PDF.
            <g key={`${link.from}>${link.to}`} className="link-label" data-from={link.from} data-to={link.to}>
              <rect x={round(link.text.x - link.text.width / 2)} y={round(link.text.y - link.text.size * 0.65)} width={round(link.text.width)} height={round(link.text.size * 1.3)} fill={halo} fillOpacity={0.85} />
              <text x={round(link.text.x)} y={round(link.text.y)} textAnchor="middle" dominantBaseline="middle" fontSize={link.text.size} fontStyle="italic" fill={ink}>
                {link.label}
              </text>
            </g>
          ) : (
            <text key={`${link.from}>${link.to}`} className="link-label" data-from={link.from} data-to={link.to} x={round(link.text.x)} y={round(link.text.y)} textAnchor="middle" dominantBaseline="middle" fontSize={link.text.size} fontStyle="italic" fill={ink} paintOrder="stroke" stroke={halo} strokeWidth={4} strokeLinejoin="round">
              {link.label}
            </text>
          )),
      )}
    </g>
  );
}

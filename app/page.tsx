import { DataErrorPage } from "@/components/data/DataErrorPage";
import { EventList } from "@/components/events/EventList";
import { StaticTimeline } from "@/components/timeline/StaticTimeline";
import { toTimelineItem } from "@/lib/data/items";
import { getDatasetState } from "@/lib/server/dataset";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const state = await getDatasetState();
  if (!state.ok) return <DataErrorPage dir={state.dir} problems={state.problems} />;
  const { data } = state;
  const items = data.events.map(toTimelineItem);
  return (
    <main className="page">
      <header className="page-header">
        <h1>{data.manifest.title}</h1>
        <p>{data.manifest.description}</p>
      </header>
      <StaticTimeline
        title={`Timeline of ${data.events.length} events in ${data.lanes.length} lanes`}
        items={items}
        lanes={data.lanes}
        domain={data.extent}
        asOf={{ ms: data.asOfMs, label: data.manifest.asOfLabel ?? `Commentary as of ${data.manifest.asOf}` }}
      />
      <h2>All events, in order</h2>
      <EventList data={data} events={data.events} />
    </main>
  );
}

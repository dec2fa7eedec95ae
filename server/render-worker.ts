/**
 * One child of the render pool (server/render-pool.ts): runs render jobs one at a time, as they come
 * over IPC, and answers each with its result or its error. It ends when its parent goes (the IPC
 * channel closes), so no child outlives the server, however the server ended.
 */
import { handoutHtml } from "../lib/export/handout-html";
import { runRenderJob, type RenderJob } from "../lib/export/render-jobs";

process.on("message", async ({ id, job }: { id: number; job: RenderJob }) => {
  try {
    // A handout is HTML written by react-dom/server, which only this plain Node process can load.
    const value = job.kind === "handout" ? handoutHtml(job.input) : await runRenderJob(job);
    process.send!({ id, ok: true, value });
  } catch (error) {
    process.send!({ id, ok: false, error: (error as Error).message ?? String(error) });
  }
});
process.on("disconnect", () => process.exit(0));

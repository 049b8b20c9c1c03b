// Degraded periods and failed syncs read back from the fake Argo CD's events and Application
// status (the messages Argo CD's application controller writes), including what happens when
// events have expired. Fixed times only.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ArgoClient } from "../../packages/argocd/src/client.js";
import { timelineOf, type Timeline } from "../../packages/changelog/src/health-periods.js";
import { startFakeArgoCD, type FakeArgoCD, type SeedApp } from "../support/fake-argocd/index.js";
import type { SeedEvent } from "../support/fake-argocd/state.js";
import { at } from "./fixture.js";

const SHA = "e".repeat(40);
let argo: FakeArgoCD;

beforeEach(async () => {
  argo = await startFakeArgoCD();
});
afterEach(async () => {
  argo.assertClean();
  await argo.close();
});

/** Seeds one Application with its events, then reads both back through the client. */
async function timeline(seed: Partial<SeedApp>, ...events: SeedEvent[]): Promise<Timeline> {
  argo.app({ name: "web-prod", project: "prod", ...seed });
  argo.state.event("web-prod", ...events);
  const client = new ArgoClient({ baseUrl: argo.url, token: argo.token, retries: 0 });
  const app = await client.getApplication("web-prod");
  return timelineOf(app, await client.listApplicationEvents("web-prod", { project: "prod" }));
}

const health = (from: string, to: string, time: string): SeedEvent => ({
  reason: "ResourceUpdated",
  message: `Updated health status: ${from} -> ${to}`,
  at: time,
});

describe("Degraded periods and failed syncs from Argo CD", () => {
  it("opens a period at -> Degraded and closes it at -> Healthy, through Progressing", async () => {
    const t = await timeline(
      {},
      health("Healthy", "Degraded", at(1)),
      health("Degraded", "Progressing", at(1, 1)),
      health("Progressing", "Healthy", at(1, 3)),
      health("Healthy", "Degraded", at(2)),
      health("Degraded", "Healthy", at(2, 0.5)),
    );
    expect(t.degraded).toEqual([
      { from: at(1), to: at(1, 3) },
      { from: at(2), to: at(2, 0.5) },
    ]);
  });

  it("keeps a period whose start expired as a failure with no known start", async () => {
    const t = await timeline({}, health("Degraded", "Healthy", at(3)));
    expect(t.degraded).toEqual([{ from: null, to: at(3) }]);
  });

  it("closes an open period at the health's last transition when the Healthy event is gone", async () => {
    const t = await timeline(
      { health: "Healthy", healthSince: at(4, 2) },
      health("Healthy", "Degraded", at(4)),
    );
    expect(t.degraded).toEqual([{ from: at(4), to: at(4, 2) }]);
  });

  it("counts failed and partially failed syncs, not successful ones, and the last failed operation once", async () => {
    const t = await timeline(
      {
        operationState: { phase: "Error", message: "hook failed", revision: SHA, finishedAt: at(6) },
      },
      {
        reason: "OperationCompleted",
        type: "Warning",
        message: `Partial sync operation to ${SHA} failed: quota exceeded`,
        at: at(5),
      },
      { reason: "OperationCompleted", message: `Sync operation to ${SHA} succeeded`, at: at(5, 1) },
      // Text that only looks like a health change is not one.
      {
        reason: "OperationCompleted",
        type: "Warning",
        message: "Sync operation failed: Updated health status: a -> Degraded",
        at: at(5, 2),
      },
    );
    expect(t.failedSyncs).toEqual([
      { at: at(5), revision: SHA, message: "quota exceeded" },
      { at: at(5, 2), revision: null, message: "Updated health status: a -> Degraded" },
      { at: at(6), revision: SHA, message: "hook failed" },
    ]);
    expect(t.degraded).toEqual([]);
  });
});

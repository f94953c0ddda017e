import autocannon from "autocannon";

export interface ReadTally {
  requests: number;
  byStatus: Record<string, number>;
  errors: number;
  p50: number;
  p99: number;
  rps: number;
}

/** The questions users ask most, and the expensive ones: filters, searches, facets, a timeline, an export. */
export function readPaths(statementId: string, briefingId: string): string[] {
  return [
    "/statements",
    "/statements?country=AF",
    "/statements?country=IR,IN&topic=diplomacy",
    "/statements?q=peace",
    "/statements?q=%22trade%20talks%22&highlight=true",
    "/statements?q=terror*&sort=-date&limit=50",
    "/statements?include=count&facets=country,topic,month",
    `/statements/${statementId}`,
    `/statements/${statementId}/context?before=2&after=2`,
    "/timeline?country=IN&interval=month",
    "/briefings?limit=10",
    `/briefings/${briefingId}/statements?country=JP`,
    "/countries?q=afghan",
    "/countries/JP",
    "/topics",
    "/statements?from=2023-01-01&to=2023-01-15&format=csv",
    "/health",
  ];
}

/**
 * Mixed reads at full speed for `seconds`: autocannon's connections each walk the paths in turn. Every
 * answer must be a 2xx; anything else (and every socket error or timeout) is an error.
 */
export function readAtFullSpeed(
  url: string,
  paths: string[],
  seconds: number,
  connections = 8,
): Promise<ReadTally> {
  let next = 0;
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        connections,
        duration: seconds,
        timeout: 30,
        requests: [{ setupRequest: (r) => ({ ...r, path: paths[next++ % paths.length] ?? "/" }) }],
      },
      (err, result) => {
        if (err) return reject(err);
        const byStatus = Object.fromEntries(
          Object.entries(result.statusCodeStats).map(([s, v]) => [s, v.count]),
        );
        resolve({
          requests: Object.values(byStatus).reduce((a, b) => a + b, 0),
          byStatus,
          errors: result.errors + result.timeouts + result.non2xx,
          p50: result.latency.p50,
          p99: result.latency.p99,
          rps: result.requests.average,
        });
      },
    );
  });
}

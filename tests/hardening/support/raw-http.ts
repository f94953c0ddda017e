import { connect } from "node:net";

export interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** Milliseconds from connecting to the server closing the connection. */
  ms: number;
}

/**
 * Send raw bytes to a listening server and read until it closes the connection: for what no HTTP
 * client sends (a request that never finishes, oversized headers, garbage).
 */
export function rawRequest(port: number, chunks: (string | Buffer)[], keepOpen = false): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const socket = connect(port, "127.0.0.1");
    const received: Buffer[] = [];
    socket.on("connect", () => {
      for (const chunk of chunks) socket.write(chunk);
      if (!keepOpen) socket.end();
    });
    socket.on("data", (d) => received.push(d));
    socket.on("error", reject);
    socket.on("close", () => {
      const text = Buffer.concat(received).toString("utf8");
      const [head = "", body = ""] = text.split("\r\n\r\n", 2);
      const [statusLine = "", ...headerLines] = head.split("\r\n");
      const headers = Object.fromEntries(
        headerLines.map((l) => [
          l.slice(0, l.indexOf(":")).toLowerCase(),
          l.slice(l.indexOf(":") + 1).trim(),
        ]),
      );
      resolve({ status: Number(statusLine.split(" ")[1]), headers, body, ms: performance.now() - t0 });
    });
  });
}

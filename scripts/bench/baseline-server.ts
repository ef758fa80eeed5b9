// The baseline: a bare Socket.IO server on the same HTTP stack that only acknowledges each message.
// Our sustained rate is reported as a share of this one's, measured with the same load processes.
// With BASELINE_REDIS_URL it first sends one command to Redis per message (the scale-out control): the least
// any server that keeps its counts in Redis must do, so its one-process/two-process ratio is this machine's floor.
import { createServer } from "node:http";
import { Redis } from "ioredis";
import { Server } from "socket.io";

const port = Number(process.env.PORT ?? 0);
const redisUrl = process.env.BASELINE_REDIS_URL;
const redis = redisUrl ? new Redis(redisUrl, { enableAutoPipelining: true }) : undefined;
const http = createServer((request, response) => {
  response.writeHead(request.url === "/healthz" ? 200 : 404).end();
});
const io = new Server(http, { maxHttpBufferSize: 16_384 });

io.on("connection", (socket) => {
  socket.on("rating:submit", (payload: { voteId?: unknown; statementCode?: unknown }, reply: unknown) => {
    if (typeof reply !== "function") return;
    // The same shape of answer as peerpulse's receipt, so both send the same bytes back.
    const acknowledge = () =>
      (reply as (ack: unknown) => void)({
        ok: true,
        data: { voteId: payload.voteId, statementCode: payload.statementCode, outcome: "recorded" },
      });
    if (!redis) return acknowledge();
    redis.incr("baseline:ratings").then(acknowledge, () => undefined);
  });
});

http.listen(port, "127.0.0.1");
process.once("SIGTERM", () => {
  void io.close();
  redis?.disconnect();
  http.close(() => process.exit(0));
});

// The baseline: a bare Socket.IO server on the same HTTP stack that only acknowledges each message.
// Our sustained rate is reported as a share of this one's, measured with the same load processes.
import { createServer } from "node:http";
import { Server } from "socket.io";

const port = Number(process.env.PORT ?? 0);
const http = createServer((request, response) => {
  response.writeHead(request.url === "/healthz" ? 200 : 404).end();
});
const io = new Server(http, { maxHttpBufferSize: 16_384 });

io.on("connection", (socket) => {
  socket.on("rating:submit", (payload: { voteId?: unknown; statementCode?: unknown }, reply: unknown) => {
    // The same shape of answer as peerpulse's receipt, so both send the same bytes back.
    if (typeof reply === "function")
      (reply as (ack: unknown) => void)({
        ok: true,
        data: { voteId: payload.voteId, statementCode: payload.statementCode, outcome: "recorded" },
      });
  });
});

http.listen(port, "127.0.0.1");
process.once("SIGTERM", () => {
  void io.close();
  http.close(() => process.exit(0));
});

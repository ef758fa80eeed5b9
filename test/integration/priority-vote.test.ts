// The plenary priority vote through real sockets on both stores (docs/protocol.md V1–V9).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Ack, PriorityVoteState, PriorityVoteTally, VoteCommand } from "@peerpulse/shared";
import { STORES, startApp, type RunningApp } from "../support/app-harness.ts";
import {
  api,
  ask,
  createMission,
  createWorkshop,
  facilitatorSocket,
  join,
  participantSocket,
  waitFor,
  type ClientSocket,
} from "../support/clients.ts";
import { voteId } from "../support/fixtures.ts";
import { recountVotes } from "../support/priority-fixtures.ts";
import { participantHearingVote, plenaryWorkshop, type PlenaryWorkshop } from "../support/priority-workshop.ts";

describe.each(STORES)("priority vote on the %s store", (storeKind) => {
  let running: RunningApp;
  const sockets: ClientSocket[] = [];
  const track = (socket: ClientSocket) => (sockets.push(socket), socket);

  beforeAll(async () => {
    running = await startApp(storeKind);
  });
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await running.close();
  });

  const command = (plenary: PlenaryWorkshop, body: VoteCommand) =>
    api<{ vote?: PriorityVoteState; error?: { code: string } }>(
      running.url,
      "POST",
      `/api/workshops/${plenary.workshopId}/vote`,
      body,
      plenary.key,
    );
  const readVote = (plenary: PlenaryWorkshop) =>
    api<{ vote: PriorityVoteState | null; tally: PriorityVoteTally | null }>(
      running.url,
      "GET",
      `/api/workshops/${plenary.workshopId}/vote`,
      undefined,
      plenary.key,
    );
  const vote = (socket: ClientSocket, choices: string[], id = voteId()) =>
    ask(socket, "vote:submit", { choices, voteId: id });
  const codeOf = (answer: Ack<unknown>) => (answer.ok ? "ok" : answer.error.code);
  const counts = async (plenary: PlenaryWorkshop) => running.app.store.getVoteCounts(plenary.workshopId);
  const recounted = async (plenary: PlenaryWorkshop) =>
    recountVotes(await running.app.store.listVoteChoices(plenary.workshopId), plenary.priorityIds);

  it("V1: the facilitator opens the vote once over the break-out's priorities, 3 picks by default; refusals change nothing", async () => {
    const { mission, key } = await createMission(running.url);
    const bare = await createWorkshop(running.url, mission, key);
    const none = await api<{ error: { code: string } }>(
      running.url,
      "POST",
      `/api/workshops/${bare.workshop.id}/vote`,
      { command: "open" },
      key,
    );
    expect([none.status, none.body.error.code]).toEqual([409, "no_priorities"]);

    const plenary = await plenaryWorkshop(running.url);
    const phone = track(await participantSocket(running.url, plenary.tokens[0]!));
    const unknown = await command(plenary, { command: "open", priorityIds: [plenary.priorityIds[0]!, "pr_nope_nope"] });
    expect([unknown.status, unknown.body.error?.code]).toEqual([404, "priority_unknown"]);
    const tooMany = await command(plenary, { command: "open", picks: 5 });
    expect([tooMany.status, tooMany.body.error?.code]).toEqual([400, "bad_request"]);
    expect((await readVote(plenary)).body).toEqual({ vote: null, tally: null });

    const [opened, seen] = await Promise.all([command(plenary, { command: "open" }), waitFor(phone, "vote:updated")]);
    expect(opened.status).toBe(200);
    expect(opened.body.vote).toMatchObject({ status: "open", picks: 3, revealed: false, top: [] });
    expect(opened.body.vote?.priorities.map((priority) => priority.id)).toEqual(plenary.priorityIds);
    expect(opened.body.vote?.priorities[0]).toMatchObject({ statementCodes: ["L1"], groupName: "Leadership" });
    expect(seen).toEqual(opened.body.vote);
    const again = await command(plenary, { command: "open", picks: 1 });
    expect([again.status, again.body.error?.code]).toEqual([409, "vote_exists"]);
    expect((await readVote(plenary)).body.vote).toEqual(opened.body.vote);
  });

  it("V2, V3, V5: votes are acknowledged, changed, replayed after a reconnect and counted once; the ranking waits for the minimum", async () => {
    const plenary = await plenaryWorkshop(running.url, { participants: 6 });
    const [a, b, c, d] = plenary.priorityIds as [string, string, string, string];
    const presenter = track(await facilitatorSocket(running.url, plenary.mission.id, plenary.key));
    await ask(presenter, "workshop:subscribe", { workshopId: plenary.workshopId });
    await command(plenary, { command: "open", picks: 2 });
    const phones = await Promise.all(
      plenary.tokens.map(async (token) => track(await participantSocket(running.url, token))),
    );

    const first = voteId();
    expect(await vote(phones[0]!, [a, b], first)).toEqual({ ok: true, data: { voteId: first, outcome: "recorded" } });
    expect((await vote(phones[0]!, [b, a])).ok && "unchanged").toBe("unchanged");
    expect(await vote(phones[0]!, [c])).toMatchObject({ ok: true, data: { outcome: "changed" } });
    // The first choice replayed after the change: acknowledged, counted once, not reverting the change.
    expect(await vote(phones[0]!, [a, b], first)).toMatchObject({ ok: true, data: { outcome: "duplicate" } });

    // Fewer voters than the anonymity minimum (5): only the number of voters leaves the server.
    const fourVoters = waitFor(presenter, "vote-tally:updated", (tally) => tally.voters === 4);
    for (const phone of phones.slice(1, 4)) expect(codeOf(await vote(phone, [a, d]))).toBe("ok");
    const withheld = await fourVoters;
    expect(withheld).toEqual({ workshopId: plenary.workshopId, voters: 4, minimum: 5, ranking: null });

    // A phone that lost its connection after sending re-sends with the same vote id on a new socket.
    const resent = voteId();
    const fiveVoters = waitFor(presenter, "vote-tally:updated", (tally) => tally.voters === 5);
    expect(codeOf(await vote(phones[4]!, [d], resent))).toBe("ok");
    phones[4]!.close();
    const reconnected = track(await participantSocket(running.url, plenary.tokens[4]!));
    expect(await vote(reconnected, [d], resent)).toMatchObject({ ok: true, data: { outcome: "duplicate" } });

    const shown = await fiveVoters;
    expect(shown.ranking).toEqual([
      { priorityId: d, votes: 4 },
      { priorityId: a, votes: 3 },
      { priorityId: c, votes: 1 },
      { priorityId: b, votes: 0 },
    ]);
    expect(await counts(plenary)).toEqual(await recounted(plenary));
    expect((await readVote(plenary)).body.tally).toEqual(shown);
  });

  it("V4: votes before opening, after closing, off the ballot, over the picks or from a facilitator are refused and change nothing", async () => {
    const plenary = await plenaryWorkshop(running.url, { participants: 2 });
    const [a, b, c] = plenary.priorityIds as [string, string, string];
    const phone = track(await participantSocket(running.url, plenary.tokens[0]!));
    const facilitator = track(await facilitatorSocket(running.url, plenary.mission.id, plenary.key));
    expect(codeOf(await vote(phone, [a]))).toBe("vote_not_open");
    await command(plenary, { command: "open", picks: 2 });
    expect(codeOf(await vote(phone, [a, b, c]))).toBe("too_many_choices");
    expect(codeOf(await vote(phone, [a, "pr_not_on_ballot"]))).toBe("priority_unknown");
    expect(codeOf(await vote(facilitator, [a]))).toBe("not_joined");
    expect(codeOf(await vote(phone, [a, a]))).toBe("bad_request");
    expect(codeOf(await vote(phone, []))).toBe("bad_request");
    expect((await counts(plenary))?.voters).toBe(0);
    expect(codeOf(await vote(phone, [b]))).toBe("ok");
    await command(plenary, { command: "close" });
    expect(codeOf(await vote(phone, [a]))).toBe("vote_closed");
    expect(await counts(plenary)).toEqual({
      voters: 1,
      votes: { [a]: 0, [b]: 1, [c]: 0, [plenary.priorityIds[3]!]: 0 },
    });
  });

  it("V6, V7, V8: reveal and hide, top three marked in order, close keeps the counts and reopen takes votes again", async () => {
    const plenary = await plenaryWorkshop(running.url, { participants: 1 });
    const [a, b, c, d] = plenary.priorityIds as [string, string, string, string];
    const phone = track(await participantSocket(running.url, plenary.tokens[0]!));
    for (const early of ["close", "reopen", "reveal", "hide"] as const)
      expect((await command(plenary, { command: early })).body.error?.code).toBe("vote_not_open");
    expect((await command(plenary, { command: "mark-top", priorityIds: [a] })).body.error?.code).toBe("vote_not_open");
    await command(plenary, { command: "open" });
    expect((await command(plenary, { command: "reveal" })).body.vote?.revealed).toBe(true);
    expect((await command(plenary, { command: "hide" })).body.vote?.revealed).toBe(false);
    expect(codeOf(await vote(phone, [a, b]))).toBe("ok");
    const [marked, told] = await Promise.all([
      command(plenary, { command: "mark-top", priorityIds: [c, a, b] }),
      waitFor(phone, "vote:updated", (state) => state.top.length === 3),
    ]);
    expect(marked.body.vote?.top).toEqual([c, a, b]);
    expect(told.top).toEqual([c, a, b]);
    const four = await command(plenary, { command: "mark-top", priorityIds: [a, b, c, d] });
    expect([four.status, four.body.error?.code]).toEqual([400, "bad_request"]);
    const stranger = await command(plenary, { command: "mark-top", priorityIds: ["pr_not_on_ballot"] });
    expect([stranger.status, stranger.body.error?.code]).toEqual([404, "priority_unknown"]);
    expect((await command(plenary, { command: "close" })).body.vote?.status).toBe("closed");
    expect((await command(plenary, { command: "mark-top", priorityIds: [b] })).body.vote?.top).toEqual([b]);
    expect((await counts(plenary))?.votes).toMatchObject({ [a]: 1, [b]: 1 });
    expect((await command(plenary, { command: "reopen" })).body.vote?.status).toBe("open");
    expect(await vote(phone, [d])).toMatchObject({ ok: true, data: { outcome: "changed" } });
    expect((await counts(plenary))?.votes).toEqual({ [a]: 0, [b]: 0, [c]: 0, [d]: 1 });
  });

  it("V9: state on connect and subscribe, commands over the socket, facilitator only; no event carries a choice or an id", async () => {
    const plenary = await plenaryWorkshop(running.url, { participants: 5 });
    const heard: unknown[] = [];
    const presenter = track(await facilitatorSocket(running.url, plenary.mission.id, plenary.key));
    presenter.onAny((event: string, payload: unknown) => heard.push([event, payload]));
    const early = track(await participantSocket(running.url, plenary.tokens[0]!));
    early.onAny((event: string, payload: unknown) => heard.push([event, payload]));
    const refused = await ask(early, "vote:control", { workshopId: plenary.workshopId, command: "open" });
    expect(codeOf(refused)).toBe("facilitator_key_required");

    const opened = await ask(presenter, "vote:control", { workshopId: plenary.workshopId, command: "open", picks: 1 });
    expect(opened).toMatchObject({ ok: true, data: { status: "open", picks: 1 } });
    const { mission: other, key: otherKey } = await createMission(running.url);
    const outsider = track(await facilitatorSocket(running.url, other.id, otherKey));
    expect(codeOf(await ask(outsider, "vote:control", { workshopId: plenary.workshopId, command: "close" }))).toBe(
      "bad_facilitator_key",
    );

    // A phone that connects after the vote opened is told at once.
    const hearing = await participantHearingVote(running.url, plenary.tokens[1]!);
    const late = track(hearing.socket);
    const ids: string[] = [];
    for (const [index, token] of plenary.tokens.entries()) {
      const phone = index === 0 ? early : index === 1 ? late : track(await participantSocket(running.url, token));
      const id = voteId();
      ids.push(id);
      expect(codeOf(await vote(phone, [plenary.priorityIds[index % 2]!], id))).toBe("ok");
    }
    // A subscriber joining now gets the break-out, the vote and its tally in full.
    const console2 = track(await facilitatorSocket(running.url, plenary.mission.id, plenary.key));
    const [breakout, state, tally] = await Promise.all([
      waitFor(console2, "breakout:updated"),
      waitFor(console2, "vote:updated"),
      waitFor(console2, "vote-tally:updated"),
      ask(console2, "workshop:subscribe", { workshopId: plenary.workshopId }),
    ]);
    expect(breakout.groups.flatMap((group) => group.priorities.map((priority) => priority.id))).toEqual(
      plenary.priorityIds,
    );
    expect(state.status).toBe("open");
    expect(tally).toMatchObject({ voters: 5, ranking: expect.any(Array) as unknown });
    expect(await hearing.firstVote).toEqual(opened.ok ? opened.data : null);

    const said = JSON.stringify(heard) + JSON.stringify((await readVote(plenary)).body);
    const choices = await running.app.store.listVoteChoices(plenary.workshopId);
    for (const secret of [...ids, ...choices.map((choice) => choice.participantId), ...plenary.tokens])
      expect(said).not.toContain(secret);
  });

  it("V5: the mission's own minimum holds: with a minimum of 3, three voters show the ranking", async () => {
    const { mission, key } = await createMission(running.url, { anonymityMinimum: 3 });
    const view = await createWorkshop(running.url, mission, key);
    const opened = await api<{ links: { token: string }[] }>(
      running.url,
      "POST",
      `/api/workshops/${view.workshop.id}/breakout`,
      { groups: [{ name: "Everyone" }] },
      key,
    );
    expect(opened.status).toBe(201);
    const added = await api<{ breakout: { groups: { priorities: { id: string }[] }[] } }>(
      running.url,
      "POST",
      `/api/workshops/${view.workshop.id}/breakout/groups/${(await firstGroup(view.workshop.id, key)).id}/priorities`,
      { text: "Joint analysis" },
      key,
    );
    const priorityId = added.body.breakout.groups[0]!.priorities[0]!.id;
    await api(running.url, "POST", `/api/workshops/${view.workshop.id}/vote`, { command: "open" }, key);
    for (let index = 0; index < 3; index += 1) {
      const phone = track(
        await participantSocket(running.url, (await join(running.url, view.workshop.joinCode)).token),
      );
      expect(codeOf(await vote(phone, [priorityId]))).toBe("ok");
    }
    const read = await api<{ tally: PriorityVoteTally }>(
      running.url,
      "GET",
      `/api/workshops/${view.workshop.id}/vote`,
      undefined,
      key,
    );
    expect(read.body.tally).toEqual({
      workshopId: view.workshop.id,
      voters: 3,
      minimum: 3,
      ranking: [{ priorityId, votes: 3 }],
    });
  });

  async function firstGroup(workshopId: string, key: string) {
    const read = await api<{ breakout: { groups: { id: string }[] } }>(
      running.url,
      "GET",
      `/api/workshops/${workshopId}/breakout`,
      undefined,
      key,
    );
    return read.body.breakout.groups[0]!;
  }
});

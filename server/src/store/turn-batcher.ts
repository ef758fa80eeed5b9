// Gathers what arrives in one turn of the event loop, grouped by a key, and sends every group at once.

interface Waiting<Item, Result> {
  item: Item;
  resolve: (result: Result) => void;
  reject: (error: unknown) => void;
}

/**
 * During a burst a server process reads many ratings from its sockets in one turn of the event loop. Handing them
 * over one by one costs a store call each (a Redis script call, a journal write); this batcher keeps them until
 * the turn's I/O is done (`setImmediate`), then sends each key's items as one group, so a workshop's ratings of
 * that turn become one script call, and all of the turn's ratings one journal write. Nothing waits longer than
 * the turn it arrived in. Each item's promise settles with its own result, or with its group's error.
 */
export class TurnBatcher<Item, Result> {
  private groups = new Map<string, Waiting<Item, Result>[]>();
  private scheduled = false;

  constructor(
    /** Sends the groups of one turn; returns, for each group in the same order, its items' results in order. */
    private readonly send: (groups: Item[][]) => Promise<Result[]>[],
  ) {}

  add(key: string, item: Item): Promise<Result> {
    return new Promise<Result>((resolve, reject) => {
      const group = this.groups.get(key);
      if (group) group.push({ item, resolve, reject });
      else this.groups.set(key, [{ item, resolve, reject }]);
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    const groups = [...this.groups.values()];
    this.groups = new Map();
    let answers: Promise<Result[]>[];
    try {
      answers = this.send(groups.map((group) => group.map((waiting) => waiting.item)));
    } catch (error) {
      for (const group of groups) for (const waiting of group) waiting.reject(error);
      return;
    }
    groups.forEach((group, index) => {
      const answer = answers[index] ?? Promise.reject(new Error("the batch sender answered fewer groups than sent"));
      answer
        .then((results) => {
          if (results.length !== group.length)
            throw new Error(`a batch of ${group.length} was answered with ${results.length} results`);
          group.forEach((waiting, position) => waiting.resolve(results[position]!));
        })
        .catch((error: unknown) => {
          for (const waiting of group) waiting.reject(error);
        });
    });
  }
}

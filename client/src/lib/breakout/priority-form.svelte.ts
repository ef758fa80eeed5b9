// What the priority form holds while someone writes: the challenge, its pillar, the statements it comes from and the
// actions proposed, turned into a PriorityDraft only when saved. Limits are the server's (BREAKOUT_LIMITS).
import { BREAKOUT_LIMITS, type Priority, type PriorityDraft } from "@peerpulse/shared";

/** One proposed action as typed. */
export interface ActionLine {
  text: string;
  resources: string;
}

export class PriorityForm {
  text = $state("");
  /** A pillar id, or "" for a priority across pillars. */
  pillar = $state("");
  codes = $state<string[]>([]);
  actions = $state<ActionLine[]>([]);

  constructor(from: Priority | null, groupPillar: string | null) {
    this.text = from?.text ?? "";
    this.pillar = (from ? from.pillar : groupPillar) ?? "";
    this.codes = [...(from?.statementCodes ?? [])];
    this.actions = (from?.actions ?? []).map((action) => ({ text: action.text, resources: action.resources }));
    if (this.actions.length === 0) this.addAction();
  }

  get canLinkMore(): boolean {
    return this.codes.length < BREAKOUT_LIMITS.statementsPerPriority;
  }
  get canAddAction(): boolean {
    return this.actions.length < BREAKOUT_LIMITS.actionsPerPriority;
  }
  /** Savable: the challenge written, and every action that has a capacity note also has its words. */
  get ready(): boolean {
    return (
      this.text.trim().length > 0 &&
      this.actions.every((action) => action.text.trim().length > 0 || action.resources.trim().length === 0)
    );
  }

  toggle(code: string, linked: boolean): void {
    if (linked && !this.codes.includes(code) && this.canLinkMore) this.codes = [...this.codes, code];
    if (!linked) this.codes = this.codes.filter((kept) => kept !== code);
  }

  addAction(): void {
    if (this.canAddAction) this.actions.push({ text: "", resources: "" });
  }

  removeAction(index: number): void {
    this.actions.splice(index, 1);
  }

  /** The draft to send: empty action lines left out. */
  draft(): PriorityDraft {
    return {
      text: this.text.trim(),
      statementCodes: [...this.codes],
      pillar: this.pillar === "" ? null : this.pillar,
      actions: this.actions
        .filter((action) => action.text.trim().length > 0)
        .map((action) => ({ text: action.text.trim(), resources: action.resources.trim() })),
    };
  }
}

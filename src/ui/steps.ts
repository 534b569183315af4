/** Titles of a multi-step flow: "Generate IDE Plugins Token (2/5)". */
export class Steps {
  #current = 0;

  #total: number;
  constructor(
    readonly title: string,
    total: number,
  ) {
    this.#total = total;
  }

  /** The title for the next step. */
  next(): string {
    this.#current = Math.min(this.#current + 1, this.#total);
    return this.#at(this.#current);
  }

  /** The title of the current step again (e.g. a retry, or the 2FA code after the password). */
  again(): string {
    return this.#at(Math.max(this.#current, 1));
  }

  /** Goes back `count` steps, e.g. to the login after a failed sign-in. */
  back(count: number): void {
    this.#current = Math.max(0, this.#current - count);
  }

  /** Steps can turn out to be more (a two-factor code) or fewer (a known platform) than planned. */
  adjust(delta: number): void {
    this.#total = Math.max(this.#current, this.#total + delta);
  }

  #at(step: number): string {
    return this.#total > 1 ? `${this.title} (${step}/${this.#total})` : this.title;
  }
}

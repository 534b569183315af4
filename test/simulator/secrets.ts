// Every secret the simulator has ever handed out or been configured with, so the request log can mask it.

export class SecretBook {
  private readonly values = new Set<string>();

  add(secret: string | undefined): void {
    if (secret) this.values.add(secret);
  }

  has(value: string): boolean {
    return this.values.has(value);
  }

  /** Longest first, so a secret containing another one is masked whole. */
  all(): string[] {
    return [...this.values].sort((a, b) => b.length - a.length);
  }
}

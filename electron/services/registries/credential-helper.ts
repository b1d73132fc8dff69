import { execFile } from 'node:child_process';

/** A credential as the docker credential-helper protocol carries it. */
export interface HelperCredential {
  ServerURL: string;
  Username: string;
  Secret: string;
}

/**
 * The docker credential-helper protocol: `docker-credential-<name> get|store|erase|list`, the request on stdin,
 * the answer on stdout. Secrets travel only through the pipe, never through arguments or the environment.
 */
export class CredentialHelper {
  constructor(
    readonly name: string,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {}

  async get(serverUrl: string): Promise<HelperCredential | null> {
    try {
      const out = await this.run('get', serverUrl);
      const parsed = JSON.parse(out) as HelperCredential;
      return parsed.Username || parsed.Secret ? parsed : null;
    } catch (error) {
      if (/credentials not found/i.test(String((error as Error).message))) return null;
      throw error;
    }
  }

  async store(credential: HelperCredential): Promise<void> {
    await this.run('store', JSON.stringify(credential));
  }

  async erase(serverUrl: string): Promise<void> {
    try {
      await this.run('erase', serverUrl);
    } catch (error) {
      if (!/credentials not found/i.test(String((error as Error).message))) throw error;
    }
  }

  async list(): Promise<Record<string, string>> {
    return JSON.parse((await this.run('list', '')) || '{}') as Record<string, string>;
  }

  /** The program the docker CLI runs for this helper name. */
  get program(): string {
    return `docker-credential-${this.name}`;
  }

  private run(action: string, input: string): Promise<string> {
    const program = this.program;
    return new Promise((resolve, reject) => {
      const child = execFile(program, [action], { env: this.env, timeout: 30_000, maxBuffer: 1024 * 1024 }, (error, stdout, stderr) => {
        if (error) {
          const code = (error as NodeJS.ErrnoException).code;
          // The helper's own words (stdout on failure, by the protocol) never include the secret it was given.
          const words = (stdout || stderr).trim() || error.message;
          reject(new Error(code === 'ENOENT' ? `${program} is not installed` : `${program} ${action} failed: ${words}`));
        } else resolve(stdout.trim());
      });
      // A helper may exit without reading its input (`list` never does, and a failing one stops early): writing
      // to its closed pipe is EPIPE, which must not become an unhandled error that takes main down. What it
      // answered, and its exit status, are the outcome.
      child.stdin?.on('error', () => {});
      child.stdin?.end(input);
    });
  }
}

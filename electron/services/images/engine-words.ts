/**
 * dockerode's error for a streaming request (pull, push, build, save, load) carries the engine's message
 * only inside its text, "(HTTP code 500) server error - <message> ", and none in `json` where toBerthError
 * looks: this puts it there, so that the contract's error says what the engine said.
 */
export async function withEngineWords<T>(request: Promise<T>): Promise<T> {
  try {
    return await request;
  } catch (error) {
    const failure = error as { json?: unknown; message?: string } | null;
    const words = /^\(HTTP code \d+\) [^-]*- ([\s\S]*?)\s*$/.exec(failure?.message ?? '')?.[1];
    if (failure && words && (failure.json === null || typeof failure.json !== 'object')) failure.json = { message: words };
    throw error;
  }
}

import type Docker from 'dockerode';
import { BerthError } from '../../shared/contract/errors.js';

/** Turns an endpoint URL as the docker CLI writes it into dockerode's constructor options. */
export function dockerOptionsFor(url: string): Docker.DockerOptions {
  const parsed = parseUrl(url);
  switch (parsed.protocol) {
    case 'unix:':
      return { socketPath: decodeURIComponent(parsed.pathname) };
    case 'npipe:':
      return { socketPath: url.slice('npipe://'.length).replace(/\//g, '\\') };
    case 'tcp:':
    case 'http:':
    case 'https:':
      return {
        protocol: parsed.protocol === 'https:' ? 'https' : 'http',
        host: parsed.hostname,
        port: parsed.port ? Number(parsed.port) : parsed.protocol === 'https:' ? 2376 : 2375,
      };
    case 'ssh:':
      return {
        protocol: 'ssh',
        host: parsed.hostname,
        port: parsed.port ? Number(parsed.port) : 22,
        username: decodeURIComponent(parsed.username) || undefined,
      } as Docker.DockerOptions;
    default:
      throw new BerthError('INVALID_INPUT', `Unsupported engine address "${url}": use unix://, tcp://, ssh:// or npipe://.`);
  }
}

function parseUrl(url: string): URL {
  try {
    return new URL(url);
  } catch {
    throw new BerthError('INVALID_INPUT', `"${url}" is not an engine address.`);
  }
}

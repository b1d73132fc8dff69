/**
 * Image references as the docker CLI reads them: `[host[:port]/][namespace/]repo[:tag][@digest]`, with
 * distribution/reference's grammar and normalisation (Docker Hub and `library/` filled in, `latest` when
 * neither tag nor digest is given). Pure: the contract's schemas and the UI both use it, and a bad reference
 * gets a message that says what is wrong with it, not just "invalid reference format".
 */
import { issueText } from './contract/issue-words.js';

const DEFAULT_REGISTRY = 'docker.io';
const DEFAULT_TAG = 'latest';
/** As distribution/reference's NameTotalLengthMax, counted on the full name (registry included). */
const NAME_MAX_LENGTH = 255;
const TAG_MAX_LENGTH = 128;

export interface ImageRef {
  /** The registry host, with its port if any: `docker.io`, `127.0.0.1:5555`, `localhost`. */
  registry: string;
  /** The repository path inside the registry: `library/busybox`, `team/web`. */
  path: string;
  /** The tag, `latest` when neither a tag nor a digest was given; null for a digest-only reference. */
  tag: string | null;
  /** `sha256:<64 hex>`, or null. */
  digest: string | null;
  /** registry/path: `docker.io/library/busybox`. */
  name: string;
  /** The repository as `docker images` shows it: `busybox`, `team/web`, `127.0.0.1:5555/team/web`. */
  familiarName: string;
  /** What docker prints: `busybox:latest`, `127.0.0.1:5555/team/web:1@sha256:…`. */
  familiar: string;
  /** The full form: `docker.io/library/busybox:latest`. */
  canonical: string;
}

type ParseResult = { ok: true; ref: ImageRef } | { ok: false; error: string };

const pathComponent = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const hostComponent = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])$/;
const ipv6Host = /^\[[a-fA-F0-9:]+\]$/;
const tagPattern = /^[\w][\w.-]*$/;
const digestPattern = /^sha256:[a-f0-9]{64}$/;
const hex64 = /^[a-f0-9]{64}$/;
/** A full or shortened image id, as `docker rmi`/`docker inspect` take it. */
const imageIdPattern = /^(?:sha256:)?[a-f0-9]{1,64}$/;

/** docker's rule: the first component names a registry when it has a '.' or a ':' or is `localhost`. */
function isRegistryHost(component: string): boolean {
  return component.includes('.') || component.includes(':') || component === 'localhost';
}

function fail(error: string): ParseResult {
  return { ok: false, error };
}

function checkHost(host: string): string | null {
  const colon = host.startsWith('[') ? host.indexOf(':', host.indexOf(']')) : host.lastIndexOf(':');
  const name = colon >= 0 ? host.slice(0, colon) : host;
  const port = colon >= 0 ? host.slice(colon + 1) : null;
  if (port !== null && !/^[0-9]+$/.test(port)) return issueText('registryPort', { port, host });
  if (ipv6Host.test(name)) return null;
  if (!name || !name.split('.').every((part) => hostComponent.test(part))) {
    return issueText('registryHostName', { name });
  }
  return null;
}

function checkPath(path: string): string | null {
  if (!path) return issueText('repositoryRequired');
  if (/[A-Z]/.test(path)) return issueText('repositoryUppercase', { path });
  for (const part of path.split('/')) {
    if (!part) return issueText('repositoryEmptyPart', { path });
    if (!pathComponent.test(part)) {
      return issueText('repositoryPart', { path, part });
    }
  }
  return null;
}

function checkTag(tag: string): string | null {
  if (!tag) return issueText('tagEmpty');
  if (tag.length > TAG_MAX_LENGTH) return issueText('tagTooLong', { max: TAG_MAX_LENGTH, length: tag.length });
  if (!tagPattern.test(tag)) return issueText('tagChars', { tag });
  return null;
}

function checkDigest(digest: string): string | null {
  if (!digest) return issueText('digestEmpty');
  if (!digestPattern.test(digest)) return issueText('digestForm', { digest });
  return null;
}

/** Parses a reference; the error, if any, says what is wrong with it. */
export function parseImageRef(input: string): ParseResult {
  const text = input;
  if (!text.trim()) return fail(issueText('refRequired'));
  if (/\s/.test(text)) return fail(issueText('refSpaces', { text }));
  if (hex64.test(text)) return fail(issueText('refIsId', { text }));

  // The digest goes first: it is the only part that may contain ':' after the last '/' besides a tag.
  let rest = text;
  let digest: string | null = null;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    const bad = checkDigest(digest);
    if (bad) return fail(bad);
  }

  let registry = DEFAULT_REGISTRY;
  const slash = rest.indexOf('/');
  if (slash >= 0 && isRegistryHost(rest.slice(0, slash))) {
    registry = rest.slice(0, slash);
    rest = rest.slice(slash + 1);
    const bad = checkHost(registry);
    if (bad) return fail(bad);
    if (registry === 'index.docker.io') registry = DEFAULT_REGISTRY;
  }

  let tag: string | null = null;
  const colon = rest.lastIndexOf(':');
  if (colon >= 0 && !rest.slice(colon + 1).includes('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    const bad = checkTag(tag);
    if (bad) return fail(bad);
  } else if (colon >= 0) {
    return fail(issueText('refColon', { rest }));
  }

  const badPath = checkPath(rest);
  if (badPath) return fail(badPath);
  const path = registry === DEFAULT_REGISTRY && !rest.includes('/') ? `library/${rest}` : rest;
  const name = `${registry}/${path}`;
  if (name.length > NAME_MAX_LENGTH) {
    return fail(issueText('refTooLong', { max: NAME_MAX_LENGTH, length: name.length }));
  }
  if (tag === null && digest === null) tag = DEFAULT_TAG;

  const familiarName = registry !== DEFAULT_REGISTRY ? name : path.startsWith('library/') && path.split('/').length === 2 ? path.slice(8) : path;
  const suffix = `${tag !== null ? `:${tag}` : ''}${digest !== null ? `@${digest}` : ''}`;
  return {
    ok: true,
    ref: { registry, path, tag, digest, name, familiarName, familiar: familiarName + suffix, canonical: name + suffix },
  };
}

/** Like parseImageRef, but throws the message; for references already validated by the contract. */
export function imageRef(input: string): ImageRef {
  const result = parseImageRef(input);
  if (!result.ok) throw new Error(result.error);
  return result.ref;
}

/** Whether a string is a full or shortened image id (`sha256:…` or hex), which the engine resolves itself. */
export function isImageId(input: string): boolean {
  return imageIdPattern.test(input);
}

/**
 * A reference or an image id, as `docker rmi`, `docker inspect` or the source of `docker tag` take it; null
 * when acceptable, else what is wrong.
 */
export function checkImageRefOrId(input: string): string | null {
  if (isImageId(input)) return null;
  const result = parseImageRef(input);
  return result.ok ? null : result.error;
}

/** A reference that names a tag (not a digest), as `docker tag`'s target, `docker build -t` and push take. */
export function checkTaggableRef(input: string): string | null {
  const result = parseImageRef(input);
  if (!result.ok) return result.error;
  if (result.ref.digest) return issueText('refHasDigest', { input });
  return null;
}

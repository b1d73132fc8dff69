import type { TFunction } from 'i18next';
import { BerthError } from '../../../../shared/contract/errors';
import type { ErrorWording } from '../../api/errors';
import type { ImageSummary } from '../../../../shared/contract/images';
import { parseImageRef } from '../../../../shared/image-ref';
import { isTagged } from './image-rows';

/** What each error code means for an image operation; main's own message (which names the image, the step, the path) follows. */
export function imageErrorWording(t: TFunction): ErrorWording {
  return {
    meanings: {
      UNAUTHORIZED: t('errors.unauthorized'),
      FORBIDDEN: t('errors.forbidden'),
      NOT_FOUND: t('errors.notFound'),
      UNREACHABLE: t('errors.unreachable'),
      INVALID_INPUT: t('errors.invalidInput'),
      CONFLICT: t('errors.conflict'),
      CANCELLED: t('errors.cancelled'),
    },
  };
}

/**
 * The registry to sign in to after an UNAUTHORIZED: the one main names in the error's details, else the
 * reference's registry (docker.io for a reference without one).
 */
export function registryToSignIn(error: unknown, reference: string): string | null {
  if (!(error instanceof BerthError) || error.code !== 'UNAUTHORIZED') return null;
  const named = (error.details as { registry?: unknown } | undefined)?.registry;
  if (typeof named === 'string' && named) return named;
  const parsed = parseImageRef(reference);
  return parsed.ok ? parsed.ref.registry : null;
}

/** The failing build step main names in its error's details, if any. */
export function failedBuildStep(error: unknown): number | null {
  if (!(error instanceof BerthError)) return null;
  const step = (error.details as { step?: unknown } | undefined)?.step;
  return typeof step === 'number' ? step : null;
}

export type ReferenceCheck = { state: 'empty' } | { state: 'ok'; canonical: string; familiar: string; registry: string } | { state: 'error'; message: string };

/** The check before it is worded: a digest where a tag target is wanted is told apart from the parser's own words. */
function checkRaw(text: string, mode: 'pull' | 'taggable'): ReferenceCheck | { state: 'digest' } {
  if (text.trim() === '') return { state: 'empty' };
  const parsed = parseImageRef(text.trim());
  if (!parsed.ok) return { state: 'error', message: parsed.error };
  if (mode === 'taggable' && parsed.ref.digest) return { state: 'digest' };
  return { state: 'ok', canonical: parsed.ref.canonical, familiar: parsed.ref.familiar, registry: parsed.ref.registry };
}

/**
 * A reference as typed, checked with the shared parser: what it means in full (docker.io/library/busybox:latest)
 * or what is wrong with it. `taggable`: a tag target (no digest), as docker tag, build -t and push take.
 */
export function checkReference(t: TFunction, text: string, mode: 'pull' | 'taggable'): ReferenceCheck {
  const check = checkRaw(text, mode);
  return check.state === 'digest' ? { state: 'error', message: t('reference.hasDigest', { reference: text.trim() }) } : check;
}

/** `busybox:latest` for `docker.io/library/busybox`: how docker prints a reference, for comparing two. */
export function familiarReference(reference: string): string {
  const check = checkRaw(reference, 'taggable');
  return check.state === 'ok' ? check.familiar : reference;
}

type TagEffect = { kind: 'same' } | { kind: 'move'; from: string } | { kind: 'add' };

/** What a new tag would do, given the list: nothing (the image has it), move it from another image, or add it. */
export function tagEffect(target: string, image: Pick<ImageSummary, 'id'>, all: readonly ImageSummary[]): TagEffect | null {
  const check = checkRaw(target, 'taggable');
  if (check.state !== 'ok') return null;
  const holder = all.find((row) => isTagged(row) && familiarReference(`${row.repository}:${row.tag}`) === check.familiar);
  if (!holder) return { kind: 'add' };
  return holder.id === image.id ? { kind: 'same' } : { kind: 'move', from: holder.id };
}

/** The Dockerfile keyword a history step came from (`CMD ["sh"]` → CMD), upper case; RUN when it names none. */
export function instructionKeyword(instruction: string): string {
  const word = /^([A-Za-z]+)\b/.exec(instruction.trim())?.[1]?.toUpperCase();
  const known = ['FROM', 'RUN', 'CMD', 'LABEL', 'MAINTAINER', 'EXPOSE', 'ENV', 'ADD', 'COPY', 'ENTRYPOINT', 'VOLUME', 'USER', 'WORKDIR', 'ARG', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL'];
  return word && known.includes(word) ? word : 'RUN';
}

/** The instruction without its keyword (`CMD ["sh"]` → `["sh"]`), for showing the keyword apart. */
export function instructionBody(instruction: string): string {
  const text = instruction.trim();
  const keyword = instructionKeyword(text);
  return text.toUpperCase().startsWith(keyword) ? text.slice(keyword.length).trim() : text;
}

import type { TFunction } from 'i18next';
import type { Endpoint } from '../../../shared/contract/engine';
import { endpointWords } from '../../../shared/contract/endpoint-words';
import { templateMatcher } from './templates';

const match = templateMatcher(endpointWords);

/** How an engine's address was found, in the UI language (main's words as they are for one it does not know). */
export function endpointDetail(endpoint: Pick<Endpoint, 'detail'>, t: TFunction): string {
  const found = match(endpoint.detail);
  return found ? t(`common:endpoint.${found.key}`, found.values) : endpoint.detail;
}


import { useState } from 'react';
import type { BerthError } from '../../../../../shared/contract/errors';
import type { LayerAnalysis } from '../../../../../shared/contract/layers';
import { useStream } from '../../../api/hooks';

export type AnalysisState =
  | { kind: 'reading'; bytes: number; totalBytes: number }
  | { kind: 'done'; analysis: LayerAnalysis }
  | { kind: 'failed'; error: BerthError }
  | { kind: 'cancelled' };

/**
 * An image's layer analysis, read while the component is mounted and `reading` is true: progress, then the
 * analysis. Main keeps analyses by image id, so coming back to the tab answers at once; turning `reading`
 * off (Cancel) or leaving the tab cancels the read in main.
 */
export function useLayerAnalysis(image: string, reading: boolean): AnalysisState {
  const [state, setState] = useState<AnalysisState>({ kind: 'reading', bytes: 0, totalBytes: 0 });
  useStream(
    'layers.analyze',
    { image },
    (event) => setState(event.kind === 'done' ? { kind: 'done', analysis: event.analysis } : { kind: 'reading', bytes: event.bytes, totalBytes: event.totalBytes }),
    { enabled: reading, onEnd: (error) => error && setState({ kind: 'failed', error }) },
  );
  return !reading && state.kind === 'reading' ? { kind: 'cancelled' } : state;
}

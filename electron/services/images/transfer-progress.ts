import type { LayerPhase, LayerProgress, TransferEvent } from '../../../shared/contract/images.js';

/** One JSON line of the engine's pull or push stream. */
export interface ProgressLine {
  status?: string;
  id?: string;
  progressDetail?: { current?: number; total?: number };
  error?: string;
  errorDetail?: { message?: string };
  aux?: { Tag?: string; Digest?: string; Size?: number };
}

const pullPhases: Record<string, LayerPhase> = {
  'Pulling fs layer': 'waiting',
  Waiting: 'waiting',
  Downloading: 'downloading',
  'Verifying Checksum': 'verifying',
  'Download complete': 'downloaded',
  Extracting: 'extracting',
  'Pull complete': 'complete',
  'Already exists': 'exists',
};

const pushPhases: Record<string, LayerPhase> = {
  Preparing: 'preparing',
  Waiting: 'waiting',
  Pushing: 'pushing',
  Pushed: 'complete',
  'Layer already exists': 'exists',
};

/** How far a pull layer is: downloading is the first half of its work, extracting the second. */
function pullFraction(layer: LayerState): number {
  const total = layer.totalBytes ?? 0;
  switch (layer.phase) {
    case 'downloading':
      return total > 0 ? 0.5 * Math.min(1, layer.currentBytes / total) : 0;
    case 'verifying':
    case 'downloaded':
      return 0.5;
    case 'extracting':
      return total > 0 ? 0.5 + 0.5 * Math.min(1, layer.extractedBytes / total) : 0.5;
    case 'complete':
    case 'exists':
      return 1;
    default:
      return 0;
  }
}

/** The engine's push totals are the layer's uncompressed size while `current` counts what was sent: cap at 1. */
function pushFraction(layer: LayerState): number {
  if (layer.phase === 'complete' || layer.phase === 'exists') return 1;
  if (layer.phase !== 'pushing' || !layer.totalBytes) return 0;
  return Math.min(1, layer.currentBytes / layer.totalBytes);
}

interface LayerState extends LayerProgress {
  extractedBytes: number;
}

/** Rate over this window of recent samples. */
const RATE_WINDOW_MS = 3000;

/**
 * Folds the engine's per-layer progress lines into per-layer states and one aggregate (fraction, bytes,
 * rate), as one progress bar shows it. Pure apart from the clock it is given.
 */
export class TransferProgress {
  private readonly layers = new Map<string, LayerState>();
  private readonly samples: { time: number; bytes: number }[] = [];
  private readonly phases: Record<string, LayerPhase>;
  /** The registry digest, once the engine reports it. */
  digest: string | null = null;

  constructor(
    private readonly direction: 'pull' | 'push',
    private readonly now: () => number = Date.now,
  ) {
    this.phases = direction === 'pull' ? pullPhases : pushPhases;
  }

  /**
   * Takes one line and says what it was: a message for people ("Pulling from team/web", "Digest: sha256:…"),
   * a layer moving to another phase, bytes of a layer's transfer, or nothing of interest.
   */
  update(line: ProgressLine): { message: string } | 'phase' | 'bytes' | null {
    if (line.aux?.Digest) this.digest = line.aux.Digest;
    const status = line.status ?? '';
    const digest = /(?:^Digest: |digest: )(sha256:[a-f0-9]{64})/.exec(status);
    if (digest?.[1]) this.digest = digest[1];
    const phase = this.phaseOf(status);
    if (!line.id || !phase) return status && !line.aux ? { message: status } : null;
    const known = this.layers.get(line.id);
    const changed = known?.phase !== phase;
    const layer = known ?? { id: line.id, status, phase, currentBytes: 0, totalBytes: null, extractedBytes: 0 };
    layer.status = status;
    layer.phase = phase;
    const detail = line.progressDetail ?? {};
    if (phase === 'downloading' || phase === 'pushing') {
      if (typeof detail.current === 'number') layer.currentBytes = detail.current;
      if (typeof detail.total === 'number' && detail.total > 0) layer.totalBytes = detail.total;
    } else if (phase === 'extracting') {
      if (typeof detail.current === 'number') layer.extractedBytes = detail.current;
      if (typeof detail.total === 'number' && detail.total > 0 && layer.totalBytes === null) layer.totalBytes = detail.total;
    } else if ((phase === 'downloaded' || (phase === 'complete' && this.direction === 'pull')) && layer.totalBytes !== null) {
      layer.currentBytes = Math.max(layer.currentBytes, layer.totalBytes);
    }
    this.layers.set(line.id, layer);
    return changed ? 'phase' : 'bytes';
  }

  get hasLayers(): boolean {
    return this.layers.size > 0;
  }

  /**
   * The transfer ended well: every layer is done. Podman's pull ends at "Download complete" (it says nothing of
   * extracting), which would leave the bar short of the end.
   */
  finish(): void {
    for (const layer of this.layers.values()) {
      if (layer.phase === 'exists' || layer.phase === 'complete') continue;
      layer.phase = 'complete';
      if (layer.totalBytes !== null) layer.currentBytes = Math.max(layer.currentBytes, layer.totalBytes);
    }
  }

  private phaseOf(status: string): LayerPhase | null {
    if (this.phases[status]) return this.phases[status];
    if (this.direction === 'push' && status.startsWith('Mounted from')) return 'exists';
    return null;
  }

  snapshot(): Extract<TransferEvent, { kind: 'progress' }> {
    const layers = [...this.layers.values()];
    // A layer that needed no transfer (already there) says nothing about how far the work is, unless all are.
    const working = layers.filter((layer) => layer.phase !== 'exists');
    const counted = working.length ? working : layers;
    const known = counted.filter((layer) => layer.totalBytes !== null);
    const typical = known.length ? known.reduce((sum, layer) => sum + (layer.totalBytes ?? 0), 0) / known.length : 1;
    let weighted = 0;
    let weights = 0;
    for (const layer of counted) {
      const weight = Math.max(1, layer.totalBytes ?? typical);
      weights += weight;
      weighted += weight * (this.direction === 'pull' ? pullFraction(layer) : pushFraction(layer));
    }
    const bytesDone = layers.reduce((sum, layer) => sum + layer.currentBytes, 0);
    const bytesTotal = layers.reduce((sum, layer) => sum + Math.max(layer.totalBytes ?? 0, layer.currentBytes), 0);
    return {
      kind: 'progress',
      fraction: weights ? weighted / weights : 0,
      bytesDone,
      bytesTotal,
      bytesPerSecond: this.rate(bytesDone),
      layers: layers.map(({ extractedBytes: _extracted, ...layer }) => layer),
    };
  }

  private rate(bytes: number): number {
    const time = this.now();
    this.samples.push({ time, bytes });
    while (this.samples.length > 2 && time - this.samples[0]!.time > RATE_WINDOW_MS) this.samples.shift();
    const first = this.samples[0]!;
    const elapsed = (time - first.time) / 1000;
    return elapsed > 0 ? Math.max(0, (bytes - first.bytes) / elapsed) : 0;
  }
}

import type { TFunction } from 'i18next';
import { issueProblem } from '../../../api/zod-issues';
import { RunSpec, shellQuote, type RunSpecInput } from '../../../../../shared/run-spec';
import { shellWordsError, splitShellWords } from './shell-words';
import type { KeyValueRow } from '../../../lib/key-value';

/*
 * The run dialog's form: text as typed (a port is a string until it is sent), rows for lists. `formToSpec`
 * turns it into the contract's RunSpec and checks it with the contract's own schema, so that the dialog
 * refuses exactly what main would, each issue keyed by the field it belongs to.
 */

export interface PortRow {
  /** '' = all interfaces. */
  hostIp: string;
  /** '' = a free port the engine picks. */
  hostPort: string;
  containerPort: string;
  protocol: 'tcp' | 'udp';
}

export type MountKind = 'volume' | 'anonymous' | 'bind';

export interface MountRow {
  kind: MountKind;
  /** A volume name (kind volume) or a host path (kind bind); unused for anonymous. */
  source: string;
  target: string;
  readOnly: boolean;
}

export interface RunForm {
  image: string;
  name: string;
  /** The command override as a shell would read it ('' = the image's CMD). */
  command: string;
  /** The entrypoint override ('' = the image's ENTRYPOINT). */
  entrypoint: string;
  env: KeyValueRow[];
  ports: PortRow[];
  mounts: MountRow[];
  workingDir: string;
  user: string;
  restart: RunSpec['restart'];
  autoRemove: boolean;
  interactive: boolean;
  tty: boolean;
  labels: KeyValueRow[];
  network: string;
}

export interface RunFormPrefill {
  image?: string;
  /** The image's exposed ports, e.g. ['80/tcp', '53/udp']: each becomes a row with an automatic host port. */
  exposedPorts?: readonly string[];
}

export function newPortRow(containerPort = '', protocol: PortRow['protocol'] = 'tcp'): PortRow {
  return { hostIp: '', hostPort: '', containerPort, protocol };
}

export function newMountRow(): MountRow {
  return { kind: 'volume', source: '', target: '', readOnly: false };
}

export function emptyRunForm(prefill: RunFormPrefill = {}): RunForm {
  return {
    image: prefill.image ?? '',
    name: '',
    command: '',
    entrypoint: '',
    env: [],
    ports: (prefill.exposedPorts ?? []).map((port) => {
      const [number = '', proto] = port.split('/');
      return newPortRow(number, proto === 'udp' ? 'udp' : 'tcp');
    }),
    mounts: [],
    workingDir: '',
    user: '',
    restart: 'no',
    autoRemove: false,
    interactive: false,
    tty: false,
    labels: [],
    network: '',
  };
}

/**
 * An existing container's spec as the form (edit → recreate): the inverse of `formToSpec`, so that an edit
 * that changes nothing sends the spec it started from. The one thing the form cannot hold is an sctp port
 * (it offers tcp and udp): it becomes tcp, which the review step shows as a change before anything is done.
 */
export function formFromSpec(spec: RunSpec): RunForm {
  const words = (list: readonly string[] | undefined) => (list && list.length > 0 ? list.map(shellQuote).join(' ') : '');
  return {
    image: spec.image,
    name: spec.name ?? '',
    command: words(spec.cmd),
    entrypoint: words(spec.entrypoint),
    env: spec.env.map(({ key, value }) => ({ key, value })),
    ports: spec.ports.map((port) => ({
      hostIp: port.hostIp,
      hostPort: port.hostPort === null ? '' : String(port.hostPort),
      containerPort: String(port.containerPort),
      protocol: port.protocol === 'udp' ? 'udp' : 'tcp',
    })),
    mounts: spec.mounts.map((mount) => ({
      kind: mount.type === 'bind' ? 'bind' : mount.source ? 'volume' : 'anonymous',
      source: mount.source,
      target: mount.target,
      readOnly: mount.readOnly,
    })),
    workingDir: spec.workingDir ?? '',
    user: spec.user ?? '',
    restart: spec.restart,
    autoRemove: spec.autoRemove,
    interactive: spec.interactive,
    tty: spec.tty,
    labels: Object.entries(spec.labels).map(([key, value]) => ({ key, value })),
    network: spec.network ?? '',
  };
}

/** Field keys: 'image', 'name', 'command', 'ports.0.hostPort', 'mounts.1.source', 'env.2.key', 'labels.0.key'… */
type FieldIssues = ReadonlyMap<string, string>;

interface FormCheck {
  /** The spec as far as the form says it (also when it has issues: the live command preview shows it). */
  spec: RunSpec;
  issues: FieldIssues;
}

const isBlank = (row: KeyValueRow) => row.key.trim() === '' && row.value === '';

/**
 * The schema's issue in the contract's words (its catalogue, in the UI language), but for a host IP, which the
 * form words as the field it is.
 */
function schemaIssue(issue: { code: string; message: string }, field: unknown, t: TFunction): string {
  if (field === 'hostIp') return t('issues.notIp');
  return issueProblem(issue, t);
}

/** The form as a RunSpec and its issues, worded by `t` of the `run` namespace. */
export function formToSpec(form: RunForm, t: TFunction): FormCheck {
  const issues = new Map<string, string>();
  const addIssue = (key: string, message: string) => {
    if (!issues.has(key)) issues.set(key, message);
  };

  // Every list drops its empty rows; these map the spec's indices back to the form's rows.
  const envRows: number[] = [];
  const portRows: number[] = [];
  const mountRows: number[] = [];
  const labelRows = new Map<string, number>();

  const words = (text: string, key: string): string[] | undefined => {
    if (text.trim() === '') return undefined;
    const split = splitShellWords(text);
    if (!split.ok) {
      addIssue(key, shellWordsError(split.error, t));
      return undefined;
    }
    return split.words;
  };

  const env = form.env.flatMap((row, index) => {
    if (isBlank(row)) return [];
    envRows.push(index);
    return [{ key: row.key.trim(), value: row.value }];
  });

  const port = (text: string, key: string, required: boolean): number | null => {
    const value = text.trim();
    if (value === '') {
      if (required) addIssue(key, t('issues.portRequired'));
      return null;
    }
    if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 65535) {
      addIssue(key, t('issues.portRange'));
      return null;
    }
    return Number(value);
  };
  const ports = form.ports.flatMap((row, index) => {
    if (!row.hostIp.trim() && !row.hostPort.trim() && !row.containerPort.trim()) return [];
    portRows.push(index);
    return [
      {
        hostIp: row.hostIp.trim(),
        hostPort: port(row.hostPort, `ports.${index}.hostPort`, false),
        // A missing or bad container port is already an issue; 1 stands in so the rest can be checked.
        containerPort: port(row.containerPort, `ports.${index}.containerPort`, true) ?? 1,
        protocol: row.protocol,
      },
    ];
  });

  const mounts = form.mounts.flatMap((row, index) => {
    if (row.kind !== 'anonymous' && !row.source.trim() && !row.target.trim()) return [];
    mountRows.push(index);
    if (row.kind === 'volume' && !row.source.trim()) addIssue(`mounts.${index}.source`, t('issues.volumeRequired'));
    if (!row.target.trim()) addIssue(`mounts.${index}.target`, t('issues.targetRequired'));
    return [
      {
        type: row.kind === 'bind' ? ('bind' as const) : ('volume' as const),
        source: row.kind === 'anonymous' ? '' : row.source.trim(),
        target: row.target.trim() || '/',
        readOnly: row.readOnly,
      },
    ];
  });

  const labels: Record<string, string> = {};
  form.labels.forEach((row, index) => {
    if (isBlank(row)) return;
    const key = row.key.trim();
    if (!key) return addIssue(`labels.${index}.key`, t('issues.labelName'));
    if (labelRows.has(key)) return addIssue(`labels.${index}.key`, t('issues.labelDuplicate'));
    labelRows.set(key, index);
    labels[key] = row.value;
  });

  const input: RunSpecInput = {
    image: form.image.trim(),
    env,
    ports,
    mounts,
    restart: form.restart,
    autoRemove: form.autoRemove,
    interactive: form.interactive,
    tty: form.tty,
    labels,
  };
  if (form.name.trim()) input.name = form.name.trim();
  const cmd = words(form.command, 'command');
  if (cmd) input.cmd = cmd;
  const entrypoint = words(form.entrypoint, 'entrypoint');
  if (entrypoint) input.entrypoint = entrypoint;
  if (form.workingDir.trim()) input.workingDir = form.workingDir.trim();
  if (form.user.trim()) input.user = form.user.trim();
  if (form.network.trim()) input.network = form.network.trim();

  const parsed = RunSpec.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [head, index, field] = issue.path;
      let key: string;
      if (head === 'env' && typeof index === 'number') key = `env.${envRows[index] ?? 0}.${String(field ?? 'key')}`;
      else if (head === 'ports' && typeof index === 'number') key = `ports.${portRows[index] ?? 0}.${String(field ?? 'containerPort')}`;
      else if (head === 'mounts' && typeof index === 'number') key = `mounts.${mountRows[index] ?? 0}.${String(field ?? 'target')}`;
      else if (head === 'labels' && typeof index === 'string') key = `labels.${labelRows.get(index) ?? 0}.key`;
      else if (head === 'cmd') key = 'command';
      else key = String(head ?? 'form');
      addIssue(key, schemaIssue(issue, field, t));
    }
  }
  // The preview shows the form even while it has issues, with the schema's defaults filled in.
  const spec: RunSpec = parsed.success
    ? parsed.data
    : ({ env: [], ports: [], mounts: [], restart: 'no', autoRemove: false, interactive: false, tty: false, labels: {}, ...input } as RunSpec);
  return { spec, issues };
}

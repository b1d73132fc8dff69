import ChevronRight from '@mui/icons-material/ChevronRight';
import SearchIcon from '@mui/icons-material/Search';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import InputBase from '@mui/material/InputBase';
import Typography from '@mui/material/Typography';
import { alpha } from '@mui/material/styles';
import { useQueryClient } from '@tanstack/react-query';
import { Fragment, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ContainerSummary } from '../../../../shared/contract/containers';
import type { ImageSummary } from '../../../../shared/contract/images';
import type { VolumeSummary } from '../../../../shared/contract/volumes';
import { routes, sections } from '../../../../shared/routes';
import type { RunSpec } from '../../../../shared/run-spec';
import { invalidateOp, opKey, useCall, useOp } from '../../api/hooks';
import { notify, notifyError } from '../../app/notifications';
import { monoFont } from '../../app/theme';
import { useStore } from '../../lib/store';
import { RemoveDialog } from '../containers/RemoveDialog';
import { RunDialog } from '../containers/run/RunDialog';
import type { RunFormPrefill } from '../containers/run/run-form';
import { useContainerActions } from '../containers/useContainerActions';
import { RemoveImagesDialog } from '../images/RemoveImagesDialog';
import { useSettings } from '../settings/useSettings';
import { highlightRuns, rankItems, type Ranked } from './palette-match';
import { defaultItems, imageTitle, paletteItems, type PaletteCommand, type PaletteItem } from './palette-items';
import { paletteOpen } from './palette-store';
import { navigate } from '../../lib/routing';

const MAX_RESULTS = 60;
const ALL_CONTAINERS = { all: true };
const ALL_IMAGES = {};
const VOLUME_NAMES = { sizes: false };

/** Keys that belong to a terminal (Ctrl+K erases a line in a shell): the palette leaves them alone there. */
const TERMINAL = '.xterm';

type FollowUp =
  | { kind: 'remove-container'; container: ContainerSummary }
  | { kind: 'confirm'; verb: 'stop' | 'restart'; container: ContainerSummary }
  | { kind: 'remove-image'; image: ImageSummary; all: readonly ImageSummary[] }
  | { kind: 'run'; prefill: RunFormPrefill };

/**
 * Ctrl/Cmd+K: jump to any page, container, image or volume by name, run its actions (→ or Tab lists them),
 * or run a recent `docker run` again. A dialog with the combobox/listbox pattern: typing filters, arrows
 * move, Enter runs, Escape goes back or closes. Removing still asks.
 */
export function CommandPalette() {
  const open = useStore(paletteOpen);
  const [followUp, setFollowUp] = useState<FollowUp | null>(null);
  const containerActions = useContainerActions();
  const call = useCall();
  const queryClient = useQueryClient();
  const confirmStops = useSettings().data?.settings.confirmations.stopAndRestart ?? false;

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'k') return;
      if ((event.target as HTMLElement | null)?.closest?.(TERMINAL)) return;
      event.preventDefault();
      paletteOpen.set(!paletteOpen.get());
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const run = (command: PaletteCommand, images: readonly ImageSummary[]) => {
    paletteOpen.set(false);
    switch (command.type) {
      case 'go':
        return navigate(routes.section(command.section));
      case 'container': {
        const { container, verb } = command;
        if (verb === 'open') return navigate(routes.container(container.id));
        if (verb === 'logs') return navigate(routes.container(container.id, { tab: 'logs' }));
        if (verb === 'remove') return setFollowUp({ kind: 'remove-container', container });
        if ((verb === 'stop' || verb === 'restart') && confirmStops) return setFollowUp({ kind: 'confirm', verb, container });
        return void containerActions.run(verb, [container]);
      }
      case 'image': {
        const { image, verb } = command;
        if (verb === 'open') return navigate(routes.image(image.id));
        if (verb === 'remove') return setFollowUp({ kind: 'remove-image', image, all: images });
        const reference = image.repository !== '<none>' ? imageTitle(image) : image.id;
        return void call('images.inspect', { image: image.id })
          .then((details) => details.config.exposedPorts.map((port) => `${port.port}/${port.protocol}`))
          .catch(() => [])
          .then((exposedPorts) => setFollowUp({ kind: 'run', prefill: { image: reference, exposedPorts } }));
      }
      case 'volume':
        return navigate(routes.volume(command.volume.name, { tab: command.verb === 'details' ? 'details' : 'files' }));
      case 'runAgain':
        return void runAgain(command.spec);
    }
  };

  const runAgain = async (spec: RunSpec) => {
    try {
      const result = await call('containers.run', spec);
      notify({ severity: 'success', title: `Started ${spec.name ?? 'a container'} from ${spec.image}`, message: result.warnings.join(' ') || undefined });
      void invalidateOp(queryClient, 'settings.get'); // the recent runs' order changed
    } catch (error) {
      notifyError(`Could not run ${spec.name ?? spec.image} again`, error);
    }
  };

  const close = () => setFollowUp(null);
  return (
    <>
      <Dialog
        open={open}
        onClose={() => paletteOpen.set(false)}
        maxWidth="sm"
        sx={{ '& .MuiDialog-container': { alignItems: 'flex-start' } }}
        slotProps={{ paper: { 'aria-label': 'Command palette', sx: { mt: '12vh', overflow: 'hidden' } } }}
      >
        {open && <PaletteBody onRun={run} />}
      </Dialog>
      <RemoveDialog
        containers={followUp?.kind === 'remove-container' ? [followUp.container] : null}
        onCancel={close}
        onConfirm={(options) => {
          if (followUp?.kind === 'remove-container') void containerActions.run('remove', [followUp.container], options);
          close();
        }}
      />
      <ConfirmDialog
        target={followUp?.kind === 'confirm' ? followUp : null}
        onCancel={close}
        onConfirm={() => {
          if (followUp?.kind === 'confirm') void containerActions.run(followUp.verb, [followUp.container]);
          close();
        }}
      />
      <RemoveImagesDialog rows={followUp?.kind === 'remove-image' ? [followUp.image] : null} all={followUp?.kind === 'remove-image' ? followUp.all : []} onClose={close} />
      <RunDialog open={followUp?.kind === 'run'} prefill={followUp?.kind === 'run' ? followUp.prefill : undefined} onClose={close} />
    </>
  );
}

function ConfirmDialog({ target, onCancel, onConfirm }: { target: { verb: 'stop' | 'restart'; container: ContainerSummary } | null; onCancel(): void; onConfirm(): void }) {
  const verb = target?.verb === 'restart' ? 'Restart' : 'Stop';
  return (
    <Dialog open={target !== null} onClose={onCancel} aria-labelledby="palette-confirm-title" maxWidth="xs">
      <DialogTitle id="palette-confirm-title">
        {verb} {target?.container.name}?
      </DialogTitle>
      <DialogContent>
        <DialogContentText variant="body2">Your settings ask for a confirmation before stopping or restarting a container.</DialogContentText>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onCancel}>Cancel</Button>
        <Button variant="contained" onClick={onConfirm} autoFocus>
          {verb}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** The palette's content, mounted while it is open (so its queries only run then). */
function PaletteBody({ onRun }: { onRun(command: PaletteCommand, images: readonly ImageSummary[]): void }) {
  const queryClient = useQueryClient();
  const containers = useOp('containers.list', ALL_CONTAINERS);
  const images = useOp('images.list', ALL_IMAGES);
  // The volumes page's measured list when it is cached; otherwise names only (measuring sizes is slow).
  const [measured] = useState(() => queryClient.getQueryData<VolumeSummary[]>(opKey('volumes.list', {})));
  const volumes = useOp('volumes.list', VOLUME_NAMES, { enabled: measured === undefined });
  const settings = useSettings();

  const [query, setQuery] = useState('');
  const [target, setTarget] = useState<PaletteItem | null>(null);
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();

  const all = useMemo(
    () =>
      paletteItems({
        pages: sections,
        recentRuns: settings.data?.settings.recentRuns ?? [],
        containers: containers.data ?? [],
        images: images.data ?? [],
        volumes: measured ?? volumes.data ?? [],
      }),
    [settings.data, containers.data, images.data, volumes.data, measured],
  );
  const results: Ranked<PaletteItem>[] = useMemo(() => {
    if (target) return rankItems(target.actions ?? [], query);
    return query.trim() ? rankItems(all, query, MAX_RESULTS) : rankItems(defaultItems(all), '');
  }, [all, query, target]);
  const activeIndex = Math.min(active, Math.max(0, results.length - 1));
  const current = results[activeIndex]?.item;
  const optionId = (item: PaletteItem) => `${id}-option-${item.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const loading = containers.isPending || images.isPending || (measured === undefined && volumes.isPending);

  useEffect(() => {
    if (!current) return;
    document.getElementById(optionId(current))?.scrollIntoView({ block: 'nearest' });
  });

  const enter = (item: PaletteItem) => {
    if (!item.actions?.length) return false;
    setTarget(item);
    setQuery('');
    setActive(0);
    return true;
  };
  const back = () => {
    const from = target;
    setTarget(null);
    setQuery('');
    const index = from ? Math.max(0, defaultItems(all).findIndex((i) => i.id === from.id)) : 0;
    setActive(index);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const atEnd = event.currentTarget.selectionStart === query.length && event.currentTarget.selectionEnd === query.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setActive(results.length ? (activeIndex + 1) % results.length : 0);
        break;
      case 'ArrowUp':
        event.preventDefault();
        setActive(results.length ? (activeIndex - 1 + results.length) % results.length : 0);
        break;
      case 'PageDown':
        event.preventDefault();
        setActive(Math.min(results.length - 1, activeIndex + 8));
        break;
      case 'PageUp':
        event.preventDefault();
        setActive(Math.max(0, activeIndex - 8));
        break;
      case 'Enter':
        event.preventDefault();
        if (current) onRun(current.command, images.data ?? []);
        break;
      case 'Tab':
        if (!target && current && enter(current)) event.preventDefault();
        else if (target && event.shiftKey) {
          event.preventDefault();
          back();
        } else event.preventDefault(); // focus stays in the palette
        break;
      case 'ArrowRight':
        if (!target && atEnd && current && enter(current)) event.preventDefault();
        break;
      case 'ArrowLeft':
        if (target && event.currentTarget.selectionStart === 0 && event.currentTarget.selectionEnd === 0) {
          event.preventDefault();
          back();
        }
        break;
      case 'Backspace':
        if (target && query === '') {
          event.preventDefault();
          back();
        }
        break;
      case 'Escape':
        if (target) {
          event.preventDefault();
          event.stopPropagation();
          back();
        }
        break;
    }
  };

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', maxHeight: '70vh' }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 2, py: 1.25, borderBottom: 1, borderColor: 'divider' }}>
        <SearchIcon fontSize="small" sx={{ color: 'text.secondary' }} />
        {target && (
          <Chip
            label={target.title}
            size="small"
            onDelete={back}
            sx={{ maxWidth: 220, fontWeight: 500 }}
            aria-label={`Actions for ${target.title}; remove to go back`}
          />
        )}
        <InputBase
          inputRef={inputRef}
          autoFocus
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          placeholder={target ? `What to do with ${target.title}` : 'Go to a page, container, image or volume…'}
          sx={{ flex: 1, fontSize: 15 }}
          inputProps={{
            role: 'combobox',
            'aria-label': target ? `Actions for ${target.title}` : 'Search commands',
            'aria-expanded': true,
            'aria-controls': `${id}-listbox`,
            'aria-autocomplete': 'list',
            'aria-activedescendant': current ? optionId(current) : undefined,
            spellCheck: false,
            autoComplete: 'off',
          }}
        />
        <Box component="kbd" sx={kbdSx}>
          Esc
        </Box>
      </Box>
      <Box ref={listRef} id={`${id}-listbox`} role="listbox" aria-label={target ? `Actions for ${target.title}` : 'Results'} sx={{ overflow: 'auto', py: 0.5, flex: 1 }}>
        {results.length === 0 && (
          <Typography role="status" variant="body2" color="text.secondary" sx={{ px: 2, py: 3, textAlign: 'center' }}>
            {loading ? 'Loading…' : `Nothing matches “${query}”`}
          </Typography>
        )}
        {results.map((result, index) => {
          const item = result.item;
          const heading = !target && item.group !== results[index - 1]?.item.group ? item.group : null;
          const selected = index === activeIndex;
          return (
            <Fragment key={item.id}>
              {heading && (
                <Typography role="presentation" variant="caption" color="text.secondary" sx={{ display: 'block', px: 2, pt: 1, pb: 0.25, fontWeight: 600, letterSpacing: 0.3 }}>
                  {heading}
                </Typography>
              )}
              <Box
                id={optionId(item)}
                role="option"
                aria-selected={selected}
                aria-label={target ? `${item.title} ${target.title}` : `${item.title}${item.detail ? `, ${item.detail}` : ''}`}
                onMouseMove={() => index !== activeIndex && setActive(index)}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => onRun(item.command, images.data ?? [])}
                sx={(theme) => ({
                  display: 'flex',
                  alignItems: 'center',
                  gap: 1.5,
                  mx: 1,
                  px: 1.25,
                  py: 0.75,
                  borderRadius: 1,
                  cursor: 'pointer',
                  bgcolor: selected ? alpha(theme.palette.primary.main, theme.palette.mode === 'dark' ? 0.22 : 0.1) : undefined,
                })}
              >
                <Box sx={{ flex: 1, minWidth: 0 }}>
                  <Typography variant="body2" noWrap sx={{ fontWeight: item.group === 'Actions' ? 500 : 400 }}>
                    {highlightRuns(item.title, result.positions).map((run, i) =>
                      run.match ? (
                        <Box key={i} component="span" sx={{ fontWeight: 700, color: 'primary.main' }}>
                          {run.text}
                        </Box>
                      ) : (
                        <Fragment key={i}>{run.text}</Fragment>
                      ),
                    )}
                  </Typography>
                  {item.detail && (
                    <Typography variant="caption" color="text.secondary" noWrap component="div" sx={item.group === 'Run again' ? { fontFamily: monoFont, fontSize: 11 } : undefined}>
                      {item.detail}
                    </Typography>
                  )}
                </Box>
                {!target && item.actions && selected && (
                  <Typography variant="caption" color="text.secondary" sx={{ display: 'flex', alignItems: 'center', whiteSpace: 'nowrap' }}>
                    Actions
                    <ChevronRight sx={{ fontSize: 16 }} />
                  </Typography>
                )}
              </Box>
            </Fragment>
          );
        })}
      </Box>
      <Box sx={{ display: 'flex', gap: 2, px: 2, py: 0.75, borderTop: 1, borderColor: 'divider', color: 'text.secondary', fontSize: 12, flexWrap: 'wrap' }}>
        <span>
          <Box component="kbd" sx={kbdSx}>↑</Box> <Box component="kbd" sx={kbdSx}>↓</Box> move
        </span>
        <span>
          <Box component="kbd" sx={kbdSx}>Enter</Box> {target ? 'run' : 'open'}
        </span>
        {!target && (
          <span>
            <Box component="kbd" sx={kbdSx}>→</Box> actions
          </span>
        )}
        <span>
          <Box component="kbd" sx={kbdSx}>Esc</Box> {target ? 'back' : 'close'}
        </span>
      </Box>
    </Box>
  );
}

const kbdSx = {
  fontFamily: monoFont,
  fontSize: 11,
  px: 0.6,
  py: 0.1,
  border: 1,
  borderColor: 'divider',
  borderRadius: 0.75,
  color: 'text.secondary',
  bgcolor: 'action.hover',
} as const;

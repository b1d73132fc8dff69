import CloseIcon from '@mui/icons-material/Close';
import ContentCopyOutlined from '@mui/icons-material/ContentCopyOutlined';
import KeyboardArrowDown from '@mui/icons-material/KeyboardArrowDown';
import KeyboardArrowUp from '@mui/icons-material/KeyboardArrowUp';
import SearchIcon from '@mui/icons-material/Search';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import LinearProgress from '@mui/material/LinearProgress';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { describeError } from '../../api/errors';
import { useOp } from '../../api/hooks';
import { notify, notifyError } from '../../app/notifications';
import { monoFont } from '../../app/theme';
import { copyText } from './clipboard';
import { findMatches, highlightJson } from './json-highlight';

export interface InspectTarget {
  id: string;
  name: string;
}

/** `docker inspect` of one container as formatted JSON, searchable (matches highlighted and counted), copyable. */
export function InspectDrawer({ target, onClose }: { target: InspectTarget | null; onClose(): void }) {
  return (
    <Drawer
      anchor="right"
      open={target !== null}
      onClose={onClose}
      slotProps={{ paper: { sx: { width: 'min(760px, 70vw)', display: 'flex', flexDirection: 'column' } } }}
    >
      {/* Keyed by container so the search starts empty for each one. */}
      {target && <InspectContent key={target.id} target={target} onClose={onClose} />}
    </Drawer>
  );
}

/** The inspect JSON with its search; in the drawer with a title and close button, in a tab without. */
export function InspectContent({ target, onClose }: { target: InspectTarget; onClose?(): void }) {
  const inspect = useOp('containers.inspect', { id: target.id });
  const json = useMemo(() => (inspect.data ? JSON.stringify(inspect.data, null, 2) : ''), [inspect.data]);
  const [search, setSearch] = useState('');
  const query = useDeferredValue(search);
  const matches = useMemo(() => findMatches(json, query), [json, query]);
  const segments = useMemo(() => highlightJson(json, matches), [json, matches]);
  const [current, setCurrent] = useState(0);
  const shown = matches.length === 0 ? -1 : Math.min(current, matches.length - 1);
  const body = useRef<HTMLPreElement>(null);

  useEffect(() => {
    if (shown < 0) return;
    body.current?.querySelector(`[data-match="${shown}"]`)?.scrollIntoView({ block: 'center' });
  }, [shown, segments]);

  const step = (delta: number) => {
    if (matches.length === 0) return;
    setCurrent((shown + delta + matches.length) % matches.length);
  };

  const copy = async () => {
    try {
      await copyText(json);
      notify({ severity: 'success', title: `Copied the inspect JSON of ${target.name}` });
    } catch (error) {
      notifyError('Could not copy', error);
    }
  };

  const copyButton = (
    <Button startIcon={<ContentCopyOutlined fontSize="small" />} onClick={() => void copy()} disabled={!json}>
      Copy JSON
    </Button>
  );

  return (
    <>
      {onClose && (
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 2, py: 1.25, borderBottom: 1, borderColor: 'divider' }}>
        <Box sx={{ minWidth: 0, flex: 1 }}>
          <Typography variant="h6" component="h2" noWrap>
            Inspect {target.name}
          </Typography>
          <Typography variant="caption" color="text.secondary" sx={{ fontFamily: monoFont }} noWrap component="div">
            {target.id}
          </Typography>
        </Box>
        {copyButton}
        <Tooltip title="Close (Esc)">
          <IconButton aria-label="Close inspect" onClick={onClose}>
            <CloseIcon fontSize="small" />
          </IconButton>
        </Tooltip>
      </Box>
      )}
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 2, py: 1, borderBottom: 1, borderColor: 'divider' }}>
        <TextField
          label="Search inspect output"
          value={search}
          onChange={(event) => {
            setSearch(event.target.value);
            setCurrent(0);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              step(event.shiftKey ? -1 : 1);
            }
          }}
          sx={{ flex: 1 }}
          slotProps={{
            input: {
              startAdornment: (
                <InputAdornment position="start">
                  <SearchIcon fontSize="small" />
                </InputAdornment>
              ),
            },
          }}
        />
        <Typography
          variant="body2"
          color="text.secondary"
          role="status"
          data-testid="inspect-match-count"
          sx={{ minWidth: 88, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}
        >
          {query ? (matches.length === 0 ? 'No matches' : `${shown + 1} of ${matches.length}`) : ''}
        </Typography>
        <IconButton aria-label="Previous match" onClick={() => step(-1)} disabled={matches.length === 0}>
          <KeyboardArrowUp fontSize="small" />
        </IconButton>
        <IconButton aria-label="Next match" onClick={() => step(1)} disabled={matches.length === 0}>
          <KeyboardArrowDown fontSize="small" />
        </IconButton>
        {!onClose && copyButton}
      </Box>
      {inspect.isFetching && <LinearProgress sx={{ height: 2 }} />}
      {inspect.isError && (
        <Alert severity="error" sx={{ m: 2 }}>
          {describeError(inspect.error).summary}
        </Alert>
      )}
      <Box
        component="pre"
        ref={body}
        aria-label={`Inspect output of ${target.name}`}
        tabIndex={0}
        sx={(theme) => ({
          m: 0,
          p: 2,
          flex: 1,
          overflow: 'auto',
          fontFamily: monoFont,
          fontSize: 12,
          lineHeight: 1.55,
          whiteSpace: 'pre',
          bgcolor: theme.palette.mode === 'dark' ? '#0d1117' : '#fafbfc',
          '& .k': { color: theme.palette.mode === 'dark' ? '#79c0ff' : '#0550ae' },
          '& .s': { color: theme.palette.mode === 'dark' ? '#a5d6ff' : '#0a3069' },
          '& .n': { color: theme.palette.mode === 'dark' ? '#ffa657' : '#953800' },
          '& .l': { color: theme.palette.mode === 'dark' ? '#ff7b72' : '#cf222e' },
          '& mark.current': { outline: `2px solid ${theme.palette.warning.main}`, bgcolor: 'warning.main', color: '#000' },
        })}
      >
        {segments.map((segment, index) => {
          const className = classes[segment.kind];
          if (segment.match === undefined) {
            return className ? (
              <span key={index} className={className}>
                {segment.text}
              </span>
            ) : (
              segment.text
            );
          }
          return (
            <mark key={index} data-match={segment.match} className={segment.match === shown ? `current ${className}` : className}>
              {segment.text}
            </mark>
          );
        })}
      </Box>
    </>
  );
}

const classes = { key: 'k', string: 's', number: 'n', literal: 'l', plain: '' } as const;

import FolderOutlined from '@mui/icons-material/FolderOutlined';
import InsertDriveFileOutlined from '@mui/icons-material/InsertDriveFileOutlined';
import LinkOutlined from '@mui/icons-material/LinkOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Breadcrumbs from '@mui/material/Breadcrumbs';
import FormControlLabel from '@mui/material/FormControlLabel';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LayerChange, LayerFile } from '../../../../../shared/contract/layers';
import { useBerthClient } from '../../../api/BerthProvider';
import { useExplainError } from '../../../api/errors';
import { opQuery } from '../../../api/hooks';
import { formatMode } from '../../../components/files/file-mode';
import { SearchField } from '../../../components/SearchField';
import { formatBytes } from '../../../lib/bytes';
import { layerTableSx } from './layer-table';
import { layerNumber } from './layer-words';

/** Rows drawn at once: a folder of tens of thousands of files is found by search, not by scrolling. */
const SHOWN = 1000;

const changeColors: Record<LayerChange, string> = { added: 'success.main', modified: 'warning.main', deleted: 'error.main' };

/** The image's tree as it stands after one layer: a folder at a time, or the paths a search finds. */
export function LayerFiles({ image, layer }: { image: string; layer: number }) {
  const { t } = useTranslation('layers');
  const client = useBerthClient();
  const explain = useExplainError();
  const [folder, setFolder] = useState('');
  const [onlyChanges, setOnlyChanges] = useState(false);
  const [search, setSearch] = useState('');
  const text = useDeferredValue(search.trim());
  const listing = useQuery({ ...opQuery(client, 'layers.files', { image, layer, onlyChanges, path: folder }), enabled: !text, placeholderData: keepPreviousData });
  const found = useQuery({ ...opQuery(client, 'layers.search', { image, layer, onlyChanges, text }), enabled: !!text, placeholderData: keepPreviousData });
  const query = text ? found : listing;
  const entries = (text ? found.data?.entries : listing.data?.entries) ?? [];
  const parts = folder ? folder.split('/') : [];
  const open = (path: string) => {
    setSearch('');
    setFolder(path);
  };

  let note: string | null = null;
  if (query.data && entries.length === 0) note = text ? t('files.noMatch', { text }) : onlyChanges ? t('files.noChanges') : t('files.empty');
  return (
    <Box component="section" aria-label={t('files.label', { number: layerNumber(layer) })} sx={{ minWidth: 0 }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1.5, mb: 1 }}>
        <Typography variant="subtitle2" component="h2" sx={{ fontWeight: 600 }}>
          {t('files.label', { number: layerNumber(layer) })}
        </Typography>
        <Box sx={{ flex: 1 }} />
        <FormControlLabel control={<Switch size="small" checked={onlyChanges} onChange={(event) => setOnlyChanges(event.target.checked)} />} label={t('files.onlyChanges')} />
        <SearchField value={search} onChange={setSearch} label={t('files.search')} width={220} hint={false} />
      </Box>
      {!text && (
        <Breadcrumbs aria-label={t('files.label', { number: layerNumber(layer) })} sx={{ mb: 0.5, fontSize: 13 }}>
          <Link component="button" underline="hover" onClick={() => open('')} aria-label={t('files.up', { path: '/' })}>
            {t('files.root')}
          </Link>
          {parts.map((part, index) => {
            const path = parts.slice(0, index + 1).join('/');
            return (
              <Link key={path} component="button" underline="hover" onClick={() => open(path)} aria-label={t('files.up', { path: `/${path}` })}>
                {part}
              </Link>
            );
          })}
        </Breadcrumbs>
      )}
      {text && found.data && (
        <Typography variant="caption" color="text.secondary" role="status">
          {found.data.truncated ? t('files.truncated', { count: found.data.total, shown: found.data.entries.length }) : t('files.results', { count: found.data.total })}
        </Typography>
      )}
      <Box sx={{ height: 4 }}>{query.isFetching && <LinearProgress aria-label={t('files.searching')} />}</Box>
      {query.isError ? (
        <Alert severity="error">{explain(query.error).detail ?? explain(query.error).summary}</Alert>
      ) : (
        <Box sx={{ maxHeight: 520, overflow: 'auto', border: 1, borderColor: 'divider', borderRadius: 1 }}>
          <Box component="table" aria-label={t('files.label', { number: layerNumber(layer) })} sx={{ ...layerTableSx, '& thead th': { position: 'sticky', top: 0, bgcolor: 'background.paper', zIndex: 1 } }}>
            <thead>
              <tr>
                <th>{t('files.name')}</th>
                <th>{t('files.change')}</th>
                <th className="num">{t('files.size')}</th>
                <th>{t('files.mode')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.slice(0, SHOWN).map((entry) => (
                <FileRow key={entry.path} entry={entry} label={text ? `/${entry.path}` : entry.name} onOpen={open} />
              ))}
            </tbody>
          </Box>
          {note && (
            <Typography variant="body2" color="text.secondary" sx={{ p: 1.5 }}>
              {note}
            </Typography>
          )}
          {entries.length > SHOWN && (
            <Typography variant="caption" color="text.secondary" sx={{ display: 'block', p: 1 }}>
              {t('files.more', { count: entries.length - SHOWN })}
            </Typography>
          )}
        </Box>
      )}
    </Box>
  );
}

function FileRow({ entry, label, onOpen }: { entry: LayerFile; label: string; onOpen(path: string): void }) {
  const { t } = useTranslation('layers');
  const folder = entry.type === 'directory' && entry.change !== 'deleted';
  const Icon = entry.type === 'directory' ? FolderOutlined : entry.type === 'symlink' ? LinkOutlined : InsertDriveFileOutlined;
  return (
    <Box component="tr" data-change={entry.change ?? undefined} aria-label={entry.path} sx={{ opacity: entry.change === 'deleted' ? 0.75 : 1 }}>
      <td className="path">
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.75 }}>
          <Icon sx={{ fontSize: 16, color: entry.change ? changeColors[entry.change] : 'text.secondary' }} />
          {folder ? (
            <Link component="button" underline="hover" onClick={() => onOpen(entry.path)} aria-label={t('files.open', { name: entry.name })} sx={{ fontFamily: 'inherit', fontSize: 'inherit', textAlign: 'left', fontWeight: entry.changedInside ? 600 : 400 }}>
              {label}
            </Link>
          ) : (
            <Box component="span" sx={{ textDecoration: entry.change === 'deleted' ? 'line-through' : undefined }}>
              {label}
            </Box>
          )}
          {entry.link && (
            <Box component="span" sx={{ color: 'text.secondary' }}>
              {`→ ${entry.link}`}
            </Box>
          )}
        </Box>
      </td>
      <Box component="td" sx={{ color: entry.change ? changeColors[entry.change] : undefined, whiteSpace: 'nowrap' }}>
        {entry.change ? t(`files.changes.${entry.change}`) : ''}
      </Box>
      <td className="num">{entry.type === 'symlink' ? '' : formatBytes(entry.sizeBytes)}</td>
      <td className="path">{formatMode(entry.type, entry.mode)}</td>
    </Box>
  );
}

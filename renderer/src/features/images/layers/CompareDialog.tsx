import CompareArrowsOutlined from '@mui/icons-material/CompareArrowsOutlined';
import Box from '@mui/material/Box';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImageFileDiff } from '../../../../../shared/contract/layers';
import { checkImageRefOrId } from '../../../../../shared/image-ref';
import { useBerthClient } from '../../../api/BerthProvider';
import { opQuery } from '../../../api/hooks';
import { formatMode } from '../../../components/files/file-mode';
import { FormActions } from '../../../components/FormActions';
import { formatBytes } from '../../../lib/bytes';
import { ImagePicker } from '../ImagePicker';
import { DialogHeading, ErrorAlert } from '../parts';
import { layerTableSx } from './layer-table';

/** Rows drawn at once; main sends at most its own limit, and says how many there are. */
const SHOWN = 1000;

/** Two images side by side: the layers they share (by content digest) and the files that differ. */
export function CompareDialog({ image, name, onClose }: { image: string; name: string; onClose(): void }) {
  const { t } = useTranslation('layers');
  const client = useBerthClient();
  const [other, setOther] = useState('');
  const [compared, setCompared] = useState<string | null>(null);
  const result = useQuery({ ...opQuery(client, 'layers.compare', { a: image, b: compared ?? image }), enabled: compared !== null });
  const typed = other.trim();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (typed && checkImageRefOrId(typed) === null) setCompared(typed);
  };
  const data = compared !== null ? result.data : undefined;
  const shared = data?.shared.length ?? 0;
  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="layers-compare-title">
      <Box component="form" onSubmit={submit} noValidate autoComplete="off">
        <DialogTitle component="div">
          <DialogHeading id="layers-compare-title" onClose={onClose} closeLabel={t('compare.close')}>
            {t('compare.title', { name })}
          </DialogHeading>
        </DialogTitle>
        <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2, pt: '8px !important' }}>
          <Box aria-label={t('compare.other')} role="group">
            <ImagePicker value={other} onChange={setOther} autoFocus />
          </Box>
          {result.isFetching && (
            <Box role="status" aria-label={t('compare.comparing')}>
              <Typography variant="body2" color="text.secondary">
                {t('compare.comparing')}
              </Typography>
              <LinearProgress />
            </Box>
          )}
          {compared !== null && result.isError && <ErrorAlert error={result.error} title={t('failed')} />}
          {data && (
            <Box role="region" aria-label={t('compare.files', { count: data.total })}>
              <Typography variant="body2" sx={{ mb: 1 }}>
                {t('compare.shared', { count: shared, onlyA: data.a.layers.length - shared, onlyB: data.b.layers.length - shared, a: name, b: compared })}
              </Typography>
              <Typography variant="body2" sx={{ mb: 1, fontWeight: 600 }}>
                {data.total === 0 ? t('compare.same') : data.truncated ? t('compare.truncated', { count: data.total, shown: data.files.length }) : t('compare.files', { count: data.total })}
              </Typography>
              {data.total > 0 && <Differences files={data.files.slice(0, SHOWN)} a={name} b={compared ?? ''} />}
            </Box>
          )}
        </DialogContent>
        <FormActions disabled={!typed || checkImageRefOrId(typed) !== null || result.isFetching} startIcon={<CompareArrowsOutlined fontSize="small" />} submitLabel={t('compare.run')} onCancel={onClose} cancelLabel={t('compare.close')} />
      </Box>
    </Dialog>
  );
}

function Differences({ files, a, b }: { files: readonly ImageFileDiff[]; a: string; b: string }) {
  const { t } = useTranslation('layers');
  const side = (shape: ImageFileDiff['a']) => (shape ? `${formatMode(shape.type, shape.mode)} ${shape.type === 'file' ? formatBytes(shape.sizeBytes) : ''}` : '');
  return (
    <Box sx={{ maxHeight: 420, overflow: 'auto', border: 1, borderColor: 'divider', borderRadius: 1 }}>
      <Box component="table" aria-label={t('compare.files', { count: files.length })} sx={layerTableSx}>
        <thead>
          <tr>
            <th>{t('compare.path')}</th>
            <th>{t('compare.change')}</th>
            <th>{t('compare.inA', { name: a })}</th>
            <th>{t('compare.inB', { name: b })}</th>
          </tr>
        </thead>
        <tbody>
          {files.map((file) => (
            <tr key={file.path} aria-label={file.path} data-change={file.change}>
              <td className="path">{`/${file.path}`}</td>
              <td>{t(`compare.changes.${file.change}`)}</td>
              <td className="path">{side(file.a)}</td>
              <td className="path">{side(file.b)}</td>
            </tr>
          ))}
        </tbody>
      </Box>
    </Box>
  );
}

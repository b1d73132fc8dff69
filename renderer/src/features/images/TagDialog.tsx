import LocalOfferOutlined from '@mui/icons-material/LocalOfferOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImageSummary } from '../../../../shared/contract/images';
import { dockerTagCommand } from '../../../../shared/image-cli';
import { useCall } from '../../api/hooks';
import { notify } from '../../components/notifications';
import { isTagged, rowReference, shortImageId } from './image-rows';
import { familiarReference, tagEffect } from './image-words';
import { DialogHeading, ErrorAlert, ReferenceField } from './parts';
import { CliCommand } from '../../components/CliCommand';
import { FormActions } from '../../components/FormActions';

/** docker tag: add a tag to an image, or move one here from another image (a tag names one image at a time). */
export function TagDialog({ image, all, onClose }: { image: ImageSummary | null; all: readonly ImageSummary[]; onClose(): void }) {
  return (
    <Dialog open={image !== null} onClose={onClose} maxWidth="sm" aria-labelledby="tag-dialog-title">
      {image && <Tag key={`${image.id}${image.repository}${image.tag}`} image={image} all={all} onClose={onClose} />}
    </Dialog>
  );
}

function Tag({ image, all, onClose }: { image: ImageSummary; all: readonly ImageSummary[]; onClose(): void }) {
  const { t } = useTranslation('images');
  const call = useCall();
  const source = rowReference(image);
  const [offered] = useState(isTagged(image) ? `${image.repository}:` : '');
  const [text, setText] = useState(offered);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const target = text.trim();
  const effect = tagEffect(target, image, all);
  const command = dockerTagCommand(source, target || 'TARGET');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!effect || effect.kind === 'same' || pending) return;
    setPending(true);
    setError(null);
    try {
      const result = await call('images.tag', { source: isTagged(image) ? source : image.id, target });
      notify({ severity: 'success', title: effect.kind === 'move' ? t('tag.moved', { target: result.target, id: shortImageId(image.id) }) : t('tag.tagged', { target: result.target, id: shortImageId(image.id) }) });
      onClose();
    } catch (failure) {
      setError(failure);
      setPending(false);
    }
  };

  return (
    <Box component="form" onSubmit={(event: FormEvent) => void submit(event)} noValidate autoComplete="off">
      <DialogTitle component="div">
        <DialogHeading id="tag-dialog-title" onClose={onClose}>
          {isTagged(image) ? t('tag.title', { name: source }) : t('tag.titleUntagged', { id: shortImageId(image.id) })}
        </DialogHeading>
      </DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2, pt: '8px !important' }}>
        <ReferenceField
          label={t('tag.newTag')}
          value={text}
          onChange={setText}
          mode="taggable"
          autoFocus
          hint={t('tag.hint')}
          extraProblem={effect?.kind === 'same' ? t('tag.same') : null}
          judged={text !== offered}
        />
        {effect?.kind === 'move' && (
          <Alert severity="info" role="status">
            {t('tag.moveNote', { tag: familiarReference(target), from: shortImageId(effect.from), id: shortImageId(image.id) })}
          </Alert>
        )}
        {effect?.kind === 'add' && (
          <Typography variant="body2" color="text.secondary">
            {t('tag.addNote', { id: shortImageId(image.id) })}
          </Typography>
        )}
        {error !== null && <ErrorAlert error={error} title={t('tag.failed')} />}
        {/* eslint-disable-next-line berth/no-literal-ui-text -- the docker command it names */}
        <CliCommand command={command} what="docker tag" />
      </DialogContent>
      <FormActions
        disabled={!effect || effect.kind === 'same' || pending}
        startIcon={<LocalOfferOutlined fontSize="small" />}
        submitLabel={pending ? t('push.tagging') : effect?.kind === 'move' ? t('tag.submitMove') : t('tag.submit')}
        onCancel={onClose}
      />
    </Box>
  );
}

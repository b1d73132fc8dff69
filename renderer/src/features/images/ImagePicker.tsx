import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { checkImageRefOrId } from '../../../../shared/image-ref';
import { useOp } from '../../api/hooks';
import { NamePicker } from '../../components/NamePicker';
import { findLocalImage, imageChoices, localImageNote } from './local-images';

const ALL_IMAGES = {};

/**
 * The image field of the run dialog: this engine's tags offered as you type, the value checked as a
 * reference or id while it is typed (as the Tag dialog does), and whether the engine has it said at once:
 * `docker run` here does not pull, so an image that is not local would only fail on Run.
 */
export function ImagePicker({
  value,
  onChange,
  issue,
  autoFocus,
}: {
  value: string;
  onChange(value: string): void;
  /** The form's issue for the field once Run was tried ("an image is required"). */
  issue?: string;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation('images');
  const list = useOp('images.list', ALL_IMAGES);
  const rows = useMemo(() => list.data ?? [], [list.data]);
  const choices = useMemo(() => imageChoices(rows), [rows]);
  const typed = value.trim();
  const problem = (typed ? checkImageRefOrId(typed) : null) ?? issue ?? null;
  const local = problem === null && list.data ? findLocalImage(typed, rows) : null;

  let helper: string;
  if (problem !== null) helper = problem;
  else if (typed === '') helper = list.data ? t('picker.oneOf', { count: choices.length }) : t('picker.anyReference');
  else if (local) helper = localImageNote(t, local);
  else if (list.data) helper = t('picker.notHere');
  else helper = '';

  return (
    <NamePicker
      value={value}
      onChange={onChange}
      choices={choices}
      loading={list.isPending}
      loadingText={t('picker.loading')}
      label={t('picker.label')}
      placeholder={t('picker.placeholder')}
      error={problem !== null}
      helperText={helper}
      autoFocus={autoFocus}
      testId="run-image"
    />
  );
}

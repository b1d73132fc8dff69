import { useMemo } from 'react';
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
  const list = useOp('images.list', ALL_IMAGES);
  const rows = useMemo(() => list.data ?? [], [list.data]);
  const choices = useMemo(() => imageChoices(rows), [rows]);
  const typed = value.trim();
  const problem = (typed ? checkImageRefOrId(typed) : null) ?? issue ?? null;
  const local = problem === null && list.data ? findLocalImage(typed, rows) : null;

  let helper: string;
  if (problem !== null) helper = problem;
  else if (typed === '') helper = list.data ? `One of this engine’s ${choices.length} tags, or a reference or image id` : 'A reference or image id';
  else if (local) helper = localImageNote(local);
  else if (list.data) helper = 'Not on this engine: pull it first (Images › Pull), Run does not pull';
  else helper = '';

  return (
    <NamePicker
      value={value}
      onChange={onChange}
      choices={choices}
      loading={list.isPending}
      loadingText="Loading images…"
      label="Image"
      placeholder="e.g. nginx:latest"
      error={problem !== null}
      helperText={helper}
      autoFocus={autoFocus}
      testId="run-image"
    />
  );
}

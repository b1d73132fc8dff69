import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import { FormSection } from '../../../components/FormSection';
import type { RunSectionProps } from './run-section';
import { RunTextField } from './RunTextField';
import { ImagePicker } from '../../images';

/** Image, name, command and entrypoint. */
export function ContainerSection({ focusImage, ...section }: RunSectionProps & { focusImage: boolean }) {
  const { t } = useTranslation('run');
  return (
    <FormSection title={t('container.title')}>
      <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 1.5 }}>
        <ImagePicker value={section.form.image} onChange={(image) => section.set('image', image)} issue={section.issueOf('image')} autoFocus={focusImage} />
        <RunTextField {...section} name="name" label={t('container.name')} placeholder={t('container.namePlaceholder')} />
        <RunTextField {...section} name="command" label={t('container.command')} placeholder={t('container.commandPlaceholder')} mono helper={t('container.commandHelper')} />
        <RunTextField {...section} name="entrypoint" label={t('container.entrypoint')} placeholder={t('container.entrypointPlaceholder')} mono />
      </Box>
    </FormSection>
  );
}

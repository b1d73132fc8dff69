import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import { FormSection } from '../../../components/FormSection';
import type { RunSectionProps } from './run-section';
import { RunTextField } from './RunTextField';
import { ImagePicker } from '../../images';

/** Image, name, command and entrypoint. `lockName`: editing an existing container, whose name a recreate keeps. */
export function ContainerSection({ focusImage, lockName = false, ...section }: RunSectionProps & { focusImage: boolean; lockName?: boolean }) {
  const { t } = useTranslation('run');
  return (
    <FormSection title={t('container.title')}>
      <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 1.5 }}>
        <ImagePicker value={section.form.image} onChange={(image) => section.set('image', image)} issue={section.issueOf('image')} autoFocus={focusImage} />
        <RunTextField
          {...section}
          name="name"
          label={t('container.name')}
          placeholder={t('container.namePlaceholder')}
          readOnly={lockName}
          helper={lockName ? t('edit.nameKept') : undefined}
        />
        <RunTextField {...section} name="command" label={t('container.command')} placeholder={t('container.commandPlaceholder')} mono helper={t('container.commandHelper')} />
        <RunTextField {...section} name="entrypoint" label={t('container.entrypoint')} placeholder={t('container.entrypointPlaceholder')} mono />
      </Box>
    </FormSection>
  );
}

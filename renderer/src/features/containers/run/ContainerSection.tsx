import Box from '@mui/material/Box';
import { FormSection } from '../../../components/FormSection';
import type { RunSectionProps } from './run-section';
import { RunTextField } from './RunTextField';
import { ImagePicker } from '../../images';

/** Image, name, command and entrypoint. */
export function ContainerSection({ focusImage, ...section }: RunSectionProps & { focusImage: boolean }) {
  return (
    <FormSection title="Container">
      <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 1.5 }}>
        <ImagePicker value={section.form.image} onChange={(image) => section.set('image', image)} issue={section.issueOf('image')} autoFocus={focusImage} />
        <RunTextField {...section} name="name" label="Name" placeholder="a name the engine picks if empty" />
        <RunTextField {...section} name="command" label="Command" placeholder="the image's CMD" mono helper="Split like a shell would; no variable expansion" />
        <RunTextField {...section} name="entrypoint" label="Entrypoint" placeholder="the image's ENTRYPOINT" mono />
      </Box>
    </FormSection>
  );
}

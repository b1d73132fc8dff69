import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { DialogHeading } from '../parts';

/** What a job's dialog shows once the job was dismissed from the jobs list (another window, the popover). */
export function JobGone({ titleId, title, what, onClose }: { titleId: string; title: string; what: 'job' | 'build'; onClose(): void }) {
  const { t } = useTranslation('images');
  return (
    <>
      <DialogTitle component="div">
        <DialogHeading id={titleId}>{title}</DialogHeading>
      </DialogTitle>
      <DialogContent>
        <Typography variant="body2">{t(`jobs.gone.${what}`)}</Typography>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose} variant="contained">
          {t('dialog.close')}
        </Button>
      </DialogActions>
    </>
  );
}

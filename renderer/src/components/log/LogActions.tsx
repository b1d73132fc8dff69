import DeleteSweepOutlined from '@mui/icons-material/DeleteSweepOutlined';
import DownloadOutlined from '@mui/icons-material/DownloadOutlined';
import TuneOutlined from '@mui/icons-material/TuneOutlined';
import IconButton from '@mui/material/IconButton';
import ListSubheader from '@mui/material/ListSubheader';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Tooltip from '@mui/material/Tooltip';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveBlob } from '../../lib/file-transfer';
import { stripAnsi } from './ansi';
import type { LogStore } from './log-store';
import { LOG_BUFFER_CHOICES, setLogBufferSize } from './settings';

/** What the view holds, as a .log file: plain text (colours stripped), with the time and container when shown. */
function downloadLog(store: LogStore, fileName: string, showTimestamps: boolean): void {
  const buffer = store.buffer;
  const parts: string[] = [];
  for (let i = 0; i < buffer.length; i++) {
    const line = buffer.at(i)!;
    parts.push(`${showTimestamps && line.time ? `${line.time} ` : ''}${line.container ? `${line.container} | ` : ''}${stripAnsi(line.text)}\n`);
  }
  saveBlob(new Blob(parts, { type: 'text/plain;charset=utf-8' }), `${fileName}.log`);
}

/** Download, clear, and the settings menu (how many lines the view keeps). */
export function LogActions({ store, fileName, showTimestamps }: { store: LogStore; fileName: string; showTimestamps: boolean }) {
  const { t } = useTranslation('components');
  const [settingsAnchor, setSettingsAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <Tooltip title={t('log.download')}>
        <IconButton aria-label={t('log.downloadLabel')} onClick={() => downloadLog(store, fileName, showTimestamps)}>
          <DownloadOutlined fontSize="small" />
        </IconButton>
      </Tooltip>
      <Tooltip title={t('log.clear')}>
        <IconButton aria-label={t('log.clearLabel')} onClick={() => store.clear()}>
          <DeleteSweepOutlined fontSize="small" />
        </IconButton>
      </Tooltip>
      <Tooltip title={t('log.settings')}>
        <IconButton aria-label={t('log.settings')} aria-haspopup="menu" onClick={(event) => setSettingsAnchor(event.currentTarget)}>
          <TuneOutlined fontSize="small" />
        </IconButton>
      </Tooltip>
      <Menu anchorEl={settingsAnchor} open={settingsAnchor !== null} onClose={() => setSettingsAnchor(null)}>
        <ListSubheader sx={{ lineHeight: '32px' }}>{t('log.keepAtMost')}</ListSubheader>
        {LOG_BUFFER_CHOICES.map((lines) => (
          <MenuItem
            key={lines}
            role="menuitemradio"
            aria-checked={store.buffer.capacity === lines}
            selected={store.buffer.capacity === lines}
            onClick={() => {
              setLogBufferSize(lines);
              store.setCapacity(lines);
              setSettingsAnchor(null);
            }}
          >
            {t('log.lines', { count: lines })}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { SectionPage } from '../../components/Section';
import { DiskUsageSection } from './DiskUsageSection';
import { EngineInfoSection } from './EngineInfoSection';
import { EnginesSection } from './EnginesSection';
import { useEngineStatus } from '../../api/engine-status';
import { ManagedEngineSection } from './ManagedEngineSection';

/**
 * #/engine: the engine in use (where, how it was found, what it is), its disk usage with prunes, the engines
 * Berth knows (switch, add, import, remove), and the engine Berth can run itself.
 */
export function EnginePage() {
  const { t } = useTranslation('engine');
  const status = useEngineStatus();
  const subtitle =
    status?.state === 'connected'
      ? t('page.connected', { version: status.serverVersion, apiVersion: status.apiVersion })
      : status?.state === 'unavailable'
        ? t('page.unavailable')
        : t('page.connecting');
  return (
    <SectionPage title={t('page.title')} subtitle={subtitle}>
      <EngineInfoSection status={status} />
      {status?.state === 'connected' && <DiskUsageSection />}
      <EnginesSection status={status} />
      <ManagedEngineSection />
    </SectionPage>
  );
}

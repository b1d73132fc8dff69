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
  const status = useEngineStatus();
  const subtitle =
    status?.state === 'connected'
      ? `Connected · ${status.serverVersion} · API ${status.apiVersion}`
      : status?.state === 'unavailable'
        ? 'Unavailable'
        : 'Connecting…';
  return (
    <SectionPage title="Engine" subtitle={subtitle}>
      <EngineInfoSection status={status} />
      {status?.state === 'connected' && <DiskUsageSection />}
      <EnginesSection status={status} />
      <ManagedEngineSection />
    </SectionPage>
  );
}

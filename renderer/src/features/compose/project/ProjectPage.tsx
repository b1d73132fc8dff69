import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComposeFileProject } from '../../../../../shared/contract/compose';
import type { OutputOf } from '../../../../../shared/contract/index';
import { BerthError } from '../../../../../shared/contract/errors';
import { routes, type ComposeTab } from '../../../../../shared/routes';
import { invalidateOp, opKey, useOp } from '../../../api/hooks';
import { DetailGone, DetailHeader, DetailTabs } from '../../../components/DetailHeader';
import { ErrorAlert, Loading, LoadError } from '../../../components/PageParts';
import { monoFont } from '../../../components/theme';
import { navigate } from '../../../lib/routing';
import { CloseProjectDialog } from '../CloseProjectDialog';
import { toolLabel } from '../compose-tool';
import { ComposeEditor } from '../editor';
import { ProjectJobs } from '../jobs/ProjectJobs';
import { useComposeTool, useLiveContainers, useProjectHashes } from '../useCompose';
import { DiagnosticsAlert } from './DiagnosticsAlert';
import { ProjectActions, useRunBlock, type RunDialog } from './ProjectActions';
import { ProjectLogs } from './ProjectLogs';
import { ServicesTab } from './ServicesTab';
import { ToolAlert } from './ToolAlert';

/** #/compose/<id>: a project opened from its files — its services and what runs of them, its files, its logs. */
export function ProjectPage({ id, tab }: { id: string; tab: ComposeTab }) {
  const { t } = useTranslation('compose');
  const queryClient = useQueryClient();
  const read = useOp('compose.files.read', { id });
  // Compose files are edited outside Berth too: coming back to the page reads them (and their hashes) again.
  useEffect(() => {
    if (queryClient.getQueryData(opKey('compose.files.read', { id })) === undefined) return;
    void invalidateOp(queryClient, 'compose.files.read', { id });
    void invalidateOp(queryClient, 'compose.files.hashes', { id });
  }, [queryClient, id]);
  const section = { label: t('common:nav.compose'), href: routes.compose() };
  if (read.data) return <OpenProject data={read.data} tab={tab} />;
  if (read.error instanceof BerthError && read.error.code === 'NOT_FOUND' && (read.error.details as { id?: unknown } | undefined)?.id === id) {
    return <DetailGone section={section}>{t('project.gone')}</DetailGone>;
  }
  if (read.isError) return <LoadError error={read.error} what={t('project.readFailed')} onRetry={() => void read.refetch()} />;
  return <Loading label={t('project.loading')} />;
}

type ReadResult = OutputOf<'compose.files.read'>;

function OpenProject({ data, tab }: { data: ReadResult; tab: ComposeTab }) {
  const { t } = useTranslation('compose');
  const queryClient = useQueryClient();
  const { project, model, diagnostics } = data;
  const tool = useComposeTool();
  const containers = useLiveContainers();
  const hashes = useProjectHashes(project.id, Boolean(model && tool.data?.flavour));
  const blocked = useRunBlock(project, tool.data, model);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [dialog, setDialog] = useState<RunDialog | null>(null);
  const [logServices, setLogServices] = useState<readonly string[]>([]);
  const [closing, setClosing] = useState<ComposeFileProject | null>(null);
  const label = tool.data ? toolLabel(tool.data) : null;
  const goTo = (next: ComposeTab) => navigate(routes.composeProject(project.id, { tab: next }));
  // The files changed: what compose would make of them now is asked again (the editor reads the files itself).
  const saved = () => void invalidateOp(queryClient, 'compose.files.hashes', { id: project.id });

  const tabs = [
    { id: 'services' as const, label: t('tabs.services') },
    { id: 'editor' as const, label: t('tabs.editor') },
    { id: 'logs' as const, label: t('tabs.logs') },
  ];
  let panel;
  if (tab === 'editor') {
    panel = (
      <Suspense fallback={<Loading label={t('project.editorLoading')} />}>
        <ComposeEditor project={project} onSaved={saved} />
      </Suspense>
    );
  } else if (tab === 'logs') {
    panel = <ProjectLogs project={project} model={model} services={logServices} onServices={setLogServices} />;
  } else if (!model) {
    panel = (
      <Box sx={{ p: 3 }} role="status">
        <Typography variant="body2">
          {t('services.noModel')} <Link href={routes.composeProject(project.id, { tab: 'editor' })}>{t('services.openEditor')}</Link>
        </Typography>
      </Box>
    );
  } else if (!containers.data) {
    panel = containers.isError ? <LoadError error={containers.error} what={t('services.containersFailed')} onRetry={() => void containers.refetch()} /> : <Loading label={t('services.loading')} />;
  } else {
    panel = (
      <ServicesTab
        project={project}
        model={model}
        containers={containers.data}
        hashes={hashes.data?.hashes}
        hashesPending={hashes.isFetching}
        hashesError={hashes.error}
        blocked={blocked}
        selected={selected}
        onSelect={setSelected}
        onUpSelected={() => setDialog('up')}
        onLogs={(service) => {
          setLogServices([service]);
          goTo('logs');
        }}
      />
    );
  }

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 }} data-testid="compose-project" data-project={project.name}>
      <DetailHeader
        section={{ label: t('common:nav.compose'), href: routes.compose() }}
        title={project.name}
        chips={label && <Chip size="small" variant="outlined" label={label} data-testid="compose-tool" data-cli sx={{ fontFamily: monoFont, fontSize: 11.5, height: 22 }} />}
        trail={
          <Box component="span" sx={{ fontFamily: monoFont }} title={project.dir}>
            {' · '}
            {project.dir}
          </Box>
        }
      >
        <ProjectActions
          project={project}
          model={model}
          tool={tool.data}
          blocked={blocked}
          containers={containers.data ?? []}
          selected={selected}
          dialog={dialog}
          onDialog={setDialog}
          onClose={() => setClosing(project)}
        />
      </DetailHeader>
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1, px: 2, pb: 1, '&:empty': { display: 'none' } }}>
        {tool.data && !tool.data.flavour && <ToolAlert tool={tool.data} />}
        {tool.isError && <ErrorAlert error={tool.error} what={t('tool.findFailed')} />}
        {diagnostics.length > 0 && <DiagnosticsAlert project={project} diagnostics={diagnostics} />}
      </Box>
      <ProjectJobs projectId={project.id} />
      <DetailTabs tabs={tabs} value={tab} onChange={goTo} label={t('tabs.label')} idPrefix="compose-">
        <Box role="tabpanel" id={`compose-panel-${tab}`} aria-labelledby={`compose-tab-${tab}`} sx={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column', overflow: 'hidden' }}>
          {panel}
        </Box>
      </DetailTabs>
      <CloseProjectDialog project={closing} onClose={() => setClosing(null)} onClosed={() => navigate(routes.compose())} />
    </Box>
  );
}

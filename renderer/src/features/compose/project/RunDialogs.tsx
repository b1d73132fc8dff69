import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComposeFileProject, ComposeModel, ComposeRunOptions, ComposeTool } from '../../../../../shared/contract/compose';
import type { ContainerSummary } from '../../../../../shared/contract/containers';
import { useOp } from '../../../api/hooks';
import { CliCommand } from '../../../components/CliCommand';
import { ConfirmActions } from '../../../components/ConfirmDialog';
import { DialogFor } from '../../../components/DialogFor';
import { FormActions } from '../../../components/FormActions';
import { Item, ItemList } from '../../../components/ItemList';
import { StateChip } from '../../../components/StateChip';
import { monoFont } from '../../../components/theme';
import { submitWith } from '../../../lib/checked-submit';
import { composeCli, defaultRunOptions } from '../compose-tool';
import { downPlan } from '../down-plan';

/*
 * The compose actions that take options: up (services, build, pull, recreate, orphans), down (what goes,
 * volumes only when asked) and build (no cache). Each shows the command it runs, as it changes.
 */

interface RunDialogProps {
  project: ComposeFileProject;
  model: ComposeModel;
  tool: ComposeTool | undefined;
  onClose(): void;
  onRun(services: readonly string[], options: ComposeRunOptions): void;
}

/** Which services: all of them (none named), or those ticked. */
function ServiceChoice({ all, chosen, onChange, label }: { all: readonly string[]; chosen: readonly string[] | null; onChange(next: readonly string[] | null): void; label: string }) {
  const { t } = useTranslation('compose');
  return (
    <Box>
      <RadioGroup row value={chosen === null ? 'all' : 'some'} onChange={(event) => onChange(event.target.value === 'all' ? null : (chosen ?? []))} aria-label={label}>
        <FormControlLabel value="all" control={<Radio size="small" />} label={t('run.allServices', { count: all.length })} />
        <FormControlLabel value="some" control={<Radio size="small" />} label={t('run.chosenServices')} />
      </RadioGroup>
      {chosen !== null && (
        <Box role="group" aria-label={t('run.servicesLabel')} sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 1, pl: 1 }}>
          {all.map((service) => (
            <FormControlLabel
              key={service}
              control={
                <Checkbox
                  size="small"
                  checked={chosen.includes(service)}
                  onChange={(event) => onChange(event.target.checked ? all.filter((s) => s === service || chosen.includes(s)) : chosen.filter((s) => s !== service))}
                />
              }
              label={<Box component="span" sx={{ fontFamily: monoFont, fontSize: 13 }}>{service}</Box>}
            />
          ))}
        </Box>
      )}
    </Box>
  );
}

function Option({ checked, onChange, label, hint }: { checked: boolean; onChange(value: boolean): void; label: string; hint?: ReactNode }) {
  return (
    <Box>
      <FormControlLabel control={<Checkbox size="small" checked={checked} onChange={(event) => onChange(event.target.checked)} />} label={label} />
      {hint && (
        <Typography variant="caption" color="text.secondary" component="div" sx={{ pl: 4, mt: -0.75 }}>
          {hint}
        </Typography>
      )}
    </Box>
  );
}

export function UpDialog({ open, initialServices, ...props }: RunDialogProps & { open: boolean; initialServices: readonly string[] }) {
  return (
    <DialogFor item={open ? initialServices : null} onClose={props.onClose} labelledBy="compose-up-title">
      {(services) => <UpForm {...props} initialServices={services} />}
    </DialogFor>
  );
}

function UpForm({ project, model, tool, onClose, onRun, initialServices }: RunDialogProps & { initialServices: readonly string[] }) {
  const { t } = useTranslation('compose');
  const all = model.services.map((service) => service.name);
  const [chosen, setChosen] = useState<readonly string[] | null>(initialServices.length > 0 ? initialServices : null);
  const [options, setOptions] = useState<ComposeRunOptions>(defaultRunOptions);
  const set = (change: Partial<ComposeRunOptions>) => setOptions((current) => ({ ...current, ...change }));
  const services = chosen ?? [];
  const empty = chosen !== null && chosen.length === 0;
  return (
    <>
      <DialogTitle id="compose-up-title">{t('up.title', { project: project.name })}</DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
        <Typography variant="body2" color="text.secondary">
          {t('up.intro')}
        </Typography>
        <Box component="form" id="compose-up-form" onSubmit={submitWith(() => !empty && onRun(services, options))} sx={{ display: 'flex', flexDirection: 'column', gap: 0.5 }}>
          <ServiceChoice all={all} chosen={chosen} onChange={setChosen} label={t('up.services')} />
          <Option checked={options.build} onChange={(build) => set({ build })} label={t('up.build')} />
          <TextField
            select
            label={t('up.pull')}
            value={options.pull}
            onChange={(event) => set({ pull: event.target.value as ComposeRunOptions['pull'] })}
            sx={{ width: 260, my: 1 }}
            helperText={tool?.flavour === 'v1' && options.pull === 'never' ? t('up.pullNeverV1') : undefined}
          >
            {(['missing', 'always', 'never'] as const).map((pull) => (
              <MenuItem key={pull} value={pull}>
                {t(`up.pullChoice.${pull}`)}
              </MenuItem>
            ))}
          </TextField>
          <Option checked={options.forceRecreate} onChange={(forceRecreate) => set({ forceRecreate })} label={t('up.forceRecreate')} hint={t('up.forceRecreateHint')} />
          <Option checked={options.removeOrphans} onChange={(removeOrphans) => set({ removeOrphans })} label={t('run.removeOrphans')} hint={t('run.removeOrphansHint')} />
        </Box>
        <CliCommand command={composeCli(tool, project, 'up', services, options)} what={t('up.what')} testId="compose-up-cli" />
      </DialogContent>
      <FormActions submitLabel={t('up.submit')} form="compose-up-form" onCancel={onClose} disabled={empty} />
    </>
  );
}

export function BuildDialog({ open, ...props }: RunDialogProps & { open: boolean }) {
  return (
    <DialogFor item={open ? true : null} onClose={props.onClose} labelledBy="compose-build-title">
      {() => <BuildForm {...props} />}
    </DialogFor>
  );
}

function BuildForm({ project, model, tool, onClose, onRun }: RunDialogProps) {
  const { t } = useTranslation('compose');
  const buildable = model.services.filter((service) => service.build !== null).map((service) => service.name);
  const [chosen, setChosen] = useState<readonly string[] | null>(null);
  const [noCache, setNoCache] = useState(false);
  const options = { ...defaultRunOptions, noCache };
  const services = chosen ?? [];
  const empty = chosen !== null && chosen.length === 0;
  return (
    <>
      <DialogTitle id="compose-build-title">{t('build.title', { project: project.name })}</DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
        <Box component="form" id="compose-build-form" onSubmit={submitWith(() => !empty && onRun(services, options))} sx={{ display: 'flex', flexDirection: 'column', gap: 0.5 }}>
          <ServiceChoice all={buildable} chosen={chosen} onChange={setChosen} label={t('build.services')} />
          <Option checked={noCache} onChange={setNoCache} label={t('build.noCache')} hint={t('build.noCacheHint')} />
        </Box>
        <CliCommand command={composeCli(tool, project, 'build', services, options)} what={t('build.what')} testId="compose-build-cli" />
      </DialogContent>
      <FormActions submitLabel={t('build.submit')} form="compose-build-form" onCancel={onClose} disabled={empty} />
    </>
  );
}

const VOLUME_NAMES = { sizes: false };
const ALL_NETWORKS = {};

/** Down, confirmed: the containers and networks that go by name, and the volumes only when the user asks. */
export function DownDialog({ open, containers, ...props }: RunDialogProps & { open: boolean; containers: readonly ContainerSummary[] }) {
  return (
    <DialogFor item={open ? true : null} onClose={props.onClose} labelledBy="compose-down-title">
      {() => <DownForm {...props} containers={containers} />}
    </DialogFor>
  );
}

function DownForm({ project, model, tool, containers, onClose, onRun }: RunDialogProps & { containers: readonly ContainerSummary[] }) {
  const { t } = useTranslation('compose');
  const [removeVolumes, setRemoveVolumes] = useState(false);
  const [removeOrphans, setRemoveOrphans] = useState(false);
  const volumes = useOp('volumes.list', VOLUME_NAMES);
  const networks = useOp('networks.list', ALL_NETWORKS);
  const plan = downPlan({ project: project.name, model, containers, volumes: volumes.data, networks: networks.data, removeVolumes, removeOrphans });
  const options = { ...defaultRunOptions, removeVolumes, removeOrphans };
  const nothing = plan.containers.length === 0 && plan.networks.length === 0 && plan.volumes.length === 0;
  return (
    <>
      <DialogTitle id="compose-down-title">{t('down.title', { project: project.name })}</DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
        <Typography variant="body2">{nothing ? t('down.nothing') : t('down.intro')}</Typography>
        {plan.containers.length > 0 && (
          <Section title={t('down.containers', { count: plan.containers.length })}>
            <ItemList label={t('down.containersLabel')} maxHeight={180}>
              {plan.containers.map((container) => (
                <Item key={container.id}>
                  <Typography variant="body2" sx={{ fontWeight: 600, flex: 1, minWidth: 0 }} noWrap>
                    {container.name}
                  </Typography>
                  <StateChip container={container} busy={false} />
                </Item>
              ))}
            </ItemList>
          </Section>
        )}
        {plan.networks.length > 0 && (
          <Section title={t('down.networks', { count: plan.networks.length })}>
            <NameList label={t('down.networksLabel')} names={plan.networks} />
          </Section>
        )}
        <Box>
          <FormControlLabel control={<Checkbox size="small" checked={removeOrphans} onChange={(event) => setRemoveOrphans(event.target.checked)} />} label={t('run.removeOrphans')} />
          <FormControlLabel control={<Checkbox size="small" checked={removeVolumes} onChange={(event) => setRemoveVolumes(event.target.checked)} />} label={t('down.volumes')} />
        </Box>
        {removeVolumes && (
          <Alert severity="warning" data-testid="compose-down-volumes">
            {plan.volumes.length === 0 && plan.anonymousVolumes === 0 ? t('down.noVolumes') : t('down.volumesGo')}
            {plan.volumes.length > 0 && <NameList label={t('down.volumesLabel')} names={plan.volumes} />}
            {plan.anonymousVolumes > 0 && <Box sx={{ mt: 0.5 }}>{t('down.anonymous', { count: plan.anonymousVolumes })}</Box>}
          </Alert>
        )}
        <CliCommand command={composeCli(tool, project, 'down', [], options)} what={t('down.what')} testId="compose-down-cli" />
      </DialogContent>
      <ConfirmActions danger confirmLabel={t('down.submit')} onCancel={onClose} onConfirm={() => onRun([], options)} />
    </>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box component="section" aria-label={title}>
      <Typography variant="subtitle2" component="h3" sx={{ mb: 0.5 }}>
        {title}
      </Typography>
      {children}
    </Box>
  );
}

function NameList({ label, names }: { label: string; names: readonly string[] }) {
  return (
    <Box component="ul" aria-label={label} sx={{ m: 0, mt: 0.5, pl: 2.5, fontFamily: monoFont, fontSize: 12.5 }}>
      {names.map((name) => (
        <li key={name}>{name}</li>
      ))}
    </Box>
  );
}

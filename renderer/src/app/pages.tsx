import AccountTreeOutlined from '@mui/icons-material/AccountTreeOutlined';
import CloudOutlined from '@mui/icons-material/CloudOutlined';
import HubOutlined from '@mui/icons-material/HubOutlined';
import LayersOutlined from '@mui/icons-material/LayersOutlined';
import MemoryOutlined from '@mui/icons-material/MemoryOutlined';
import RestoreFromTrashOutlined from '@mui/icons-material/RestoreFromTrashOutlined';
import SettingsOutlined from '@mui/icons-material/SettingsOutlined';
import StorageOutlined from '@mui/icons-material/StorageOutlined';
import ViewInArOutlined from '@mui/icons-material/ViewInArOutlined';
import type { ComponentType } from 'react';
import { sections, type Section } from '../../../shared/routes';
import type { LazyComponent } from '../lib/lazy';
import { ComposePage } from '../features/compose';
import { ContainersPage } from '../features/containers';
import { EnginePage } from '../features/engine';
import { ImagesPage } from '../features/images';
import { NetworksPage } from '../features/networks';
import { RegistriesPage } from '../features/registries';
import { SettingsPage } from '../features/settings';
import { TrashPage } from '../features/trash';
import { VolumesPage } from '../features/volumes';

export interface PageEntry {
  section: Section;
  label: string;
  icon: ComponentType<{ fontSize?: 'small' | 'medium' }>;
  /** The section's page, loaded on demand; it reads the rest of the route (an id, a tab) itself. */
  page: LazyComponent<object>;
}

const parts: Record<Section, Pick<PageEntry, 'icon' | 'page'>> = {
  containers: { icon: ViewInArOutlined, page: ContainersPage },
  compose: { icon: AccountTreeOutlined, page: ComposePage },
  images: { icon: LayersOutlined, page: ImagesPage },
  volumes: { icon: StorageOutlined, page: VolumesPage },
  networks: { icon: HubOutlined, page: NetworksPage },
  registries: { icon: CloudOutlined, page: RegistriesPage },
  engine: { icon: MemoryOutlined, page: EnginePage },
  trash: { icon: RestoreFromTrashOutlined, page: TrashPage },
  settings: { icon: SettingsOutlined, page: SettingsPage },
};

/** Every page, in the side navigation's order: the one place that knows them all. */
export const pages: readonly PageEntry[] = sections.map(({ id, label }) => ({ section: id, label, ...parts[id] }));

import CloudOutlined from '@mui/icons-material/CloudOutlined';
import HubOutlined from '@mui/icons-material/HubOutlined';
import LayersOutlined from '@mui/icons-material/LayersOutlined';
import MemoryOutlined from '@mui/icons-material/MemoryOutlined';
import SettingsOutlined from '@mui/icons-material/SettingsOutlined';
import StorageOutlined from '@mui/icons-material/StorageOutlined';
import ViewInArOutlined from '@mui/icons-material/ViewInArOutlined';
import type { ComponentType } from 'react';
import { sections, type Section } from '../../../shared/routes';
import { ContainersPage } from '../features/containers/ContainersPage';
import { EnginePage } from '../features/engine/EnginePage';
import { ImagesPage } from '../features/images/ImagesPage';
import { NetworksPage } from '../features/networks/NetworksPage';
import { RegistriesPage } from '../features/registries/RegistriesPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { VolumesPage } from '../features/volumes/VolumesPage';

export interface PageEntry {
  section: Section;
  label: string;
  icon: ComponentType<{ fontSize?: 'small' | 'medium' }>;
  /** The section's page; it reads the rest of the route (an id, a tab) itself. */
  page: ComponentType;
}

const parts: Record<Section, Pick<PageEntry, 'icon' | 'page'>> = {
  containers: { icon: ViewInArOutlined, page: ContainersPage },
  images: { icon: LayersOutlined, page: ImagesPage },
  volumes: { icon: StorageOutlined, page: VolumesPage },
  networks: { icon: HubOutlined, page: NetworksPage },
  registries: { icon: CloudOutlined, page: RegistriesPage },
  engine: { icon: MemoryOutlined, page: EnginePage },
  settings: { icon: SettingsOutlined, page: SettingsPage },
};

/** Every page, in the side navigation's order: the one place that knows them all. */
export const pages: readonly PageEntry[] = sections.map(({ id, label }) => ({ section: id, label, ...parts[id] }));

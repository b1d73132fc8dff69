import CloudOutlined from '@mui/icons-material/CloudOutlined';
import LayersOutlined from '@mui/icons-material/LayersOutlined';
import HubOutlined from '@mui/icons-material/HubOutlined';
import StorageOutlined from '@mui/icons-material/StorageOutlined';
import MemoryOutlined from '@mui/icons-material/MemoryOutlined';
import SettingsOutlined from '@mui/icons-material/SettingsOutlined';
import ViewInArOutlined from '@mui/icons-material/ViewInArOutlined';
import type { ComponentType } from 'react';
import { ContainersPage } from '../features/containers/ContainersPage';
import { EnginePage } from '../features/engine/EnginePage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { ImagesPage } from '../features/images/ImagesPage';
import { RegistriesPage } from '../features/registries/RegistriesPage';
import { NetworksPage } from '../features/networks/NetworksPage';
import { VolumesPage } from '../features/volumes/VolumesPage';

export interface NavItem {
  /** The hash route, e.g. #/containers. */
  path: string;
  label: string;
  icon: ComponentType<{ fontSize?: 'small' | 'medium' }>;
  page: ComponentType;
}

/**
 * The pages in the side navigation, in order. Images, Volumes, Networks, Registries and Engine add an entry
 * here when their page exists; until then they are not shown (no dead links).
 */
export const navItems: readonly NavItem[] = [
  { path: 'containers', label: 'Containers', icon: ViewInArOutlined, page: ContainersPage },
  { path: 'images', label: 'Images', icon: LayersOutlined, page: ImagesPage },
  { path: 'volumes', label: 'Volumes', icon: StorageOutlined, page: VolumesPage },
  { path: 'networks', label: 'Networks', icon: HubOutlined, page: NetworksPage },
  { path: 'registries', label: 'Registries', icon: CloudOutlined, page: RegistriesPage },
  { path: 'engine', label: 'Engine', icon: MemoryOutlined, page: EnginePage },
  { path: 'settings', label: 'Settings', icon: SettingsOutlined, page: SettingsPage },
];

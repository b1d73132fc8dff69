import ViewInArOutlined from '@mui/icons-material/ViewInArOutlined';
import type { ComponentType } from 'react';
import { ContainersPage } from '../features/containers/ContainersPage';

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
];

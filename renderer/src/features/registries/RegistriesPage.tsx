import { RegistryList } from './RegistryList';
import { RepositoryBrowser } from './RepositoryBrowser';
import { TagsView } from './TagsView';
import { useRoute } from '../../lib/routing';

/**
 * The Registries page and its routes: #/registries (the list), #/registries/<host> (its repositories and
 * search), #/registries/<host>/<repository> (its tags).
 */
export function RegistriesPage() {
  const route = useRoute();
  if (route.page === 'repository') return <TagsView key={`${route.registry}/${route.repository}`} registry={route.registry} repository={route.repository} />;
  if (route.page === 'registry') return <RepositoryBrowser key={route.registry} registry={route.registry} />;
  return <RegistryList login={route.page === 'registries' && route.login ? { registry: route.registry } : null} />;
}

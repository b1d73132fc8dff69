import { useRoute } from '../../app/route';
import { RegistryList } from './RegistryList';
import { RepositoryBrowser } from './RepositoryBrowser';
import { TagsView } from './TagsView';

/**
 * The Registries page and its routes: #/registries (the list), #/registries/<host> (its repositories and
 * search), #/registries/<host>/<repository> (its tags).
 */
export function RegistriesPage() {
  const { segments } = useRoute();
  const [, registry, ...repository] = segments;
  if (registry && repository.length > 0) return <TagsView key={`${registry}/${repository.join('/')}`} registry={registry} repository={repository.join('/')} />;
  if (registry) return <RepositoryBrowser key={registry} registry={registry} />;
  return <RegistryList />;
}

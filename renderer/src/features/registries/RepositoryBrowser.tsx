import FolderOutlined from '@mui/icons-material/FolderOutlined';
import RefreshOutlined from '@mui/icons-material/RefreshOutlined';
import StarBorder from '@mui/icons-material/StarBorder';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegistrySearchResult } from '../../../../shared/contract/registries';
import { RepositoryName } from '../../../../shared/contract/registries';
import { useBerthClient } from '../../api/BerthProvider';
import { useOp } from '../../api/hooks';
import { SearchField } from '../../components/SearchField';
import { LoginDialog } from './LoginDialog';
import { Loading, PageTitle, RegistryError, RegistryTrail, SignInState, useForgetRegistry, useSettled } from './parts';
import { DOCKER_HUB, registryLabel } from './registry-words';
import { routes } from '../../../../shared/routes';
import { navigate } from '../../lib/routing';

const PAGE = 100;

/**
 * #/registries/<host>: the registry's repositories (its catalog, a page at a time), a search (`docker search`:
 * Docker Hub's own search for the Hub, the catalog filtered by name elsewhere; `/` focuses it), and a field to
 * open a repository by name (the Hub has no catalog, and some registries hide theirs).
 */
export function RepositoryBrowser({ registry }: { registry: string }) {
  const { t } = useTranslation('registries');
  const [signingIn, setSigningIn] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const term = useSettled(search.trim(), 350);
  const forget = useForgetRegistry();
  const hub = registry === DOCKER_HUB;

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, px: 2, py: 1.25, minHeight: 56, flexWrap: 'wrap' }}>
        <PageTitle trail={<RegistryTrail registry={registry} />}>{registryLabel(registry)}</PageTitle>
        <SignInState registry={registry} onSignIn={() => setSigningIn(registry)} />
        <Box sx={{ flex: 1 }} />
        <SearchField value={search} onChange={setSearch} label={hub ? t('browser.searchHub') : t('browser.searchRepositories')} width={280} hint={false} />
        <OpenByName registry={registry} />
        <Tooltip title={t('shared.reloadHint')}>
          <IconButton aria-label={t('shared.refresh')} onClick={() => void forget(registry)}>
            <RefreshOutlined fontSize="small" />
          </IconButton>
        </Tooltip>
      </Box>
      <Paper variant="outlined" sx={{ mx: 2, mb: 2, flex: 1, minHeight: 0, overflow: 'auto', position: 'relative' }}>
        {term ? (
          <SearchResults registry={registry} term={term} onSignIn={setSigningIn} />
        ) : hub ? (
          <Box role="status" sx={{ p: 4, textAlign: 'center' }}>
            <Typography variant="h6" component="p" sx={{ mb: 1 }}>
              {t('browser.hubEmptyTitle')}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {t('browser.hubEmptyHint')}
            </Typography>
          </Box>
        ) : (
          <Catalog registry={registry} onSignIn={setSigningIn} />
        )}
      </Paper>
      <LoginDialog open={signingIn !== null} registry={signingIn ?? undefined} onClose={() => setSigningIn(null)} />
    </Box>
  );
}

/** A repository typed by name, opened directly (checked as the contract checks it). */
function OpenByName({ registry }: { registry: string }) {
  const { t } = useTranslation('registries');
  const [name, setName] = useState('');
  const trimmed = name.trim();
  const valid = trimmed !== '' && RepositoryName.safeParse(trimmed).success;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (valid) navigate(routes.repository(registry, trimmed));
  };
  return (
    <Box component="form" onSubmit={submit} sx={{ display: 'flex', gap: 1 }}>
      <TextField
        value={name}
        onChange={(event) => setName(event.target.value)}
        placeholder={t('browser.openPlaceholder')}
        error={trimmed !== '' && !valid}
        sx={{ width: 200 }}
        slotProps={{ htmlInput: { 'aria-label': t('browser.openLabel'), spellCheck: false, autoCapitalize: 'off' } }}
      />
      <Button type="submit" variant="outlined" disabled={!valid}>
        {t('browser.open')}
      </Button>
    </Box>
  );
}

function RepositoryItem({ registry, name, children }: { registry: string; name: string; children?: ReactNode }) {
  return (
    <ListItemButton component="a" href={routes.repository(registry, name)} divider>
      <ListItemIcon sx={{ minWidth: 32 }}>
        <FolderOutlined fontSize="small" />
      </ListItemIcon>
      <ListItemText primary={name} secondary={children} slotProps={{ primary: { sx: { fontWeight: 500 } }, secondary: { component: 'div' } }} />
    </ListItemButton>
  );
}

function Catalog({ registry, onSignIn }: { registry: string; onSignIn(registry: string): void }) {
  const { t } = useTranslation('registries');
  const client = useBerthClient();
  const pages = useInfiniteQuery({
    queryKey: ['registries.repositories', { registry, n: PAGE }, 'pages'],
    queryFn: ({ pageParam }) => client.call('registries.repositories', { registry, n: PAGE, ...(pageParam ? { last: pageParam } : {}) }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.next,
  });
  if (pages.isError && !pages.data) {
    return (
      <Box sx={{ p: 2 }}>
        <RegistryError error={pages.error} what={t('catalog.listFailed')} onRetry={() => void pages.refetch()} onSignIn={onSignIn} />
      </Box>
    );
  }
  if (!pages.data) return <Loading label={t('catalog.loadingLabel')} />;
  const names = pages.data.pages.flatMap((page) => page.repositories);
  if (names.length === 0) {
    return (
      <Box role="status" sx={{ p: 4, textAlign: 'center' }}>
        <Typography variant="h6" component="p">
          {t('catalog.emptyTitle')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {t('catalog.emptyHint', { registry })}
        </Typography>
      </Box>
    );
  }
  return (
    <>
      {pages.isFetching && <LinearProgress aria-label={t('catalog.loadingLabel')} sx={{ position: 'sticky', top: 0, height: 2 }} />}
      <List dense disablePadding aria-label={t('catalog.listLabel')}>
        {names.map((name) => (
          <RepositoryItem key={name} registry={registry} name={name} />
        ))}
      </List>
      {pages.hasNextPage && (
        <Box sx={{ p: 1.5, display: 'flex', justifyContent: 'center' }}>
          <Button onClick={() => void pages.fetchNextPage()} disabled={pages.isFetchingNextPage}>
            {pages.isFetchingNextPage ? t('shared.loading') : t('shared.loadMore', { count: names.length })}
          </Button>
        </Box>
      )}
      {pages.isError && (
        <Box sx={{ p: 2 }}>
          <RegistryError error={pages.error} what={t('catalog.loadMoreFailed')} onRetry={() => void pages.fetchNextPage()} onSignIn={onSignIn} />
        </Box>
      )}
    </>
  );
}

function SearchResults({ registry, term, onSignIn }: { registry: string; term: string; onSignIn(registry: string): void }) {
  const { t } = useTranslation('registries');
  const found = useOp('registries.search', { registry, term });
  if (found.isError) {
    return (
      <Box sx={{ p: 2 }}>
        <RegistryError error={found.error} what={t('search.failed', { term })} onRetry={() => void found.refetch()} onSignIn={onSignIn} />
      </Box>
    );
  }
  if (!found.data) return <Loading label={t('search.searching', { term })} />;
  const { results, truncated } = found.data;
  if (results.length === 0) {
    return (
      <Box role="status" sx={{ p: 4, textAlign: 'center' }}>
        <Typography variant="h6" component="p">
          {t('search.noMatch', { term })}
        </Typography>
      </Box>
    );
  }
  return (
    <>
      <List dense disablePadding aria-label={t('search.resultsLabel')}>
        {results.map((result) => (
          <RepositoryItem key={result.name} registry={registry} name={registry === DOCKER_HUB ? hubPath(result) : result.name}>
            <ResultDetails result={result} />
          </RepositoryItem>
        ))}
      </List>
      {truncated && (
        <Typography variant="caption" color="text.secondary" component="p" sx={{ p: 1.5 }}>
          {t('search.truncated', { count: results.length })}
        </Typography>
      )}
    </>
  );
}

/** Docker Hub's official images are `library/<name>` in the registry's API. */
function hubPath(result: RegistrySearchResult): string {
  return result.name.includes('/') ? result.name : `library/${result.name}`;
}

function ResultDetails({ result }: { result: RegistrySearchResult }) {
  const { t } = useTranslation('registries');
  if (!result.description && result.stars === null && !result.official) return null;
  return (
    <Box component="span" sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
      {result.official && <Chip size="small" color="primary" variant="outlined" label={t('search.official')} />}
      {result.stars !== null && (
        <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.25 }} aria-label={t('search.stars', { count: result.stars })}>
          <StarBorder sx={{ fontSize: 14 }} aria-hidden />
          {result.stars}
        </Box>
      )}
      {result.description && (
        <Box component="span" sx={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
          {result.description}
        </Box>
      )}
    </Box>
  );
}

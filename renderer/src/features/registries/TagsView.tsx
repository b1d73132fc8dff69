import ContentCopyOutlined from '@mui/icons-material/ContentCopyOutlined';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import DownloadOutlined from '@mui/icons-material/DownloadOutlined';
import RefreshOutlined from '@mui/icons-material/RefreshOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegistryManifest } from '../../../../shared/contract/registries';
import { useBerthClient } from '../../api/BerthProvider';
import { opKey, useOp, useOpMutation } from '../../api/hooks';
import { notify, notifyError } from '../../components/notifications';
import { monoFont } from '../../components/theme';
import { formatBytes } from '../../lib/bytes';
import { startPull } from '../images';
import { DeleteTagDialog, type DeleteTarget } from './DeleteTagDialog';
import { LoginDialog } from './LoginDialog';
import { Loading, PageTitle, RegistryError, RegistryTrail, SignInState } from './parts';
import { compareTags, formatCreated, pullReference, shortDigest } from './registry-words';

const PAGE = 100;

/**
 * #/registries/<host>/<repository>: its tags, each with what its manifest says (digest, platforms, size,
 * created: one `registries.manifest` per row on screen), Pull (an images pull job) and Delete (by digest, confirmed).
 */
export function TagsView({ registry, repository }: { registry: string; repository: string }) {
  const { t } = useTranslation('registries');
  const client = useBerthClient();
  const queryClient = useQueryClient();
  const [signingIn, setSigningIn] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<DeleteTarget | null>(null);

  const pages = useInfiniteQuery({
    queryKey: ['registries.tags', { registry, repository, n: PAGE }, 'pages'],
    queryFn: ({ pageParam }) => client.call('registries.tags', { registry, repository, n: PAGE, ...(pageParam ? { last: pageParam } : {}) }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.next,
  });
  const tags = useMemo(() => (pages.data?.pages.flatMap((page) => page.tags) ?? []).sort(compareTags), [pages.data]);

  const reload = () =>
    queryClient.resetQueries({
      predicate: (query) => {
        const [op, input] = query.queryKey as [string, { registry?: string; repository?: string }];
        return (op === 'registries.tags' || op === 'registries.manifest') && input?.registry === registry && input.repository === repository;
      },
    });

  const manifestOf = (tag: string) => queryClient.getQueryData<RegistryManifest>(opKey('registries.manifest', { registry, repository, reference: tag }));

  const remove = useOpMutation('registries.deleteTag', {
    onSuccess: (result, input) => {
      notify({
        severity: 'success',
        title: t('tags.deleted', { repository, tag: input.tag }),
        message: t('tags.deletedMessage', { digest: shortDigest(result.digest), registry }),
      });
      void reload();
    },
    onError: (error, input) => notifyError(t('tags.deleteFailed', { repository, tag: input.tag }), error),
  });

  const askDelete = (tag: string, digest: string) => {
    const sameDigest = tags.filter((other) => other !== tag && manifestOf(other)?.digest === digest);
    setDeleting({ registry, repository, tag, digest, sameDigest });
  };

  let content;
  if (pages.isError && !pages.data) {
    content = (
      <Box sx={{ p: 2 }}>
        <RegistryError error={pages.error} what={t('tags.listFailed', { repository })} onRetry={() => void pages.refetch()} onSignIn={setSigningIn} />
      </Box>
    );
  } else if (!pages.data) {
    content = <Loading label={t('tags.loadingLabel')} />;
  } else if (tags.length === 0) {
    content = (
      <Box role="status" sx={{ p: 4, textAlign: 'center' }}>
        <Typography variant="h6" component="p">
          {t('tags.emptyTitle')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {t('tags.emptyHint', { repository, registry })}
        </Typography>
      </Box>
    );
  } else {
    content = (
      <>
        <Table size="small" stickyHeader aria-label={t('tags.tableLabel', { repository })}>
          <TableHead>
            <TableRow>
              <TableCell>{t('tags.columns.tag')}</TableCell>
              <TableCell>{t('tags.columns.digest')}</TableCell>
              <TableCell>{t('tags.columns.platform')}</TableCell>
              <TableCell align="right">{t('tags.columns.size')}</TableCell>
              <TableCell>{t('tags.columns.created')}</TableCell>
              <TableCell align="right">{t('shared.actions')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {tags.map((tag) => (
              <TagRow
                key={tag}
                registry={registry}
                repository={repository}
                tag={tag}
                busy={remove.isPending && remove.variables?.tag === tag}
                onPull={() => startPull(client, pullReference(registry, repository, tag))}
                onDelete={(digest) => askDelete(tag, digest)}
                onSignIn={setSigningIn}
              />
            ))}
          </TableBody>
        </Table>
        {pages.hasNextPage && (
          <Box sx={{ p: 1.5, display: 'flex', justifyContent: 'center' }}>
            <Button onClick={() => void pages.fetchNextPage()} disabled={pages.isFetchingNextPage}>
              {pages.isFetchingNextPage ? t('shared.loading') : t('shared.loadMore', { count: tags.length })}
            </Button>
          </Box>
        )}
      </>
    );
  }

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, px: 2, py: 1.25, minHeight: 56 }}>
        <PageTitle trail={<RegistryTrail registry={registry} repository={repository} />}>{repository}</PageTitle>
        <SignInState registry={registry} onSignIn={() => setSigningIn(registry)} />
        <Box sx={{ flex: 1 }} />
        <Tooltip title={t('shared.reloadHint')}>
          <IconButton aria-label={t('shared.refresh')} onClick={() => void reload()}>
            <RefreshOutlined fontSize="small" />
          </IconButton>
        </Tooltip>
      </Box>
      <Paper variant="outlined" sx={{ mx: 2, mb: 2, flex: 1, minHeight: 0, overflow: 'auto', position: 'relative' }}>
        {pages.isFetching && pages.data && <LinearProgress aria-label={t('tags.loadingLabel')} sx={{ position: 'sticky', top: 0, height: 2, zIndex: 3 }} />}
        {content}
      </Paper>
      <DeleteTagDialog
        target={deleting}
        onCancel={() => setDeleting(null)}
        onConfirm={(target) => {
          setDeleting(null);
          remove.mutate({ registry: target.registry, repository: target.repository, tag: target.tag, digest: target.digest });
        }}
      />
      <LoginDialog open={signingIn !== null} registry={signingIn ?? undefined} onClose={() => setSigningIn(null)} />
    </Box>
  );
}

function TagRow({
  registry,
  repository,
  tag,
  busy,
  onPull,
  onDelete,
  onSignIn,
}: {
  registry: string;
  repository: string;
  tag: string;
  busy: boolean;
  onPull(): void;
  onDelete(digest: string): void;
  onSignIn(registry: string): void;
}) {
  const { t } = useTranslation('registries');
  const manifest = useOp('registries.manifest', { registry, repository, reference: tag });
  const data = manifest.data;
  const pending = !data && !manifest.isError;
  const cell = (value: ReactNode) => (pending ? <Skeleton width={80} /> : value);
  return (
    <TableRow hover aria-label={`${repository}:${tag}`} data-tag={tag}>
      <TableCell sx={{ fontWeight: 600 }}>{tag}</TableCell>
      {manifest.isError ? (
        <TableCell colSpan={4}>
          <TagError error={manifest.error} onSignIn={onSignIn} onRetry={() => void manifest.refetch()} />
        </TableCell>
      ) : (
        <>
          <TableCell data-testid="tag-digest">
            {cell(
              data && (
                <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
                  <Tooltip title={data.digest}>
                    <Box component="span" sx={{ fontFamily: monoFont, fontSize: 12 }} data-digest={data.digest}>
                      {shortDigest(data.digest)}
                    </Box>
                  </Tooltip>
                  <Tooltip title={t('tags.copyDigest')}>
                    <IconButton size="small" aria-label={t('tags.copyDigestLabel', { tag })} onClick={() => void navigator.clipboard?.writeText(data.digest)}>
                      <ContentCopyOutlined sx={{ fontSize: 14 }} />
                    </IconButton>
                  </Tooltip>
                </Box>
              ),
            )}
          </TableCell>
          <TableCell>
            {cell(
              data && (
                <Tooltip title={data.kind === 'index' ? t('tags.multiPlatform', { platforms: data.platforms.join(', ') }) : ''}>
                  <span>{data.platforms.length > 2 ? `${data.platforms.slice(0, 2).join(', ')} +${data.platforms.length - 2}` : data.platforms.join(', ') || '—'}</span>
                </Tooltip>
              ),
            )}
          </TableCell>
          <TableCell align="right">{cell(data && formatBytes(data.sizeBytes))}</TableCell>
          <TableCell>{cell(data && formatCreated(data.created))}</TableCell>
        </>
      )}
      <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
        <Tooltip title={t('tags.pullHint')}>
          <IconButton size="small" aria-label={t('tags.pullLabel', { repository, tag })} onClick={onPull}>
            <DownloadOutlined fontSize="small" />
          </IconButton>
        </Tooltip>
        <Tooltip title={data ? t('tags.deleteHint') : t('tags.deleteUnavailable')}>
          <span>
            <IconButton size="small" aria-label={t('tags.deleteLabel', { repository, tag })} disabled={!data || busy} onClick={() => data && onDelete(data.digest)}>
              <DeleteOutlined fontSize="small" />
            </IconButton>
          </span>
        </Tooltip>
      </TableCell>
    </TableRow>
  );
}

function TagError({ error, onSignIn, onRetry }: { error: unknown; onSignIn(registry: string): void; onRetry(): void }) {
  const { t } = useTranslation('registries');
  return (
    <Box sx={{ '& .MuiAlert-root': { py: 0 } }}>
      <RegistryError error={error} what={t('tags.readFailed')} onRetry={onRetry} onSignIn={onSignIn} />
    </Box>
  );
}

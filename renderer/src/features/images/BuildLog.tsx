import ErrorOutline from '@mui/icons-material/ErrorOutlineOutlined';
import Box from '@mui/material/Box';
import Tooltip from '@mui/material/Tooltip';
import { alpha } from '@mui/material/styles';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { BuildLine } from '../../../../shared/contract/images';
import { monoFont } from '../../components/theme';
import { cacheVerdicts, groupBuildLog, type CacheVerdict } from './build-form';

/**
 * The build's log as it comes, one block per Dockerfile step: the instruction as a heading, "Using cache"
 * highlighted, the builder's bookkeeping dimmed, errors in red, and the failing step marked and scrolled to.
 * Follows the end while it is being read at the end; scrolling up stops that.
 */
export function BuildLog({ lines, droppedLines, failedStep, running, noCache }: { lines: readonly BuildLine[]; droppedLines: number; failedStep: number | null; running: boolean; noCache: boolean }) {
  const { t } = useTranslation('images');
  const view = useMemo(() => groupBuildLog(lines, failedStep), [lines, failedStep]);
  const verdicts = useMemo(() => cacheVerdicts(view.steps, noCache, running), [view.steps, noCache, running]);
  const box = useRef<HTMLDivElement>(null);
  const atEnd = useRef(true);

  useLayoutEffect(() => {
    const element = box.current;
    if (element && running && atEnd.current) element.scrollTop = element.scrollHeight;
  }, [lines, running]);

  useEffect(() => {
    if (failedStep === null) return;
    box.current?.querySelector(`[data-step="${failedStep}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [failedStep]);

  return (
    <Box
      ref={box}
      role="log"
      aria-label={t('buildLog.label')}
      tabIndex={0}
      onScroll={(event) => {
        const element = event.currentTarget;
        atEnd.current = element.scrollHeight - element.scrollTop - element.clientHeight < 24;
      }}
      sx={{
        flex: 1,
        minHeight: 220,
        maxHeight: 420,
        overflow: 'auto',
        fontFamily: monoFont,
        fontSize: 12,
        lineHeight: 1.6,
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
        bgcolor: 'code.surface',
        py: 0.5,
      }}
    >
      {droppedLines > 0 && <LogLine kind="info" text={t('buildLog.dropped', { count: droppedLines })} />}
      {view.preamble.map((line, index) => (
        <LogLine key={`p${index}`} kind={line.kind} text={line.text} />
      ))}
      {view.steps.map((step, index) => (
        <Box
          key={step.step}
          data-step={step.step}
          data-cache={verdicts[index]?.kind}
          aria-label={t('buildLog.stepLabel', {
            step: step.step,
            total: step.totalSteps ?? 0,
            instruction: step.instruction,
            cached: step.cached ? 'yes' : 'no',
            failed: step.failed ? 'yes' : 'no',
          })}
          role="group"
          sx={(theme) => ({
            borderLeft: 3,
            borderColor: step.failed ? 'error.main' : step.cached ? alpha(theme.palette.success.main, 0.7) : 'transparent',
            bgcolor: step.failed ? alpha(theme.palette.error.main, theme.palette.mode === 'dark' ? 0.12 : 0.06) : undefined,
            my: 0.25,
          })}
        >
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 1.25, fontWeight: 700 }}>
            {step.failed && <ErrorOutline sx={{ fontSize: 16, color: 'error.main' }} aria-hidden />}
            <Box component="span" sx={{ color: 'text.secondary', fontWeight: 600, whiteSpace: 'nowrap' }}>
              {step.totalSteps ? t('buildLog.stepOfShort', { step: step.step, total: step.totalSteps }) : t('buildLog.step', { step: step.step })}
            </Box>
            <Box component="span" sx={{ wordBreak: 'break-all' }}>
              {step.instruction}
            </Box>
            <CacheBadge verdict={verdicts[index] ?? null} />
          </Box>
          {step.lines.map((line, index) => (
            <LogLine key={index} kind={line.kind} text={line.text} />
          ))}
        </Box>
      ))}
      {lines.length === 0 && running && <LogLine kind="info" text={t('buildLog.sending')} />}
    </Box>
  );
}

/** "cache hit", or "rebuilt" with the reason as its tooltip (and in its accessible name). */
function CacheBadge({ verdict }: { verdict: CacheVerdict | null }) {
  const { t } = useTranslation('images');
  if (!verdict) return null;
  const hit = verdict.kind === 'cached';
  const reason = verdict.kind === 'after' ? t('buildLog.rebuiltAfter', { step: verdict.step }) : verdict.kind === 'changed' ? t('buildLog.rebuiltChanged') : verdict.kind === 'no-cache' ? t('buildLog.rebuiltNoCache') : '';
  const badge = (
    <Box
      component="span"
      aria-label={hit ? undefined : `${t('buildLog.rebuilt')}: ${reason}`}
      sx={(theme) => ({
        ml: 'auto',
        px: 0.75,
        borderRadius: 1,
        fontSize: 11,
        fontWeight: 600,
        fontFamily: theme.typography.fontFamily,
        color: hit ? (theme.palette.mode === 'dark' ? '#7ee787' : '#116329') : 'text.secondary',
        bgcolor: hit ? alpha(theme.palette.success.main, 0.16) : theme.palette.action.hover,
        whiteSpace: 'nowrap',
        cursor: hit ? undefined : 'help',
      })}
    >
      {hit ? t('buildLog.cacheHit') : t('buildLog.rebuilt')}
    </Box>
  );
  return hit ? badge : <Tooltip title={reason}>{badge}</Tooltip>;
}

function LogLine({ kind, text }: { kind: BuildLine['kind']; text: string }) {
  return (
    <Box
      data-kind={kind}
      sx={(theme) => ({
        px: 1.25,
        pl: 3,
        whiteSpace: 'pre-wrap',
        wordBreak: 'break-all',
        color: kind === 'error' ? 'error.main' : kind === 'info' ? 'text.secondary' : 'text.primary',
        ...(kind === 'cached' && {
          color: theme.palette.mode === 'dark' ? '#7ee787' : '#116329',
          fontWeight: 600,
          '& mark': { bgcolor: alpha(theme.palette.success.main, 0.22), color: 'inherit', px: 0.5, borderRadius: 0.5 },
        }),
        ...(kind === 'info' && { opacity: 0.85 }),
      })}
    >
      {kind === 'cached' ? (
        <>
          {'---> '}
          <mark>{text}</mark>
        </>
      ) : (
        text
      )}
    </Box>
  );
}

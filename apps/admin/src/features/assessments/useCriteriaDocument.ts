import { useEffect } from 'react';
import { useQuery } from 'urql';
import { KEPT_FOR_GOOD } from '../../graphql/client.ts';
import { nodeOf } from '../../graphql/graphql.ts';
import { CRITERIA_DOCUMENT } from './operations.ts';

/** The version an assessment is scored on, as its page reads it. */
interface VersionRead {
  id: string;
  revision: number;
}

/**
 * A criteria version's document, read once for the console's life: a second assessment on the same
 * version, or the same one opened again, asks nothing (`KEPT_FOR_GOOD`). Nothing is asked before the
 * version is known. `failed`: answered without it (refused, gone, or the network failed).
 */
export function useCriteriaDocument(version: VersionRead | null | undefined) {
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: CRITERIA_DOCUMENT,
    variables: { id: version?.id ?? '' },
    pause: !version,
    requestPolicy: 'cache-first',
    context: KEPT_FOR_GOOD,
  });
  const read = nodeOf(data?.node, 'CriteriaVersion');
  const kept = version && read?.id === version.id ? read : null;
  // A kept copy older than the version read since (only a draft's can be) is read again, once.
  const stale = Boolean(version && kept && kept.revision < version.revision);
  useEffect(() => {
    if (stale) reexecute({ requestPolicy: 'network-only' });
  }, [stale, reexecute]);
  const document = kept && !stale ? kept.document : undefined;
  const answered = !fetching && !stale && (data !== undefined || error !== undefined);
  return {
    document,
    loading: Boolean(version) && document === undefined && !answered,
    failed: document === undefined && answered,
  };
}

import type { Db, Tx } from '@chiso/db';
import { AppError } from '../../errors.ts';

/**
 * The files one assessment may hold, together (CHISO_EVIDENCE_QUOTA_MB, default 500 MB): room for
 * every criterion's scanned decisions many times over, but not for filling the disk from one account.
 */
function evidenceQuotaBytes(env: NodeJS.ProcessEnv = process.env): number {
  const megabytes = Number(env.CHISO_EVIDENCE_QUOTA_MB);
  return Math.floor((Number.isFinite(megabytes) && megabytes > 0 ? megabytes : 500) * 1024 * 1024);
}

const overQuota = (quota: number) => {
  const megabytes = Math.round(quota / 1024 / 1024);
  return new AppError('LIMIT_EXCEEDED', {
    vi: `Phiếu đánh giá này đã dùng hết ${megabytes.toLocaleString('vi-VN')} MB dành cho tệp minh chứng. Hãy xoá tệp không cần hoặc nén tệp nhỏ lại, hoặc dùng liên kết.`,
    en: `This assessment has used its ${megabytes.toLocaleString('en')} MB for evidence files. Remove files it does not need, make them smaller, or attach links instead.`,
  });
};

/** Refuses when the assessment's files, with `adding` bytes more, would pass the quota. */
export async function assertEvidenceRoom(
  db: Db | Tx,
  assessmentId: string,
  adding = 0,
  quota = evidenceQuotaBytes(),
) {
  const { _sum } = await db.evidence.aggregate({ where: { assessmentId }, _sum: { size: true } });
  if ((_sum.size ?? 0) + adding > quota) throw overQuota(quota);
}

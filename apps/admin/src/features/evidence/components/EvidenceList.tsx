import { formatDate } from '@chiso/scoring';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../lib/locale.ts';
import type { Evidence } from '../operations.ts';

interface Props {
  items: readonly Evidence[];
  /** Shown when given: the unit may still remove its evidence. */
  onRemove?: ((item: Evidence) => void) | undefined;
  /** Reviewers: images and PDFs open in place. */
  preview?: boolean;
}

const previewable = (item: Evidence) =>
  Boolean(item.downloadUrl && /^(image\/|application\/pdf)/.test(item.contentType ?? ''));

/** The evidence of one criterion: title, number, date, and a download or a link. */
export function EvidenceList({ items, onRemove, preview }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [open, setOpen] = useState<string | null>(null);
  if (items.length === 0) return <p className="muted small">{t('evidence.none')}</p>;
  return (
    <ul className="evidence-list">
      {items.map((item) => (
        <li key={item.id}>
          <span className="evidence-title">{item.title}</span>
          {item.documentNumber && <> · {item.documentNumber}</>}
          {item.issuedOn && <> · {formatDate(item.issuedOn, locale)}</>}{' '}
          {item.downloadUrl ? (
            <a href={item.downloadUrl} download={item.fileName ?? true}>
              {t('evidence.download', { name: item.fileName })}
            </a>
          ) : (
            item.url && (
              <a href={item.url} target="_blank" rel="noopener noreferrer">
                {t('evidence.openLink')}
              </a>
            )
          )}
          {preview && previewable(item) && (
            <button
              type="button"
              className="link"
              aria-expanded={open === item.id}
              onClick={() => setOpen(open === item.id ? null : item.id)}
            >
              {open === item.id ? t('evidence.hidePreview') : t('evidence.preview')}
            </button>
          )}
          {onRemove && (
            <button
              type="button"
              className="link danger"
              aria-label={t('evidence.removeLabel', { title: item.title })}
              onClick={() => onRemove(item)}
            >
              {t('evidence.remove')}
            </button>
          )}
          {open === item.id && item.downloadUrl && (
            <div className="evidence-preview">
              {item.contentType?.startsWith('image/') ? (
                <img src={item.downloadUrl} alt={item.title} />
              ) : (
                <iframe src={item.downloadUrl} title={item.title} />
              )}
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}

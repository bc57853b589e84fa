// Makes a dropped or chosen mail file, or pasted mail text, the current source; what cannot be read is explained and changes nothing.
import { useEffect, useId, useState, type DragEvent, type KeyboardEvent } from 'react';
import { MAX_SOURCE_BYTES, SourceFileError, type SourceFileErrorCode } from '@/utils/extract/message-file';
import type { SourceSnapshot } from '@/utils/source';
import { snapshotOfFile, snapshotOfText } from '@/utils/source-input';
import { t, type MessageKey } from '@/utils/i18n';

const ACCEPT = '.eml,.msg,.txt';
const LIMIT_MB = String(MAX_SOURCE_BYTES / 1024 / 1024);

const FILE_ERRORS: Record<SourceFileErrorCode, MessageKey> = {
  empty: 'sourceErrorEmpty',
  tooLarge: 'sourceErrorTooLarge',
  unreadable: 'sourceErrorUnreadable',
  unsupported: 'sourceErrorUnsupported',
};

// Parsed into an inert document: nothing in the mail's HTML loads or runs.
const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');

const detail = (error: unknown) => (error instanceof Error ? error.message : String(error));

function fileErrorText(error: unknown, name: string): string {
  if (error instanceof SourceFileError) return t(FILE_ERRORS[error.code], [name, LIMIT_MB]);
  return t('sourceErrorOther', [name, detail(error)]);
}

const carriesFiles = (data: DataTransfer | null) => Boolean(data?.types.includes('Files'));

export function SourceInput({ hasSource, onSource }: { hasSource: boolean; onSource(source: SourceSnapshot): Promise<void> }) {
  const inputId = useId();
  const hintId = useId();
  const pasteId = useId();
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [error, setError] = useState<string>();
  const [pasting, setPasting] = useState(false);
  const [text, setText] = useState('');

  useEffect(() => {
    // A file dropped beside the zone would otherwise be opened by the browser in place of the panel.
    const guard = (e: globalThis.DragEvent) => {
      if (e.defaultPrevented || !carriesFiles(e.dataTransfer)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'none';
    };
    window.addEventListener('dragover', guard);
    window.addEventListener('drop', guard);
    return () => {
      window.removeEventListener('dragover', guard);
      window.removeEventListener('drop', guard);
    };
  }, []);

  /** Makes what was read the current source, or says why not and leaves the current source as it was. */
  const take = async (read: () => Promise<SourceSnapshot>, failure: (error: unknown) => string, nothingFound: string): Promise<boolean> => {
    setBusy(true);
    setError(undefined);
    try {
      const source = await read();
      if (source.fields.length === 0) {
        setError(nothingFound);
        return false;
      }
      await onSource(source);
      return true;
    } catch (e) {
      setError(failure(e));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const readFiles = (files: FileList | null) => {
    if (!files || files.length === 0) return;
    if (files.length > 1) {
      setError(t('sourceErrorOneFile'));
      return;
    }
    const file = files[0]!;
    void take(() => snapshotOfFile(file, parseHtml), (e) => fileErrorText(e, file.name), t('sourceErrorNoFields', file.name));
  };

  const confirmPaste = async () => {
    const taken = await take(async () => snapshotOfText(text), (e) => t('sourceErrorPaste', detail(e)), t('sourceErrorPasteNoFields'));
    if (taken) {
      setPasting(false);
      setText('');
    }
  };

  const onDragOver = (e: DragEvent) => {
    if (!carriesFiles(e.dataTransfer)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onDragLeave = (e: DragEvent) => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    readFiles(e.dataTransfer.files);
  };
  const onPasteKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && text.trim()) void confirmPaste();
  };

  return (
    <div className="source-input">
      <div
        className={dragging ? 'drop-zone dragging' : 'drop-zone'}
        data-testid="source-drop"
        aria-busy={busy}
        onDragEnter={onDragOver}
        onDragOver={onDragOver}
        onDragLeave={onDragLeave}
        onDrop={onDrop}
      >
        <p className="drop-hint" id={hintId}>{busy ? t('sourceReading') : t('sourceDropHint')}</p>
        <div className="source-actions">
          <input
            id={inputId}
            type="file"
            accept={ACCEPT}
            className="visually-hidden"
            aria-describedby={hintId}
            disabled={busy}
            data-testid="source-file-input"
            onChange={(e) => {
              readFiles(e.currentTarget.files);
              // Cleared so that choosing the same file again (after fixing it) reads it again.
              e.currentTarget.value = '';
            }}
          />
          <label htmlFor={inputId} className="button">{t('sourceChooseFile')}</label>
          <button type="button" aria-expanded={pasting} aria-controls={pasteId} disabled={busy} onClick={() => setPasting(true)} data-testid="source-paste-open">
            {t('sourcePasteOpen')}
          </button>
        </div>
      </div>
      {error && (
        <p className="source-error" role="alert" data-testid="source-error">
          <span>{error}</span>
          {hasSource && <span>{t('sourceUnchanged')}</span>}
        </p>
      )}
      {pasting && (
        <div className="paste" id={pasteId}>
          <textarea
            rows={8}
            autoFocus
            value={text}
            aria-label={t('sourcePasteLabel')}
            placeholder={t('sourcePastePlaceholder')}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={onPasteKey}
            data-testid="source-paste-text"
          />
          <div className="source-actions">
            <button type="button" className="primary" disabled={busy || !text.trim()} onClick={() => void confirmPaste()} data-testid="source-paste-confirm">
              {t('sourcePasteConfirm')}
            </button>
            <button
              type="button"
              onClick={() => {
                setPasting(false);
                setText('');
                setError(undefined);
              }}
            >
              {t('cancel')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

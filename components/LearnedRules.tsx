// The learned rules of the current form, each deletable, and the mapping profile's export and import.
import { useId, useState, type ChangeEvent } from 'react';
import { db } from '@/utils/log/db';
import { deleteRule } from '@/utils/mapping/rule-store';
import { exportProfile, importProfile, MAX_PROFILE_BYTES, MAX_PROFILE_RULES, ProfileError } from '@/utils/mapping/profile';
import type { Rule } from '@/utils/mapping/rules';
import { t } from '@/utils/i18n';

type Notice = { kind: 'error' | 'info'; text: string };

function download(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const MB = String(MAX_PROFILE_BYTES / 1_000_000);

function refusal(name: string, error: unknown): string {
  if (!(error instanceof ProfileError)) return t('profileErrorOther', [name, error instanceof Error ? error.message : String(error)]);
  switch (error.code) {
    case 'tooLarge':
      return t('profileErrorTooLarge', [name, MB]);
    case 'notJson':
      return t('profileErrorNotJson', name);
    case 'notProfile':
      return t('profileErrorNotProfile', name);
    case 'newerVersion':
      return t('profileErrorNewerVersion', name);
    case 'tooManyRules':
      return t('profileErrorTooManyRules', [name, String(MAX_PROFILE_RULES)]);
    case 'badRule':
      return t('profileErrorBadRule', [name, String(error.rule), error.detail ?? '']);
  }
}

function ruleText(rule: Rule): string {
  return rule.action.kind === 'leave' ? t('ruleLeave', rule.targetLabel) : t('ruleTakes', [rule.targetLabel, rule.action.label]);
}

export function LearnedRules({ rules, sourceSignature }: { rules: Rule[]; sourceSignature?: string }) {
  const [notice, setNotice] = useState<Notice>();
  const inputId = useId();

  const onImport = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setNotice(undefined);
    try {
      if (file.size > MAX_PROFILE_BYTES) throw new ProfileError('tooLarge');
      const { added, replaced } = await importProfile(db(), await file.text());
      setNotice({ kind: 'info', text: t('profileImported', [file.name, String(added + replaced), String(added), String(replaced)]) });
    } catch (error) {
      setNotice({ kind: 'error', text: refusal(file.name, error) });
    }
  };

  const onExport = async () => {
    download(`tenki-profile-${new Date().toISOString().slice(0, 10)}.json`, await exportProfile(db()));
  };

  return (
    <section className="card" data-testid="rules-card">
      <details>
        <summary data-testid="rules-toggle">{t('rulesHeading', String(rules.length))}</summary>
        {rules.length === 0 ? (
          <p className="empty">{t('rulesEmpty')}</p>
        ) : (
          <ul className="rules" data-testid="rules-list">
            {rules.map((rule) => (
              <li key={rule.id} className="rule" data-testid="rule-row" data-key={rule.targetKey} data-kind={rule.action.kind}>
                <span className="rule-text">
                  {ruleText(rule)}
                  {sourceSignature !== rule.sourceSignature && <small className="muted"> {t('ruleOtherTemplate')}</small>}
                </span>
                <button type="button" onClick={() => void deleteRule(db(), rule.id!)} aria-label={t('ruleDeleteLabel', rule.targetLabel)} data-testid="rule-delete">
                  {t('ruleDelete')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="rule-actions">
          <button type="button" onClick={() => void onExport()} data-testid="profile-export">{t('profileExport')}</button>
          <input id={inputId} type="file" accept=".json,application/json" className="visually-hidden" onChange={(e) => void onImport(e)} data-testid="profile-import" />
          <label htmlFor={inputId} className="button">{t('profileImport')}</label>
        </div>
        {notice && (
          <p className={`notice-line ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="profile-notice">
            {notice.text}
          </p>
        )}
      </details>
    </section>
  );
}

// Protects taking the customer from a mail's To header only when the mail greets them by that name, never a desk or a team.
import { describe, expect, it } from 'vitest';
import { addresseeFields, greetingLine } from '@/utils/extract/addressee';
import type { Message } from '@/utils/extract/message-file';

const message = (to: Message['to'], text: string): Message => ({ subject: 's', from: 'shop@example.com', to, text, html: '' });

describe('greetingLine', () => {
  it('finds the opening line that names every word of the recipient, in any order and with 様', () => {
    expect(greetingLine('Receipt\n\nHi Emily Carter,\nThanks', 'Emily Carter')).toBe(2);
    expect(greetingLine('小林 真由美 様\n\nこの度は', '小林 真由美')).toBe(0);
    expect(greetingLine('Dear Carter Emily', 'Emily Carter')).toBe(0);
  });

  it('does not look past the opening lines or accept half a name', () => {
    const far = `${Array.from({ length: 12 }, (_, i) => `line ${i}`).join('\n')}\nHi Emily Carter`;
    expect(greetingLine(far, 'Emily Carter')).toBeUndefined();
    expect(greetingLine('Hi Emily,', 'Emily Carter')).toBeUndefined();
  });
});

describe('addresseeFields', () => {
  it('gives the name and address of the person the mail is written to', () => {
    const fields = addresseeFields(message({ name: 'Emily Carter', address: 'emily.carter@example.com' }, 'Hi Emily Carter,\n'), 'Hi Emily Carter,\n', 5);
    expect(fields.map((f) => [f.id, f.concept, f.normalized])).toEqual([
      ['f5', 'name', 'Emily Carter'],
      ['f6', 'email', 'emily.carter@example.com'],
    ]);
  });

  it('adds nothing when the greeting names someone else, or the recipient is a desk or a shared mailbox', () => {
    const body = 'ご担当者様\n\nお問い合わせです';
    expect(addresseeFields(message({ name: '山田 太郎', address: 'taro@example.com' }, body), body, 0)).toEqual([]);
    const ap = 'Dear Accounts Payable,\nPlease find our invoice';
    expect(addresseeFields(message({ name: 'Accounts Payable', address: 'payables@example.com' }, ap), ap, 0)).toEqual([]);
    const mailbox = 'Hi Sam Lee,\n';
    expect(addresseeFields(message({ name: 'Sam Lee', address: 'info@example.com' }, mailbox), mailbox, 0)).toEqual([]);
    expect(addresseeFields(message(undefined, 'Hi,'), 'Hi,', 0)).toEqual([]);
  });
});

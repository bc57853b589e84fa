// Protects reading a mail from outside: its sender's signature is the counterparty's, while a colleague's relay keeps the signature as the sender's own.
import { describe, expect, it } from 'vitest';
import { extractFromText } from '@/utils/extract';
import { isFromOutside } from '@/utils/extract/inbound';

const INQUIRY = `株式会社ミライテック
営業部 御中

はじめてご連絡いたします。有限会社丸岡工務店の工藤と申します。
■件名：事務所用LED照明器具の交換

━━━━━━━━━━━━━━━━
有限会社丸岡工務店
総務部　工藤 隆之
TEL：054-555-0620　FAX：054-555-0621
E-mail：kudo@maruoka-koumuten.example.co.jp
━━━━━━━━━━━━━━━━`;

const RELAY = `経理部 各位

お疲れさまです。営業二課の川口です。
会社名：株式会社北斗精機

━━━━━━━━━━━━━━━━
株式会社ミライテック 営業二課
川口 翔
TEL：03-5555-0101
━━━━━━━━━━━━━━━━`;

describe('isFromOutside', () => {
  it('is true for a mail addressed to an office, false for a relay among colleagues or a forward', () => {
    expect(isFromOutside(INQUIRY)).toBe(true);
    expect(isFromOutside(RELAY)).toBe(false);
    expect(isFromOutside(`Fwd: quote\n\n${INQUIRY}`)).toBe(false);
    expect(isFromOutside('山田 太郎 様\n\nご注文ありがとうございます。')).toBe(false);
  });
});

describe('the signature of a mail from outside', () => {
  it('is the counterparty’s block, trusted again; a colleague’s stays the sender’s', () => {
    const tel = (text: string) => extractFromText(text).find((f) => f.concept === 'tel' && f.section === 'signature');
    expect(tel(INQUIRY)).toMatchObject({ sectionKind: 'customer', normalized: '054-555-0620' });
    expect(tel(INQUIRY)!.confidence).toBeGreaterThan(0.5);
    expect(tel(RELAY)).toMatchObject({ sectionKind: 'sender' });
  });
});

import { ATTACHMENT_MAX_BYTES, ATTACHMENT_MAX_PER_REPORT } from '@plan/contracts';
import { ATTACHMENT_ACCEPT, checkAttachment, extensionOf, partitionAttachments } from './attachment-check';

const file = (name: string, size = 1000, type = 'application/pdf') => ({ name, size, type });

describe(checkAttachment.name, () => {
  it('accepts the evidence types within the limits', () => {
    expect(checkAttachment(file('会议纪要.PDF'), 0)).toBeNull();
    expect(checkAttachment(file('台账.xlsx', 5, ''), 0)).toBeNull();
    expect(checkAttachment(file('photo.jpeg', 5, 'image/jpeg'), 0)).toBeNull();
    expect(checkAttachment(file('slides.pptx', 5, 'application/octet-stream'), 0)).toBeNull();
    expect(checkAttachment(file('big.pdf', ATTACHMENT_MAX_BYTES), 0)).toBeNull();
  });

  it('names what is wrong', () => {
    expect(checkAttachment(file('tool.exe', 10, 'application/x-msdownload'), 0)).toBe('type');
    expect(checkAttachment(file('noextension'), 0)).toBe('type');
    expect(checkAttachment(file('fake.pdf', 10, 'text/html'), 0)).toBe('type');
    expect(checkAttachment(file('big.pdf', ATTACHMENT_MAX_BYTES + 1), 0)).toBe('size');
    expect(checkAttachment(file('empty.pdf', 0), 0)).toBe('empty');
    expect(checkAttachment(file('one-more.pdf'), ATTACHMENT_MAX_PER_REPORT)).toBe('count');
  });

  it('counts the files of one batch against the limit', () => {
    const batch = [file('a.pdf'), file('b.exe'), file('c.pdf'), file('d.pdf')];
    const { accepted, rejected } = partitionAttachments(batch, ATTACHMENT_MAX_PER_REPORT - 2);
    expect(accepted.map((f) => f.name)).toEqual(['a.pdf', 'c.pdf']);
    expect(rejected.map((r) => [r.file.name, r.problem])).toEqual([
      ['b.exe', 'type'],
      ['d.pdf', 'count'],
    ]);
  });

  it('reads extensions and builds the accept attribute', () => {
    expect(extensionOf('a.b.DOCX')).toBe('docx');
    expect(extensionOf('.hidden')).toBe('');
    expect(ATTACHMENT_ACCEPT).toContain('.pdf');
    expect(ATTACHMENT_ACCEPT).toContain('application/pdf');
  });
});

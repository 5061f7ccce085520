import { emptyMeetingForm, toCreateMeetingBody, validateMeetingForm } from './meeting-form';

describe(validateMeetingForm.name, () => {
  it('needs a title and a valid date', () => {
    expect(validateMeetingForm({ title: '  ', heldOn: '' })).toEqual({
      title: 'required',
      heldOn: 'required',
    });
    expect(validateMeetingForm({ title: '调度会', heldOn: '2026-02-30' })).toEqual({ heldOn: 'dateInvalid' });
    expect(validateMeetingForm(emptyMeetingForm('2026-11-29'))).toEqual({ title: 'required' });
  });

  it('holds the API limits: 200 characters, no control characters', () => {
    expect(validateMeetingForm({ title: '会'.repeat(201), heldOn: '2026-11-29' })).toEqual({
      title: 'tooLong',
    });
    expect(validateMeetingForm({ title: '会'.repeat(200), heldOn: '2026-11-29' })).toEqual({});
    expect(validateMeetingForm({ title: '调度\u0007会', heldOn: '2026-11-29' })).toEqual({
      title: 'controlChars',
    });
  });
});

describe(toCreateMeetingBody.name, () => {
  it('trims the title', () => {
    expect(toCreateMeetingBody({ title: ' 第三次调度会 ', heldOn: '2026-11-29' })).toEqual({
      title: '第三次调度会',
      heldOn: '2026-11-29',
    });
  });
});

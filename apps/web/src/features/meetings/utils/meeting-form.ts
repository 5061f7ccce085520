import { isIsoDate } from '@plan/contracts';
import type { CreateMeetingBody } from '../api/meetings.api';

export type MeetingFormValues = { title: string; heldOn: string };
export type MeetingFormField = keyof MeetingFormValues;
export type MeetingFormErrorKey = 'required' | 'tooLong' | 'controlChars' | 'dateInvalid';
export type MeetingFormErrors = Partial<Record<MeetingFormField, MeetingFormErrorKey>>;

// Mirrors CreateMeetingDto in apps/api.
export const MEETING_TITLE_MAX = 200;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export const emptyMeetingForm = (today: string): MeetingFormValues => ({ title: '', heldOn: today });

export const validateMeetingForm = (values: MeetingFormValues): MeetingFormErrors => {
  const errors: MeetingFormErrors = {};
  const title = values.title.trim();
  if (!title) errors.title = 'required';
  else if (title.length > MEETING_TITLE_MAX) errors.title = 'tooLong';
  else if (CONTROL_CHARS.test(title)) errors.title = 'controlChars';
  if (!values.heldOn) errors.heldOn = 'required';
  else if (!isIsoDate(values.heldOn)) errors.heldOn = 'dateInvalid';
  return errors;
};

export const toCreateMeetingBody = (values: MeetingFormValues): CreateMeetingBody => ({
  title: values.title.trim(),
  heldOn: values.heldOn,
});

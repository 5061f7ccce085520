import { ReportAttachment } from '../modules/attachments/report-attachment.entity';
import { AuditEvent } from '../modules/audit/audit-event.entity';
import { WorkspaceRevision } from '../modules/audit/workspace-revision.entity';
import { Session } from '../modules/auth/session.entity';
import { MeetingTask } from '../modules/meetings/meeting-task.entity';
import { Meeting } from '../modules/meetings/meeting.entity';
import { Milestone } from '../modules/milestones/milestone.entity';
import { Notification } from '../modules/notifications/notification.entity';
import { Person } from '../modules/people/person.entity';
import { Measure } from '../modules/reference/measure.entity';
import { Region } from '../modules/reference/region.entity';
import { Sector } from '../modules/reference/sector.entity';
import { ProgressReport } from '../modules/reports/progress-report.entity';
import { TaskSector } from '../modules/tasks/task-sector.entity';
import { TaskUnit } from '../modules/tasks/task-unit.entity';
import { Task } from '../modules/tasks/task.entity';
import { Unit } from '../modules/units/unit.entity';
import { Workspace } from '../modules/workspaces/workspace.entity';

export const ENTITIES = [
  Workspace,
  Region,
  Sector,
  Measure,
  Unit,
  Person,
  Session,
  Task,
  TaskSector,
  TaskUnit,
  Milestone,
  ProgressReport,
  AuditEvent,
  Notification,
  ReportAttachment,
  Meeting,
  MeetingTask,
  WorkspaceRevision,
];

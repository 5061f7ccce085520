import { InitialSchema1795947608286 } from '../../../../migrations/1795947608286-InitialSchema';
import { SeedReferenceData1795947700000 } from '../../../../migrations/1795947700000-SeedReferenceData';
import { AddForeignKeyIndexes1795949481701 } from '../../../../migrations/1795949481701-AddForeignKeyIndexes';
import { AddNotificationsAndAttachments1795950081436 } from '../../../../migrations/1795950081436-AddNotificationsAndAttachments';
import { AddMeetingsAndSnapshots1795950395967 } from '../../../../migrations/1795950395967-AddMeetingsAndSnapshots';
import { AddRowLevelSecurity1795954000000 } from '../../../../migrations/1795954000000-AddRowLevelSecurity';
import { AddWorkspaceRevisions1795952000000 } from '../../../../migrations/1795952000000-AddWorkspaceRevisions';
import { AddWorkspaceStatusAsOf1795952100000 } from '../../../../migrations/1795952100000-AddWorkspaceStatusAsOf';
import { SessionLookupWithWorkspace1795955000000 } from '../../../../migrations/1795955000000-SessionLookupWithWorkspace';
import { SessionLookupInPlpgsql1795956000000 } from '../../../../migrations/1795956000000-SessionLookupInPlpgsql';
import { AddTaskListItems1795957000000 } from '../../../../migrations/1795957000000-AddTaskListItems';
import { AddTaskTrendSteps1795958000000 } from '../../../../migrations/1795958000000-AddTaskTrendSteps';
import { AddLaggingTasksIndex1795959000000 } from '../../../../migrations/1795959000000-AddLaggingTasksIndex';

// Every migration in migrations/, in order. Imported explicitly so jest (TypeScript) and the build (JavaScript)
// load the same list; this registry lives with the data source so migrations/ holds only migrations.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const MIGRATIONS: Function[] = [
  InitialSchema1795947608286,
  SeedReferenceData1795947700000,
  AddForeignKeyIndexes1795949481701,
  AddNotificationsAndAttachments1795950081436,
  AddMeetingsAndSnapshots1795950395967,
  AddWorkspaceRevisions1795952000000,
  AddWorkspaceStatusAsOf1795952100000,
  AddRowLevelSecurity1795954000000,
  SessionLookupWithWorkspace1795955000000,
  SessionLookupInPlpgsql1795956000000,
  AddTaskListItems1795957000000,
  AddTaskTrendSteps1795958000000,
  AddLaggingTasksIndex1795959000000,
];

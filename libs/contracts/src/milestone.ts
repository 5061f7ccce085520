export type MilestoneView = {
  id: string;
  taskId: string;
  title: string;
  dueDate: string;
  weight: number;
  doneDate: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
};

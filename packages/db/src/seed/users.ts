import type { Role } from '../generated/prisma/enums.ts';

/** The demo's password for every account; printed by the Quick start, written in the README. */
export const DEMO_PASSWORD = 'chiso-demo';

export interface DemoUser {
  email: string;
  name: string;
  role: Role;
  /** Unit officers: the GSO code of their unit. */
  unitCode?: string;
}

export const DEMO_USERS: readonly DemoUser[] = [
  { email: 'admin@chiso.local', name: 'Nguyễn Văn Quản (Sở TT&TT)', role: 'ADMIN' },
  { email: 'reviewer@chiso.local', name: 'Trần Thị Thẩm (thẩm định)', role: 'REVIEWER' },
  {
    email: 'vandon@chiso.local',
    name: 'Lê Văn Đồn (UBND huyện Vân Đồn)',
    role: 'UNIT_OFFICER',
    unitCode: '203',
  },
  { email: 'analyst@chiso.local', name: 'Phạm Thị Phân (phân tích)', role: 'ANALYST' },
];

export { type CreatedAdmin, CreateAdminError, createAdmin } from './create-admin.ts';
export { userSearchName } from './search.ts';

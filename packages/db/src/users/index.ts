export { CreateAdminError, type CreatedAdmin, createAdmin } from './create-admin.ts';
export { userSearchName } from './search.ts';

// Hashing lives with the database package so that the demo seed can create users too.
export { hashPassword, verifyPassword } from '@chiso/db';

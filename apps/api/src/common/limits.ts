// Versions are PostgreSQL integers; anything larger is a bad request, not a database error.
export const MAX_VERSION = 2_147_483_647;

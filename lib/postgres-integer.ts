/** PostgreSQL's largest `integer`: ids, versions and positions above it cannot exist, so input above it is invalid. */
export const MAX_POSTGRES_INTEGER = 2_147_483_647

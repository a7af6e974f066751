// type-graphql's check for `@Authorized(role)`, beside the schema it guards. The request's viewer
// (or the reason its token was refused) is put in the context by the server (src/server/auth.ts).
import type { AuthChecker } from 'type-graphql';
import { forbidden, unauthenticated } from '../errors.js';
import type { Context } from './context.js';

/** The API's own role names; the token's are mapped onto them by configuration. */
export const Role = { CURATOR: 'curator' } as const;

/** The token must have verified and carry the role. */
export const authChecker: AuthChecker<Context> = ({ context }, roles) => {
  if (context.authError) throw context.authError;
  if (!context.viewer) throw unauthenticated('this operation needs a bearer token with the curator role');
  const missing = roles.filter((role) => !context.viewer!.roles.includes(role));
  if (missing.length > 0)
    throw forbidden(`this operation needs the ${missing.join(', ')} role, which the token does not give`);
  return true;
};

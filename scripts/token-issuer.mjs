#!/usr/bin/env node
/**
 * A small Docker registry token issuer for the test environment (the "token server" of distribution's
 * `auth: token` scheme), on loopback only, with nothing but node: built-ins.
 *
 *   node scripts/token-issuer.mjs CONFIG.json
 *
 * CONFIG.json: { "port": 5557, "issuer": "...", "service": "...", "user": "...", "password": "...",
 *                "key": "key.pem", "cert": "cert.pem" }
 *
 * GET /token?service=S&scope=repository:NAME:pull,push&scope=registry:catalog:* with `Authorization: Basic`
 * answers {token, access_token, expires_in, issued_at}: a JWT signed with the key (RS256 for an RSA key,
 * ES256 for a P-256 one) whose header carries the certificate in `x5c` — the certificate is the registry's
 * `rootcertbundle`, which is how the registry trusts the signature. The claims are iss, sub, aud (the service),
 * exp, nbf, iat, jti and `access`, granting every action the scopes ask for. A missing or wrong user or password
 * gets 401 (the registry's own challenge then tells the client so); a token for another service gets 400.
 * Passwords are compared in constant time and never logged.
 */
import { createHash, createPrivateKey, randomUUID, sign, timingSafeEqual, X509Certificate } from 'node:crypto';
import fs from 'node:fs';
import { createServer } from 'node:http';

const configFile = process.argv[2];
if (!configFile) {
  process.stderr.write('usage: node scripts/token-issuer.mjs CONFIG.json\n');
  process.exit(2);
}
const config = JSON.parse(fs.readFileSync(configFile, 'utf8'));
const key = createPrivateKey(fs.readFileSync(config.key));
const certificate = new X509Certificate(fs.readFileSync(config.cert));
const algorithm = key.asymmetricKeyType === 'ec' ? 'ES256' : 'RS256';
/** How long a token is good for, in seconds. */
const LIFETIME = 300;

const base64url = (data) => Buffer.from(data).toString('base64url');
const digest = (text) => createHash('sha256').update(text, 'utf8').digest();
const sameText = (a, b) => timingSafeEqual(digest(a), digest(b));

/** The user named by a valid `Authorization: Basic` header, or null. */
function authenticatedUser(header) {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!match) return null;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  const user = decoded.slice(0, colon);
  const password = decoded.slice(colon + 1);
  // Both compared, always: no early exit that would tell a wrong user from a wrong password by timing.
  const userOk = sameText(user, config.user);
  const passwordOk = sameText(password, config.password);
  return userOk && passwordOk ? user : null;
}

/**
 * `repository:library/busybox:pull,push` → {type, name, actions}. The name may itself hold colons (a registry
 * host with a port), so the type ends at the first colon and the actions start after the last one; a type
 * with a resource class, `repository(plugin)`, loses the class.
 */
function parseScope(scope) {
  const first = scope.indexOf(':');
  const last = scope.lastIndexOf(':');
  if (first < 0 || last === first) return null;
  const type = scope.slice(0, first).replace(/\(.*\)$/, '');
  const name = scope.slice(first + 1, last);
  const actions = scope.slice(last + 1).split(',').filter(Boolean);
  return type && name ? { type, name, actions } : null;
}

function signToken(subject, access) {
  const now = Math.floor(Date.now() / 1000);
  const header = { typ: 'JWT', alg: algorithm, x5c: [certificate.raw.toString('base64')] };
  const claims = {
    iss: config.issuer,
    sub: subject,
    aud: config.service,
    exp: now + LIFETIME,
    nbf: now - 1,
    iat: now,
    jti: randomUUID(),
    access,
  };
  const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
  const signature =
    algorithm === 'ES256'
      ? sign('sha256', Buffer.from(signingInput), { key, dsaEncoding: 'ieee-p1363' })
      : sign('sha256', Buffer.from(signingInput), key);
  return `${signingInput}.${base64url(signature)}`;
}

function answer(response, status, body) {
  response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://token-issuer');
  if (url.pathname !== '/token') return answer(response, 404, { errors: [{ code: 'NOT_FOUND', message: 'only /token is here' }] });
  if (request.method !== 'GET') return answer(response, 405, { errors: [{ code: 'UNSUPPORTED', message: 'GET /token only' }] });
  const service = url.searchParams.get('service');
  if (service && service !== config.service) {
    return answer(response, 400, { errors: [{ code: 'INVALID_SERVICE', message: `this issuer signs tokens for ${config.service}` }] });
  }
  const scopes = url.searchParams.getAll('scope').flatMap((s) => s.split(' ')).filter(Boolean);
  const user = authenticatedUser(request.headers.authorization);
  log(`${user ? 200 : 401} ${user ?? '-'} ${scopes.join(' ') || '(no scope)'}`);
  if (!user) {
    response.setHeader('www-authenticate', `Basic realm="${config.issuer}"`);
    return answer(response, 401, { errors: [{ code: 'UNAUTHORIZED', message: 'a valid user name and password are required' }] });
  }
  const access = scopes.map(parseScope).filter(Boolean);
  const token = signToken(user, access);
  answer(response, 200, { token, access_token: token, expires_in: LIFETIME, issued_at: new Date().toISOString() });
});

function log(line) {
  process.stderr.write(`${new Date().toISOString()} ${line}\n`);
}

server.listen(config.port, '127.0.0.1', () => log(`token issuer for ${config.service} on http://127.0.0.1:${config.port}/token (${algorithm})`));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));

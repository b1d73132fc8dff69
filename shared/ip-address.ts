/**
 * IPv4 and IPv6 addresses as numbers, so that the network form can say "the gateway is outside the subnet"
 * before the engine answers with "Requested address is out of range".
 */
interface ParsedIp {
  family: 4 | 6;
  value: bigint;
}

function parseV4(text: string): bigint | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  let value = 0n;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return null;
    value = (value << 8n) | BigInt(part);
  }
  return value;
}

function parseV6(text: string): bigint | null {
  let low = 0n;
  let groupsText = text;
  // An IPv4 tail (::ffff:10.0.0.1) counts as the last two groups.
  if (text.includes('.')) {
    const cut = text.lastIndexOf(':');
    const v4 = parseV4(text.slice(cut + 1));
    if (v4 === null) return null;
    low = v4;
    groupsText = `${text.slice(0, cut + 1)}0:0`;
  }
  const halves = groupsText.split('::');
  if (halves.length > 2) return null;
  const split = (part: string) => (part === '' ? [] : part.split(':'));
  const left = split(halves[0] ?? '');
  const right = halves.length === 2 ? split(halves[1] ?? '') : [];
  const missing = 8 - left.length - right.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const groups = [...left, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...right];
  let value = 0n;
  for (const group of groups) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(group)) return null;
    value = (value << 16n) | BigInt(parseInt(group, 16));
  }
  return value | low;
}

export function parseIp(text: string): ParsedIp | null {
  if (text.includes(':')) {
    const value = parseV6(text);
    return value === null ? null : { family: 6, value };
  }
  const value = parseV4(text);
  return value === null ? null : { family: 4, value };
}

/** Whether `ip` lies inside `cidr` (same family, same network bits); false for anything malformed. */
export function subnetContains(cidr: string, ip: string): boolean {
  const [base = '', bitsText = ''] = cidr.split('/');
  const network = parseIp(base);
  const address = parseIp(ip);
  const bits = Number(bitsText);
  if (!network || !address || network.family !== address.family || !/^\d+$/.test(bitsText)) return false;
  const width = network.family === 4 ? 32 : 128;
  if (bits > width) return false;
  const hostBits = BigInt(width - bits);
  return network.value >> hostBits === address.value >> hostBits;
}

/**
 * The contract's own words for what is wrong with an input, in one place: main answers INVALID_INPUT with these
 * English sentences (a script on the WebSocket reads them as they are), and the renderer recognises each one by
 * its template and words it in the UI language from `errors:contract.<key>` (renderer/src/api/contract-issues.ts),
 * translating the values that are themselves contract phrases ({where}, {what}) or contract sentences
 * ({problem}). So no check words its refusal anywhere else, and every refusal has a translation
 * (test/unit/contract-issues.test.ts holds the English resources to these templates).
 */
import { fillTemplate } from './template.js';

export const issueWords = {
  // Names and references of the engine's objects.
  containerRefRequired: 'a container id or name is required',
  containerRef: 'not a container id or name',
  containerName: 'not a container name',
  runName: 'a name starts with a letter or digit and has only letters, digits, _ . -',
  networkRefRequired: 'a network id or name is required',
  networkRef: 'not a network id or name',
  networkName: 'not a network name: a letter or digit first, then letters, digits, _ . or -',
  hostName: 'not a host name',
  volumeNameRequired: 'a volume name is required',
  volumeName: 'not a volume name: a letter or digit first, then letters, digits, _ . or -',
  mountVolumeName: 'not a volume name',
  volumeDriver: 'not a volume driver name',
  cloneName: 'the clone needs a name of its own',
  trashEntry: 'not an entry of Recently removed',
  signal: 'not a signal name or number',
  variableName: 'not a variable name',
  buildArgName: 'a build argument name is letters, digits and _',
  buildStage: 'not a build stage name',
  platform: 'os/arch[/variant]',
  imagesRequired: 'name at least one image',
  imageRequired: 'an image is required',
  commitRepository: 'not a repository name (lower case, digits, . _ - and / only)',
  commitTag: 'not a tag',
  commitChange: 'one Dockerfile instruction: CMD, ENTRYPOINT, ENV, EXPOSE, WORKDIR, USER, LABEL, VOLUME, ONBUILD or STOPSIGNAL',
  // Networks.
  subnet: 'not a subnet in CIDR form (10.10.0.0/24, fd00::/64)',
  ipAddress: 'not an IP address',
  ipv4Address: 'not an IPv4 address',
  ipv6Address: 'not an IPv6 address',
  gatewayNeedsSubnet: 'a gateway needs a subnet',
  gatewayInSubnet: 'the gateway must lie inside the subnet',
  // Engines and registries.
  engineNameRequired: 'a name is required',
  engineAddress: 'an engine address: unix://, npipe://, tcp://, ssh://',
  fingerprint: 'a fingerprint as ssh prints it: SHA256: and 43 base64 characters',
  registryRequired: 'a registry host is required',
  registryHost: 'not a registry host (host or host:port)',
  manifestDigest: 'not a digest (algorithm:hex, e.g. sha256:…)',
  tagOrDigest: 'not a tag or a digest (sha256:…)',
  usernameRequired: 'a user name is required',
  passwordRequired: 'a password or access token is required',
  searchTermRequired: 'a search term is required',
  // Image references, as docker's reference grammar has them.
  refRequired: 'an image reference is required',
  refSpaces: 'an image reference cannot contain spaces: "{text}"',
  refIsId: '"{text}" is a 64-character image id, not a repository name',
  refColon: "invalid repository name \"{rest}\": a ':' may only start a tag or a registry port",
  refTooLong: 'a repository name can be at most {max} characters, registry included (this one has {length})',
  refHasDigest: '"{input}" has a digest: a tag target is a name and an optional tag, not a digest',
  registryPort: 'invalid registry port "{port}" in "{host}": a port is digits only',
  registryHostName: "invalid registry host \"{name}\": letters, digits and '-' in dot-separated parts, each starting and ending with a letter or digit",
  repositoryRequired: 'a repository name is required',
  repositoryUppercase: 'uppercase letters are not allowed in a repository name: "{path}"',
  repositoryEmptyPart: "a repository name cannot have an empty part (a leading, trailing or doubled '/'): \"{path}\"",
  repositoryPart: "invalid repository name \"{path}\": \"{part}\" must be lowercase letters and digits, separated by '.', '_', '__' or dashes, and start and end with a letter or digit",
  tagEmpty: 'a tag cannot be empty (nothing after the ":")',
  tagTooLong: 'a tag can be at most {max} characters (this one has {length})',
  tagChars: "invalid tag \"{tag}\": letters, digits, '_', '.' and '-' only, not starting with '.' or '-'",
  digestEmpty: 'a digest cannot be empty (nothing after the "@")',
  digestForm: 'invalid digest "{digest}": expected sha256: followed by 64 lowercase hexadecimal digits',
  // Names and paths of files.
  nul: '{what} cannot contain a NUL character',
  brokenText: '{what} contains a broken character (a lone UTF-16 surrogate), which no file name, path or URL can hold',
  fileNameRequired: 'a file name is required',
  fileNameTooLong: 'a file name has at most {max} characters',
  fileNameSlash: '"{name}" is a path, not a file name: it cannot contain "/"',
  fileNameDots: '"{name}" is not a file name: it means the folder itself (".") or its parent ("..")',
  fileNameMissing: 'a file name is missing at the end of the path',
  dockerfileRequired: 'a Dockerfile path is required',
  pathTooLong: 'a path has at most {max} characters',
  innerPathAbsolute: 'an absolute path inside {where} is required (it starts with "/")',
  innerPathDots: 'a path inside {where} cannot have a "{dots}" part: write the folder it means in full',
  hostPathAbsolute: 'an absolute path {where} is required (/…, C:\\… or \\\\server\\…)',
  hostPathDots: 'a path {where} cannot have a "{dots}" part: write the folder it means in full',
  bindSource: 'the source of a bind mount: {problem}',
} as const;

/** The phrases the sentences above take as {what} and {where}; translated with them. */
export const issuePhrases = {
  aFileName: 'a file name',
  aPath: 'a path',
  thePageStart: 'the page start',
  theContainer: 'the container',
  theVolume: 'the volume ("/" is its root)',
  onThisComputer: 'on this computer',
  onTheEngineMachine: 'on the engine’s machine',
} as const;

export type IssueKey = keyof typeof issueWords;
export type IssuePhrase = keyof typeof issuePhrases;

/** A contract sentence in English with its values filled in. */
export function issueText(key: IssueKey, values: Record<string, string | number> = {}): string {
  return fillTemplate(issueWords[key], values);
}

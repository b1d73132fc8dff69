/*
 * What other pages use from the registries feature: the login dialog (a pull or push refused with
 * UNAUTHORIZED opens it prefilled with the registry the error names) and the helpers to read such errors.
 */
export { LoginDialog, type LoginDialogProps } from './LoginDialog';
export { PullDialog } from './PullDialog';
export { describeRegistryError, pullReference, registryLabel, unauthorizedRegistry } from './registry-words';

import { contextBridge, ipcRenderer } from 'electron';
import { createClient, toBridge } from '../../shared/client.js';
import type { ServerMessage } from '../../shared/protocol.js';
import { TO_MAIN, TO_RENDERER } from './channels.js';

// The renderer gets the typed client and nothing else: no ipcRenderer, no Node.
const client = createClient({
  send: (message) => ipcRenderer.send(TO_MAIN, message),
  onMessage: (receive) => ipcRenderer.on(TO_RENDERER, (_event, message: ServerMessage) => receive(message)),
});

contextBridge.exposeInMainWorld('berth', toBridge(client));

/**
 * The operating system's notifications (the Notification API, in Electron and in browsers), for a long job
 * that ends while Berth is not on screen. Permission is asked the first time a job starts (a user's click),
 * never at load; refused or unsupported means nothing is shown.
 */
export function askNotificationPermission(): void {
  if (typeof Notification === 'undefined' || Notification.permission !== 'default') return;
  void Notification.requestPermission().catch(() => undefined);
}

export function showSystemNotification(title: string, body: string): void {
  if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
  try {
    const notification = new Notification(title, { body, tag: `berth-${title}` });
    notification.onclick = () => {
      window.focus();
      notification.close();
    };
  } catch {
    // Some browsers only allow notifications from a service worker: the in-app message is enough then.
  }
}

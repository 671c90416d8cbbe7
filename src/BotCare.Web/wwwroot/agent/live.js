// Live updates from the agent hub (/hubs/agent) over SignalR, loaded as a classic script (window.signalR) before
// this module. When the hub cannot be reached the console still works: it polls, and says live updates are off.

const typingEvery = 3000;

/**
 * @param handlers {{ queueChanged(), activity(conversationId, item), conversationChanged(conversationId),
 *   commitmentAtRisk(item), reconnected(), state(name), watched(): string|null }}
 */
export function connectLive(handlers) {
  const signalR = window.signalR;
  if (!signalR?.HubConnectionBuilder) {
    handlers.state('unavailable');
    return { connected: () => false, watch() {}, unwatch() {}, typing() {} };
  }

  const connection = new signalR.HubConnectionBuilder()
    .withUrl('/hubs/agent')
    .withAutomaticReconnect()
    .configureLogging(signalR.LogLevel.Warning)
    .build();

  connection.on('queueChanged', () => handlers.queueChanged());
  connection.on('conversationActivity', (conversationId, item) => handlers.activity(conversationId, item));
  connection.on('conversationChanged', (conversationId) => handlers.conversationChanged(conversationId));
  connection.on('commitmentAtRisk', (commitment) => handlers.commitmentAtRisk(commitment));

  const connected = () => connection.state === signalR.HubConnectionState.Connected;
  const invoke = (method, ...args) => {
    if (!connected()) return;
    connection.invoke(method, ...args).catch((error) => console.warn(`Agent hub: ${method} failed`, error));
  };
  const rewatch = () => {
    const id = handlers.watched();
    if (id) invoke('watch', id);
  };

  connection.onreconnecting(() => handlers.state('reconnecting'));
  connection.onreconnected(() => {
    handlers.state('live');
    rewatch();
    handlers.reconnected();
  });

  // Automatic reconnection gives up after about 45 s; from then on, keep trying now and then (the poll goes on).
  let retry = 0;
  const start = async () => {
    try {
      await connection.start();
      retry = 0;
      handlers.state('live');
      rewatch();
      handlers.reconnected();
    } catch (error) {
      console.warn('Agent hub: could not connect', error);
      handlers.state('offline');
      retry = Math.min(retry + 1, 6);
      setTimeout(start, Math.min(60000, 2000 * 2 ** retry));
    }
  };
  connection.onclose(() => {
    handlers.state('offline');
    setTimeout(start, 5000);
  });
  start();

  let lastTyping = { id: null, at: 0 };
  return {
    connected,
    watch: (id) => invoke('watch', id),
    unwatch: (id) => invoke('unwatch', id),
    typing: (id) => {
      const now = Date.now();
      if (lastTyping.id === id && now - lastTyping.at < typingEvery) return;
      lastTyping = { id, at: now };
      invoke('typing', id);
    },
  };
}

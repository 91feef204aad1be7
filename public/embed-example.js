// Logs the events of every <tripebble-board> on the page. An external file, so the page's
// Content-Security-Policy needs no 'unsafe-inline'.
const log = document.getElementById('log');
for (const type of ['move', 'solved', 'error']) {
  document.addEventListener(type, (event) => {
    if (!(event instanceof CustomEvent) || !(event.target instanceof Element)) return;
    if (event.target.localName !== 'tripebble-board') return;
    const item = document.createElement('li');
    item.textContent = `#${event.target.id} ${type} ${JSON.stringify(event.detail)}`;
    log.append(item);
  });
}

// Cockpit's dashboard tile (plugin point cockpit.dashboard): the open cases by status, as the board
// page counts them for the signed-in person, and the way to the board page. LOOK.summary answers
// {red, amber, green, none}; the webapps' session signs the request in.

const LABELS = [
  ['red', 'Late', '#d4351c'],
  ['amber', 'Due soon', '#f47738'],
  ['green', 'On track', '#00703c'],
  ['none', 'No clock', '#505a5f'],
];

const prefix = () => {
  const at = window.location.pathname.indexOf('/camunda/');
  return at > 0 ? window.location.pathname.substring(0, at) : '';
};

const render = (node) => {
  const tile = document.createElement('section');
  tile.className = 'll-board-tile';
  tile.innerHTML = '<h2 class="section-title">Cases against their clocks</h2>'
    + '<div class="ll-board-counts" aria-live="polite">Counting…</div>'
    + '<p><a class="ll-board-link"></a></p>';
  const link = tile.querySelector('.ll-board-link');
  link.href = prefix() + LOOK.boardPage;
  link.textContent = 'Open the board page';
  node.appendChild(tile);

  fetch(prefix() + LOOK.summary, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
    .then((summary) => {
      const counts = tile.querySelector('.ll-board-counts');
      counts.textContent = '';
      LABELS.forEach(([key, label, colour]) => {
        const count = document.createElement('a');
        count.className = 'll-board-count ll-board-count--' + key;
        count.href = prefix() + LOOK.boardPage + '?status=' + key + '#cases';
        count.style.cssText = 'display:inline-block;margin:0 1.5em 0.5em 0;padding-left:0.5em;'
          + 'border-left:6px solid ' + colour + ';color:inherit;text-decoration:none;';
        const number = document.createElement('strong');
        number.style.cssText = 'display:block;font-size:2em;line-height:1.1;';
        number.textContent = String(summary[key] || 0);
        const words = document.createElement('span');
        words.textContent = label;
        count.append(number, words);
        counts.appendChild(count);
      });
    })
    .catch(() => {
      tile.querySelector('.ll-board-counts').textContent = 'The counts could not be read: open the board page.';
    });
};

export default [{
  id: 'learningloop.board-tile',
  pluginPoint: 'cockpit.dashboard',
  priority: 100,
  render,
}];

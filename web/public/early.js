// Runs before the app's code arrives: asks for what the first screen needs, so the answers travel
// while the scripts download and run. The app takes each answer once (web/src/app/early.ts).
(function () {
  function get(path) {
    return fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } }).catch(function () {
      return null;
    });
  }
  var early = { '/api/v1/setup': get('/api/v1/setup') };
  // The CSRF cookie is readable by scripts and set only with a session: without it nobody is signed in.
  if (/(^|;\s*)kt_csrf=/.test(document.cookie)) {
    early['/api/v1/me'] = get('/api/v1/me');
    early['/api/v1/record-types'] = get('/api/v1/record-types');
  }
  window.__kartotekaEarly = { at: Date.now(), answers: early };
})();

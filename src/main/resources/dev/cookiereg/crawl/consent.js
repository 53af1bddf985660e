// Gives consent the way the site's own banner takes it: through the API of the banner library on the page.
// Run with executeAsyncScript(choice, category, library, timeoutMs); answers {library, cookie} or {error}.
//   choice: 'reject' (everything optional refused), 'all', or 'category' (that category alone accepted)
//   library: the library the registry declares ('vanilla-cookieconsent', 'klaro') or '' to detect one
// A library on the page that is not ready yet (Klaro's getManager throws until its setup has run) is tried
// again until the timeout; then the answer says what was seen.
var choice = arguments[0], category = arguments[1], declared = arguments[2], timeout = arguments[3];
var done = arguments[arguments.length - 1];
var started = Date.now();
var seen = '';

function vanilla() {
  var cc = window.CookieConsent;
  if (!cc || typeof cc.acceptCategory !== 'function') return null;
  // run() has shown the banner when its root element exists; hidden from robots, it never does
  if (!document.getElementById('cc-main')) {
    seen = 'window.CookieConsent is on the page but its banner never appeared (not run, or hidden from robots)';
    return null;
  }
  if (choice === 'all') cc.acceptCategory('all');
  else if (choice === 'reject') cc.acceptCategory([]);
  else cc.acceptCategory([category]);
  var name = 'cc_cookie';
  try { name = (cc.getConfig('cookie') || {}).name || name; } catch (e) {}
  return { library: 'vanilla-cookieconsent', cookie: name };
}

function klaro() {
  var k = window.klaro;
  if (!k || typeof k.getManager !== 'function') return null;
  var m;
  try { m = k.getManager(); } catch (e) {
    seen = 'window.klaro is on the page but its manager is not ready: ' + String(e && e.message || e);
    return null;
  }
  if (!m || !m.config || !m.config.services) return null;
  m.config.services.forEach(function (s) {
    var purposes = s.purposes || [];
    var on = !!s.required || choice === 'all' || (choice === 'category' && purposes.indexOf(category) >= 0);
    m.updateConsent(s.name, on);
  });
  m.saveAndApplyConsents();
  return { library: 'klaro', cookie: m.config.storageName || m.config.cookieName || 'klaro' };
}

function attempt() {
  var order = declared === 'klaro' ? [klaro, vanilla] : [vanilla, klaro];
  for (var i = 0; i < order.length; i++) {
    var r = null;
    try { r = order[i](); } catch (e) { done({ error: String(e && e.message || e) }); return; }
    if (r) { done(r); return; }
  }
  if (Date.now() - started > timeout) {
    done({ error: seen || 'no banner API (window.CookieConsent, window.klaro) on the page' });
    return;
  }
  setTimeout(attempt, 50);
}
attempt();

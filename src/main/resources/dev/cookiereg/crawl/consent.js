// Gives consent the way the site's own banner takes it: through the API of the banner library on the page.
// Run with executeAsyncScript(choice, category, library, timeoutMs); answers {library, cookie} or {error}.
//   choice: 'reject' (everything optional refused), 'all', or 'category' (that category alone accepted)
//   library: the library the registry declares ('vanilla-cookieconsent', 'klaro') or '' to detect one
var choice = arguments[0], category = arguments[1], declared = arguments[2], timeout = arguments[3];
var done = arguments[arguments.length - 1];
var started = Date.now();

function vanilla() {
  var cc = window.CookieConsent;
  // run() has finished when the banner's root element exists
  if (!cc || typeof cc.acceptCategory !== 'function' || !document.getElementById('cc-main')) return null;
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
  var m = k.getManager();
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
  if (Date.now() - started > timeout) { done({ error: 'no banner API (window.CookieConsent, window.klaro) on the page' }); return; }
  setTimeout(attempt, 50);
}
attempt();

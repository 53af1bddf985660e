/*
 * The preview's one script, served by `cookiereg serve` only and never part of the site: it reloads
 * the page when the preview has rendered a new generation (server-sent events), and runs the real
 * banner, vanilla-cookieconsent, with the config the site generates, in the page's language.
 */
(function () {
  'use strict';
  var me = document.currentScript;
  var generation = me.getAttribute('data-generation');
  var config = me.getAttribute('data-banner');
  var root = document.documentElement;

  // A new generation: reload (the browser keeps the reading position). The first event after a
  // connection names the current one, so an edit made while this page loaded is not missed.
  var events = new EventSource('/__preview/events');
  events.addEventListener('generation', function (e) {
    if (e.data === generation) return;
    events.close();
    location.reload();
  });

  if (!config || !window.CookieConsent) return;
  // JSON has no RegExp: cookie patterns are written "/^…$/" under "name" (see the README).
  function revive(key, value) {
    if (key === 'name' && typeof value === 'string' && /^\/(.+)\/([a-z]*)$/.test(value)) {
      var slash = value.lastIndexOf('/');
      return new RegExp(value.slice(1, slash), value.slice(slash + 1));
    }
    return value;
  }
  fetch(config, { cache: 'no-store' })
    .then(function (r) {
      if (!r.ok) throw new Error(config + ': ' + r.status);
      return r.text();
    })
    .then(function (text) {
      var c = JSON.parse(text, revive);
      c.hideFromBots = false; // editors driving a browser from a script see it too
      c.language = c.language || {};
      c.language.autoDetect = 'document'; // each language's page shows its own words
      return window.CookieConsent.run(c);
    })
    .then(function () {
      root.setAttribute('data-preview-banner', 'ready');
    })
    .catch(function (e) {
      root.setAttribute('data-preview-banner', 'failed');
      console.error('cookiereg preview: the banner did not start:', e);
    });
})();

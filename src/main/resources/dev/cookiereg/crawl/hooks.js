// Installed in every document before the page's own scripts run (Page.addScriptToEvaluateOnNewDocument).
// Records every write to document.cookie and to web storage, as the EDPS Website Evidence Collector does,
// so that a cookie a script sets and deletes again (Klaro removes refused cookies) still counts as set.
// The crawler drains window.__cookiereg_writes after each page.
(function () {
  'use strict';
  if (window.__cookiereg_writes) return;
  var writes = [];
  Object.defineProperty(window, '__cookiereg_writes', { value: writes, enumerable: false });
  var origin = function () {
    try { return location.origin; } catch (e) { return ''; }
  };
  var cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  if (cookie && cookie.set) {
    Object.defineProperty(Document.prototype, 'cookie', {
      configurable: true,
      enumerable: cookie.enumerable,
      get: function () { return cookie.get.call(this); },
      set: function (value) {
        try { writes.push({ kind: 'cookie', value: String(value), origin: origin(), time: Date.now() }); } catch (e) {}
        return cookie.set.call(this, value);
      }
    });
  }
  var area = function (storage) {
    try { if (storage === window.localStorage) return 'local'; } catch (e) {}
    try { if (storage === window.sessionStorage) return 'session'; } catch (e) {}
    return 'unknown';
  };
  var setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    try { writes.push({ kind: 'storage', area: area(this), key: String(key), origin: origin(), time: Date.now() }); } catch (e) {}
    return setItem.apply(this, arguments);
  };
})();

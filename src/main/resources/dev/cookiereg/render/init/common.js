  // Where this script was loaded from: its config sits beside it, so a site under a sub-path works.
  var here = (document.currentScript && document.currentScript.src) || location.href;

  // The visitor's region as the site states it, <html data-consent-region="CA-QC">: an ISO 3166-1
  // alpha-2 code or an ISO 3166-2 subdivision. null when absent or unreadable, and for the codes a
  // CDN sends when it does not know (XX, T1, the user-assigned AA, QM-QZ, XA-XZ, ZZ).
  function visitorRegion() {
    var code = String(document.documentElement.getAttribute('data-consent-region') || '')
      .trim()
      .toUpperCase();
    if (code === 'UK') code = 'GB';
    if (!/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/.test(code)) return null;
    if (/^(AA|Q[M-Z]|X[A-Z]|ZZ)$/.test(code.slice(0, 2))) return null;
    return code;
  }

  function has(object, key) {
    return Object.prototype.hasOwnProperty.call(object, key);
  }

  // The categories that ask consent in the region (REGIONS is built from the registry's
  // consentRequiredIn); null, meaning every category, when the region is not known.
  function askingIn(code) {
    if (code === null) return null;
    var table = REGIONS.regions;
    var country = code.slice(0, 2);
    if (has(table, code)) return table[code];
    if (code !== country && has(table, country + '-*')) return table[country + '-*'];
    if (has(table, country)) return table[country];
    return REGIONS.elsewhere;
  }

  var asking = askingIn(visitorRegion());
  // Informational notice (policy 5.1.3) only where the region is known and no category asks.
  var informational = asking !== null && asking.length === 0;

  function fetchConfig(name) {
    return fetch(new URL(name, here).href, { credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) throw new Error(name + ': HTTP ' + response.status);
      return response.text();
    });
  }

  // Every "Cookie settings" control: shown once the banner runs, and opening its preferences.
  function revealSettings(open) {
    var controls = document.querySelectorAll('[data-cc="show-preferencesModal"]');
    Array.prototype.forEach.call(controls, function (control) {
      if (open) {
        control.addEventListener('click', function (event) {
          event.preventDefault();
          open();
        });
      }
      control.hidden = false;
    });
  }

  function whenReady(start) {
    var run = function () {
      start().catch(function (error) {
        console.error('cookiereg: the consent banner did not start: ' + error);
      });
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run);
    else run();
  }

  // Global Privacy Control. GPC.categories are the categories the registry ties to sale or sharing
  // for cross-context advertising, where the policy honours the signal; neither library honours it
  // by itself (vanilla-cookieconsent #811, Klaro #339). With the signal on they stay off, whatever
  // the visitor clicks, and the banner says so (11 CCR 7025(c)(6)); other categories are untouched.
  var gpcOn = navigator.globalPrivacyControl === true && GPC.categories.length > 0;

  function gpcRefuses(id) {
    return gpcOn && GPC.categories.indexOf(id) >= 0;
  }

  // The honoured line in a library's language key, else in the registry's own language.
  function gpcLine(lang, fallback) {
    return GPC.honoured[lang] || GPC.honoured[fallback] || '';
  }

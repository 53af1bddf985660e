  // The library: vanilla-cookieconsent v3, dist/cookieconsent.umd.js, loaded before this script.
  var MARK = { cookiereg: 'informational' };

  function revive(text) {
    // Cookie patterns are written "/^regex$/"; only "name" keys hold them (a cookie name has no "/").
    return JSON.parse(text, function (key, value) {
      if (key === 'name' && typeof value === 'string' && /^\/(.+)\/([a-z]*)$/.test(value)) {
        var end = value.lastIndexOf('/');
        return new RegExp(value.slice(1, end), value.slice(end + 1));
      }
      return value;
    });
  }

  // Where no category asks consent: the categories are on from the start (opt-out), and the
  // notice has the policy link and one control, which records that it was seen.
  function inform(config) {
    config.mode = 'opt-out';
    Object.keys(config.categories).forEach(function (id) {
      config.categories[id].enabled = config.categories[id].readOnly || asking.indexOf(id) < 0;
    });
    var translations = config.language.translations;
    Object.keys(translations).forEach(function (lang) {
      var words = NOTICE[lang] || NOTICE[config.language.default];
      var modal = translations[lang].consentModal;
      translations[lang].consentModal = {
        title: words.title,
        description: words.description,
        acceptAllBtn: words.acknowledge,
        footer: modal.footer
      };
    });
    config.onFirstConsent = function () {
      // so that a visitor later in a region that asks consent is asked, not taken as consenting
      CookieConsent.setCookieData({ value: MARK, mode: 'update' });
    };
  }

  function escapeHtml(text) {
    return text.replace(/[&<>"']/g, function (c) {
      return '&#' + c.charCodeAt(0) + ';';
    });
  }

  // GPC on: the refused categories start off, their toggles are disabled, the banner and the
  // preferences say the signal is honoured, and any choice that turns one on is narrowed at once
  // (which clears its cookies through autoClear, as Reject does).
  function refuse(config) {
    GPC.categories.forEach(function (id) {
      if (config.categories[id]) config.categories[id].enabled = false;
    });
    var translations = config.language.translations;
    Object.keys(translations).forEach(function (lang) {
      var line = ' ' + escapeHtml(gpcLine(lang, config.language.default));
      var t = translations[lang];
      t.consentModal.description = (t.consentModal.description || '') + line;
      var sections = (t.preferencesModal && t.preferencesModal.sections) || [];
      if (sections.length > 0) sections[0].description = (sections[0].description || '') + line;
    });
    config.onConsent = keepRefusedOff;
    config.onChange = keepRefusedOff;
    config.onModalReady = function (event) {
      if (event.modalName !== 'preferencesModal') return;
      GPC.categories.forEach(function (id) {
        var inputs = event.modal.querySelectorAll('input[value="' + id + '"]');
        Array.prototype.forEach.call(inputs, function (input) {
          input.checked = false;
          input.disabled = true;
        });
      });
    };
  }

  function keepRefusedOff() {
    var accepted = CookieConsent.getUserPreferences().acceptedCategories;
    var kept = accepted.filter(function (id) {
      return !gpcRefuses(id);
    });
    if (kept.length !== accepted.length) CookieConsent.acceptCategory(kept);
  }

  // The refused categories' cookies go before any choice, as on Reject.
  function clearRefused(config) {
    if (CookieConsent.validConsent()) keepRefusedOff();
    GPC.categories.forEach(function (id) {
      var clear = config.categories[id] && config.categories[id].autoClear;
      var names = ((clear && clear.cookies) || []).map(function (cookie) {
        return cookie.name;
      });
      if (names.length > 0) CookieConsent.eraseCookies(names);
    });
  }

  function informed() {
    var data = CookieConsent.getCookie('data');
    return !!data && data.cookiereg === MARK.cookiereg;
  }

  function configured(text, notice) {
    var config = revive(text);
    if (notice) inform(config);
    if (gpcOn) refuse(config);
    return config;
  }

  whenReady(function () {
    return fetchConfig('cookieconsent.json').then(function (text) {
      var config = configured(text, informational);
      return CookieConsent.run(config).then(function () {
        if (!informational && informed()) {
          // a notice seen elsewhere is no consent here: ask
          CookieConsent.reset(true);
          config = configured(text, false);
          return CookieConsent.run(config);
        }
      }).then(function () {
        if (gpcOn) clearRefused(config);
      });
    }).then(function () {
      // vanilla-cookieconsent binds data-cc="show-preferencesModal" itself
      revealSettings(null);
    });
  });

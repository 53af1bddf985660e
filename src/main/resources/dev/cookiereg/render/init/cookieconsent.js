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

  function informed() {
    var data = CookieConsent.getCookie('data');
    return !!data && data.cookiereg === MARK.cookiereg;
  }

  whenReady(function () {
    return fetchConfig('cookieconsent.json').then(function (text) {
      var config = revive(text);
      if (informational) inform(config);
      return CookieConsent.run(config).then(function () {
        if (!informational && informed()) {
          // a notice seen elsewhere is no consent here: ask
          CookieConsent.reset(true);
          return CookieConsent.run(revive(text));
        }
      });
    }).then(function () {
      // vanilla-cookieconsent binds data-cc="show-preferencesModal" itself
      revealSettings(null);
    });
  });

  // The library: Klaro, dist/klaro-no-css.js (klaro.js injects styles a strict CSP blocks), with
  // dist/klaro.css as a stylesheet, loaded before this script.

  // Where no category asks consent: their services run from the start (opt-out), and the notice
  // has the policy link and one control. Its record is kept apart (storageName + "-notice", still
  // the declared klaro-v* cookie), so a visitor later in a region that asks consent is asked.
  function inform(config) {
    config.storageName = config.storageName + '-notice';
    config.hideDeclineAll = true;
    config.hideLearnMore = true;
    config.services.forEach(function (service) {
      var free = service.purposes.every(function (purpose) {
        return asking.indexOf(purpose) < 0;
      });
      if (!service.required && free) {
        service.default = true;
        service.optOut = true;
      }
    });
    Object.keys(config.translations).forEach(function (lang) {
      var words = NOTICE[lang];
      if (!words) return;
      var t = config.translations[lang];
      t.consentNotice = { title: words.title, description: words.description + ' {privacyPolicy}' };
      t.ok = words.acknowledge;
    });
  }

  function refusedService(service) {
    return !service.required && service.purposes.some(gpcRefuses);
  }

  // GPC on: the refused categories' services start off and the notice and the preferences say the
  // signal is honoured.
  function refuse(config) {
    config.services.forEach(function (service) {
      if (!refusedService(service)) return;
      service.default = false;
      service.optOut = false;
    });
    Object.keys(config.translations).forEach(function (lang) {
      var line = gpcLine(lang, config.lang);
      var t = config.translations[lang];
      if (!line || !t.consentNotice || !t.consentModal) return;
      t.consentNotice.description = t.consentNotice.description + ' ' + line;
      t.consentModal.description = t.consentModal.description + ' ' + line;
    });
  }

  // Any consent to a refused service is taken back as it is given, so "Accept all" or a toggle
  // never stores it; a stored one is withdrawn; their cookies are cleared as on Reject.
  function keepRefusedOff(config) {
    var manager = klaro.getManager(config);
    var refused = config.services.filter(refusedService);
    var withdraw = function () {
      var withdrawn = false;
      refused.forEach(function (service) {
        if (manager.getConsent(service.name)) {
          manager.updateConsent(service.name, false);
          withdrawn = true;
        }
      });
      return withdrawn;
    };
    manager.watch({
      update: function (m, name) {
        if (name === 'consents') withdraw();
      }
    });
    if (withdraw() && manager.confirmed) manager.saveConsents('script');
    refused.forEach(function (service) {
      manager.applyConsents(false, false, service.name);
    });
  }

  whenReady(function () {
    return fetchConfig('klaro.json').then(function (text) {
      var config = JSON.parse(text);
      if (informational) inform(config);
      if (gpcOn) refuse(config);
      klaro.setup(config);
      if (gpcOn) keepRefusedOff(config);
      revealSettings(function () {
        klaro.show(config, true);
      });
    });
  });

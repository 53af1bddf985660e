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

  whenReady(function () {
    return fetchConfig('klaro.json').then(function (text) {
      var config = JSON.parse(text);
      if (informational) inform(config);
      klaro.setup(config);
      revealSettings(function () {
        klaro.show(config, true);
      });
    });
  });

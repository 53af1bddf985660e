// Loads site/banner/klaro.json as a site would and starts Klaro with it.
(async () => {
  const config = await (await fetch('/banner/klaro.json')).json();
  window.harnessConfig = config;
  window.klaro.setup(config);
  window.harnessReady = true;
})().catch((e) => { window.harnessError = String(e); });

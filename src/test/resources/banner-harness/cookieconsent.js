// Loads site/banner/cookieconsent.json as a site would: fetch, revive "/regex/" names into RegExp (the README's
// reviver), and run. ?revision=N overrides the revision, to act out a later release.
(async () => {
  const text = await (await fetch('/banner/cookieconsent.json')).text();
  const config = JSON.parse(text, (k, v) =>
    k === 'name' && typeof v === 'string' && /^\/(.+)\/([a-z]*)$/.test(v)
      ? new RegExp(v.slice(1, v.lastIndexOf('/')), v.slice(v.lastIndexOf('/') + 1))
      : v);
  const revision = new URLSearchParams(location.search).get('revision');
  if (revision !== null) config.revision = Number(revision);
  config.hideFromBots = false; // a WebDriver browser counts as a bot
  window.harnessConfig = config;
  await CookieConsent.run(config);
  window.harnessReady = true;
})().catch((e) => { window.harnessError = String(e); });

// The shop's banner: vanilla-cookieconsent run with the configuration the tool generated from shop.yaml
// (/banner/cookieconsent.json), its "/regex/" cookie names revived into RegExp as the README says. An external
// script, so the page's Content-Security-Policy needs no 'unsafe-inline'.
(async () => {
  const text = await (await fetch('/banner/cookieconsent.json')).text();
  const config = JSON.parse(text, (k, v) =>
    k === 'name' && typeof v === 'string' && /^\/(.+)\/([a-z]*)$/.test(v)
      ? new RegExp(v.slice(1, v.lastIndexOf('/')), v.slice(v.lastIndexOf('/') + 1))
      : v);
  await CookieConsent.run(config);
})();

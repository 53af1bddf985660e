// The shop's banner: Klaro set up with the configuration the tool generated from klaro-shop.yaml
// (/banner/klaro.json). Klaro reads "^…" cookie names as regular expressions itself.
(async () => {
  klaro.setup(await (await fetch('/banner/klaro.json')).json());
})();

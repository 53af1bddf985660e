// Stats Inc's tag. One file serves every site; the container id in its URL (?id=) says which modules the site
// switched on, as a tag manager's container does.
(() => {
  const me = new URL(document.currentScript.src);
  const modules = { 'SHOP-1': ['heatmap', 'ads-sync'], 'KLARO-1': [] }[me.searchParams.get('id')] || [];
  const has = (name) => document.cookie.split('; ').some((c) => c.startsWith(name + '='));
  const set = (name, value, seconds) => {
    document.cookie = name + '=' + value + '; path=/; max-age=' + seconds + '; SameSite=Lax';
  };
  const random = () => Math.random().toString(36).slice(2, 10);

  if (!has('_st_id')) set('_st_id', 'ST1.' + random(), 180 * 86400);
  set('_st_ses', random(), 30 * 60);
  new Image().src = me.origin + '/collect?site=' + encodeURIComponent(location.host);

  // The heatmap module is Hotjar's recorder: it writes Hotjar's session cookie, which the shop never declared.
  if (modules.includes('heatmap')) set('_hjSession_12345', random(), 30 * 60);
  // The ads-sync module matches the stats visitor with the ads visitor: a marketing cookie, written by a tag
  // that only analytics consent let in.
  if (modules.includes('ads-sync')) set('_adt_sync', random(), 30 * 86400);
})();

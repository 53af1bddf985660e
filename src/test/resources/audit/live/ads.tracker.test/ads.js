// Ads Tracker's conversion tag: a first-party cookie written by script (third-party cookies do not survive
// plain http), the visitor's ad segments in localStorage, and a pixel back to the tracker.
(() => {
  const me = new URL(document.currentScript.src);
  if (!document.cookie.split('; ').some((c) => c.startsWith('_adt='))) {
    document.cookie = '_adt=AD1.' + Date.now() + '; path=/; max-age=' + 90 * 86400 + '; SameSite=Lax';
  }
  localStorage.setItem('adt_segments', JSON.stringify(['shoes', 'socks']));
  new Image().src = me.origin + '/px.gif?event=view&page=' + encodeURIComponent(location.pathname);
})();

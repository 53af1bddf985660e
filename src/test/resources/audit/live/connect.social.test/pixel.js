// Social Network Inc's pixel: tells the network which of its members visited.
(() => {
  const me = new URL(document.currentScript.src);
  document.cookie = '_soc=fb.' + Date.now() + '; path=/; max-age=' + 90 * 86400 + '; SameSite=Lax';
  new Image().src = me.origin + '/tr.gif?ev=PageView';
})();

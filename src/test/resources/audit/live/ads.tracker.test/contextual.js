// Ads Tracker's contextual ads: chosen by the page, not the person. It still caps how often an ad is shown with an
// identifier of its own, a marketing cookie.
(() => {
  document.cookie = '_ctx=' + Date.now() + '; path=/; max-age=' + 7 * 86400 + '; SameSite=Lax';
})();

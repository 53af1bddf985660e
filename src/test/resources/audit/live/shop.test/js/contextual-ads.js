// Contextual ads for visitors who refused marketing: ads chosen by the page, not the person, loaded once the banner
// has been answered (vanilla-cookieconsent's cc:onConsent, on the answer and on every page after it). Ads Tracker's
// script for them still writes a marketing cookie of its own.
window.addEventListener('cc:onConsent', () => {
  if (CookieConsent.acceptedCategory('marketing')) return;
  const script = document.createElement('script');
  script.src = 'http://ads.tracker.test:{{port}}/contextual.js';
  document.head.appendChild(script);
});

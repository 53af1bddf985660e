// Chat Widget Co's widget: remembers an open chat for a day, and the window's state for the tab.
(() => {
  document.cookie = '_chat=open; path=/; max-age=86400; SameSite=Lax';
  sessionStorage.setItem('chat:open', '1');
})();

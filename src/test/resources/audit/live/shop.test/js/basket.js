// The basket lives in localStorage under "cart:items" (declared: basket-storage, essential).
(() => {
  const items = localStorage.getItem('cart:items');
  localStorage.setItem('cart:items', items === null ? '[]' : items);
})();

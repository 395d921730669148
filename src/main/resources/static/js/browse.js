// On a phone the browse page's filters would fill the first screens before any result: fold the
// filters beyond the keywords away unless the search uses them. Without JavaScript they stay open.
(function () {
  var more = document.querySelector('details.filters-more');
  if (more && more.dataset.active !== 'true' && !window.matchMedia('(min-width: 860px)').matches) {
    more.open = false;
  }
})();

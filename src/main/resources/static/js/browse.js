// On a phone the browse page's filters and facets would fill the first screens before any
// result: fold the filters beyond the keywords away unless the search uses them, and fold the
// facets. Without JavaScript both stay open.
(function () {
  if (window.matchMedia('(min-width: 860px)').matches) {
    return;
  }
  var more = document.querySelector('details.filters-more');
  if (more && more.dataset.active !== 'true') {
    more.open = false;
  }
  var facets = document.querySelector('details.facets');
  if (facets) {
    facets.open = false;
  }
})();

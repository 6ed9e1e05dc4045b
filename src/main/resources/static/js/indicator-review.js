// Review of submitted values: the header's box selects (or clears) every value of its form at once.
(function () {
  'use strict';
  document.querySelectorAll('[data-select-all]').forEach(function (all) {
    all.addEventListener('change', function () {
      all.form.querySelectorAll('input[type=checkbox][name=id]').forEach(function (box) {
        box.checked = all.checked;
      });
    });
  });
})();

/*
 * PrimeFaces 15 renders the file input of p:fileUpload (mode="simple") with aria-hidden="true",
 * yet that input is the control: it lies over the "Choose" button, takes focus and clicks, and
 * p:outputLabel names it. Hidden from assistive technology it was a focusable control nobody could
 * hear (axe-core aria-hidden-focus); so the attribute goes, on load and after every ajax update.
 * p:outputLabel points at the component's wrapper (not labelable), so the input is named by that
 * label through aria-labelledby (axe-core label).
 */
(function () {
  function exposeFileInputs() {
    document.querySelectorAll('input[type="file"][aria-hidden="true"]').forEach(function (input) {
      input.removeAttribute('aria-hidden');
      var wrapper = input.id.replace(/_input$/, '');
      var label = document.querySelector('label[for="' + CSS.escape(wrapper) + '"]');
      if (label && input.labels.length === 0 && !input.hasAttribute('aria-labelledby')) {
        if (!label.id) {
          label.id = wrapper + '_label';
        }
        input.setAttribute('aria-labelledby', label.id);
      }
    });
  }
  /*
   * PrimeFaces' date picker trigger is an icon-only button named by aria-label ("Choose Date")
   * whose hidden text span still holds the word "ui-button": its content then does not match its
   * name (axe-core label-content-name-mismatch). The span keeps its size with a non-breaking space.
   */
  function quietIconButtons() {
    document.querySelectorAll('.ui-datepicker-trigger.ui-button-icon-only .ui-button-text')
      .forEach(function (text) {
        if (text.textContent.trim() !== '') {
          text.textContent = '\u00a0';
        }
      });
  }
  /*
   * The same button's name is PrimeFaces' own English "Choose Date" unless a client-side locale is
   * loaded; it takes the page's word from the body (data-choose-date, from the bundle) instead.
   */
  function nameDateButtons() {
    var name = document.body.getAttribute('data-choose-date');
    if (name) {
      document.querySelectorAll('.ui-datepicker-trigger').forEach(function (button) {
        button.setAttribute('aria-label', name);
        button.removeAttribute('title');
      });
    }
  }
  function repair() {
    exposeFileInputs();
    quietIconButtons();
    nameDateButtons();
  }

  /*
   * The menu button (phones): opens and closes the menu, says so with aria-expanded, and Escape
   * closes it and gives the focus back to the button.
   */
  function wireMenuToggle() {
    var toggle = document.getElementById('menuToggle');
    var bar = toggle && toggle.closest('.topbar');
    if (!bar) {
      return;
    }
    function set(open) {
      bar.classList.toggle('menu-open', open);
      toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    }
    toggle.addEventListener('click', function () {
      set(!bar.classList.contains('menu-open'));
    });
    bar.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && bar.classList.contains('menu-open')) {
        set(false);
        toggle.focus();
      }
    });
  }

  /*
   * A table marked "focus-next-row" (the review queue): after a row's button changed the table
   * (approve, or reject in the dialog), the focus goes to the row that now stands where that one
   * stood (its first button), or to the last row, instead of being lost with the replaced table.
   */
  var pendingRow = null;
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('.focus-next-row tr[data-ri] button');
    if (button) {
      var row = button.closest('tr[data-ri]');
      var table = row.closest('.focus-next-row');
      pendingRow = {table: table, tableId: table.id, index: parseInt(row.getAttribute('data-ri'), 10)};
    }
  }, true);
  function focusPendingRow() {
    if (!pendingRow || document.body.contains(pendingRow.table)) {
      return; // the table was not replaced (a dialog opened): wait for the update that does
    }
    if (document.querySelector('.ui-dialog[aria-hidden="false"]')) {
      return; // a dialog is still open (its form refused the input): the focus stays there
    }
    var table = document.getElementById(pendingRow.tableId);
    var index = pendingRow.index;
    pendingRow = null;
    if (!table) {
      return;
    }
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr[data-ri]'));
    var target = null;
    rows.forEach(function (row) {
      if (parseInt(row.getAttribute('data-ri'), 10) <= index) {
        target = row;
      }
    });
    target = table.querySelector('tbody tr[data-ri="' + index + '"]') || target || rows[0];
    var focusable = target && target.querySelector('button');
    if (!focusable) {
      var empty = table.querySelector('.ui-datatable-empty-message td') || table;
      empty.setAttribute('tabindex', '-1');
      focusable = empty;
    }
    focusable.focus();
  }

  document.addEventListener('DOMContentLoaded', function () {
    repair();
    wireMenuToggle();
    if (window.jQuery) {
      window.jQuery(document).on('pfAjaxComplete', function () {
        repair();
        window.setTimeout(focusPendingRow, 0);
      });
    }
  });
})();

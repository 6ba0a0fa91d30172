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
  function repair() {
    exposeFileInputs();
    quietIconButtons();
  }
  document.addEventListener('DOMContentLoaded', function () {
    repair();
    if (window.jQuery) {
      window.jQuery(document).on('pfAjaxComplete', repair);
    }
  });
})();

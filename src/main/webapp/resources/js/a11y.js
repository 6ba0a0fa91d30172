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
  document.addEventListener('DOMContentLoaded', function () {
    exposeFileInputs();
    if (window.jQuery) {
      window.jQuery(document).on('pfAjaxComplete', exposeFileInputs);
    }
  });
})();

// Tasklist's script for forms with dynamic lists ("Add new": the lessons and actions of a
// learning plan). In Tasklist 7.24 every edit of a field inside a list leaves an empty entry in
// the form's list of errors, and Tasklist counts any entry as an error, so Complete stayed
// disabled on a form with nothing wrong. After each edit, and whenever Tasklist marks the form
// invalid, this tells Tasklist the form is valid when the form shows no error. What a person
// submits is still validated by the form on Complete and by the server's guards.
(function () {
  function listForm() {
    const form = document.querySelector('form.fjs-form');
    return form && window.angular && form.querySelector('.fjs-repeat-row-container') ? form : null;
  }
  function errorShown(form) {
    return Array.from(form.querySelectorAll('.fjs-form-field-error'))
      .some(error => error.textContent.trim() !== '');
  }
  function formScope(form) {
    let scope = window.angular.element(form).scope();
    while (scope && !Object.prototype.hasOwnProperty.call(scope, '$invalid')) {
      scope = scope.$parent;
    }
    return scope;
  }
  function valid(scope) {
    scope.$invalid = false;
    if (typeof scope.onFormValidation === 'function') {
      scope.onFormValidation(false);
    }
  }
  function recheck() {
    const form = listForm();
    const scope = form && formScope(form);
    if (!scope) {
      return;
    }
    if (!scope.__dynamicListsWatched) {
      // the form also changes without a person's event (a field shown or hidden)
      scope.__dynamicListsWatched = true;
      scope.$watch(() => scope.$invalid, invalid => {
        const now = listForm();
        if (invalid && now && !errorShown(now)) {
          valid(scope);
        }
      });
    }
    if (scope.$invalid && !errorShown(form)) {
      valid(scope);
      scope.$applyAsync();
    }
  }
  ['input', 'change', 'click', 'keyup', 'focusout'].forEach(type =>
    document.addEventListener(type, () => setTimeout(recheck, 0), true));
})();
export default [];

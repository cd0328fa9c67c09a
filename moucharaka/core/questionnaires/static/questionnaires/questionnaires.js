/* Conditional questions (moucharaka.core.questionnaires): a question marked
   data-show-if="q12" data-show-if-value="34" is shown only while question 12's answer is
   34; hidden questions are disabled so that nothing of them is sent. Without this
   script every question stays visible with a note saying when to answer it, and the
   server ignores answers to questions that do not apply. */
(function () {
  "use strict";
  function answers(form, name) {
    var values = [];
    form.querySelectorAll('[name="' + name + '"]').forEach(function (input) {
      if (input.disabled) return;
      if ((input.type === "radio" || input.type === "checkbox") && !input.checked) return;
      if (input.value) values.push(input.value);
    });
    return values;
  }
  function update(root) {
    var form = root.closest("form") || document;
    root.querySelectorAll("[data-show-if]").forEach(function (question) {
      var shown = answers(form, question.dataset.showIf).indexOf(question.dataset.showIfValue) !== -1;
      question.hidden = !shown;
      question.querySelectorAll("input, select, textarea").forEach(function (input) {
        input.disabled = !shown;
      });
    });
  }
  document.querySelectorAll("[data-questionnaire]").forEach(function (root) {
    // Questions come in order and depend only on earlier ones: one pass in document
    // order settles chains (a hidden question hides those that depend on it).
    update(root);
    root.addEventListener("change", function () { update(root); });
  });
})();

// Mock exam start page: keep "Time allowed" in step with the number of questions and seconds per
// question as they are typed (the server worked out the first figure; without JavaScript it shows
// the figure for the settings the page was drawn with).
(function () {
  "use strict";

  function spoken(seconds) {
    const parts = [];
    const units = [["hour", Math.floor(seconds / 3600)], ["minute", Math.floor((seconds % 3600) / 60)], ["second", seconds % 60]];
    for (const [unit, value] of units) {
      if (value) parts.push(`${value} ${unit}${value === 1 ? "" : "s"}`);
    }
    return parts.join(" ") || "0 seconds";
  }

  function update() {
    const line = document.querySelector("[data-exam-time]");
    const questions = document.getElementById("id_questions");
    const seconds = document.getElementById("id_seconds_per_question");
    if (!line || !questions || !seconds) return;
    const count = Math.min(Number(questions.value), Number(questions.max) || Infinity);
    const each = Number(seconds.value);
    const valid = Number.isInteger(count) && count >= 1 && Number.isInteger(each) && each >= Number(seconds.min || 1) && each <= Number(seconds.max || Infinity);
    line.hidden = !valid;
    if (!valid) return;
    const factor = Number(line.dataset.factor) || 1;
    line.querySelector("[data-exam-total]").textContent = spoken(Math.max(1, Math.round(count * each * factor)));
    const extra = factor !== 1 ? ` × ${factor} (your extra time)` : "";
    line.querySelector("[data-exam-sum]").textContent = `(${count} question${count === 1 ? "" : "s"} × ${each} seconds${extra})`;
  }

  document.addEventListener("input", (event) => {
    if (event.target.closest && event.target.closest("form")) update();
  });
})();

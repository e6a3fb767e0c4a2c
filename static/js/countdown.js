// Mock-exam timer: counts down from the seconds left that the server sent with the page.
// It uses the page's monotonic clock (performance.now), never the device's date and time, and
// restarts from the server's figure whenever htmx swaps in a fresh timer (a new question, or the
// reply to an answer saved as it was chosen). The server enforces the deadline; at zero this only
// takes the learner to the attempt, which the server has closed by then, after letting a save
// that is already on its way finish.
(function () {
  "use strict";
  let endsAt = 0;
  let timer = null;
  let announced = new Set();
  let shown = null; // the timer element the countdown started from
  let saving = 0; // htmx requests on their way
  let leaving = false;

  function format(seconds) {
    const hours = Math.floor(seconds / 3600);
    const minutes = Math.floor((seconds % 3600) / 60);
    const secs = String(seconds % 60).padStart(2, "0");
    return hours ? `${hours}:${String(minutes).padStart(2, "0")}:${secs}` : `${minutes}:${secs}`;
  }

  function leave(element) {
    leaving = true;
    if (saving === 0) window.location.assign(element.dataset.expiredUrl);
  }

  function tick() {
    const element = document.querySelector("[data-seconds-left]");
    if (!element) return;
    const left = Math.max(0, Math.ceil((endsAt - performance.now()) / 1000));
    element.querySelector(".timer-value").textContent = format(left);
    element.classList.toggle("timer-low", left <= 60);
    const announce = document.querySelector("[data-timer-announce]");
    for (const mark of [300, 60]) {
      if (left <= mark && left > 0 && !announced.has(mark) && announce) {
        announced.add(mark);
        announce.textContent = `${mark / 60} minute${mark === 60 ? "" : "s"} left.`;
      }
    }
    if (left === 0) {
      clearInterval(timer);
      timer = null;
      leave(element);
    }
  }

  function start() {
    const element = document.querySelector("[data-seconds-left]");
    if (!element || element === shown) return;
    shown = element;
    const left = Number(element.dataset.secondsLeft);
    endsAt = performance.now() + left * 1000;
    announced = new Set([300, 60].filter((mark) => left <= mark));
    if (!timer && !leaving) timer = setInterval(tick, 250);
    tick();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
  document.addEventListener("htmx:afterSettle", start);
  document.addEventListener("htmx:beforeRequest", () => {
    saving += 1;
  });
  document.addEventListener("htmx:afterRequest", () => {
    saving = Math.max(0, saving - 1);
    const element = document.querySelector("[data-seconds-left]");
    if (leaving && saving === 0 && element) window.location.assign(element.dataset.expiredUrl);
  });
})();

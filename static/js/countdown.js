// Mock-exam timer: counts down from the seconds left that the server sent with the page.
// It uses the page's monotonic clock (performance.now), never the device's date and time, and
// restarts from the server's figure after every htmx swap. The server enforces the deadline;
// at zero this only takes the learner to the attempt, which the server has closed by then.
(function () {
  "use strict";
  let endsAt = 0;
  let timer = null;
  let announced = new Set();

  function format(seconds) {
    const hours = Math.floor(seconds / 3600);
    const minutes = Math.floor((seconds % 3600) / 60);
    const secs = String(seconds % 60).padStart(2, "0");
    return hours ? `${hours}:${String(minutes).padStart(2, "0")}:${secs}` : `${minutes}:${secs}`;
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
      window.location.assign(element.dataset.expiredUrl);
    }
  }

  function start() {
    const element = document.querySelector("[data-seconds-left]");
    if (!element) return;
    const left = Number(element.dataset.secondsLeft);
    endsAt = performance.now() + left * 1000;
    announced = new Set([300, 60].filter((mark) => left <= mark));
    if (!timer) timer = setInterval(tick, 250);
    tick();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
  document.addEventListener("htmx:afterSettle", start);
})();

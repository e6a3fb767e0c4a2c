// Tell the server this browser's time zone (an IANA name such as "America/Chicago") in the "tz"
// cookie, so dates and times are shown in it from the next page on. A time zone chosen on the
// account page sets "tz_fixed", and then this leaves "tz" alone.
(function () {
  "use strict";
  const cookies = Object.fromEntries(
    document.cookie.split("; ").filter(Boolean).map((pair) => {
      const at = pair.indexOf("=");
      return [pair.slice(0, at), pair.slice(at + 1)];
    })
  );
  if (cookies.tz_fixed === "1") return;
  let zone = "";
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
  } catch (error) {
    return;
  }
  if (zone && cookies.tz !== zone) {
    const secure = location.protocol === "https:" ? "; Secure" : "";
    document.cookie = `tz=${zone}; path=/; max-age=31536000; SameSite=Lax${secure}`;
  }
})();

// A person typing a long call into a form is not idle: while she types, the session is renewed every four minutes
// (GET /session/alive), so the idle timeout does not throw away what she typed. No typing, no renewal: a form left
// open on an empty desk still ends the session. Pages work without this script.
(function () {
  var typedSinceLastRenewal = false;
  document.addEventListener('input', function () { typedSinceLastRenewal = true; });
  setInterval(function () {
    if (typedSinceLastRenewal) {
      typedSinceLastRenewal = false;
      fetch('/session/alive', { credentials: 'same-origin', redirect: 'manual', cache: 'no-store' });
    }
  }, 4 * 60 * 1000);
})();

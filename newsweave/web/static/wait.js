// The waiting page: ask whether the story's brief is made, and show it when it is (no inline script: CSP).
(function () {
  var status = document.getElementById("waiting");
  if (!status) return;
  var url = status.getAttribute("data-status");
  var delay = 250;
  function ask() {
    fetch(url, {credentials: "same-origin"}).then(function (r) { return r.json(); }).then(function (s) {
      if (s.ready || s.error) { window.location.reload(); return; }
      delay = Math.min(delay * 1.5, 2000);
      setTimeout(ask, delay);
    }).catch(function () { setTimeout(ask, 2000); });
  }
  setTimeout(ask, delay);
})();

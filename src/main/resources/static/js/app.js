// Sends the CSRF token with every htmx request that changes something.
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.querySelector("meta[name='_csrf']");
  var header = document.querySelector("meta[name='_csrf_header']");
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// Facets fold behind one button on a phone (CSS shows it there); on a wider screen they stay open.
document.addEventListener("DOMContentLoaded", function () {
  if (window.matchMedia("(min-width: 48.01rem)").matches) {
    document.querySelectorAll("details.facet-fold").forEach(function (fold) {
      fold.open = true;
    });
  }
});

// On a phone a table's rows become cards; each cell keeps its column's name (data-label, shown by the
// CSS) where the page did not give one, also in rows htmx swaps in.
function labelCells(root) {
  root.querySelectorAll("table.responsive, table.form-rows").forEach(function (table) {
    var headers = Array.prototype.map.call(table.querySelectorAll("thead th"), function (th) {
      return th.textContent.replace(/[↕▲▼]/g, "").trim();
    });
    table.querySelectorAll("tbody tr").forEach(function (row) {
      Array.prototype.forEach.call(row.children, function (cell, i) {
        if (!cell.hasAttribute("data-label") && headers[i]) {
          cell.setAttribute("data-label", headers[i]);
        }
      });
    });
  });
}
document.addEventListener("DOMContentLoaded", function () { labelCells(document); });
document.addEventListener("htmx:afterSettle", function (event) { labelCells(event.detail.elt.parentNode || document); });

// A list's download: the link gets a fresh token, and the page shows how many rows the server has
// written under it until the file is complete (the answer 286 ends the polling).
function randomToken() {
  if (window.crypto.randomUUID) {
    return window.crypto.randomUUID();
  }
  var bytes = window.crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  var hex = Array.prototype.map.call(bytes, function (b) { return (b + 0x100).toString(16).slice(1); }).join("");
  return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join("-");
}
document.addEventListener("click", function (event) {
  var link = event.target.closest ? event.target.closest("a[data-export-progress]") : null;
  var status = link ? link.parentNode.querySelector(".export-progress") : null;
  if (!status || !window.crypto) {
    return;
  }
  var token = randomToken();
  var url = new URL(link.href, document.baseURI);
  url.searchParams.set("progress", token);
  link.href = url.toString();
  var polls = 0;
  (function poll() {
    fetch(link.getAttribute("data-export-progress") + token, { headers: { "Accept": "text/plain" } })
      .then(function (response) {
        return response.text().then(function (text) {
          status.textContent = text;
          if (response.status !== 286 && ++polls < 900) {
            setTimeout(poll, 700);
          }
        });
      });
  })();
});

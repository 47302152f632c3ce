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

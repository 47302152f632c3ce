// Draws every chart of a page with ECharts: each <div data-chart="ID"> takes its option, built on the
// server in the reader's language, from the JSON island <script type="application/json" id="ID">.
// A chart with data-map="NAME" data-geojson="URL" first registers that map. Without JavaScript the
// tables beside the charts say the same.
(function () {
  function draw(element) {
    var island = document.getElementById(element.dataset.chart);
    if (!island || typeof echarts === 'undefined') {
      return;
    }
    var option = JSON.parse(island.textContent);
    var show = function () {
      var chart = echarts.init(element, null, { renderer: 'canvas' });
      chart.setOption(option);
      window.addEventListener('resize', function () { chart.resize(); });
    };
    if (element.dataset.map && element.dataset.geojson) {
      fetch(element.dataset.geojson).then(function (response) { return response.json(); }).then(function (geo) {
        echarts.registerMap(element.dataset.map, geo);
        show();
      });
    } else {
      show();
    }
  }
  function drawAll() {
    document.querySelectorAll('[data-chart]').forEach(draw);
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', drawAll);
  } else {
    drawAll();
  }
})();

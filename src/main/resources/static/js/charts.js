// Draws the charts of a page with ECharts. A <div data-chart="ID"> takes its option, built on the
// server in the reader's language, from the JSON island <script type="application/json" id="ID">
// (the network graph); a <div data-chart-table="ID" data-chart-kind="bar|line|pie"> draws the table
// beside it (row headers as categories, one series per value column, numbers from data-value), so
// that chart and table cannot disagree. Without JavaScript the tables say the same.
(function () {
  function text(cell) {
    return cell.textContent.replace(/\s+/g, ' ').trim();
  }

  function fromTable(table, kind) {
    var series = Array.prototype.slice.call(table.tHead.rows[0].cells, 1).map(text);
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var categories = rows.map(function (row) { return text(row.cells[0]); });
    var values = series.map(function (name, column) {
      return rows.map(function (row) { return Number(row.cells[column + 1].dataset.value); });
    });
    if (kind === 'pie') {
      return {
        animation: false,
        tooltip: { trigger: 'item' },
        series: [{ type: 'pie', radius: '65%', data: categories.map(function (name, i) {
          return { name: name, value: values[0][i] };
        }) }]
      };
    }
    return {
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: series.length > 1 ? { data: series } : undefined,
      grid: { containLabel: true, left: 8, right: 16 },
      xAxis: { type: 'category', data: categories, axisLabel: { interval: 0, rotate: categories.length > 6 ? 30 : 0 } },
      yAxis: { type: 'value' },
      series: series.map(function (name, column) {
        return { name: name, type: kind, data: values[column] };
      })
    };
  }

  function show(element, option) {
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption(option);
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function draw(element) {
    if (typeof echarts === 'undefined') {
      return;
    }
    if (element.dataset.chartTable) {
      var table = document.getElementById(element.dataset.chartTable);
      if (table) {
        show(element, fromTable(table, element.dataset.chartKind));
      }
      return;
    }
    var island = document.getElementById(element.dataset.chart);
    if (!island) {
      return;
    }
    var option = JSON.parse(island.textContent);
    if (element.dataset.map && element.dataset.geojson) {
      fetch(element.dataset.geojson).then(function (response) { return response.json(); }).then(function (geo) {
        echarts.registerMap(element.dataset.map, geo);
        show(element, option);
      });
    } else {
      show(element, option);
    }
  }

  function drawAll() {
    document.querySelectorAll('[data-chart], [data-chart-table]').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', drawAll);
  } else {
    drawAll();
  }
})();

// Indicator page: the values over time (the territory's aggregated value and each commune's) and the
// disparity over time, drawn with Chart.js from the page's JSON endpoint; any chart saved as PNG.
(function () {
  'use strict';
  var rtl = document.documentElement.dir === 'rtl';
  var palette = ['#0b6e4f', '#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2',
    '#7f7f7f', '#bcbd22', '#17becf', '#393b79', '#637939', '#8c6d31', '#843c39', '#7b4173'];

  // A white background under the chart so the saved PNG is not transparent (unreadable in dark viewers).
  var whiteBackground = {
    id: 'whiteBackground',
    beforeDraw: function (chart) {
      var ctx = chart.canvas.getContext('2d');
      ctx.save();
      ctx.globalCompositeOperation = 'destination-over';
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, chart.width, chart.height);
      ctx.restore();
    }
  };

  // The chart's title (indicator and territory) is drawn in it, so a saved PNG says what it shows.
  function options(unit, title) {
    return {
      animation: false,
      responsive: true,
      locale: document.documentElement.lang === 'ar' ? 'ar-MA' : document.documentElement.lang,
      layout: { padding: { left: 12, right: 12 } },
      plugins: { title: { display: !!title, text: title, rtl: rtl }, legend: { position: 'bottom', rtl: rtl, labels: { boxWidth: 12 } }, tooltip: { rtl: rtl } },
      scales: { x: { reverse: rtl }, y: { position: rtl ? 'right' : 'left', title: { display: !!unit, text: unit } } }
    };
  }

  function seriesChart(canvas, data) {
    var years = data.years;
    var datasets = [{
      label: canvas.dataset.aggregateLabel,
      data: years.map(function (y) { var v = data.aggregate[y]; return v === undefined ? null : v; }),
      borderColor: '#000000', backgroundColor: '#000000', borderWidth: 3, spanGaps: true
    }];
    data.communes.forEach(function (c, i) {
      var colour = palette[i % palette.length];
      datasets.push({
        label: c.name,
        data: years.map(function (y) { var v = c.values[y]; return v === undefined ? null : v; }),
        borderColor: colour, backgroundColor: colour, borderWidth: 1, pointRadius: 2, spanGaps: true
      });
    });
    return new Chart(canvas, { type: 'line', data: { labels: years, datasets: datasets }, options: options(data.unit, canvas.dataset.title),
      plugins: [whiteBackground] });
  }

  function disparityChart(canvas, data) {
    var years = Object.keys(data.disparity);
    function line(label, pick, colour, dashed) {
      return { label: label, data: years.map(function (y) { return pick(data.disparity[y]); }), borderColor: colour,
        backgroundColor: colour, borderDash: dashed ? [6, 4] : [], spanGaps: true };
    }
    return new Chart(canvas, { type: 'line', data: { labels: years, datasets: [
      line(canvas.dataset.giniLabel, function (d) { return d.plain.gini; }, '#0b6e4f', false),
      line(canvas.dataset.giniLabel + ' — ' + canvas.dataset.weightedLabel, function (d) { return d.weighted.gini; }, '#0b6e4f', true),
      line(canvas.dataset.cvLabel, function (d) { return d.plain.cv; }, '#d62728', false),
      line(canvas.dataset.cvLabel + ' — ' + canvas.dataset.weightedLabel, function (d) { return d.weighted.cv; }, '#d62728', true)
    ] }, options: options('', canvas.dataset.title), plugins: [whiteBackground] });
  }

  var charts = {};
  var series = document.getElementById('series-chart');
  if (series && window.Chart) {
    fetch(series.dataset.seriesUrl, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.json(); })
      .then(function (data) {
        charts['series-chart'] = seriesChart(series, data);
        var disparity = document.getElementById('disparity-chart');
        if (disparity) {
          charts['disparity-chart'] = disparityChart(disparity, data);
        }
      });
  }

  document.querySelectorAll('[data-chart-png]').forEach(function (button) {
    button.addEventListener('click', function () {
      var chart = charts[button.dataset.chartPng];
      if (!chart) {
        return;
      }
      var link = document.createElement('a');
      link.href = chart.toBase64Image('image/png', 1);
      link.download = button.dataset.file || 'chart.png';
      document.body.appendChild(link);
      link.click();
      link.remove();
    });
  });
})();

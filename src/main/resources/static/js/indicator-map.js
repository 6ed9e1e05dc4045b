// Diagnosis map: communes coloured by class — their imported boundary where there is one, a circle at
// their coordinates otherwise. Tiles only when a tile server is configured: without one (no internet)
// the units are drawn on the Kingdom's outline alone (map-outline.js), so the map works offline.
(function () {
  'use strict';
  var element = document.getElementById('diagnosis-map');
  if (!element || !window.L) {
    return;
  }
  // From green (the best values) to red (the worst), whichever direction the indicator reads in.
  var colours = ['#1a9850', '#66bd63', '#a6d96a', '#fee08b', '#fdae61', '#f46d43', '#d73027'];
  var higherIsBetter = true;
  var rtl = document.documentElement.dir === 'rtl';
  var map = L.map(element, { zoomControl: true });
  if (element.dataset.tileUrl) {
    L.tileLayer(element.dataset.tileUrl, { maxZoom: 18, attribution: element.dataset.tileAttribution || '' }).addTo(map);
  }
  var outline = window.tanmiaOutline ? window.tanmiaOutline(map, !!element.dataset.tileUrl) : Promise.resolve(null);
  map.setView(element.dataset.wholeCountry === 'true' ? [28.2, -9.5] : [30.4, -9.5], element.dataset.wholeCountry === 'true' ? 5 : 8);
  var format = new Intl.NumberFormat(document.documentElement.lang === 'ar' ? 'ar-MA' : document.documentElement.lang,
    { maximumFractionDigits: 2 });

  function colourOf(unit, classes) {
    if (unit['class'] === null || unit['class'] === undefined) {
      return '#bdbdbd';
    }
    // Spread the palette over the number of classes asked for; class 0 holds the smallest values.
    var step = classes > 1 ? (colours.length - 1) / (classes - 1) : 0;
    var badness = higherIsBetter ? classes - 1 - unit['class'] : unit['class'];
    return colours[Math.round(badness * step)];
  }

  function label(unit) {
    var value = unit.value === null || unit.value === undefined ? element.dataset.noValue : format.format(unit.value);
    var div = document.createElement('div');
    var strong = document.createElement('strong');
    strong.textContent = unit.name;
    div.appendChild(strong);
    div.appendChild(document.createElement('br'));
    div.appendChild(document.createTextNode(value));
    div.dir = rtl ? 'rtl' : 'ltr';
    return div;
  }

  fetch(element.dataset.url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
    .then(function (r) { return r.json(); })
    .then(function (data) {
      var classes = Math.max(data.limits.length - 1, 1);
      higherIsBetter = data.polarity === 'HIGHER_IS_BETTER';
      var layers = [];
      var unplaced = [];
      data.units.forEach(function (unit) {
        var colour = colourOf(unit, classes);
        var layer = null;
        if (unit.geometry) {
          layer = L.geoJSON(JSON.parse(unit.geometry), {
            style: { color: '#555555', weight: 1, fillColor: colour, fillOpacity: 0.8 }
          });
        } else if (unit.lat !== null && unit.lon !== null) {
          layer = L.circleMarker([unit.lat, unit.lon], { radius: 9, color: '#333333', weight: 1, fillColor: colour, fillOpacity: 0.9 });
        }
        if (layer) {
          layer.bindTooltip(label(unit));
          layer.addTo(map);
          layers.push(layer);
        } else {
          unplaced.push(unit.name);
        }
      });
      if (element.dataset.wholeCountry === 'true') {
        // The country's map shows the whole Kingdom, wherever its values happen to be.
        outline.then(function (kingdom) {
          if (kingdom) {
            map.fitBounds(kingdom.getBounds(), { padding: [10, 10] });
          } else if (layers.length) {
            map.fitBounds(L.featureGroup(layers).getBounds().pad(0.2), { maxZoom: 11 });
          }
        });
      } else if (layers.length) {
        map.fitBounds(L.featureGroup(layers).getBounds().pad(0.2), { maxZoom: 11 });
      }
      var legend = document.getElementById('map-legend');
      for (var k = 0; k < classes; k++) {
        var item = document.createElement('li');
        var swatch = document.createElement('span');
        swatch.style.cssText = 'display:inline-block;width:1.2em;height:1em;margin-inline-end:.4em;border:1px solid #555;vertical-align:middle';
        swatch.style.background = colourOf({ 'class': k }, classes);
        item.appendChild(swatch);
        var range = document.createElement('span');
        range.className = 'num';
        range.dir = 'ltr';
        range.textContent = format.format(data.limits[k]) + ' – ' + format.format(data.limits[k + 1]);
        item.appendChild(range);
        legend.appendChild(item);
      }
      var none = document.createElement('li');
      var grey = document.createElement('span');
      grey.style.cssText = 'display:inline-block;width:1.2em;height:1em;margin-inline-end:.4em;border:1px solid #555;vertical-align:middle;background:#bdbdbd';
      none.appendChild(grey);
      none.appendChild(document.createTextNode(element.dataset.noValue));
      legend.appendChild(none);
      if (unplaced.length) {
        var note = document.getElementById('map-unplaced');
        note.textContent = note.dataset.label + ' ' + unplaced.join(rtl ? '، ' : ', ');
        note.hidden = false;
      }
    });
})();

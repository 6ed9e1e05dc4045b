// Map of located proposals: the markers of /public/proposals/map.json (or the author's own), reloaded
// for the visible area whenever the map moves. A cluster is a circle sized by its count (its area grows
// with the count) that zooms in when clicked; a single proposal links to its page. Tiles only when a
// tile server is configured (data-tile-url, as the diagnosis map): without one the markers are drawn
// on a plain background, so the map works offline.
(function () {
  'use strict';
  var element = document.getElementById('proposals-map');
  if (!element || !window.L) {
    return;
  }
  var lang = document.documentElement.lang || 'fr';
  var format = new Intl.NumberFormat(lang === 'ar' ? 'ar-MA' : lang);
  var map = L.map(element, { attributionControl: !!element.dataset.tileUrl });
  if (element.dataset.tileUrl) {
    L.tileLayer(element.dataset.tileUrl, { maxZoom: 18, attribution: element.dataset.tileAttribution || '' }).addTo(map);
  }
  if (window.tanmiaOutline) {
    window.tanmiaOutline(map, !!element.dataset.tileUrl);
  }
  var zoomOf = { COUNTRY: 5, REGION: 7, PREFECTURE: 9, PROVINCE: 9, COMMUNE: 11 };
  var lat = parseFloat(element.dataset.lat);
  var lon = parseFloat(element.dataset.lon);
  var centred = !isNaN(lat) && !isNaN(lon);
  map.setView(centred ? [lat, lon] : [31.8, -7.1], centred ? (zoomOf[element.dataset.level] || 8) : 5);
  var markers = L.layerGroup().addTo(map);
  var fitted = centred;
  var empty = null;

  function url() {
    var b = map.getBounds();
    var sep = element.dataset.url.indexOf('?') < 0 ? '?' : '&';
    return element.dataset.url + sep + 'zoom=' + map.getZoom() + '&south=' + b.getSouth().toFixed(5)
      + '&west=' + b.getWest().toFixed(5) + '&north=' + b.getNorth().toFixed(5) + '&east=' + b.getEast().toFixed(5);
  }

  function single(m) {
    var link = document.createElement('a');
    link.href = element.dataset.link + m.id;
    link.textContent = m.title;
    link.dir = 'auto';
    return L.circleMarker([m.lat, m.lon], { radius: 7, color: '#0b5394', weight: 2, fillColor: '#3d85c6', fillOpacity: 0.9 })
      .bindPopup(link);
  }

  function cluster(m) {
    var radius = Math.min(10 + 4 * Math.sqrt(m.count), 40);
    var label = element.dataset.cluster.replace('{0}', format.format(m.count));
    var circle = L.circleMarker([m.lat, m.lon], { radius: radius, color: '#7f6000', weight: 1, fillColor: '#f1c232', fillOpacity: 0.75 })
      .bindTooltip(format.format(m.count), { permanent: true, direction: 'center', className: 'proposal-cluster-count' });
    circle.on('click', function () { map.setView([m.lat, m.lon], Math.min(map.getZoom() + 2, 18)); });
    // Read out by screen readers as "12 proposals: click to zoom in" rather than as a bare shape.
    circle.on('add', function () {
      var path = circle.getElement();
      if (path) {
        path.setAttribute('role', 'img');
        path.setAttribute('aria-label', label);
      }
    });
    return circle;
  }

  function load(fit) {
    fetch(fit ? element.dataset.url : url(), { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (data) {
        markers.clearLayers();
        if (empty) {
          empty.remove();
          empty = null;
        }
        if (data.length === 0) {
          empty = L.control({ position: 'topright' });
          empty.onAdd = function () {
            var div = L.DomUtil.create('div', 'bg-body border rounded px-2 small');
            div.textContent = element.dataset.empty;
            return div;
          };
          empty.addTo(map);
          return;
        }
        var positions = [];
        data.forEach(function (m) {
          markers.addLayer(m.count === 1 ? single(m) : cluster(m));
          positions.push([m.lat, m.lon]);
        });
        if (fit && positions.length > 0) {
          map.fitBounds(positions, { padding: [30, 30], maxZoom: 12 });
        }
      });
  }

  map.on('moveend', function () { load(false); });
  if (fitted) {
    load(false);
  } else {
    // No territory chosen: the first answer (the whole country, clustered) decides the view.
    load(true);
  }
}());

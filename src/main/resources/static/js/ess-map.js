// ESS dashboard map: the cooperatives of the territory at their commune's coordinates (from /ess/map.json).
// Base tiles only when the server names a tile source (data-tile-url, tanmia.map.tile-url, as every map);
// otherwise the markers are drawn on the Kingdom's outline alone (map-outline.js), which works offline.
(function () {
  'use strict';
  var element = document.getElementById('ess-map');
  if (!element || typeof L === 'undefined') {
    return;
  }
  var lat = parseFloat(element.dataset.lat) || 30.4278;
  var lon = parseFloat(element.dataset.lon) || -9.5981;
  var map = L.map(element, { attributionControl: !!element.dataset.tileUrl }).setView([lat, lon], 8);
  if (element.dataset.tileUrl) {
    L.tileLayer(element.dataset.tileUrl, { maxZoom: 18, attribution: element.dataset.tileAttribution || '' }).addTo(map);
  }
  if (window.tanmiaOutline) {
    window.tanmiaOutline(map, !!element.dataset.tileUrl);
  }
  fetch(element.dataset.url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
    .then(function (response) { return response.ok ? response.json() : []; })
    .then(function (markers) {
      var bounds = [];
      // Cooperatives of one commune share its coordinates: spread them a little so each stays clickable.
      var seen = {};
      markers.forEach(function (m) {
        var key = m.lat + ',' + m.lon;
        var n = seen[key] = (seen[key] || 0) + 1;
        var angle = n * 2.4;
        var offset = n > 1 ? 0.01 * Math.sqrt(n) : 0;
        var position = [m.lat + offset * Math.sin(angle), m.lon + offset * Math.cos(angle)];
        var popup = document.createElement('div');
        var link = document.createElement('a');
        link.href = element.dataset.url.replace(/\/ess\/map\.json.*$/, '/ess/cooperatives/' + m.id);
        link.textContent = m.name;
        popup.appendChild(link);
        popup.appendChild(document.createElement('br'));
        popup.appendChild(document.createTextNode(m.valueChain + ' · ' + element.dataset.members + ' ' + m.members
          + ' · ' + element.dataset.labels + ' ' + m.labels));
        L.circleMarker(position, { radius: 6, weight: 1, fillOpacity: 0.7 }).bindPopup(popup).addTo(map);
        bounds.push(position);
      });
      if (bounds.length > 1) {
        map.fitBounds(bounds, { padding: [20, 20], maxZoom: 11 });
      }
    });
}());

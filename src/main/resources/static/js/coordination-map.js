// Coordination map: every intervention of the territory as a point, coloured by its owner's kind, and
// every commune with a deficit in a sector without a project (a gap) as a dashed red ring.
// Base tiles only when the server names a tile source that follows the kingdom's official borders
// (data-tile-url, tanmia.map.tile-url); otherwise the points are drawn on the Kingdom's outline alone (map-outline.js).
(function () {
  var element = document.getElementById('coordination-map');
  if (!element || typeof L === 'undefined') {
    return;
  }
  var colours = {
    COMMUNAL_COUNCIL: '#0d6efd', PREFECTURAL_COUNCIL: '#6610f2', PROVINCIAL_COUNCIL: '#6610f2',
    REGIONAL_COUNCIL: '#6f42c1', STATE_SECTOR: '#198754', INDH_COMMITTEE: '#fd7e14', PUBLIC_AGENCY: '#20c997',
    PARTNER: '#dc3545', TERRITORIAL_ADMINISTRATION: '#0dcaf0'
  };
  var map = L.map(element);
  if (element.dataset.tileUrl) {
    L.tileLayer(element.dataset.tileUrl, { maxZoom: 18, attribution: element.dataset.tileAttribution || '' }).addTo(map);
  }
  if (window.tanmiaOutline) {
    window.tanmiaOutline(map, !!element.dataset.tileUrl);
  }
  fetch(element.dataset.points, { credentials: 'same-origin' })
    .then(function (response) { return response.json(); })
    .then(function (points) {
      var bounds = [];
      points.forEach(function (p) {
        var marker = L.circleMarker([p.lat, p.lng], {
          radius: 7, weight: 1, color: '#333', fillOpacity: 0.8, fillColor: colours[p.ownerKind] || '#6c757d'
        }).addTo(map);
        var popup = document.createElement('div');
        var title = document.createElement('strong');
        title.textContent = p.title;
        popup.appendChild(title);
        popup.appendChild(document.createElement('br'));
        popup.appendChild(document.createTextNode(p.code + ' · ' + p.sector + (p.owner ? ' · ' + p.owner : '')));
        marker.bindPopup(popup);
        bounds.push([p.lat, p.lng]);
      });
      if (bounds.length) {
        map.fitBounds(bounds, { padding: [20, 20], maxZoom: 12 });
      } else {
        map.setView([30.4, -9.6], 9);
      }
      element.dataset.loaded = String(points.length);
      return element.dataset.gaps ? fetch(element.dataset.gaps, { credentials: 'same-origin' }) : null;
    })
    .then(function (response) { return response ? response.json() : []; })
    .then(function (gaps) {
      gaps.forEach(function (g) {
        var ring = L.circleMarker([g.lat, g.lng], {
          radius: 14, weight: 2, dashArray: '4 3', color: '#dc3545', fill: false
        }).addTo(map);
        var popup = document.createElement('div');
        var title = document.createElement('strong');
        title.textContent = g.commune;
        popup.appendChild(title);
        g.sectors.forEach(function (s) {
          popup.appendChild(document.createElement('br'));
          popup.appendChild(document.createTextNode(s));
        });
        ring.bindPopup(popup);
      });
      element.dataset.gapsLoaded = String(gaps.length);
    });
})();

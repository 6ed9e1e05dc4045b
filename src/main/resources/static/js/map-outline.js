// The Kingdom of Morocco's outline under the data of every map: its official borders, one territory
// from Tangier and Saïdia down to Lagouira, the southern provinces included, with no line inside
// (static/geo/morocco.geojson, derived from Natural Earth by docs/tools/morocco_outline.py — see
// docs/DIAGNOSIS.md). Without tiles, or when none can be loaded (no internet), it is the map's land:
// a light fill and a stroke. Over tiles it is a thin stroke only. Included before a page's map script, which calls
// window.tanmiaOutline(map, hasTiles) right after creating its map; the promise it returns gives the
// outline's layer (null when it could not be loaded), e.g. to show the whole Kingdom.
(function () {
  'use strict';
  var script = document.currentScript;
  // Next to this script, whatever the application's context path.
  var url = script ? script.src.replace(/js\/map-outline\.js(\?.*)?$/, 'geo/morocco.geojson') : null;
  var outline = null; // fetched once per page, however many maps it has (and cached by the browser)

  function load() {
    if (!outline) {
      outline = fetch(url, { headers: { 'Accept': 'application/geo+json, application/json' }, credentials: 'same-origin' })
        .then(function (response) { return response.ok ? response.json() : null; })
        .catch(function () { return null; });
    }
    return outline;
  }

  window.tanmiaOutline = function (map, hasTiles) {
    if (!url || !window.L || !map) {
      return Promise.resolve(null);
    }
    // Its own pane: above the tiles (200), below the data (overlays 400, markers 600), never in the
    // way of a click on a commune.
    var pane = map.getPane('tanmia-outline') || map.createPane('tanmia-outline');
    pane.style.zIndex = 250;
    pane.style.pointerEvents = 'none';
    var overTiles = { color: '#4a4a4a', weight: 1, opacity: 0.8, fill: false };
    var alone = { color: '#7d8b85', weight: 1.2, opacity: 1, fill: true, fillColor: '#fbfaf4', fillOpacity: 1 };
    var layer = null;
    var tilesShown = false;
    var tilesFailed = false;
    function restyle() {
      if (layer) {
        layer.setStyle(hasTiles && !(tilesFailed && !tilesShown) ? overTiles : alone);
      }
    }
    // Tiles configured but unreachable (no internet): the outline becomes the land again, until a
    // tile does load.
    function watch(tiles) {
      if (tiles instanceof L.TileLayer) {
        tiles.on('tileload', function () { tilesShown = true; restyle(); });
        tiles.on('tileerror', function () { tilesFailed = true; restyle(); });
      }
    }
    map.eachLayer(watch);
    map.on('layeradd', function (event) { watch(event.layer); });
    return load().then(function (geojson) {
      if (!geojson) {
        return null;
      }
      layer = L.geoJSON(geojson, {
        pane: 'tanmia-outline',
        interactive: false,
        style: hasTiles ? overTiles : alone,
        attribution: '<a href="https://www.naturalearthdata.com/">Natural Earth</a>'
      }).addTo(map);
      restyle();
      map.getContainer().dataset.outline = 'drawn';
      return layer;
    });
  };
})();

#!/usr/bin/env python3
"""Derives the Kingdom of Morocco's outline shipped with the product
(src/main/resources/static/geo/morocco.geojson). A one-off data derivation, not a build step.

Source: Natural Earth admin-0 countries (public domain, naturalearthdata.com), as packaged in
TopoJSON by the npm package world-atlas 2.0.2 (ISC licence):
    npm pack world-atlas@2.0.2  ->  package/countries-10m.json

Natural Earth draws the Kingdom as two features, "Morocco" (id 504) and "W. Sahara" (id 732),
separated by a line at 27°40'N. The Kingdom's official borders include its southern provinces
(Laâyoune-Sakia El Hamra, Dakhla-Oued Ed-Dahab) down to Lagouira, so the two features are MERGED
into one territory: every arc of the topology used by both features (the separating line, and only
it) is dropped, and the remaining arcs are chained into rings. The result is then simplified with
Douglas-Peucker (tolerance in degrees) and rounded, to stay small enough to ship (~12 kB).

Usage (Python 3, standard library only):
    python3 docs/tools/morocco_outline.py /tmp/geo/world-atlas-2.0.2/package/countries-10m.json \
        src/main/resources/static/geo/morocco.geojson [--tolerance=0.002]
"""
import json
import sys

MOROCCO = '504'
SOUTHERN_PROVINCES = '732'  # Natural Earth's "W. Sahara"
DECIMALS = 3  # ~100 m: finer than the simplification tolerance


def decode_arcs(topology):
    """TopoJSON arcs are quantized and delta-encoded: accumulate, then scale and translate."""
    sx, sy = topology['transform']['scale']
    tx, ty = topology['transform']['translate']
    arcs = []
    for arc in topology['arcs']:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def polygons_of(geometry):
    if geometry['type'] == 'Polygon':
        return [geometry['arcs']]
    if geometry['type'] == 'MultiPolygon':
        return geometry['arcs']
    raise SystemExit('unexpected geometry ' + geometry['type'])


def index(ref):
    """An arc reference ~i (written -i-1) is arc i walked backwards."""
    return ref if ref >= 0 else ~ref


def merge(geometries):
    """The arcs bounding the union of the geometries: those used once. An arc used twice lies
    between two of them (the internal border) and is dropped. Holes are not expected here."""
    refs = []
    for geometry in geometries:
        for polygon in polygons_of(geometry):
            if len(polygon) != 1:
                raise SystemExit('holes are not handled')
            refs.extend(polygon[0])
    uses = {}
    for ref in refs:
        uses[index(ref)] = uses.get(index(ref), 0) + 1
    shared = sorted(i for i, n in uses.items() if n > 1)
    return [ref for ref in refs if uses[index(ref)] == 1], shared


def chain(refs, arcs):
    """Joins the remaining arcs end to start into closed rings."""
    def points(ref):
        return arcs[ref] if ref >= 0 else list(reversed(arcs[~ref]))
    pieces = [points(ref) for ref in refs]
    rings = []
    while pieces:
        ring = list(pieces.pop(0))
        while ring[0] != ring[-1]:
            following = next((p for p in pieces if p[0] == ring[-1]), None)
            if following is None:
                raise SystemExit('the arcs do not close into a ring')
            pieces.remove(following)
            ring.extend(following[1:])
        rings.append(ring)
    return rings


def douglas_peucker(points, tolerance):
    """Keeps the points farther than the tolerance from the simplified line (iterative)."""
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = points[first], points[last]
        dx, dy = bx - ax, by - ay
        length2 = dx * dx + dy * dy
        farthest, distance = None, tolerance
        for i in range(first + 1, last):
            px, py = points[i]
            if length2 == 0:
                d = ((px - ax) ** 2 + (py - ay) ** 2) ** 0.5
            else:
                t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length2))
                d = ((px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2) ** 0.5
            if d > distance:
                farthest, distance = i, d
        if farthest is not None:
            keep[farthest] = True
            stack.append((first, farthest))
            stack.append((farthest, last))
    return [p for p, k in zip(points, keep) if k]


def simplify(ring, tolerance):
    # A closed ring starts and ends on the same point: split it at its farthest point so that
    # Douglas-Peucker has two distinct ends on each half.
    start = ring[0]
    far = max(range(len(ring)), key=lambda i: (ring[i][0] - start[0]) ** 2 + (ring[i][1] - start[1]) ** 2)
    simplified = douglas_peucker(ring[:far + 1], tolerance)[:-1] + douglas_peucker(ring[far:], tolerance)
    rounded = []
    for x, y in simplified:
        point = [round(x, DECIMALS), round(y, DECIMALS)]
        if not rounded or rounded[-1] != point:
            rounded.append(point)
    return rounded


def signed_area(ring):
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:])) / 2


def main(source, target, tolerance):
    topology = json.load(open(source, encoding='utf-8'))
    geometries = {g.get('id'): g for g in topology['objects']['countries']['geometries']}
    arcs = decode_arcs(topology)
    refs, shared = merge([geometries[MOROCCO], geometries[SOUTHERN_PROVINCES]])
    if not shared:
        raise SystemExit('the two features share no arc: nothing to merge')
    rings = [simplify(ring, tolerance) for ring in chain(refs, arcs)]
    rings = [r for r in rings if len(r) >= 4]
    if len(rings) != 1:
        raise SystemExit('expected one ring, got %d' % len(rings))
    ring = rings[0]
    if signed_area(ring) < 0:  # GeoJSON (RFC 7946): exterior rings counter-clockwise
        ring.reverse()
    south = min(y for _, y in ring)
    feature = {
        'type': 'Feature',
        'properties': {
            'name_ar': 'المملكة المغربية',
            'name_fr': 'Royaume du Maroc',
            'source': 'Natural Earth (public domain), world-atlas 2.0.2; '
                      'features 504 and 732 merged, simplified at %s°' % tolerance,
        },
        'geometry': {'type': 'Polygon', 'coordinates': [ring]},
    }
    text = json.dumps({'type': 'FeatureCollection', 'features': [feature]},
                      ensure_ascii=False, separators=(',', ':'))
    with open(target, 'w', encoding='utf-8') as out:
        out.write(text + '\n')
    print('%s: arcs dropped %s, one ring of %d positions, southernmost %.3f°N, %d bytes'
          % (target, shared, len(ring), south, len(text.encode('utf-8')) + 1))


if __name__ == '__main__':
    options = [a for a in sys.argv[1:] if a.startswith('--')]
    paths = [a for a in sys.argv[1:] if not a.startswith('--')]
    if len(paths) != 2:
        raise SystemExit(__doc__)
    tol = 0.002
    for option in options:
        if option.startswith('--tolerance='):
            tol = float(option.split('=', 1)[1])
    main(paths[0], paths[1], tol)

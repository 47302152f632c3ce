// Development-time tool (see src/main/resources/static/geo/README.md), run where npm installed its inputs.
// Keys each country of world-atlas (ISO 3166 numeric ids) by its alpha-2 code, rounds coordinates.
const fs = require('fs');
const countries = require('i18n-iso-countries');
const geo = JSON.parse(fs.readFileSync('raw.geojson', 'utf8'));
const round = c => Array.isArray(c[0]) ? c.map(round) : c.map(v => Math.round(v * 100) / 100);
// a ring that crosses the antimeridian (Fiji, Chukotka) would be drawn as a line across the world:
// its few western points are folded onto 180°
const fold = ring => ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180)
  ? ring.map(([x, y]) => [x < 0 ? 180 : x, y]) : ring;
const unfolded = g => g.type === 'Polygon' ? { type: g.type, coordinates: g.coordinates.map(fold) }
  : { type: g.type, coordinates: g.coordinates.map(polygon => polygon.map(fold)) };
const unmatched = [];
// Antarctica has no partner localities and would take a third of the map's height
geo.features = geo.features.filter(f => f.id !== '010').map(f => {
  const alpha2 = f.id ? countries.numericToAlpha2(f.id) : undefined;
  if (!alpha2) unmatched.push(f.properties.name + ' ' + f.id);
  return { type: 'Feature', properties: { name: alpha2 || f.properties.name },
           geometry: unfolded({ type: f.geometry.type, coordinates: round(f.geometry.coordinates) }) };
});
console.error('unmatched:', unmatched.join(', '));
fs.writeFileSync('world-110m.geojson', JSON.stringify(geo));

# Development-time: joins the 34 province polygons (and the Hoàng Sa / Trường Sa special zones into
# Đà Nẵng / Khánh Hòa) into one FeatureCollection keyed by the official code (VN-NN).
import json, glob, os, unicodedata, csv
SRC='/work/shared/data/admin-units/vietnam/geojson-34-provinces/geojson_11Mar2026'
def norm(s):
    s=unicodedata.normalize('NFD', s.replace('_',' ').replace('đ','d').replace('Đ','D'))
    s=''.join(c for c in s if unicodedata.category(c)!='Mn').lower()
    for p in ['thanh pho ','tinh ','thu do ']:
        s=s.replace(p,'')
    return s.replace(' ','_')
codes={}
for row in csv.DictReader(open('/work/shared/data/admin-units/vietnam/mapping-63-to-34/915_CTK-CSCL.csv', encoding='utf-8')):
    codes[norm(row['Tên 34 tỉnh sau sáp nhập'])]=row['Mã số']
features=[]
for folder in sorted(glob.glob(SRC+'/*/')):
    name=os.path.basename(folder.rstrip('/')).split('_',1)[1]
    key=norm(name)
    code=codes[key]
    polys=[]
    for f in [folder+'province.geojson']+sorted(glob.glob(folder+'wards/*.geojson')):
        for feat in json.load(open(f))['features']:
            g=feat['geometry']
            polys += [g['coordinates']] if g['type']=='Polygon' else g['coordinates']
    features.append({'type':'Feature','properties':{'code':'VN-'+code},'geometry':{'type':'MultiPolygon','coordinates':polys}})
assert len(features)==34 and len({f['properties']['code'] for f in features})==34
json.dump({'type':'FeatureCollection','features':features}, open('vn-raw.geojson','w'))
# then: npx mapshaper vn-raw.geojson -simplify 4% keep-shapes -o precision=0.001 format=geojson vn-34-provinces.geojson
# and the feature's name set to its code (ECharts names a region by properties.name), see static/geo/README.md
print('ok', len(features))

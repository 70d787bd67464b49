#!/usr/bin/env python3
"""Builds models/en/places.json: English (Latin-script) place names -> GeoNames records, for the English path.

usage: python3 scripts/en-places.py GEONAMES_DIR [OUT]   (GEONAMES_DIR holds cities15000.txt and countryInfo.tsv)
Data: GeoNames (CC BY 4.0). Keys are lower-cased names: each city's name and ascii name, the Latin-script
alternate names of cities over 100,000 people (Bombay, Peking, Geneva), country names and a few common aliases.
Each key keeps the most populous record: [geonameId, countryCode, lat, lon, kind, population].
"""
import json, os, re, sys

src = sys.argv[1]
out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), '..', 'models', 'en', 'places.json')
places = {}

def put(name, rec):
    k = ' '.join(name.lower().split())
    if len(k) < 2 or not re.fullmatch(r"[a-z .'’-]+", k):
        return
    old = places.get(k)
    # countries win over cities of the same name; otherwise the most populous record wins
    if old is None or (rec[4] == 'country') > (old[4] == 'country') or ((rec[4] == 'country') == (old[4] == 'country') and rec[5] > old[5]):
        places[k] = rec

centroid = {}
with open(os.path.join(src, 'cities15000.txt'), encoding='utf-8') as f:
    for line in f:
        c = line.rstrip('\n').split('\t')
        gid, name, ascii_, alts, lat, lon, code, cc, pop = int(c[0]), c[1], c[2], c[3], float(c[4]), float(c[5]), c[7], c[8], int(c[14] or 0)
        rec = [gid, cc, round(lat, 4), round(lon, 4), code, pop]
        put(name, rec)
        put(ascii_, rec)
        if code == 'PPLC':
            centroid[cc] = (round(lat, 4), round(lon, 4))
        if pop >= 100_000:
            for a in alts.split(','):
                if a and a[0].isupper() and re.fullmatch(r"[A-Za-z .'-]+", a):
                    put(a, rec)
countries = {}
with open(os.path.join(src, 'countryInfo.tsv'), encoding='utf-8') as f:
    for line in f:
        if line.startswith('#') or line.count('\t') < 16:
            continue
        c = line.rstrip('\n').split('\t')
        iso, name, pop, gid = c[0], c[4], int(c[7] or 0), int(c[16] or 0)
        lat, lon = centroid.get(iso, (None, None))
        rec = [gid, iso, lat, lon, 'country', pop]
        countries[iso] = rec
        put(name, rec)
aliases = {'UK': 'GB', 'Britain': 'GB', 'Great Britain': 'GB', 'England': 'GB', 'Scotland': 'GB', 'Wales': 'GB',
           'US': 'US', 'USA': 'US', 'America': 'US', 'United States of America': 'US', 'UAE': 'AE', 'Holland': 'NL',
           'Russia': 'RU', 'South Korea': 'KR', 'North Korea': 'KP', 'Iran': 'IR', 'Syria': 'SY', 'Vietnam': 'VN',
           'Czech Republic': 'CZ', 'Ivory Coast': 'CI', 'Burma': 'MM', 'Palestine': 'PS', 'Gaza': 'PS', 'West Bank': 'PS',
           'Congo': 'CD', 'Laos': 'LA', 'Bolivia': 'BO', 'Venezuela': 'VE', 'Tanzania': 'TZ', 'Taiwan': 'TW', 'Macedonia': 'MK'}
for a, iso in aliases.items():
    if iso in countries:
        places[a.lower()] = countries[iso]
regions = {'Europe': (48.69, 9.14), 'Asia': (29.84, 89.30), 'Africa': (7.19, 21.09), 'Middle East': (29.3, 42.5),
           'South East Asia': (2.5, 112.5), 'Southeast Asia': (2.5, 112.5), 'Latin America': (-14.2, -59.3),
           'North America': (46.07, -100.55), 'South America': (-14.6, -57.66), 'Gulf': (26.0, 52.0), 'Kashmir': (34.5, 76.0),
           'Balkans': (42.5, 21.0), 'Caribbean': (15.3, -72.8), 'Scandinavia': (62.0, 15.0), 'Sindh': (26.0, 68.5), 'Rajasthan': (26.6, 73.8)}
for r, (lat, lon) in regions.items():
    places.setdefault(r.lower(), [None, None, lat, lon, 'region', 0])
json.dump({'about': 'GeoNames (CC BY 4.0) English place names; built by scripts/en-places.py',
           'fields': ['geonameId', 'countryCode', 'lat', 'lon', 'kind', 'population'], 'places': places},
          open(out, 'w', encoding='utf-8'), separators=(',', ':'), ensure_ascii=False)
print(len(places), 'names ->', out)

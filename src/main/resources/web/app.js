/*
 * BorderWatch page: map, timeline, filters, event list, event panel with claims ledger, document view.
 * Every piece of text that comes from documents or the store is untrusted: it is only ever put into
 * the page as text nodes (el()/textContent), never parsed as HTML.
 */
(function () {
  'use strict';

  // ACLED's event types and sub-event types (codebook vocabulary, not crisis-specific), with map colours.
  const TYPES = [
    { label: 'Battles', color: '#c0392b', subs: ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'] },
    { label: 'Explosions/Remote violence', color: '#e67e22', subs: ['Chemical weapon', 'Air/drone strike', 'Suicide bomb', 'Shelling/artillery/missile attack', 'Remote explosive/landmine/IED', 'Grenade'] },
    { label: 'Violence against civilians', color: '#8e44ad', subs: ['Sexual violence', 'Attack', 'Abduction/forced disappearance'] },
    { label: 'Protests', color: '#27ae60', subs: ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'] },
    { label: 'Riots', color: '#8d6e63', subs: ['Violent demonstration', 'Mob violence'] },
    { label: 'Strategic developments', color: '#2e86c1', subs: ['Agreement', 'Arrests', 'Change to group/activity', 'Disrupted weapons use', 'Headquarters or base established', 'Looting/property destruction', 'Non-violent transfer of territory', 'Other'] },
  ];
  const FILTER_NAMES = ['from', 'to', 'type', 'sub_type', 'actor', 'country', 'admin1', 'q', 'document', 'contested', 'cross_border', 'one_sided'];
  const PAGE_SIZE = 50;
  const STANCE_LABEL = { asserts: 'asserts', denies: 'denies', blames_other_side: 'blames the other side', called_false: 'calls it false' };

  const state = { filters: {}, sort: '-date', page: 1, mapMode: null, firstRender: false, openEventId: null, framed: false, region: null };

  // ---------- small DOM helpers (text only) ----------
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    if (props) {
      for (const [key, value] of Object.entries(props)) {
        if (value === null || value === undefined || value === false) continue;
        if (key === 'className') node.className = value;
        else if (key === 'text') node.textContent = String(value);
        else if (key === 'dataset') Object.assign(node.dataset, value);
        else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
        else node.setAttribute(key, String(value));
      }
    }
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      node.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
    }
    return node;
  }
  function svg(tag, attrs) {
    const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    return node;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }
  const $ = (id) => document.getElementById(id);
  function typeColor(label) { const t = TYPES.find((x) => x.label === label); return t ? t.color : '#7f8c8d'; }
  function fmtNumber(n) { return n === null || n === undefined ? '–' : Number(n).toLocaleString('en-GB'); }
  /** "Sotk, Gegharkunik, Armenia", naming each unit once even when the place is itself a province or country. */
  function placeLine(e) {
    const parts = [];
    for (const p of [e.location, e.admin1, e.country]) {
      if (p && !parts.some((q) => q.toLowerCase() === p.toLowerCase())) parts.push(p);
    }
    return parts.join(', ');
  }
  /** For the few places Leaflet takes HTML (the attribution): text made inert. */
  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  }
  function fmtDate(iso) {
    if (!iso) return '';
    const d = new Date(iso + 'T00:00:00Z');
    return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  }

  // ---------- API ----------
  function query(params) {
    const qs = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') qs.set(k, v);
    return qs.toString();
  }
  let inFlight = 0;
  function busy(delta) {
    inFlight += delta;
    document.body.classList.toggle('busy', inFlight > 0);
  }
  async function api(path, params) {
    const qs = params ? query(params) : '';
    busy(1);
    let response, body;
    try {
      response = await fetch(path + (qs ? '?' + qs : ''), { headers: { Accept: 'application/json' } });
      body = await response.json().catch(() => ({ error: 'response is not JSON' }));
    } finally {
      busy(-1);
    }
    if (!response.ok) {
      const message = (body && body.error ? body.error : 'HTTP ' + response.status) + (body && body.parameter ? ' (' + body.parameter + ')' : '');
      throw new Error(message);
    }
    return body;
  }
  let statusTimer = null;
  function showStatus(message, isError) {
    const box = $('status');
    box.textContent = message;
    box.className = 'status' + (isError ? ' error' : '');
    box.hidden = false;
    clearTimeout(statusTimer);
    statusTimer = setTimeout(() => { box.hidden = true; }, isError ? 8000 : 2500);
  }
  function guard(promise) { return promise.catch((e) => showStatus(e.message, true)); }

  // ---------- filters and URL ----------
  function readUrl() {
    const qs = new URLSearchParams(location.search);
    state.filters = {};
    for (const name of FILTER_NAMES) if (qs.get(name)) state.filters[name] = qs.get(name);
    state.sort = qs.get('sort') || '-date';
    state.page = Math.max(1, parseInt(qs.get('page') || '1', 10) || 1);
  }
  function writeUrl() {
    const params = Object.assign({}, state.filters);
    if (state.sort !== '-date') params.sort = state.sort;
    if (state.page > 1) params.page = state.page;
    const qs = query(params);
    history.replaceState(null, '', location.pathname + (qs ? '?' + qs : '') + location.hash);
  }
  function fillForm() {
    for (const name of FILTER_NAMES) {
      const input = $('f-' + name);
      if (!input) continue;
      if (input.type === 'checkbox') input.checked = state.filters[name] === 'true';
      else input.value = state.filters[name] || '';
    }
    fillSubTypes();
    $('f-sub_type').value = state.filters.sub_type || '';
    const docFilter = $('doc-filter');
    if (state.filters.document) {
      clear(docFilter).append('Only document ', el('code', { text: state.filters.document.slice(0, 12) }), ' ',
        el('button', { type: 'button', className: 'link', text: 'remove', onclick: () => setFilters({ document: '' }) }));
      docFilter.hidden = false;
    } else {
      docFilter.hidden = true;
    }
    document.querySelectorAll('.sort button').forEach((b) => b.classList.toggle('active', b.dataset.sort === state.sort));
  }
  function fillSubTypes() {
    const select = $('f-sub_type');
    const type = $('f-type').value;
    const keep = select.value;
    clear(select).appendChild(el('option', { value: '', text: 'All sub-types' }));
    for (const t of TYPES) {
      if (type && t.label !== type) continue;
      for (const s of t.subs) select.appendChild(el('option', { value: s, text: s }));
    }
    select.value = keep;
  }
  function formFilters() {
    const f = {};
    for (const name of FILTER_NAMES) {
      const input = $('f-' + name);
      if (!input) continue;
      if (input.type === 'checkbox') { if (input.checked) f[name] = 'true'; } else if (input.value.trim()) f[name] = input.value.trim();
    }
    return f;
  }
  function setFilters(changes) {
    for (const [k, v] of Object.entries(changes)) {
      if (v === '' || v === null || v === undefined) delete state.filters[k]; else state.filters[k] = v;
    }
    state.page = 1;
    fillForm();
    writeUrl();
    refresh();
  }
  function initFilters() {
    const select = $('f-type');
    for (const t of TYPES) select.appendChild(el('option', { value: t.label, text: t.label }));
    fillSubTypes();
    let debounce = null;
    const apply = () => {
      const f = formFilters();
      if (f.sub_type && f.type && !TYPES.find((t) => t.label === f.type).subs.includes(f.sub_type)) delete f.sub_type;
      state.filters = f;
      state.page = 1;
      writeUrl();
      refresh();
    };
    $('filters').addEventListener('change', (e) => {
      if (e.target.id === 'f-type') fillSubTypes();
      clearTimeout(debounce);
      apply();
    });
    $('filters').addEventListener('input', (e) => {
      if (e.target.type !== 'text' && e.target.type !== 'search') return;
      clearTimeout(debounce);
      debounce = setTimeout(apply, 400);
    });
    $('filters').addEventListener('submit', (e) => { e.preventDefault(); apply(); });
    $('reset').addEventListener('click', () => { state.filters = {}; state.page = 1; fillForm(); writeUrl(); refresh(); });
    document.querySelectorAll('.sort button').forEach((b) => b.addEventListener('click', () => {
      state.sort = b.dataset.sort; state.page = 1; fillForm(); writeUrl(); guard(loadList());
    }));
    $('prev').addEventListener('click', () => { if (state.page > 1) { state.page--; writeUrl(); guard(loadList()); } });
    $('next').addEventListener('click', () => { state.page++; writeUrl(); guard(loadList()); });
  }

  // ---------- map ----------
  let map, boundaryLayer, clusterGroup, serverClusterLayer, highlightLayer, legend, regionLabels, placeLabels;
  function initMap() {
    map = L.map('map', { zoomControl: true, preferCanvas: false, minZoom: 3, maxZoom: 14, attributionControl: true });
    map.attributionControl.setPrefix(false);
    map.setView([40.0, 45.9], 7);
    clusterGroup = L.markerClusterGroup({
      showCoverageOnHover: false, maxClusterRadius: 40, spiderfyOnMaxZoom: true, chunkedLoading: true,
      iconCreateFunction: clusterIcon,
    });
    serverClusterLayer = L.layerGroup();
    highlightLayer = L.layerGroup();
    map.addLayer(clusterGroup);
    map.addLayer(serverClusterLayer);
    map.addLayer(highlightLayer);
    // names above the outlines (the overlay pane, 400) and below the cluster bubbles (the marker pane, 600)
    map.createPane('labels').style.zIndex = 450;
    regionLabels = L.layerGroup().addTo(map);
    placeLabels = L.layerGroup().addTo(map);
    map.on('moveend', () => { if (state.mapMode === 'clusters') guard(loadMap()); });
    map.on('zoomend', showLabelsThatFit);
    clusterGroup.on('animationend', showLabelsThatFit);
    // what the map shows, west,south,east,north, for whoever checks the page (the tests do)
    map.on('moveend', () => { document.body.dataset.mapView = map.getBounds().toBBoxString(); });
    addLegend();
  }
  function clusterIcon(cluster) {
    const children = cluster.getAllChildMarkers();
    const byType = {};
    let deaths = 0;
    for (const m of children) {
      byType[m.options.eventType] = (byType[m.options.eventType] || 0) + 1;
      deaths += m.options.fatalities || 0;
    }
    const dominant = Object.entries(byType).sort((a, b) => b[1] - a[1])[0][0];
    return countIcon(children.length, dominant, deaths);
  }
  function countIcon(count, dominantType, deaths) {
    const size = Math.round(26 + Math.min(26, Math.log2(count + 1) * 4));
    const bubble = el('div', { className: 'bw-cluster', title: count + ' events, ' + deaths + ' fatalities' }, el('span', { text: fmtNumber(count) }));
    bubble.style.width = size + 'px';
    bubble.style.height = size + 'px';
    bubble.style.lineHeight = size + 'px';
    bubble.style.background = typeColor(dominantType);
    return L.divIcon({ html: bubble, className: 'bw-cluster-wrap', iconSize: L.point(size, size) });
  }
  function addHatchPattern() {
    const svgRoot = map.getPanes().overlayPane.querySelector('svg');
    if (!svgRoot || svgRoot.querySelector('#bw-hatch')) return;
    const defs = svg('defs');
    const pattern = svg('pattern', { id: 'bw-hatch', patternUnits: 'userSpaceOnUse', width: 8, height: 8, patternTransform: 'rotate(45)' });
    pattern.appendChild(svg('rect', { width: 8, height: 8, fill: '#f3d9c4', 'fill-opacity': 0.55 }));
    pattern.appendChild(svg('line', { x1: 0, y1: 0, x2: 0, y2: 8, stroke: '#c0603a', 'stroke-width': 2.2, 'stroke-opacity': 0.55 }));
    defs.appendChild(pattern);
    svgRoot.insertBefore(defs, svgRoot.firstChild);
  }
  const BOUNDARY_STYLE = {
    country: { color: '#8a8f98', weight: 1, fillColor: '#f7f5ef', fillOpacity: 1 },
    admin1: { color: '#b9bcc2', weight: 0.8, dashArray: '3 3', fill: false },
    border: { color: '#1d2230', weight: 3, fill: false },
    disputed: { color: '#c0603a', weight: 1.5, dashArray: '6 4', fillColor: 'url(#bw-hatch)', fillOpacity: 1 },
    enclave: { color: '#8a6d00', weight: 1.5, fillColor: '#e8c547', fillOpacity: 0.6 },
  };
  const BOUNDARY_ORDER = { country: 0, admin1: 1, disputed: 2, enclave: 3, border: 4 };
  async function loadBoundaries() {
    const geo = await api('/api/map/boundaries');
    const features = (geo.features || []).slice().sort((a, b) =>
      (BOUNDARY_ORDER[(a.properties || {}).kind] || 0) - (BOUNDARY_ORDER[(b.properties || {}).kind] || 0));
    if (!features.length) return false;
    boundaryLayer = L.geoJSON({ type: 'FeatureCollection', features }, {
      interactive: true,
      style: (f) => Object.assign({ interactive: f.properties && f.properties.kind !== 'country' }, BOUNDARY_STYLE[(f.properties || {}).kind] || BOUNDARY_STYLE.country),
      onEachFeature: (f, layer) => {
        const p = f.properties || {};
        if (p.name) layer.bindTooltip(() => el('span', { text: p.name + (p.kind && p.kind !== 'country' ? ' (' + p.kind + ')' : '') }), { sticky: true });
      },
    }).addTo(map);
    addHatchPattern();
    // Re-apply the disputed style now that its pattern exists.
    boundaryLayer.eachLayer((l) => { if (l.feature.properties && l.feature.properties.kind === 'disputed') l.setStyle(BOUNDARY_STYLE.disputed); });
    // Open on the conflict's region; a background without one (another gazetteer) is framed whole.
    if (geo.view) {
      const box = (b) => L.latLngBounds([b[1], b[0]], [b[3], b[2]]);
      state.region = { view: box(geo.view), extent: geo.extent ? box(geo.extent) : null };
      map.fitBounds(state.region.view, { padding: [10, 10], animate: false });
    } else {
      map.fitBounds(boundaryLayer.getBounds(), { padding: [10, 10], animate: false });
    }
    addRegionLabels(features);
    if (geo.attribution && geo.attribution.length) map.attributionControl.setPrefix('Map data');
    for (const a of geo.attribution || []) {
      map.attributionControl.addAttribution('<span title="' + escapeHtml(a.text) + '">' + escapeHtml(a.credit) + '</span>');
    }
    return true;
  }

  // ---------- labels: countries, provinces and areas where their names fit; the places of events ----------
  const LABEL_MIN_ZOOM = { country: 3, disputed: 6, admin1: 7 };
  const PLACE_LABEL_GAP = 18; // px from a place to its name: the radius of a bubble of a few events
  function labelMarker(latlng, text, kind, room) {
    return L.marker(latlng, { icon: regionIcon(text, kind, 0), pane: 'labels', interactive: false, keyboard: false, room,
      labelText: text, kind, shift: 0 });
  }
  /** A region's name centred on its label point, or {@code shift} pixels below it (above when negative). */
  function regionIcon(text, kind, shift) {
    return L.divIcon({ className: 'bw-label bw-label-' + kind, html: el('span', { text }), iconSize: null, iconAnchor: [0, -shift] });
  }
  function addRegionLabels(features) {
    regionLabels.clearLayers();
    for (const f of features) {
      const p = f.properties || {};
      if (!p.label || !p.name || !(p.kind in LABEL_MIN_ZOOM)) continue;
      regionLabels.addLayer(labelMarker([p.label[1], p.label[0]], p.name, p.kind, p.label_room || 0));
    }
    showLabelsThatFit();
  }
  /**
   * Which names show at this zoom, each left out rather than drawn over one already shown or over a bubble
   * of clustered events: the countries
   * (they tell Armenia from Azerbaijan), then the places of events, busiest first, right of their point or
   * else left of it, then areas of special status and provinces. A region's name needs its largest inner
   * circle to be about as wide as the name.
   */
  function showLabelsThatFit() {
    const zoom = map.getZoom();
    const pixelsPerDegree = 256 * Math.pow(2, zoom) / 360;
    // the bubbles of clustered events come first: a name under one could not be read
    const mapBox = map.getContainer().getBoundingClientRect();
    const taken = [...map.getContainer().querySelectorAll('.bw-cluster')].map((c) => {
      const r = c.getBoundingClientRect();
      return { x0: r.left - mapBox.left, x1: r.right - mapBox.left, y0: r.top - mapBox.top, y1: r.bottom - mapBox.top };
    });
    const free = (box) => !taken.some((t) => box.x0 < t.x1 && t.x0 < box.x1 && box.y0 < t.y1 && t.y0 < box.y1);
    const boxFrom = (x0, at, width) => ({ x0, x1: x0 + width, y0: at.y - 8, y1: at.y + 8 });
    const region = (m) => {
      const o = m.options;
      const width = o.labelText.length * (o.kind === 'country' ? 9 : 6.5);
      const roomPx = o.room * pixelsPerDegree;
      const at = map.latLngToContainerPoint(m.getLatLng());
      // the inner circle is the least room a region has: its name may run a little past it; where a bubble
      // or another name sits on the label point, the name moves up or down within that circle
      let shown = null;
      if (zoom >= LABEL_MIN_ZOOM[o.kind] && 2.6 * roomPx >= width) {
        for (const shift of [0, -22, 22, -44, 44].filter((d) => Math.abs(d) < roomPx * 0.8)) {
          const box = boxFrom(at.x - width / 2, { y: at.y + shift }, width);
          if (free(box)) {
            shown = { box, shift };
            break;
          }
        }
      }
      if (shown) {
        taken.push(shown.box);
        if (o.shift !== shown.shift) {
          o.shift = shown.shift;
          m.setIcon(regionIcon(o.labelText, o.kind, shown.shift));
        }
      }
      m.setOpacity(shown ? 1 : 0);
    };
    const regions = regionLabels.getLayers();
    regions.filter((m) => m.options.kind === 'country').forEach(region);
    const places = placeLabels.getLayers().slice().sort((a, b) => b.options.events - a.options.events);
    const named = []; // where each place's name already shows: one name for points of a place close together
    for (const m of places) {
      const width = m.options.labelText.length * 6.5;
      const at = map.latLngToContainerPoint(m.getLatLng());
      const right = boxFrom(at.x + PLACE_LABEL_GAP, at, width);
      const left = boxFrom(at.x - PLACE_LABEL_GAP - width, at, width);
      const repeated = named.some((n) => n.text === m.options.labelText && n.at.distanceTo(at) < 60);
      const side = repeated ? null : free(right) ? 'right' : free(left) ? 'left' : null;
      if (side) named.push({ text: m.options.labelText, at });
      if (side) {
        taken.push(side === 'right' ? right : left);
        if (m.options.side !== side) {
          m.options.side = side;
          m.setIcon(placeIcon(m.options.labelText, side));
        }
      }
      m.setOpacity(side ? 1 : 0);
    }
    regions.filter((m) => m.options.kind === 'disputed').forEach(region);
    regions.filter((m) => m.options.kind === 'admin1').forEach(region);
  }
  /** A place's name beside its point, clear of its circle and of a small cluster's bubble. */
  function placeIcon(text, side) {
    return L.divIcon({ className: 'bw-label bw-label-place bw-label-' + side, html: el('span', { text }), iconSize: null,
      iconAnchor: [side === 'right' ? -PLACE_LABEL_GAP : PLACE_LABEL_GAP, 8] });
  }
  /** One label per place where matching events happened; country-wide places are named by the country label. */
  function addPlaceLabels(points) {
    placeLabels.clearLayers();
    const regionNames = new Set(regionLabels.getLayers().map((m) => m.options.labelText.toLowerCase()));
    const byPlace = new Map();
    for (const p of points) {
      if (!p.location || regionNames.has(p.location.toLowerCase())) continue;
      const key = p.location.toLowerCase() + '@' + p.lat.toFixed(2) + ',' + p.lon.toFixed(2);
      if (byPlace.has(key)) {
        byPlace.get(key).options.events++;
        continue;
      }
      byPlace.set(key, L.marker([p.lat, p.lon], { icon: placeIcon(p.location, 'right'), pane: 'labels', interactive: false,
        keyboard: false, labelText: p.location, events: 1, side: 'right' }));
    }
    byPlace.forEach((m) => placeLabels.addLayer(m));
    showLabelsThatFit();
  }
  /** The region and the events inside the drawn background, once, so far-off events do not shrink the map. */
  function frameEvents(markers) {
    let bounds = state.region ? L.latLngBounds(state.region.view.getSouthWest(), state.region.view.getNorthEast()) : null;
    for (const m of markers) {
      const at = m.getLatLng();
      if (state.region && !(state.region.extent && state.region.extent.contains(at))) continue;
      bounds = bounds ? bounds.extend(at) : L.latLngBounds(at, at);
    }
    // not animated: Leaflet drops a new view asked for while a zoom is still animating
    if (bounds) map.fitBounds(bounds, { padding: [30, 30], maxZoom: 9, animate: false });
  }
  function addLegend() {
    legend = L.control({ position: 'bottomright' });
    legend.onAdd = () => {
      const box = el('div', { className: 'legend' }, el('div', { className: 'legend-title', text: 'Event type' }));
      for (const t of TYPES) {
        const swatch = el('span', { className: 'swatch' });
        swatch.style.background = t.color;
        box.appendChild(el('div', { className: 'legend-row' }, swatch, t.label));
      }
      // the map's own signs fold away: open, the legend would cover a quarter of a laptop's map
      box.appendChild(el('details', { className: 'legend-signs' }, el('summary', { className: 'legend-title', text: 'Map signs' }),
        el('div', { className: 'legend-row' }, el('span', { className: 'swatch line border' }), 'Recognised border'),
        el('div', { className: 'legend-row' }, el('span', { className: 'swatch hatch' }), 'Disputed region'),
        el('div', { className: 'legend-row' }, el('span', { className: 'swatch enclave' }), 'Enclave'),
        el('div', { className: 'legend-row' }, el('span', { className: 'swatch ring' }), 'Contested (denied / blamed)'),
        el('div', { className: 'legend-note', text: 'Circle size: fatalities' })));
      L.DomEvent.disableClickPropagation(box);
      return box;
    };
    legend.addTo(map);
  }
  function radius(fatalities) { return 5 + Math.min(15, Math.sqrt(fatalities || 0) * 2.2); }
  function popupContent(p) {
    return el('div', { className: 'popup' },
      el('div', { className: 'popup-type' }, dot(p.event_type), p.sub_event_type),
      el('div', { className: 'popup-meta', text: fmtDate(p.date) + ' · ' + (p.location || 'unnamed place') }),
      el('div', { className: 'popup-meta', text: 'Fatalities: ' + fmtNumber(p.fatalities) + (p.contested ? ' · contested' : '') }),
      el('button', { type: 'button', className: 'link', text: 'Open event ›', onclick: () => openEvent(p.id) }));
  }
  function dot(type) {
    const d = el('span', { className: 'dot' });
    d.style.background = typeColor(type);
    return d;
  }
  let mapRequest = 0;
  async function loadMap() {
    const ticket = ++mapRequest;
    const b = map.getBounds().pad(0.2);
    const bbox = [Math.max(-180, b.getWest()), Math.max(-90, b.getSouth()), Math.min(180, b.getEast()), Math.min(90, b.getNorth())]
      .map((x) => x.toFixed(4)).join(',');
    const data = await api('/api/clusters', Object.assign({ zoom: map.getZoom(), bbox }, state.filters));
    if (ticket !== mapRequest) return;
    state.mapMode = data.mode;
    clusterGroup.clearLayers();
    serverClusterLayer.clearLayers();
    if (data.mode === 'points') {
      const markers = data.points.map((p) => {
        const m = L.circleMarker([p.lat, p.lon], {
          radius: radius(p.fatalities), color: p.contested ? '#1d2230' : '#ffffff', weight: p.contested ? 2 : 1,
          fillColor: typeColor(p.event_type), fillOpacity: 0.88, className: 'bw-event',
          eventType: p.event_type, fatalities: p.fatalities,
        });
        m.bindPopup(() => popupContent({
          id: p.id, event_type: p.event_type, sub_event_type: p.sub_event_type, date: p.date,
          location: p.location, fatalities: p.fatalities, contested: p.contested,
        }));
        return m;
      });
      clusterGroup.addLayers(markers);
      addPlaceLabels(data.points);
      if (!state.framed && markers.length) {
        state.framed = true;
        frameEvents(markers);
      }
    } else {
      placeLabels.clearLayers();
      for (const c of data.clusters) {
        const marker = L.marker([c.lat, c.lon], { icon: countIcon(c.count, c.dominant_type, c.fatalities) });
        marker.on('click', () => map.setView([c.lat, c.lon], Math.min(map.getMaxZoom(), map.getZoom() + 2)));
        serverClusterLayer.addLayer(marker);
      }
    }
    if (!state.firstRender) {
      state.firstRender = true;
      window.__bwFirstRender = Math.round(performance.now());
      document.body.dataset.mapReady = '1';
      $('map-status').hidden = true;
    }
    document.body.dataset.mapPoints = String(data.mode === 'points' ? data.points.length : data.clusters.length);
  }

  // ---------- summary, breakdown, timeline ----------
  async function loadStats() {
    const stats = await api('/api/stats', state.filters);
    clear($('summary')).append(
      el('span', { className: 'figure' }, el('b', { text: fmtNumber(stats.events) }), stats.events === 1 ? ' event' : ' events'),
      el('span', { className: 'figure' }, el('b', { text: fmtNumber(stats.fatalities) }), stats.fatalities === 1 ? ' fatality' : ' fatalities'),
      el('span', { className: 'figure', title: "Events whose every report rests on one party's word" }, el('b', { text: fmtNumber(stats.one_sided) }), ' one-sided'));
    const list = clear($('by-type'));
    const max = Math.max(1, ...stats.by_type.map((b) => b.events));
    for (const b of stats.by_type.slice().sort((x, y) => y.events - x.events)) {
      const bar = el('span', { className: 'bar-fill' });
      bar.style.width = Math.round(100 * b.events / max) + '%';
      bar.style.background = typeColor(b.key);
      list.appendChild(el('li', { onclick: () => setFilters({ type: b.key, sub_type: '' }), title: 'Show only ' + b.key },
        el('span', { className: 'bar-label', text: b.key }), el('span', { className: 'bar-track' }, bar),
        el('span', { className: 'bar-value', text: fmtNumber(b.events) })));
    }
    fillDatalist('actors', stats.by_actor);
    fillDatalist('admin1s', stats.by_admin1);
  }
  function fillDatalist(id, buckets) {
    const list = clear($(id));
    for (const b of buckets.slice(0, 200)) list.appendChild(el('option', { value: b.key }));
  }
  async function loadCountries() {
    const docs = await api('/api/events', { size: 200, sort: '-date' });
    const countries = [...new Set(docs.events.map((e) => e.country).filter(Boolean))].sort();
    fillDatalist('countries', countries.map((c) => ({ key: c })));
  }

  /** months is null until the first answer arrives, so the chart can say it is loading rather than empty. */
  const timeline = { months: null, x0: 0, step: 0, drag: null };
  function monthKey(d) { return d.getUTCFullYear() + '-' + String(d.getUTCMonth() + 1).padStart(2, '0'); }
  function monthsBetween(first, last) {
    const out = [];
    const d = new Date(first + '-01T00:00:00Z');
    const end = new Date(last + '-01T00:00:00Z');
    while (d <= end && out.length < 600) { out.push(monthKey(d)); d.setUTCMonth(d.getUTCMonth() + 1); }
    return out;
  }
  /** The months from first to last, widened to a year at least so a short record does not draw one giant bar. */
  function paddedMonths(first, last) {
    let months = monthsBetween(first, last);
    const missing = 12 - months.length;
    if (missing > 0) {
      const start = new Date(first + '-01T00:00:00Z');
      start.setUTCMonth(start.getUTCMonth() - Math.floor(missing / 2));
      const end = new Date(last + '-01T00:00:00Z');
      end.setUTCMonth(end.getUTCMonth() + Math.ceil(missing / 2));
      months = monthsBetween(monthKey(start), monthKey(end));
    }
    return months;
  }
  function lastDayOfMonth(key) {
    const d = new Date(key + '-01T00:00:00Z');
    d.setUTCMonth(d.getUTCMonth() + 1);
    d.setUTCDate(0);
    return d.toISOString().slice(0, 10);
  }
  async function loadTimeline() {
    const filters = Object.assign({}, state.filters);
    delete filters.from;
    delete filters.to;
    const stats = await api('/api/stats', filters);
    const byMonth = {};
    for (const b of stats.by_month) byMonth[b.key] = b;
    const keys = Object.keys(byMonth).sort();
    timeline.months = keys.length ? paddedMonths(keys[0], keys[keys.length - 1]).map((k) => ({ key: k, events: (byMonth[k] || {}).events || 0, fatalities: (byMonth[k] || {}).fatalities || 0 })) : [];
    drawTimeline();
  }
  function drawTimeline() {
    const host = clear($('timeline'));
    const width = Math.max(200, host.clientWidth);
    const height = Math.max(90, host.clientHeight);
    const root = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, class: 'timeline-svg' });
    host.appendChild(root);
    const months = timeline.months;
    if (!months || !months.length) {
      const t = svg('text', { x: width / 2, y: height / 2, 'text-anchor': 'middle', class: 'axis-label' });
      t.textContent = months ? 'No dated events match' : 'Loading the timeline…';
      root.appendChild(t);
      document.dispatchEvent(new CustomEvent('bw:timeline-drawn', { detail: { months: [], left: 0, step: 0, width } }));
      return;
    }
    const left = 34, right = 10, top = 8, bottom = 22;
    const plotW = width - left - right, plotH = height - top - bottom;
    const step = plotW / months.length;
    timeline.x0 = left;
    timeline.step = step;
    // registers.js draws a band per route on the same month axis
    document.dispatchEvent(new CustomEvent('bw:timeline-drawn', { detail: { months: months.map((m) => m.key), left, step, width } }));
    const max = Math.max(1, ...months.map((m) => m.events));
    const from = state.filters.from ? state.filters.from.slice(0, 7) : null;
    const to = state.filters.to ? state.filters.to.slice(0, 7) : null;
    // Gridlines and y labels.
    for (const v of [0, Math.ceil(max / 2), max]) {
      const y = top + plotH - (v / max) * plotH;
      root.appendChild(svg('line', { x1: left, x2: width - right, y1: y, y2: y, class: 'grid' }));
      const label = svg('text', { x: left - 5, y: y + 3, 'text-anchor': 'end', class: 'axis-label' });
      label.textContent = String(v);
      root.appendChild(label);
    }
    months.forEach((m, i) => {
      const h = (m.events / max) * plotH;
      const selected = (!from || m.key >= from) && (!to || m.key <= to);
      const bar = svg('rect', {
        x: left + i * step + Math.min(1, step * 0.1), y: top + plotH - h, width: Math.max(1, step - Math.min(2, step * 0.2)),
        height: Math.max(0, h), class: 'tl-bar' + ((from || to) && !selected ? ' dim' : ''), 'data-month': m.key,
      });
      const title = svg('title');
      title.textContent = m.key + ': ' + m.events + ' events, ' + m.fatalities + ' fatalities';
      bar.appendChild(title);
      root.appendChild(bar);
    });
    drawTimelineLabels(root, months, left, step, height - 6, top + plotH, width);
    root.appendChild(svg('line', { x1: left, x2: width - right, y1: top + plotH, y2: top + plotH, class: 'axis' }));
    const brush = svg('rect', { class: 'brush', x: 0, y: top, width: 0, height: plotH, visibility: 'hidden' });
    root.appendChild(brush);
    const overlay = svg('rect', { class: 'brush-overlay', x: left, y: 0, width: plotW, height, fill: 'transparent' });
    root.appendChild(overlay);
    const monthAt = (clientX) => {
      const rect = root.getBoundingClientRect();
      const i = Math.floor((clientX - rect.left - left) / step);
      return Math.max(0, Math.min(months.length - 1, i));
    };
    overlay.addEventListener('pointerdown', (e) => {
      overlay.setPointerCapture(e.pointerId);
      timeline.drag = { start: monthAt(e.clientX), end: monthAt(e.clientX), moved: false, x: e.clientX };
      drawBrush();
    });
    overlay.addEventListener('pointermove', (e) => {
      if (!timeline.drag) return;
      timeline.drag.end = monthAt(e.clientX);
      if (Math.abs(e.clientX - timeline.drag.x) > 3) timeline.drag.moved = true;
      drawBrush();
    });
    overlay.addEventListener('pointerup', () => {
      const drag = timeline.drag;
      timeline.drag = null;
      brush.setAttribute('visibility', 'hidden');
      if (!drag || !drag.moved) return;
      const a = Math.min(drag.start, drag.end), b = Math.max(drag.start, drag.end);
      setFilters({ from: months[a].key + '-01', to: lastDayOfMonth(months[b].key) });
    });
    overlay.addEventListener('dblclick', () => setFilters({ from: '', to: '' }));
    function drawBrush() {
      const a = Math.min(timeline.drag.start, timeline.drag.end), b = Math.max(timeline.drag.start, timeline.drag.end);
      brush.setAttribute('x', left + a * step);
      brush.setAttribute('width', (b - a + 1) * step);
      brush.setAttribute('visibility', 'visible');
    }
  }

  /**
   * The axis labels: the years (every one, or every few when they are narrow), then the months where there
   * is room between them. A label is left out rather than drawn over another one.
   */
  function drawTimelineLabels(root, months, left, step, y, axisY, width) {
    const monthly = step >= 28;
    // Over long periods a year is narrower than its label: name every 2nd, 5th, 10th... year then.
    const everyYears = [1, 2, 5, 10, 20, 50, 100].find((k) => k * 12 * step >= 36) || 200;
    const monthName = (key) => new Date(key + '-01T00:00:00Z').toLocaleDateString('en-GB', { month: 'short', timeZone: 'UTC' });
    const years = [], others = [];
    const labelEvery = Math.ceil(40 / step);
    months.forEach((m, i) => {
      const year = m.key.slice(0, 4);
      if ((m.key.endsWith('-01') && parseInt(year, 10) % everyYears === 0) || (i === 0 && monthly)) {
        years.push({ i, text: monthly ? monthName(m.key) + ' ' + year : year, year: true });
      } else if (monthly && i % labelEvery === 0) {
        others.push({ i, text: monthName(m.key), year: false });
      }
    });
    const placed = [];
    for (const c of years.concat(others)) {
      const x0 = left + c.i * step + 2;
      const x1 = x0 + c.text.length * 6.5;
      if (x1 > width || placed.some((p) => x0 < p.x1 + 6 && p.x0 < x1 + 6)) continue;
      placed.push({ x0, x1 });
      const label = svg('text', { x: x0, y, class: 'axis-label' + (c.year ? ' year' : '') });
      label.textContent = c.text;
      root.appendChild(label);
      root.appendChild(svg('line', { x1: left + c.i * step, x2: left + c.i * step, y1: axisY, y2: axisY + 4, class: 'tick' }));
    }
  }

  // ---------- event list ----------
  async function loadList() {
    const data = await api('/api/events', Object.assign({ sort: state.sort, page: state.page, size: PAGE_SIZE }, state.filters));
    $('list-count').textContent = fmtNumber(data.total) + (data.total === 1 ? ' event' : ' events');
    const list = clear($('event-list'));
    if (!data.events.length) list.appendChild(el('li', { className: 'empty', text: 'No events match these filters.' }));
    for (const e of data.events) {
      const badges = el('span', { className: 'badges' },
        e.contested ? el('span', { className: 'badge contested', text: 'contested' }) : null,
        e.cross_border ? el('span', { className: 'badge cross', text: 'cross-border' }) : null,
        e.one_sided ? el('span', { className: 'badge one-sided', title: 'Every report of it rests on ' + e.source_side + "'s word", text: e.source_side + "'s word" }) : null);
      const item = el('li', { className: 'event-item' + (e.id === state.openEventId ? ' selected' : ''), tabindex: 0, dataset: { id: e.id } },
        el('div', { className: 'ev-line1' }, dot(e.event_type), el('span', { className: 'ev-type', text: e.sub_event_type }),
          el('span', { className: 'ev-date', text: fmtDate(e.date) })),
        el('div', { className: 'ev-line2' }, el('span', { className: 'ev-place', text: placeLine(e) || 'Place not stated' }),
          el('span', { className: 'ev-fat', title: 'Fatalities', text: e.fatalities === null ? '' : fmtNumber(e.fatalities) + ' †' })),
        el('div', { className: 'ev-line3' }, el('span', { className: 'ev-actors', text: [e.actor1, e.actor2].filter(Boolean).join(' vs ') }), badges));
      item.addEventListener('click', () => openEvent(e.id));
      item.addEventListener('keydown', (k) => { if (k.key === 'Enter') openEvent(e.id); });
      list.appendChild(item);
    }
    const first = data.total ? (state.page - 1) * PAGE_SIZE + 1 : 0;
    $('page-info').textContent = first + '–' + Math.min(data.total, state.page * PAGE_SIZE) + ' of ' + fmtNumber(data.total);
    $('prev').disabled = state.page <= 1;
    $('next').disabled = state.page * PAGE_SIZE >= data.total;
  }

  // ---------- event panel ----------
  function openEvent(id) { setHash({ event: id }); }
  function setHash(params) {
    const qs = query(params);
    history.replaceState(null, '', location.pathname + location.search + (qs ? '#' + qs : ''));
    route();
  }
  function hashParams() { return new URLSearchParams(location.hash.slice(1)); }

  async function showEvent(id) {
    state.openEventId = id;
    document.querySelectorAll('.event-item').forEach((n) => n.classList.toggle('selected', n.dataset.id === id));
    const body = clear($('panel-body'));
    body.appendChild(el('div', { className: 'loading', text: 'Loading event…' }));
    $('list-view').hidden = true;
    $('event-panel').hidden = false;
    const detail = await api('/api/events/' + encodeURIComponent(id));
    const e = detail.event;
    clear(body);
    body.appendChild(el('div', { className: 'ev-kicker' }, dot(e.event_type), e.event_type));
    body.appendChild(el('h2', { className: 'ev-title', text: e.sub_event_type + (e.location ? ' — ' + e.location : '') }));
    body.appendChild(el('div', { className: 'ev-sub', text: fmtDate(e.date) + (e.date_end ? ' – ' + fmtDate(e.date_end) : '') + ' · ' + [e.admin1, e.country].filter(Boolean).join(', ') },
      e.contested ? el('span', { className: 'badge contested', text: 'contested' }) : null,
      e.cross_border ? el('span', { className: 'badge cross', text: 'cross-border' }) : null));
    body.appendChild(factsTable(detail));
    // registers.js names the agreement the event broke, under its date line
    document.dispatchEvent(new CustomEvent('bw:event-shown', { detail: { id, body, after: body.querySelector('.ev-sub') } }));
    highlightOnMap(e);
    body.appendChild(claimsLedger(detail));
    if (detail.disagreements.length) body.appendChild(disagreements(detail));
    body.appendChild(el('h3', { text: 'Reports (' + detail.reports.length + ')' }));
    for (const r of detail.reports) body.appendChild(reportCard(r));
    const report = detail.reports.find((r) => r.event.id === id) || detail.reports[0];
    if (report && report.coding && report.coding.length) body.appendChild(codingSection(report));
    if (report && report.evidence.length) {
      const ev = report.evidence[0];
      if (!$('doc-view').hidden || hashParams().get('doc')) return;
      await showDocument(ev.document_id, ev.start, ev.end, id);
    }
  }
  function factsTable(detail) {
    const e = detail.event;
    const report = detail.reports.find((r) => r.event.id === e.id) || detail.reports[0];
    const f = report ? report.fatalities_detail : null;
    const deaths = f && f.low !== null ? (f.low === f.high ? fmtNumber(f.low) : fmtNumber(f.low) + '–' + fmtNumber(f.high)) : 'not stated';
    const rows = [
      ['Actor 1', e.actor1], ['Actor 2', e.actor2], ['Fatalities', deaths],
      ['Location', placeLine(e)],
      ['Coordinates', e.latitude !== null ? e.latitude.toFixed(4) + ', ' + e.longitude.toFixed(4) + ' (precision ' + e.geo_precision + ')' : 'not located'],
      ['Date precision', e.date_precision],
    ];
    if (report && report.border && report.border.distance_to_border_km !== null && report.border.distance_to_border_km !== undefined) {
      rows.push(['Border', report.border.distance_to_border_km.toFixed(1) + ' km from the border' +
        (report.border.depth_inside_other_side_km ? ', ' + report.border.depth_inside_other_side_km.toFixed(1) + ' km inside the other side' : '')]);
    }
    if (f && f.by_side && Object.keys(f.by_side).length) {
      rows.push(['By side', Object.entries(f.by_side).map(([k, v]) => k + ': ' + v).join('; ')]);
    }
    return el('dl', { className: 'facts' }, rows.filter((r) => r[1]).map(([k, v]) => [el('dt', { text: k }), el('dd', { text: v })]));
  }
  function claimsLedger(detail) {
    const asserting = [], disputing = [];
    for (const r of detail.reports) {
      for (const c of r.claims) (c.stance === 'asserts' ? asserting : disputing).push({ claim: c, report: r });
    }
    const column = (title, cls, items) => el('div', { className: 'ledger-col ' + cls },
      el('h4', { text: title + ' (' + items.length + ')' }),
      items.length ? items.map(({ claim, report }) => claimCard(claim, report)) : el('p', { className: 'muted', text: 'No such claims in the reports.' }));
    return el('section', { className: 'ledger' },
      el('h3', { text: 'Claims ledger' }),
      el('div', { className: 'ledger-cols' },
        column('Asserts', 'assert', asserting),
        column('Denies · blames · calls false', 'dispute', disputing)));
  }
  function claimCard(claim, report) {
    const card = el('article', { className: 'claim ' + claim.stance },
      el('div', { className: 'claimant' }, el('b', { text: claim.claimant || 'The source itself' }), ' ',
        el('span', { className: 'stance', text: STANCE_LABEL[claim.stance] || claim.stance })),
      claim.evidence ? el('blockquote', { text: claim.evidence.text }) : null,
      el('div', { className: 'claim-src' }, 'in ', el('i', { text: report.document_title || report.event.document_id }),
        claim.evidence ? [' · ', el('button', { type: 'button', className: 'link', text: 'show in document',
          onclick: () => setHash({ event: state.openEventId, doc: claim.evidence.document_id, at: claim.evidence.start + '-' + claim.evidence.end }) })] : null));
    return card;
  }
  function disagreements(detail) {
    const titles = {};
    for (const r of detail.reports) titles[r.event.document_id] = r.document_title || r.event.document_id;
    return el('section', { className: 'disagreements' }, el('h3', { text: 'Where the reports disagree' }),
      el('table', null, el('tbody', null, detail.disagreements.map((d) =>
        Object.entries(d.value_by_document).map(([doc, value], i) => el('tr', null,
          i === 0 ? el('th', { rowspan: Object.keys(d.value_by_document).length, text: d.field }) : null,
          el('td', { text: titles[doc] || doc }), el('td', { className: 'value', text: value })))))));
  }
  function reportCard(r) {
    const e = r.event;
    return el('article', { className: 'report' },
      el('div', { className: 'report-head' },
        el('button', { type: 'button', className: 'link doc-link', text: r.document_title || e.document_id,
          onclick: () => setHash({ event: state.openEventId, doc: e.document_id }) }),
        el('span', { className: 'muted', text: fmtDate(e.date) + ' · fatalities ' + (e.fatalities === null ? 'not stated' : fmtNumber(e.fatalities)) })),
      r.notes ? el('p', { className: 'notes', text: r.notes }) : null,
      r.evidence.map((ev) => el('blockquote', { className: 'evidence', title: 'Show in document', tabindex: 0,
        onclick: () => setHash({ event: state.openEventId, doc: ev.document_id, at: ev.start + '-' + ev.end }) }, ev.text)));
  }
  /** How the report was coded: each named rule and what it decided, its reason on hover, for auditing a coding. */
  function codingSection(report) {
    const steps = report.coding.map((c) => el('li', { className: 'coding-step ' + c.verdict, title: c.reason || '' },
      el('span', { className: 'coding-stage', text: c.stage }),
      el('code', { text: c.rule }),
      el('span', { className: 'coding-verdict', text: c.verdict }),
      c.detail ? el('span', { className: 'coding-detail', text: c.detail }) : null));
    return el('details', { className: 'coding' },
      el('summary', { text: 'How this was coded (' + report.coding.length + ' decisions)' }),
      el('p', { className: 'muted', text: 'Each rule that kept, dated, typed, split, merged or placed this report. Hover a rule for why it exists.' }),
      el('ol', null, steps));
  }
  /** Rings the open event on the map and brings it into view above the document panel. */
  function highlightOnMap(e) {
    highlightLayer.clearLayers();
    if (e.latitude === null || e.longitude === null) return;
    const ring = L.circleMarker([e.latitude, e.longitude], {
      radius: 24, color: '#1f5fa8', weight: 3, fill: false, dashArray: '5 4', interactive: false, className: 'bw-highlight',
    });
    highlightLayer.addLayer(ring);
    const zoom = Math.max(map.getZoom(), 8);
    // Centre it in the part of the map the document panel leaves free (the top third).
    const point = map.project([e.latitude, e.longitude], zoom).add([0, map.getSize().y * 0.3]);
    map.setView(map.unproject(point, zoom), zoom);
  }
  function closePanel() {
    if (highlightLayer) highlightLayer.clearLayers();
    state.openEventId = null;
    $('event-panel').hidden = true;
    $('list-view').hidden = false;
    document.querySelectorAll('.event-item.selected').forEach((n) => n.classList.remove('selected'));
  }

  // ---------- document view ----------
  async function showDocument(id, focusStart, focusEnd, eventId) {
    const doc = await api('/api/documents/' + encodeURIComponent(id));
    $('doc-view').hidden = false;
    $('doc-title').textContent = doc.title || doc.file_name || doc.id;
    $('doc-meta').textContent = [doc.publisher, doc.published ? fmtDate(doc.published) : null, fmtNumber(doc.word_count) + ' words', 'id ' + doc.id.slice(0, 12)]
      .filter(Boolean).join(' · ');
    $('doc-filter-btn').onclick = () => setFilters({ document: doc.id });
    const host = clear($('doc-text'));
    let focusSpan = null;
    if (focusStart !== undefined && focusStart !== null) focusSpan = { start: focusStart, end: focusEnd };
    else if (eventId) focusSpan = doc.spans.find((s) => s.event_id === eventId) || null;
    const focusMark = renderMarked(host, doc.text, doc.spans, focusSpan, eventId);
    if (focusMark) focusMark.scrollIntoView({ block: 'center' });
    else host.scrollTop = 0;
  }
  /** Writes text into host as text nodes, wrapping evidence spans in <mark>; returns the focused mark. */
  function renderMarked(host, text, spans, focus, eventId) {
    const cuts = new Set([0, text.length]);
    const all = spans.slice();
    if (focus) all.push({ start: focus.start, end: focus.end, focus: true });
    for (const s of all) { cuts.add(Math.max(0, Math.min(text.length, s.start))); cuts.add(Math.max(0, Math.min(text.length, s.end))); }
    const points = [...cuts].sort((a, b) => a - b);
    let focusMark = null;
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i], b = points[i + 1];
      const piece = text.slice(a, b);
      const covering = all.filter((s) => s.start <= a && s.end >= b);
      if (!covering.length) { host.appendChild(document.createTextNode(piece)); continue; }
      const isFocus = covering.some((s) => s.focus || (focus && s.start === focus.start && s.end === focus.end));
      const ownEvent = eventId && covering.some((s) => s.event_id === eventId);
      const mark = el('mark', { className: isFocus ? 'focus' : ownEvent ? 'own' : '', title: covering.filter((s) => s.event_id).map((s) => s.event_id).join(', ') }, piece);
      const targetEvent = covering.find((s) => s.event_id);
      if (targetEvent) mark.addEventListener('click', () => setHash({ event: targetEvent.event_id, doc: hashParams().get('doc'), at: targetEvent.start + '-' + targetEvent.end }));
      host.appendChild(mark);
      if (isFocus && !focusMark) focusMark = mark;
    }
    return focusMark;
  }
  function closeDocument() {
    $('doc-view').hidden = true;
    const params = hashParams();
    params.delete('doc');
    params.delete('at');
    history.replaceState(null, '', location.pathname + location.search + (params.toString() ? '#' + params.toString() : ''));
  }

  // ---------- routing ----------
  let lastRoute = '';
  async function route() {
    const params = hashParams();
    const key = location.hash;
    if (key === lastRoute) return;
    lastRoute = key;
    const eventId = params.get('event');
    const docId = params.get('doc');
    const at = (params.get('at') || '').split('-').map((x) => parseInt(x, 10));
    try {
      if (docId) await showDocument(docId, Number.isFinite(at[0]) ? at[0] : null, Number.isFinite(at[1]) ? at[1] : null, eventId);
      else $('doc-view').hidden = true;
      if (eventId && eventId !== state.openEventId) await showEvent(eventId);
      else if (!eventId) closePanel();
    } catch (e) {
      showStatus(e.message, true);
    }
  }

  function refresh() {
    const qs = query(state.filters);
    $('export-csv').href = '/api/export.csv' + (qs ? '?' + qs : '');
    $('export-geojson').href = '/api/export.geojson' + (qs ? '?' + qs : '');
    return Promise.all([guard(loadMap()), guard(loadStats()), guard(loadTimeline()), guard(loadList())]);
  }

  async function start() {
    readUrl();
    initFilters();
    fillForm();
    initMap();
    drawTimeline();
    $('panel-back').addEventListener('click', () => { closeDocument(); setHash({}); });
    $('doc-close').addEventListener('click', closeDocument);
    window.addEventListener('hashchange', route);
    // Redraw on any change of their size, not only the window's: a scrollbar that comes with a long list
    // narrows the page without a resize event.
    let resizeTimer = null;
    let drawnWidth = $('timeline').clientWidth;
    new ResizeObserver(() => {
      clearTimeout(resizeTimer);
      resizeTimer = setTimeout(() => {
        map.invalidateSize();
        if ($('timeline').clientWidth !== drawnWidth) { drawnWidth = $('timeline').clientWidth; drawTimeline(); }
      }, 100);
    }).observe(document.body);
    await guard(loadBoundaries());
    await refresh();
    guard(loadCountries());
    await route();
    document.body.dataset.ready = '1';
  }

  // what registers.js may do on this page: open an event, change the filters
  window.BorderWatch = { openEvent, setFilters, api, guard, el, svg, clear, fmtDate, fmtNumber };
  document.addEventListener('DOMContentLoaded', () => { start(); });
})();

/*
 * BorderWatch registers on the page: agreements and their violations, corridors and blockades (also as a band
 * per route under the timeline), ground taken (a chart of claimed area over time by source), appeals to allies,
 * and whose word events rest on; and, in the event panel, the agreement an event broke. Built on the helpers
 * app.js exposes (window.BorderWatch); like app.js, it puts text from the store into the page only as text nodes.
 */
(function () {
  'use strict';
  const BW = window.BorderWatch;
  if (!BW) return;
  const { el, svg, clear, fmtNumber, api, guard } = BW;
  const $ = (id) => document.getElementById(id);

  const TABS = [
    { id: 'agreements', label: 'Agreements', render: renderAgreements },
    { id: 'corridors', label: 'Corridors', render: renderCorridors },
    { id: 'territory', label: 'Ground taken', render: renderTerritory },
    { id: 'appeals', label: 'Appeals', render: renderAppeals },
    { id: 'sources', label: "Whose word", render: renderSources },
  ];
  const STATUS_LABEL = { CLOSED: 'closed', RESTRICTED: 'restricted', OPEN: 'open' };
  const ANSWER_LABEL = { MISSION_SENT: 'mission sent', STATEMENT_ONLY: 'statement or visit only', REFUSED: 'refused', NOTHING: 'nothing', NONE_REPORTED: 'no answer reported' };
  const SOURCE_COLORS = ['#1f5fa8', '#c0392b', '#27ae60', '#8e44ad', '#e67e22', '#16a085', '#7f8c8d', '#b7950b'];
  const DAY_MS = 86400000;

  // ---------- dates and ranges, never more precise than the reports ----------
  function spanText(d) {
    if (!d) return '';
    if (d.precision === 'YEAR') return d.start.slice(0, 4);
    if (d.precision === 'MONTH') return new Date(d.start + 'T00:00:00Z').toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
    if (d.precision === 'WEEK') return 'week of ' + BW.fmtDate(d.start);
    return BW.fmtDate(d.start) + (d.end && d.end !== d.start ? ' – ' + BW.fmtDate(d.end) : '');
  }
  function lastDay(d) {
    if (d.end) return d.end;
    const s = new Date(d.start + 'T00:00:00Z');
    if (d.precision === 'YEAR') return s.getUTCFullYear() + '-12-31';
    if (d.precision === 'MONTH') { s.setUTCMonth(s.getUTCMonth() + 1); s.setUTCDate(0); return s.toISOString().slice(0, 10); }
    if (d.precision === 'WEEK') return new Date(s.getTime() + 6 * DAY_MS).toISOString().slice(0, 10);
    return d.start;
  }
  function dayRange(r) {
    if (!r) return '';
    if (r.high === null || r.high === undefined) return r.low === 0 ? 'unknown' : 'at least ' + fmtNumber(r.low);
    return r.low === r.high ? fmtNumber(r.low) : fmtNumber(r.low) + '–' + fmtNumber(r.high);
  }
  function deaths(low, high) {
    if (low === null || low === undefined) return 'not stated';
    return high === null || high === undefined || high === low ? fmtNumber(low) : fmtNumber(low) + '–' + fmtNumber(high);
  }
  function figureText(f) {
    const words = { EXACT: '', ABOUT: 'about ', UP_TO: 'up to ', NEARLY: 'nearly ', AT_LEAST: 'at least ', MORE_THAN: 'more than ' };
    return (words[f.qualifier] || '') + String(f.value) + ' ' + f.unit;
  }
  function time(iso) { return new Date(iso + 'T00:00:00Z').getTime(); }
  function monthYear(t) { return new Date(t).toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }); }
  /**
   * Ticks from t0 to t1 on an axis x: under two and a half years, months (every one, two or three, by span) with the
   * year at each January; beyond, years. The first label says month and year; labels never crowd each other.
   */
  function timeAxis(root, x, t0, t1, y1, y2, labelY) {
    const span = (t1 - t0) / (30.44 * DAY_MS);
    const every = span <= 9 ? 1 : span <= 18 ? 2 : span <= 30 ? 3 : 12;
    let lastLabel = x(t0);
    const first = svg('text', { x: lastLabel, y: labelY, class: 'axis-label' });
    first.textContent = monthYear(t0);
    root.appendChild(first);
    lastLabel += 50;
    const d0 = new Date(t0);
    for (const m = new Date(Date.UTC(d0.getUTCFullYear(), d0.getUTCMonth() + 1, 1)); m.getTime() < t1; m.setUTCMonth(m.getUTCMonth() + 1)) {
      const jan = m.getUTCMonth() === 0;
      if (m.getUTCMonth() % every) continue;
      const xx = x(m.getTime());
      root.appendChild(svg('line', { x1: xx, x2: xx, y1, y2, class: jan ? 'year-tick' : 'month-tick' }));
      if (xx - lastLabel < (jan ? 30 : 26)) continue;
      const l = svg('text', { x: xx + 2, y: labelY, class: 'axis-label' + (jan ? ' year' : '') });
      l.textContent = jan ? String(m.getUTCFullYear()) : m.toLocaleDateString('en-GB', { month: 'short', timeZone: 'UTC' });
      root.appendChild(l);
      lastLabel = xx;
    }
  }
  function monthKeys(first, last) {
    const out = [];
    for (const d = new Date(first + '-01T00:00:00Z'); out.length < 600; d.setUTCMonth(d.getUTCMonth() + 1)) {
      const key = d.toISOString().slice(0, 7);
      if (key > last) break;
      out.push(key);
    }
    return out;
  }

  // ---------- the overlay ----------
  let overlay = null;
  let current = 'agreements';
  function buildOverlay() {
    const tabs = el('nav', { className: 'reg-tabs', role: 'tablist' },
      TABS.map((t) => el('button', { type: 'button', role: 'tab', className: 'reg-tab', dataset: { tab: t.id }, text: t.label, onclick: () => show(t.id) })));
    overlay = el('section', { className: 'reg-overlay', id: 'registers', 'aria-label': 'Registers', hidden: true },
      el('header', { className: 'reg-head' },
        el('h2', { text: 'Registers' }), tabs,
        el('a', { className: 'reg-csv', id: 'reg-csv', href: '#', download: '', text: 'Download CSV' }),
        el('button', { type: 'button', className: 'icon', 'aria-label': 'Close registers', text: '×', onclick: close })),
      el('div', { className: 'reg-body', id: 'reg-body' }));
    document.body.appendChild(overlay);
    document.addEventListener('keydown', (e) => { if (e.key === 'Escape' && !overlay.hidden) close(); });
  }
  /** Opens a tab; {@code focus.agreement} also lists that agreement's violations. */
  function open(tab, focus) {
    if (!overlay) buildOverlay();
    overlay.hidden = false;
    show(tab || current, focus || {});
  }
  function close() { if (overlay) overlay.hidden = true; }
  async function show(tab, focus) {
    current = tab;
    overlay.querySelectorAll('.reg-tab').forEach((b) => b.classList.toggle('active', b.dataset.tab === tab));
    $('reg-csv').href = '/api/' + tab + '.csv';
    const body = clear($('reg-body'));
    body.appendChild(el('div', { className: 'loading', text: 'Deriving the register from the stored events…' }));
    await guard(TABS.find((t) => t.id === tab).render(body, focus || {}));
    document.body.dataset.registerShown = tab;
  }
  function openEvent(id) { close(); BW.openEvent(id); }
  function eventLink(id, text) {
    return el('button', { type: 'button', className: 'link', text: text || 'open', title: 'Open event ' + id, onclick: () => openEvent(id) });
  }
  function table(head, rows, className) {
    return el('table', { className: 'reg-table ' + (className || '') },
      el('thead', null, el('tr', null, head.map((h) => el('th', { text: h })))),
      el('tbody', null, rows));
  }
  function note(text) { return el('p', { className: 'reg-note', text }); }

  // ---------- agreements ----------
  async function renderAgreements(body, focus) {
    const data = await api('/api/agreements');
    clear(body);
    body.appendChild(el('p', { className: 'reg-summary' },
      el('b', { text: fmtNumber(data.agreements.length) }), ' agreements · ',
      el('b', { text: fmtNumber(data.violent_events) }), ' violent events, ',
      el('b', { text: fmtNumber(data.between_parties) }), ' between two parties, ',
      el('b', { text: fmtNumber(data.violations) }), ' of them violations of an agreement in force'));
    // one month axis for every row, from the first violation to the last, so rows compare at a glance
    const violated = data.agreements.filter((a) => a.can_be_violated && a.by_month.length).flatMap((a) => a.by_month.map((m) => m.month)).sort();
    const axis = violated.length ? monthKeys(violated[0], violated[violated.length - 1]) : [];
    const rows = [];
    for (const a of data.agreements) {
      const detail = el('tr', { className: 'reg-detail', hidden: true }, el('td', { colspan: 8 }));
      const toggle = async () => {
        detail.hidden = !detail.hidden;
        if (!detail.hidden && !detail.dataset.loaded) {
          detail.dataset.loaded = '1';
          const v = await api('/api/agreements/' + encodeURIComponent(a.id) + '/violations');
          const cell = clear(detail.firstChild);
          cell.appendChild(table(['Date', 'Event', 'Place', 'Actors', 'Deaths'], v.violations.map((x) => el('tr', null,
            el('td', { text: spanText(x.date) }), el('td', null, eventLink(x.event_id, x.sub_event_type)),
            el('td', { text: x.place || '' }), el('td', { text: [x.actor1, x.actor2].filter(Boolean).join(' vs ') }),
            el('td', { className: 'num', text: deaths(x.deaths_low, x.deaths_high) }))), 'inner'));
        }
      };
      const name = a.name || (a.kind.charAt(0).toUpperCase() + a.kind.slice(1));
      const sub = [a.name ? a.kind : '', a.mediator ? 'mediated by ' + a.mediator : ''].filter(Boolean).join(' · ');
      rows.push(el('tr', { className: 'reg-row' + (a.can_be_violated ? '' : ' quiet'), dataset: { id: a.id } },
        el('td', null, el('div', { className: 'reg-name', text: name }), sub ? el('div', { className: 'muted small', text: sub }) : null),
        el('td', { text: spanText(a.date) }),
        el('td', { text: a.parties.join(', ') + (a.parties_assumed ? ' (assumed)' : '') }),
        el('td', { text: a.area }),
        el('td', null, a.can_be_violated
          ? el('button', { type: 'button', className: 'link strong', text: fmtNumber(a.violations), title: 'List the violations', onclick: () => guard(toggle()) })
          : el('span', { className: 'muted', title: 'Fighting does not break this kind of agreement', text: '—' })),
        el('td', null, a.can_be_violated ? monthBars(a, axis) : null),
        el('td', { className: 'num', text: a.can_be_violated && a.violations ? violationDeaths(a) : '' }),
        el('td', { text: [a.days_to_first_violation ? dayRange(a.days_to_first_violation) + ' days' : '',
          a.superseded_by ? 'superseded ' + spanText(a.ended_on) : a.ended ? 'ended ' + spanText(a.ended) : ''].filter(Boolean).join(' · ') })));
      rows.push(detail);
      if (a.id === focus.agreement) guard(toggle());
    }
    const head = table(['Agreement', 'Date', 'Parties', 'Ground', 'Violations', 'Violations by month', 'Deaths', 'First violation after · end'], rows);
    if (axis.length) head.querySelectorAll('th')[5].appendChild(monthAxisLabels(axis));
    body.appendChild(head);
    body.appendChild(note('A violation is a battle, explosion or attack on civilians between two parties of an agreement in force, on ground it covers, dated after it. Deaths and days are ranges, as precise as the reports; deaths of different violations are added, which may count one death twice when reports overlap.'));
  }
  /** "4 (2 of 3 state none)": deaths the violations state, and how many state none. */
  function violationDeaths(a) {
    if (a.violations_without_deaths === a.violations) return 'not stated';
    return deaths(a.deaths_low, a.deaths_high) + (a.violations_without_deaths ? ' (' + a.violations_without_deaths + ' of ' + a.violations + ' state none)' : '');
  }
  const SPARK_W = 180;
  /** The shared month axis of the agreements' bars: each year at its January (the first year too, where it fits). */
  function monthAxisLabels(axis) {
    const step = SPARK_W / axis.length;
    const root = svg('svg', { width: SPARK_W, height: 12, class: 'spark-labels' });
    const firstJan = axis.findIndex((m, i) => i && m.endsWith('-01'));
    const label = (x, text) => {
      const t = svg('text', { x, y: 10, class: 'axis-label' });
      t.textContent = text;
      root.appendChild(t);
    };
    if (firstJan < 0 || firstJan * step >= 30) label(0, axis[0].endsWith('-01') || firstJan < 0 ? monthYear(time(axis[0] + '-01')) : axis[0].slice(0, 4));
    axis.forEach((m, i) => { if (i && m.endsWith('-01')) label(i * step + 1, m.slice(0, 4)); });
    return el('div', null, root);
  }
  /**
   * A small bar per month of violations on the shared axis, over a light track for the months the agreement was in
   * force (to its end or the agreement that superseded it).
   */
  function monthBars(a, months) {
    if (!a.by_month.length) return el('span', { className: 'muted small', text: 'none' });
    const counts = Object.fromEntries(a.by_month.map((m) => [m.month, m.violations]));
    const max = Math.max(1, ...a.by_month.map((m) => m.violations));
    const w = SPARK_W, h = 24, step = w / months.length;
    const root = svg('svg', { width: w, height: h, viewBox: `0 0 ${w} ${h}`, class: 'spark', role: 'img', 'aria-label': 'Violations per month' });
    const from = a.date.start.slice(0, 7);
    const end = a.ended || a.ended_on;
    const until = end ? end.start.slice(0, 7) : months[months.length - 1];
    const i0 = from <= months[0] ? 0 : months.indexOf(from);
    const i1 = until >= months[months.length - 1] ? months.length - 1 : months.indexOf(until);
    if (i0 >= 0 && i1 >= i0) root.appendChild(svg('rect', { x: i0 * step, y: h - 6, width: (i1 - i0 + 1) * step, height: 5, class: 'spark-force' }));
    root.appendChild(svg('line', { x1: 0, x2: w, y1: h - 0.5, y2: h - 0.5, class: 'spark-axis' }));
    months.forEach((m, i) => { if (i && m.endsWith('-01')) root.appendChild(svg('line', { x1: i * step, x2: i * step, y1: 0, y2: h, class: 'spark-year' })); });
    months.forEach((m, i) => {
      const n = counts[m] || 0;
      if (!n) return;
      const bh = Math.max(2, (n / max) * (h - 3));
      const bar = svg('rect', { x: i * step + 0.5, y: h - bh, width: Math.max(1.5, step - 1), height: bh, class: 'spark-bar' });
      const t = svg('title');
      t.textContent = m + ': ' + n + ' violation' + (n === 1 ? '' : 's');
      bar.appendChild(t);
      root.appendChild(bar);
    });
    return root;
  }

  // ---------- corridors ----------
  let corridorCache = null;
  async function corridors() {
    if (!corridorCache) corridorCache = api('/api/corridors').catch((e) => { corridorCache = null; throw e; });
    return corridorCache;
  }
  async function renderCorridors(body) {
    const data = await corridors();
    clear(body);
    if (!data.routes.length) { body.appendChild(note('The conflict configures no routes (a route: block on a road or corridor in features.yaml).')); return; }
    body.appendChild(bandLegend());
    const span = routesSpan(data.routes);
    const width = Math.max(480, body.clientWidth - 80);
    for (const r of data.routes) {
      const section = el('section', { className: 'reg-route' },
        el('h3', null, r.route.name, ' ', el('span', { className: 'muted small', text: r.intervals.length
          ? 'days closed: ' + dayRange(r.days_closed) + ' · days restricted: ' + dayRange(r.days_restricted) : 'no report of its status' })));
      section.appendChild(routeChart(r, span, width));
      if (r.intervals.length) section.appendChild(table(['Status', 'From', 'Until', 'Days', 'Caused by', 'Reports', 'Why'], r.intervals.map((i) => el('tr', null,
        el('td', null, el('span', { className: 'status-chip ' + i.status.toLowerCase(), text: STATUS_LABEL[i.status] })),
        el('td', { text: spanText(i.from) }),
        el('td', { text: i.until ? spanText(i.until) : 'no later report (last seen ' + BW.fmtDate(i.last_seen) + ')' }),
        el('td', { className: 'num', text: dayRange(i.days) }),
        el('td', { text: i.caused_by.join(', ') }),
        el('td', null, i.event_ids.map((id, n) => eventLink(id, String(n + 1)))),
        el('td', { className: 'small', text: i.rules.join('; ') })))));
      if (r.by_year.length) {
        section.appendChild(table(['Year', 'Days closed', 'Days restricted'], r.by_year.map((y) => el('tr', null,
          el('td', { text: String(y.year) }), el('td', { className: 'num', text: dayRange(y.closed) }), el('td', { className: 'num', text: dayRange(y.restricted) }))), 'narrow'));
      }
      body.appendChild(section);
    }
    body.appendChild(note('Status comes from events that report closures, checkpoints, sit-ins, convoys let through and reopenings. Before a route\'s first report its status is unknown, not assumed open; an interval with no later report is shown fading out after it was last seen.'));
  }
  function intervalEnd(i) { return i.until ? time(i.until.start) : time(i.last_seen) + DAY_MS; }
  /** The period every route's chart shares: from the first report of any route to a month past the last. */
  function routesSpan(routes) {
    const all = routes.flatMap((r) => r.intervals);
    if (!all.length) return null;
    const t0 = Math.min(...all.map((i) => time(i.from.start)));
    const t1 = Math.max(...all.map((i) => (i.until ? time(lastDay(i.until)) : time(i.last_seen)) + 30 * DAY_MS));
    return { t0: t0 - 10 * DAY_MS, t1 };
  }
  function bandLegend(extra) {
    return el('div', { className: 'band-legend' },
      ['closed', 'restricted', 'open'].map((s) => el('span', null, el('i', { className: 'chip ' + s }), s)),
      el('span', { className: 'muted', text: 'pale: when it began is uncertain · fading: no later report' }), extra || null);
  }
  /** A band of the route's intervals, on the axis all routes share, drawn at the page's own pixel width. */
  function routeChart(r, span, w) {
    const h = 46, pad = 8;
    const root = svg('svg', { width: w, height: h, viewBox: `0 0 ${w} ${h}`, class: 'route-chart', role: 'img', 'aria-label': 'Status of ' + r.route.name + ' over time' });
    if (!r.intervals.length) {
      const t = svg('text', { x: w / 2, y: h / 2, 'text-anchor': 'middle', class: 'axis-label' });
      t.textContent = 'No report of this route\'s status';
      root.appendChild(t);
      return root;
    }
    const x = (t) => pad + (w - 2 * pad) * (t - span.t0) / Math.max(1, span.t1 - span.t0);
    root.appendChild(svg('rect', { x: pad, y: 6, width: w - 2 * pad, height: 20, class: 'band-track' }));
    timeAxis(root, x, span.t0, span.t1, 2, 30, 42);
    drawIntervals(root, r.intervals, x, 6, 20);
    return root;
  }
  /** The intervals as bars: the uncertain start lighter, an open end fading out past the last report. */
  function drawIntervals(root, intervals, x, y, height) {
    for (const i of intervals) {
      const cls = 'band ' + i.status.toLowerCase();
      const sureFrom = x(time(lastDay(i.from)));
      const mayFrom = x(time(i.from.start));
      const end = x(intervalEnd(i));
      if (sureFrom > mayFrom) root.appendChild(svg('rect', { x: mayFrom, y, width: Math.max(0.5, sureFrom - mayFrom), height, class: cls + ' unsure' }));
      const bar = svg('rect', { x: Math.min(sureFrom, end), y, width: Math.max(1, end - Math.min(sureFrom, end)), height, class: cls });
      const t = svg('title');
      t.textContent = STATUS_LABEL[i.status] + ' from ' + spanText(i.from) + (i.until ? ' until ' + spanText(i.until) : ', last seen ' + BW.fmtDate(i.last_seen)) + ' (' + dayRange(i.days) + ' days)';
      bar.appendChild(t);
      root.appendChild(bar);
      if (!i.until) root.appendChild(svg('rect', { x: end, y, width: 18, height, class: cls + ' fade' }));
    }
  }
  /** Under the page's timeline: one band per route on the timeline's own month axis. */
  async function drawRouteBands(geometry) {
    const host = $('route-bands');
    if (!host) return;
    let data;
    try { data = await corridors(); } catch (e) { host.hidden = true; return; }
    const routes = data.routes.filter((r) => r.intervals.length);
    clear(host);
    if (!routes.length || !geometry.months.length) { host.hidden = true; return; }
    host.hidden = false;
    const months = geometry.months;
    const [y0, m0] = months[0].split('-').map(Number);
    // months since the timeline's first month, with the day as a fraction: the timeline's own axis, extended past it
    const x = (t) => {
      const d = new Date(t);
      const days = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
      const offset = (d.getUTCFullYear() - y0) * 12 + d.getUTCMonth() - (m0 - 1) + (d.getUTCDate() - 1) / days;
      return geometry.left + offset * geometry.step;
    };
    const rowH = 15;
    const root = svg('svg', { width: geometry.width, height: routes.length * rowH + 2, class: 'route-bands-svg' });
    // what falls outside the timeline's months is cut off, not squeezed onto its edge
    const clip = svg('clipPath', { id: 'route-bands-clip' });
    clip.appendChild(svg('rect', { x: geometry.left, y: 0, width: months.length * geometry.step, height: routes.length * rowH + 2 }));
    root.appendChild(clip);
    routes.forEach((r, n) => {
      const y = n * rowH + 2;
      root.appendChild(svg('rect', { x: geometry.left, y, width: months.length * geometry.step, height: rowH - 5, class: 'band-track' }));
      const bands = svg('g', { 'clip-path': 'url(#route-bands-clip)' });
      drawIntervals(bands, r.intervals, x, y, rowH - 5);
      root.appendChild(bands);
      const label = svg('text', { x: geometry.left + 3, y: y + rowH - 7, class: 'band-label' });
      label.textContent = r.route.name;
      const title = svg('title');
      title.textContent = r.route.name;
      label.appendChild(title);
      root.appendChild(label);
    });
    host.appendChild(root);
    host.appendChild(bandLegend(el('button', { type: 'button', className: 'link', text: 'routes register', onclick: () => open('corridors') })));
  }

  // ---------- ground taken ----------
  async function renderTerritory(body) {
    const data = await api('/api/territory');
    clear(body);
    const claims = data.area_by_source.flatMap((s, n) => s.claims.map((c) => ({ c, n, source: s.source })));
    body.appendChild(el('h3', { text: 'Area claimed taken, by source' }));
    if (!claims.length) {
      body.appendChild(note('No report gives an area taken.'));
    } else {
      body.appendChild(areaChart(data.area_by_source));
      const low = claims.reduce((a, b) => (lowOf(b.c) < lowOf(a.c) ? b : a));
      const high = claims.reduce((a, b) => (highOf(b.c) > highOf(a.c) ? b : a));
      body.appendChild(el('p', { className: 'reg-summary', text: (low === high ? 'One figure: ' + figureText(low.c.figure) + ' (' + low.source + ')'
        : 'From ' + figureText(low.c.figure) + ' (' + low.source + ') to ' + figureText(high.c.figure) + ' (' + high.source + ')')
        + ' across ' + data.area_sources + ' source' + (data.area_sources === 1 ? '' : 's') + '. Not added up: sources may count the same ground.' }));
    }
    body.appendChild(el('h3', { text: 'Depth of advance, by source' }));
    body.appendChild(data.depth_claims.length ? table(['Date', 'Figure', 'Source', 'Taken by', 'Words'], data.depth_claims.map((c) => el('tr', null,
      el('td', { text: spanText(c.date) }), el('td', { className: 'num', text: figureText(c.figure) }), el('td', { text: c.source + (c.side ? ' (' + c.side + ')' : '') }),
      el('td', { text: c.taken_by || '' }), el('td', { className: 'small' }, eventLink(c.event_id, c.evidence ? c.evidence.text : 'open'))))) : note('No report gives a depth.'));
    body.appendChild(el('h3', { text: 'Events of territorial change' }));
    body.appendChild(table(['Date', 'Event', 'Taken by', 'Place', 'Recognised as', 'Inside the other side', 'Figures'], data.changes.map((c) => el('tr', null,
      el('td', { text: spanText(c.date) }), el('td', null, eventLink(c.event_id, c.sub_event_type)), el('td', { text: c.taken_by || '' }),
      el('td', { text: c.place || '' }), el('td', { text: [c.recognised_country, c.region].filter(Boolean).join(' · ') }),
      el('td', { className: 'num', text: c.depth_km === null ? '' : '≈' + c.depth_km + ' km' }),
      el('td', { text: c.figures.map((f) => figureText(f.figure)).join('; ') })))));
    body.appendChild(note('Depth inside the other side is computed from coarse border geometry and rounded to whole kilometres; it is where the named place lies, not how far troops went.'));
  }
  /** 1, 2 or 5 times a power of ten, at least v: an axis maximum people read at a glance. */
  function niceCeiling(v) {
    if (!(v > 0)) return 1;
    const p = Math.pow(10, Math.floor(Math.log10(v)));
    return [1, 2, 5, 10].map((m) => m * p).find((n) => n >= v);
  }
  function lowOf(c) { return c.figure.qualifier === 'UP_TO' || c.figure.qualifier === 'NEARLY' ? 0 : c.figure.value; }
  function highOf(c) { return c.figure.qualifier === 'AT_LEAST' || c.figure.qualifier === 'MORE_THAN' ? Infinity : c.figure.value; }
  /** Claimed area over time, one colour per source; a range for "up to", an arrow for "at least", a hollow mark for "about". */
  function areaChart(series) {
    const w = 900, h = 260, left = 50, right = 16, top = 12, bottom = 30;
    const all = series.flatMap((s) => s.claims);
    let t0 = Math.min(...all.map((c) => time(c.date.start))), t1 = Math.max(...all.map((c) => time(lastDay(c.date))));
    t0 -= 45 * DAY_MS; t1 += 45 * DAY_MS;
    const vmax = niceCeiling(Math.max(...all.map((c) => c.figure.value)) * 1.15);
    const x = (t) => left + (w - left - right) * (t - t0) / (t1 - t0);
    const y = (v) => top + (h - top - bottom) * (1 - v / vmax);
    const root = svg('svg', { viewBox: `0 0 ${w} ${h}`, class: 'area-chart', role: 'img', 'aria-label': 'Claimed area over time by source' });
    for (const v of [0, vmax / 2, vmax]) {
      root.appendChild(svg('line', { x1: left, x2: w - right, y1: y(v), y2: y(v), class: 'grid' }));
      const l = svg('text', { x: left - 6, y: y(v) + 3, 'text-anchor': 'end', class: 'axis-label' });
      l.textContent = Math.round(v) + ' km²';
      root.appendChild(l);
    }
    timeAxis(root, x, t0, t1, top, h - bottom, h - 10);
    const legend = el('div', { className: 'chart-legend' });
    series.forEach((s, n) => {
      const color = SOURCE_COLORS[n % SOURCE_COLORS.length];
      const points = s.claims.map((c) => ({ c, cx: x((time(c.date.start) + time(lastDay(c.date))) / 2), cy: y(c.figure.value) }));
      if (points.length > 1) root.appendChild(svg('polyline', { points: points.map((p) => p.cx + ',' + p.cy).join(' '), class: 'series-line', stroke: color }));
      for (const p of points) {
        const q = p.c.figure.qualifier;
        if (q === 'UP_TO' || q === 'NEARLY') root.appendChild(svg('line', { x1: p.cx, x2: p.cx, y1: y(0), y2: p.cy, stroke: color, class: 'range' }));
        if (q === 'AT_LEAST' || q === 'MORE_THAN') {
          root.appendChild(svg('line', { x1: p.cx, x2: p.cx, y1: p.cy, y2: top + 4, stroke: color, class: 'range' }));
          root.appendChild(svg('path', { d: `M${p.cx - 4},${top + 9} L${p.cx},${top + 2} L${p.cx + 4},${top + 9}`, stroke: color, fill: 'none', class: 'range' }));
        }
        if (p.c.date.precision !== 'DAY') root.appendChild(svg('line', { x1: x(time(p.c.date.start)), x2: x(time(lastDay(p.c.date))), y1: p.cy, y2: p.cy, stroke: color, class: 'range' }));
        const mark = svg('circle', { cx: p.cx, cy: p.cy, r: 5, stroke: color, fill: q === 'EXACT' ? color : '#fff', class: 'point' });
        const t = svg('title');
        t.textContent = figureText(p.c.figure) + ' — ' + s.source + ', ' + spanText(p.c.date);
        mark.appendChild(t);
        mark.addEventListener('click', () => openEvent(p.c.event_id));
        root.appendChild(mark);
      }
      const swatch = el('i', { className: 'chip' });
      swatch.style.background = color;
      legend.appendChild(el('span', null, swatch, s.source + (s.side ? ' (' + s.side + ')' : '')));
    });
    legend.appendChild(el('span', { className: 'muted small', text: 'filled: stated exactly · hollow: qualified ("about") · line to zero: "up to" · arrow: "at least" · bar: month or year only' }));
    return el('div', { className: 'chart-box' }, root, legend);
  }

  // ---------- appeals ----------
  async function renderAppeals(body) {
    const data = await api('/api/appeals');
    clear(body);
    if (!data.appeals.length) { body.appendChild(note('No report states an appeal to an ally.')); return; }
    body.appendChild(table(['Date', 'Who asked', 'Whom', 'Basis', 'Answer', 'When', 'Delay (days)', 'Reports'], data.appeals.map((r) => el('tr', null,
      el('td', { text: r.appeal.date ? spanText(r.appeal.date) : r.answer.date ? 'not dated, before ' + BW.fmtDate(lastDay(r.answer.date)) : 'not dated' }),
      el('td', { text: r.appeal.requester }), el('td', { text: r.appeal.addressees.join(', ') }), el('td', { text: r.appeal.basis || '' }),
      el('td', null, el('span', { className: 'answer-chip ' + r.answer.kind.toLowerCase(), text: ANSWER_LABEL[r.answer.kind] || r.answer.kind })),
      el('td', null, r.answer.event_id ? eventLink(r.answer.event_id, spanText(r.answer.date)) : ''),
      el('td', { className: 'num', text: delayText(r) }),
      el('td', null, r.appeal.event_ids.map((id, n) => eventLink(id, String(n + 1))))))));
    body.appendChild(note('The answer is a later event in which the party asked acts: a mission sent is preferred to a refusal, a refusal to a statement or visit. "Nothing" is what the appeal\'s own words say came of it.'));
  }

  /** The delay, or why there is none: an answer told in the appeal's own report, or an appeal no report dates. */
  function delayText(r) {
    if (r.answer.delay) return dayRange(r.answer.delay);
    if (r.answer.kind === 'NONE_REPORTED') return '';
    if (r.answer.event_id && r.appeal.event_ids.includes(r.answer.event_id)) return 'told with the appeal';
    return r.appeal.date ? '' : 'appeal not dated';
  }

  // ---------- whose word ----------
  async function renderSources(body) {
    const data = await api('/api/sources', { size: 200 });
    clear(body);
    const parts = Object.entries(data.one_sided_by_side).map(([side, n]) => ({ label: side + "'s word alone", n, cls: 'side' }))
      .concat([{ label: "several sides' or neutral sources", n: data.several_or_neutral, cls: 'mixed' }, { label: 'sources of unknown side', n: data.unknown, cls: 'unknown' }]);
    const total = Math.max(1, data.events);
    const bar = el('div', { className: 'stack' }, parts.map((p, i) => {
      const seg = el('span', { className: 'seg ' + p.cls + (p.cls === 'side' ? ' s' + i : ''), title: p.label + ': ' + p.n });
      seg.style.width = (100 * p.n / total) + '%';
      return seg;
    }));
    body.appendChild(el('p', { className: 'reg-summary' }, el('b', { text: fmtNumber(data.events) }), ' events: ',
      parts.map((p, i) => [i ? ' · ' : '', el('b', { text: fmtNumber(p.n) }), ' on ' + p.label])));
    body.appendChild(bar);
    body.appendChild(el('div', { className: 'chart-legend' }, parts.map((p, i) =>
      el('span', null, el('i', { className: 'chip seg ' + p.cls + (p.cls === 'side' ? ' s' + i : '') }), p.label))));
    body.appendChild(el('p', null, el('button', { type: 'button', className: 'secondary', text: 'Show the one-sided events on the map and in the list',
      onclick: () => { close(); BW.setFilters({ one_sided: 'true' }); } })));
    body.appendChild(table(['Date', 'Event', 'Rests on', 'Sources'], data.list.map((e) => el('tr', null,
      el('td', { text: spanText(e.date) }), el('td', null, eventLink(e.event_id, e.sub_event_type)),
      el('td', null, el('span', { className: 'badge one-sided', text: e.one_side })),
      el('td', { className: 'small', text: e.reports.map((r) => (r.publisher || 'unknown publisher')
        + (r.claimants.length ? ' quoting ' + r.claimants.map((c) => c.claimant).join(', ') : '')).join(' | ') })))));
    body.appendChild(note('An event rests on one side\'s word when every report of it does: a report rests on the side of the claimants it quotes as asserting it, else on its publisher\'s side (the conflict\'s sources.yaml lists each side\'s own bodies and state media).'));
  }

  // ---------- the event panel: the agreement an event broke ----------
  document.addEventListener('bw:event-shown', (e) => {
    const { id, body, after } = e.detail;
    guard(api('/api/agreements', { broken_by: id }).then((data) => {
      if (!data.agreements.length || !body.isConnected) return;
      const a = data.agreements[0];
      const line = el('div', { className: 'broke' }, 'Broke ',
        el('button', { type: 'button', className: 'link', text: a.name || a.kind + ' of ' + spanText(a.date), onclick: () => open('agreements', { agreement: a.id }) }),
        ' (' + a.kind + ', ' + a.parties.join(', ') + ', in force since ' + spanText(a.date) + ')');
      if (after && after.parentNode === body) after.after(line); else body.prepend(line);
    }));
  });
  document.addEventListener('bw:timeline-drawn', (e) => { drawRouteBands(e.detail); });

  document.addEventListener('DOMContentLoaded', () => {
    const button = $('registers-open');
    if (button) button.addEventListener('click', () => open());
    const hash = new URLSearchParams(location.hash.slice(1));
    if (hash.get('register')) open(hash.get('register'), { agreement: hash.get('agreement') });
  });
})();

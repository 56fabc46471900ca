// claimwatch dashboard: plain JavaScript and hand-drawn SVG, no build step, nothing fetched from outside
// this server. Data: /api/trackers, /api/trackers/{name}/timeline, /api/claims, /api/alerts; live: the
// /api/alerts/stream Server-Sent Events, plus a refresh every few seconds for running windows.
"use strict";

const PARTY_COLOURS = { USA: "#1f77b4", KOR: "#2ca02c", UKR: "#e6a100", RUS: "#d62728", NATO: "#9467bd",
  PRK: "#8c564b", UNATTRIBUTED: "#7f7f7f", OTHER: "#17becf" };
const EXTRA_COLOURS = ["#e377c2", "#bcbd22", "#393b79", "#637939", "#843c39"];
const REFRESH_MS = 5000;
const SVG = "http://www.w3.org/2000/svg";

const state = { trackers: [], selected: null, window: "daily", shown: null };

function el(name, attrs, text) {
  const node = document.createElement(name);
  Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
  if (text !== undefined) node.textContent = text;
  return node;
}

function svg(name, attrs, text) {
  const node = document.createElementNS(SVG, name);
  Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
  if (text !== undefined) node.textContent = text;
  return node;
}

async function getJson(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(path + ": " + response.status);
  return response.json();
}

function colour(party) {
  if (PARTY_COLOURS[party]) return PARTY_COLOURS[party];
  const known = Object.keys(PARTY_COLOURS).length;
  PARTY_COLOURS[party] = EXTRA_COLOURS[(Object.keys(PARTY_COLOURS).length - known) % EXTRA_COLOURS.length];
  return PARTY_COLOURS[party];
}

const fmt = n => n == null ? "" : Number(n).toLocaleString("en-US");
const day = iso => iso ? iso.substring(0, 10) : "";
const QUALIFIER = { approx: "about ", at_least: "at least ", at_most: "up to ", exact: "", range: "" };

function figureText(value, high, qualifier) {
  if (value == null) return "vague";
  if (high != null) return fmt(value) + "–" + fmt(high);
  return (QUALIFIER[qualifier] || "") + fmt(value);
}

async function loadTrackers() {
  state.trackers = (await getJson("/api/trackers")).trackers;
  const fromHash = decodeURIComponent(location.hash.replace(/^#/, ""));
  state.selected = state.trackers.some(t => t.name === fromHash) ? fromHash : (state.trackers[0] || {}).name;
  const nav = document.getElementById("trackers");
  nav.replaceChildren(...state.trackers.map(t => {
    const b = el("button", { type: "button", "data-tracker": t.name }, t.title);
    b.addEventListener("click", () => { location.hash = t.name; select(t.name); });
    return b;
  }));
}

function select(name) {
  state.selected = name;
  document.querySelectorAll("nav button").forEach(b => b.classList.toggle("selected", b.dataset.tracker === name));
  refresh();
}

let refreshing = false;
async function refresh() {
  if (!state.selected || refreshing) return;
  refreshing = true;
  try {
    const name = encodeURIComponent(state.selected);
    const [timeline, claims, alerts] = await Promise.all([
      getJson(`/api/trackers/${name}/timeline?window=${state.window}`),
      getJson(`/api/claims?tracker=${name}`),
      getJson(`/api/alerts?tracker=${name}`)]);
    // redraw only what changed: no flicker, and nothing replaced under the reader's pointer
    const shown = JSON.stringify([timeline, claims, alerts]);
    if (shown !== state.shown) {
      state.shown = shown;
      drawTitle(timeline, claims);
      drawChart(timeline, alerts.alerts);
      drawAlerts(alerts.alerts);
      drawClaims(claims.claims);
    }
    document.body.dataset.updated = new Date().toISOString();
  } catch (e) {
    setStatus("not answering: " + e.message, false);
  } finally {
    refreshing = false;
  }
}

function drawTitle(timeline, claims) {
  document.getElementById("title").textContent = timeline.title;
  const withFigures = timeline.windows.filter(w => w.best != null);
  const last = withFigures[withFigures.length - 1];
  document.getElementById("summary").textContent = last
    ? `${withFigures.length} ${timeline.window} windows with figures, ${claims.count} distinct claims. ` +
      `Latest (${day(last.windowStart)}): best ${fmt(last.best)}, low ${fmt(last.low)}, high ${fmt(last.high)}.`
    : "No figures yet.";
}

function niceMax(v) {
  if (v <= 0) return 10;
  const p = Math.pow(10, Math.floor(Math.log10(v)));
  for (const m of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

function drawChart(timeline, alerts) {
  const W = 1000, H = 380, L = 64, R = 20, T = 20, B = 36;
  const windows = timeline.windows.filter(w => w.best != null);
  // a party's line joins its totals; increments, plans, recalled figures and strays are drawn apart
  const isStray = (w, f) => (w.strays || []).some(s => s.claimKey === f.claimKey);
  const isTotal = f => !f.kind || f.kind === "total";
  const figures = windows.flatMap(w => (w.figures || []).filter(f => f.value != null && isTotal(f) && !isStray(w, f))
    .map(f => ({ ...f, restated: f.claimFirstSeen && f.claimFirstSeen < w.windowStart })));
  const asides = windows.flatMap(w => (w.figures || []).filter(f => f.value != null && (!isTotal(f) || isStray(w, f)))
    .map(f => ({ ...f, aside: isTotal(f) ? "stray" : f.kind })));
  const chart = document.getElementById("chart");
  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "estimate over publication time",
    "data-windows": windows.length, "data-figures": figures.length, "data-asides": asides.length });
  if (windows.length === 0) {
    root.appendChild(svg("text", { x: W / 2, y: H / 2, "text-anchor": "middle" }, "no figures yet"));
    chart.replaceChildren(root);
    document.getElementById("legend").replaceChildren();
    return;
  }
  const mid = w => (Date.parse(w.windowStart) + Date.parse(w.windowEnd)) / 2;
  const times = windows.flatMap(w => [Date.parse(w.windowStart), Date.parse(w.windowEnd)])
    .concat(figures.map(f => Date.parse(f.publishedAt)))
    .concat(alerts.map(a => Date.parse(a.at)).filter(t => !isNaN(t)));
  let t0 = Math.min(...times), t1 = Math.max(...times);
  const pad = Math.max((t1 - t0) * 0.03, 86400000);
  t0 -= pad; t1 += pad;
  const yMax = niceMax(Math.max(...windows.map(w => w.high || w.best), ...figures.map(f => f.high || f.value)) * 1.08);
  const x = t => L + (t - t0) / (t1 - t0) * (W - L - R);
  const y = v => T + (1 - v / yMax) * (H - T - B);

  for (let i = 0; i <= 5; i++) {
    const v = yMax * i / 5;
    root.appendChild(svg("line", { class: "grid", x1: L, x2: W - R, y1: y(v), y2: y(v) }));
    root.appendChild(svg("text", { x: L - 6, y: y(v) + 4, "text-anchor": "end" }, fmt(Math.round(v))));
  }
  const ticks = 6;
  for (let i = 0; i <= ticks; i++) {
    const t = t0 + (t1 - t0) * i / ticks;
    root.appendChild(svg("line", { class: "axis", x1: x(t), x2: x(t), y1: H - B, y2: H - B + 4 }));
    const anchor = i === 0 ? "start" : i === ticks ? "end" : "middle";
    root.appendChild(svg("text", { x: x(t), y: H - B + 17, "text-anchor": anchor }, new Date(t).toISOString().substring(0, 10)));
  }
  root.appendChild(svg("line", { class: "axis", x1: L, x2: W - R, y1: H - B, y2: H - B }));
  root.appendChild(svg("line", { class: "axis", x1: L, x2: L, y1: T, y2: H - B }));
  root.appendChild(svg("text", { x: (L + W - R) / 2, y: H - 4, "text-anchor": "middle" },
    "publication time (UTC), " + timeline.window + " windows"));

  // low–high band and best estimate, one point per window at its middle
  const upper = windows.map(w => `${x(mid(w))},${y(w.high != null ? w.high : w.best)}`);
  const lower = windows.slice().reverse().map(w => `${x(mid(w))},${y(w.low != null ? w.low : w.best)}`);
  const band = svg("polygon", { class: "band", points: upper.concat(lower).join(" ") });
  root.appendChild(band);
  const best = svg("polyline", { class: "best", points: windows.map(w => `${x(mid(w))},${y(w.best)}`).join(" ") });
  root.appendChild(best);
  windows.forEach(w => {
    const dot = svg("circle", { class: "best-point", cx: x(mid(w)), cy: y(w.best), r: 3.5, fill: "#1f4e8c",
      "data-best": w.best, "data-window": day(w.windowStart) });
    const inForce = Object.entries(w.byParty || {}).map(([p, f]) => `${p} ${figureText(f.value, f.high, f.qualifier)}` +
      (f.carried ? ` (carried from ${day(f.publishedAt)})` : "")).join(", ");
    dot.appendChild(svg("title", {}, `${day(w.windowStart)}: best ${fmt(w.best)} (low ${fmt(w.low)}, high ${fmt(w.high)})` +
      (inForce ? ` — ${inForce}` : "")));
    root.appendChild(dot);
  });

  // each party's figures, as points joined by a dashed line
  const byParty = {};
  figures.forEach(f => (byParty[f.party] = byParty[f.party] || []).push(f));
  Object.entries(byParty).forEach(([party, fs]) => {
    fs.sort((a, b) => Date.parse(a.publishedAt) - Date.parse(b.publishedAt));
    root.appendChild(svg("polyline", { class: "party-line", stroke: colour(party),
      points: fs.map(f => `${x(Date.parse(f.publishedAt))},${y(f.value)}`).join(" ") }));
    fs.forEach(f => {
      const cx = x(Date.parse(f.publishedAt));
      if (f.high != null) {
        root.appendChild(svg("line", { x1: cx, x2: cx, y1: y(f.value), y2: y(f.high), stroke: colour(party), "stroke-width": 2 }));
      }
      const dot = svg("circle", { class: "figure" + (f.restated ? " restated" : ""), cx, cy: y(f.value), r: 5,
        fill: colour(party), stroke: f.restated ? colour(party) : "#fff", "data-party": party, "data-value": f.value });
      dot.appendChild(svg("title", {}, `${party}: ${figureText(f.value, f.high, f.qualifier)} — ${f.attributedTo || "unattributed"}` +
        `, ${f.source || "unknown outlet"}, ${day(f.publishedAt)}${f.restated ? " (restated older figure)" : ""}`));
      root.appendChild(dot);
    });
  });

  // figures that set no estimate: a small hollow square in the party's colour, the kind on hover
  asides.forEach(f => {
    const cx = x(Date.parse(f.publishedAt)), cy = y(f.value);
    const mark = svg("rect", { class: "aside", x: cx - 3.5, y: cy - 3.5, width: 7, height: 7, stroke: colour(f.party),
      "data-party": f.party, "data-kind": f.aside, "data-value": f.value });
    mark.appendChild(svg("title", {}, `${f.party}: ${figureText(f.value, f.high, f.qualifier)} (${f.aside}, not a total in force)` +
      ` — ${f.attributedTo || "unattributed"}, ${f.source || "unknown outlet"}, ${day(f.publishedAt)}`));
    root.appendChild(mark);
  });

  // alerts: a dashed red line at the event time, a marker at the top
  alerts.forEach(a => {
    const t = Date.parse(a.at);
    if (isNaN(t)) return;
    root.appendChild(svg("line", { class: "alert", x1: x(t), x2: x(t), y1: T, y2: H - B, "data-kind": a.kind }));
    const mark = svg("path", { class: "alert-mark", d: `M${x(t) - 5},${T - 8} L${x(t) + 5},${T - 8} L${x(t)},${T}` });
    mark.appendChild(svg("title", {}, a.message));
    root.appendChild(mark);
  });
  chart.replaceChildren(root);

  const legend = [["band", "low–high", "#7aa7e0"], ["best", "best estimate", "#1f4e8c"]]
    .concat(Object.keys(byParty).sort().map(p => ["party", p, colour(p)]))
    .concat(asides.length ? [["aside", "increment, plan, recalled or stray", "#ffffff"]] : [])
    .concat(alerts.length ? [["alert", "alert", "#d0392b"]] : []);
  document.getElementById("legend").replaceChildren(...legend.map(([kind, label, c]) => {
    const item = el("span", { "data-legend": kind });
    item.appendChild(el("i", { style: `background:${c}` + (kind === "aside" ? ";box-shadow:inset 0 0 0 1.5px #4a5568" : "") }));
    item.appendChild(document.createTextNode(label));
    return item;
  }));
}

function drawAlerts(alerts) {
  const list = document.getElementById("alerts");
  if (alerts.length === 0) {
    list.replaceChildren(el("li", {}, "none yet"));
    return;
  }
  list.replaceChildren(...alerts.map(a => {
    const li = el("li", { "data-kind": a.kind });
    li.appendChild(el("span", { class: "kind" }, a.kind));
    li.appendChild(document.createTextNode(" " + a.message));
    if ((a.claims || []).length) {
      li.title = a.claims.map(c => `${c.source || ""} ${day(c.publishedAt)}: ${c.sentence || c.claimKey}`).join("\n");
    }
    return li;
  }));
}

function drawClaims(claims) {
  const rows = claims.slice().sort((a, b) => (a.firstSeen || "").localeCompare(b.firstSeen || ""));
  document.querySelector("#claims tbody").replaceChildren(...rows.map(c => {
    const tr = el("tr", { "data-key": c.key });
    tr.appendChild(el("td", { class: "date" }, day(c.firstSeen)));
    const party = el("td", { class: "party" }, c.party || "");
    party.style.color = colour(c.party);
    tr.appendChild(party);
    tr.appendChild(el("td", { class: "num" }, figureText(c.value, c.high, null)));
    tr.appendChild(el("td", { class: "kind" }, c.kind || "total"));
    tr.appendChild(el("td", {}, c.place || ""));
    tr.appendChild(el("td", { class: "num" }, String(c.mentions)));
    tr.appendChild(el("td", { class: "outlets" }, (c.outlets || []).join(", ")));
    tr.appendChild(el("td", { class: "evidence" }, c.sentence || ""));
    return tr;
  }));
}

function setStatus(text, live) {
  const status = document.getElementById("status");
  status.textContent = text;
  status.classList.toggle("live", live);
}

function listen() {
  const events = new EventSource("/api/alerts/stream");
  events.onopen = () => setStatus("live", true);
  events.onerror = () => setStatus("reconnecting…", false);
  events.addEventListener("alert", () => refresh());
}

(async function start() {
  try {
    await loadTrackers();
    select(state.selected);
    listen();
    setInterval(refresh, REFRESH_MS);
    window.addEventListener("hashchange", () => {
      const name = decodeURIComponent(location.hash.replace(/^#/, ""));
      if (state.trackers.some(t => t.name === name)) select(name);
    });
  } catch (e) {
    setStatus("not answering: " + e.message, false);
  }
})();

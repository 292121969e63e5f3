// Vigie web UI: hover links between quotes and their speakers, a zoomable timeline and a clickable entity graph,
// drawn in SVG from the JSON API. No outside resources; every text goes into the page as text, never as HTML.
"use strict";
(function () {
  const SVG = "http://www.w3.org/2000/svg";

  function el(name, attrs, parent) {
    const e = document.createElementNS(SVG, name);
    for (const k in attrs) e.setAttribute(k, attrs[k]);
    if (parent) parent.appendChild(e);
    return e;
  }

  // Article: hovering a quote shows its speaker and lights up the speaker's mention and the quote in the aside.
  function quotes() {
    const text = document.getElementById("text");
    if (!text) return;
    let tip = null;
    function light(q, on) {
      document.querySelectorAll('[data-quote="' + q + '"]').forEach(function (x) { x.classList.toggle("hot", on); });
    }
    text.addEventListener("mouseover", function (ev) {
      const q = ev.target.closest(".quote[data-speaker]");
      if (!q) return;
      light(q.dataset.quote, true);
      tip = document.createElement("div");
      tip.className = "tip";
      tip.textContent = q.dataset.speaker;
      const r = q.getBoundingClientRect();
      tip.style.left = (r.left + window.scrollX) + "px";
      tip.style.top = (r.top + window.scrollY - 26) + "px";
      document.body.appendChild(tip);
    });
    text.addEventListener("mouseout", function (ev) {
      const q = ev.target.closest(".quote[data-speaker]");
      if (!q) return;
      light(q.dataset.quote, false);
      if (tip) { tip.remove(); tip = null; }
    });
  }

  function day(s) {
    const t = Date.parse(s + "T00:00:00Z");
    return isNaN(t) ? null : t;
  }

  // Timeline: one mark per entry on a time axis, a row per kind; wheel or buttons zoom, dragging pans.
  function timeline() {
    const box = document.getElementById("timeline");
    if (!box) return;
    fetch(box.dataset.src, { headers: { Accept: "application/json" } }).then(function (r) { return r.json(); })
      .then(function (data) {
        const entries = (data.entries || []).filter(function (e) { return day(e.date) !== null; });
        if (!entries.length) { box.querySelector(".hint").textContent = "No dated entries."; return; }
        const W = box.clientWidth || 900, H = 260, left = 70, right = 20;
        const rows = { event: 50, quote: 110, dated: 170 };
        let t0 = Math.min.apply(null, entries.map(function (e) { return day(e.date); }));
        let t1 = Math.max.apply(null, entries.map(function (e) { return day(e.date); }));
        const pad = Math.max(86400000 * 3, (t1 - t0) * 0.05);
        t0 -= pad; t1 += pad;
        // Open on where most entries are: a lone old date (a 2001 anniversary) would squeeze the rest; "reset"
        // shows everything.
        const days = entries.map(function (e) { return day(e.date); }).sort(function (a, b) { return a - b; });
        const lo = days[Math.floor(days.length * 0.05)], hi = days[days.length - 1];
        const bulkPad = Math.max(86400000 * 3, (hi - lo) * 0.05);
        let v0 = t0, v1 = t1;
        if ((hi - lo) < (t1 - t0) / 3) { v0 = lo - bulkPad; v1 = hi + bulkPad; }
        const svg = el("svg", { viewBox: "0 0 " + W + " " + H, role: "img", "aria-label": "timeline" }, box);
        const axis = el("g", {}, svg), marks = el("g", {}, svg);
        Object.keys(rows).forEach(function (k) {
          const t = el("text", { x: 8, y: rows[k] + 4, "font-size": 12, fill: "#667085" }, svg);
          t.textContent = k;
          el("line", { x1: left, x2: W - right, y1: rows[k], y2: rows[k], stroke: "#eef0f4" }, svg);
        });
        const colors = { event: "#475467", quote: "#b7791f", dated: "#0ea5e9" };
        function x(t) { return left + (t - v0) / (v1 - v0) * (W - left - right); }
        function draw() {
          while (axis.firstChild) axis.removeChild(axis.firstChild);
          while (marks.firstChild) marks.removeChild(marks.firstChild);
          const span = v1 - v0, stepDays = [1, 7, 30, 91, 365, 1826, 3652].find(function (d) {
            return span / (d * 86400000) < 12; }) || 3652;
          let t = Math.ceil(v0 / (stepDays * 86400000)) * stepDays * 86400000;
          for (; t < v1; t += stepDays * 86400000) {
            el("line", { x1: x(t), x2: x(t), y1: 20, y2: H - 30, stroke: "#eef0f4" }, axis);
            const lab = el("text", { x: x(t), y: H - 12, "font-size": 11, "text-anchor": "middle", fill: "#667085" },
              axis);
            lab.textContent = new Date(t).toISOString().slice(0, stepDays >= 365 ? 4 : stepDays >= 30 ? 7 : 10);
          }
          const stacked = {};
          entries.forEach(function (e) {
            const t = day(e.date);
            if (t < v0 || t > v1) return;
            // Entries of one kind close together stack up and down from their row.
            const key = e.kind + Math.round(x(t) / 8);
            const n = stacked[key] = (stacked[key] || 0) + 1;
            const y = (rows[e.kind] || 170) + (n % 2 ? 1 : -1) * Math.floor(n / 2) * 9 % 27;
            const a = el("a", { href: "/articles/" + encodeURIComponent(e.doc) + "#at-" + e.start }, marks);
            const c = el("circle", { cx: x(t), cy: y, r: 5, fill: colors[e.kind] || "#999", "fill-opacity": 0.8 }, a);
            const title = el("title", {}, c);
            title.textContent = e.date + " · " + (e.who ? e.who + " · " : "") + e.text;
          });
        }
        function zoom(f, cx) {
          const c = v0 + (cx - left) / (W - left - right) * (v1 - v0);
          const nspan = Math.max(86400000 * 2, (v1 - v0) * f);
          v0 = c - (c - v0) * nspan / (v1 - v0);
          v1 = v0 + nspan;
          draw();
        }
        svg.addEventListener("wheel", function (ev) {
          ev.preventDefault();
          const r = svg.getBoundingClientRect();
          zoom(ev.deltaY < 0 ? 0.8 : 1.25, (ev.clientX - r.left) * W / r.width);
        }, { passive: false });
        let drag = null;
        svg.addEventListener("mousedown", function (ev) { drag = { x: ev.clientX, v0: v0, v1: v1 }; });
        window.addEventListener("mouseup", function () { drag = null; });
        svg.addEventListener("mousemove", function (ev) {
          if (!drag) return;
          const r = svg.getBoundingClientRect();
          const dt = (ev.clientX - drag.x) * W / r.width / (W - left - right) * (drag.v1 - drag.v0);
          v0 = drag.v0 - dt; v1 = drag.v1 - dt;
          draw();
        });
        const ctl = document.createElement("div");
        ctl.className = "controls";
        [["+", function () { zoom(0.7, W / 2); }], ["−", function () { zoom(1.4, W / 2); }],
          ["reset", function () { v0 = t0; v1 = t1; draw(); }]].forEach(function (b) {
          const btn = document.createElement("button");
          btn.type = "button"; btn.textContent = b[0]; btn.addEventListener("click", b[1]);
          ctl.appendChild(btn);
        });
        box.appendChild(ctl);
        draw();
      });
  }

  // Graph: a force-directed layout computed once, then drawn; each node links to its entity page.
  function graph() {
    const box = document.getElementById("graph");
    if (!box) return;
    fetch(box.dataset.src, { headers: { Accept: "application/json" } }).then(function (r) { return r.json(); })
      .then(function (g) {
        const W = box.clientWidth || 1000, H = 640;
        const nodes = g.nodes.map(function (n, i) {
          const a = 2 * Math.PI * i / g.nodes.length;
          return { n: n, x: W / 2 + Math.cos(a) * W / 4, y: H / 2 + Math.sin(a) * H / 3, vx: 0, vy: 0 };
        });
        const index = {};
        nodes.forEach(function (d, i) { index[d.n.id] = i; });
        const edges = g.edges.filter(function (e) { return e.source in index && e.target in index; });
        const maxW = Math.max.apply(null, [1].concat(edges.map(function (e) { return e.weight; })));
        // Fruchterman-Reingold: nodes repel as k²/d, linked nodes attract as d²/k (more for heavier links), a
        // little gravity keeps loose nodes in view, and the step shrinks as the layout cools.
        const k = 0.75 * Math.sqrt(W * H / Math.max(1, nodes.length));
        const steps = 300;
        for (let it = 0; it < steps; it++) {
          const temp = W / 8 * (1 - it / steps) + 1;
          nodes.forEach(function (a) { a.vx = 0; a.vy = 0; });
          for (let i = 0; i < nodes.length; i++) {
            for (let j = i + 1; j < nodes.length; j++) {
              const a = nodes[i], b = nodes[j];
              const dx = a.x - b.x, dy = a.y - b.y, d = Math.sqrt(dx * dx + dy * dy) + 0.01;
              const f = k * k / d;
              a.vx += dx / d * f; a.vy += dy / d * f; b.vx -= dx / d * f; b.vy -= dy / d * f;
            }
          }
          edges.forEach(function (e) {
            const a = nodes[index[e.source]], b = nodes[index[e.target]];
            const dx = b.x - a.x, dy = b.y - a.y, d = Math.sqrt(dx * dx + dy * dy) + 0.01;
            const f = d * d / k * (0.15 + 0.85 * e.weight / maxW);
            a.vx += dx / d * f; a.vy += dy / d * f; b.vx -= dx / d * f; b.vy -= dy / d * f;
          });
          nodes.forEach(function (a) {
            a.vx += (W / 2 - a.x) * 0.02 * k / 50; a.vy += (H / 2 - a.y) * 0.035 * k / 50;
            const len = Math.sqrt(a.vx * a.vx + a.vy * a.vy) + 0.01, step = Math.min(len, temp);
            a.x += a.vx / len * step; a.y += a.vy / len * step;
            a.x = Math.max(30, Math.min(W - 110, a.x)); a.y = Math.max(20, Math.min(H - 20, a.y));
          });
        }
        // Stretch the layout to fill the box, leaving room for labels on the right.
        if (nodes.length > 1) {
          const xs = nodes.map(function (d) { return d.x; }), ys = nodes.map(function (d) { return d.y; });
          const x0 = Math.min.apply(null, xs), x1 = Math.max.apply(null, xs);
          const y0 = Math.min.apply(null, ys), y1 = Math.max.apply(null, ys);
          nodes.forEach(function (d) {
            d.x = 40 + (d.x - x0) / Math.max(1, x1 - x0) * (W - 190);
            d.y = 30 + (d.y - y0) / Math.max(1, y1 - y0) * (H - 60);
          });
        }
        const svg = el("svg", { viewBox: "0 0 " + W + " " + H, role: "img", "aria-label": "entity graph" }, box);
        const colors = { PER: "#3b82f6", ORG: "#ea7a2f", LOC: "#22a35a", MISC: "#8b5cf6" };
        edges.forEach(function (e) {
          const a = nodes[index[e.source]], b = nodes[index[e.target]];
          const line = el("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: "edge",
            "stroke-width": 0.6 + 4 * e.weight / maxW }, svg);
          el("title", {}, line).textContent = a.n.name + " – " + b.n.name + ": " + e.articles + " articles, "
            + e.quotes + " quotes, " + e.events + " events";
        });
        const maxDocs = Math.max.apply(null, [1].concat(nodes.map(function (d) { return d.n.documents; })));
        nodes.forEach(function (d) {
          const a = el("a", { href: "/entities/" + encodeURIComponent(d.n.id), class: "node",
            "data-entity": d.n.id }, svg);
          const c = el("circle", { cx: d.x, cy: d.y, r: 5 + 9 * Math.sqrt(d.n.documents / maxDocs),
            fill: colors[d.n.type] || "#98a2b3" }, a);
          if (d.n.id === g.centre) c.setAttribute("stroke", "#12213a");
          el("title", {}, c).textContent = d.n.name + " (" + d.n.type + "): " + d.n.documents + " articles";
          el("text", { x: d.x + 9, y: d.y + 4 }, a).textContent = d.n.name;
        });
      });
  }

  // A link into an article (#at-OFFSET) from a timeline or a search hit: when no mark starts exactly there (a
  // dated sentence), scroll to the first mark after it.
  function jump() {
    const m = /^#at-(\d+)$/.exec(window.location.hash);
    if (!m || document.getElementById("at-" + m[1])) return;
    const want = parseInt(m[1], 10);
    const next = Array.prototype.find.call(document.querySelectorAll("#text .at"), function (a) {
      return parseInt(a.id.slice(3), 10) >= want;
    });
    if (next) next.scrollIntoView();
  }

  document.addEventListener("DOMContentLoaded", function () { quotes(); timeline(); graph(); jump(); });
})();

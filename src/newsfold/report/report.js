/* newsfold report script: draws the map from the embedded TopoJSON.
 * Runs offline; reads data only from the JSON script blocks (nf-topology, nf-places) and
 * writes text with textContent, never innerHTML. */
(function () {
  "use strict";

  var WIDTH = 960;
  var NORTH = 85;       // latitude shown at the top of the world view
  var SOUTH = -60;      // cut below here unless a place needs it (Antarctica is big and empty)

  function readJSON(id) {
    var node = document.getElementById(id);
    if (!node) { return null; }
    return JSON.parse(node.textContent || "null");
  }

  /* ---- TopoJSON: quantized, delta-encoded arcs -> rings of [lon, lat] ---- */

  function decodeArcs(topology) {
    var t = topology.transform;
    var sx = t ? t.scale[0] : 1, sy = t ? t.scale[1] : 1;
    var tx = t ? t.translate[0] : 0, ty = t ? t.translate[1] : 0;
    return topology.arcs.map(function (arc) {
      var x = 0, y = 0;
      return arc.map(function (p) {
        if (!t) { return [p[0], p[1]]; }
        x += p[0];
        y += p[1];
        return [x * sx + tx, y * sy + ty];
      });
    });
  }

  function ringOf(indexes, arcs) {
    var points = [];
    indexes.forEach(function (index, k) {
      var arc = index < 0 ? arcs[~index].slice().reverse() : arcs[index];
      for (var j = k > 0 ? 1 : 0; j < arc.length; j++) { points.push(arc[j]); }
    });
    return points;
  }

  /* Every polygon of a geometry as a list of rings. */
  function polygonsOf(geometry, arcs) {
    if (!geometry || !geometry.type) { return []; }
    if (geometry.type === "Polygon") {
      return [geometry.arcs.map(function (r) { return ringOf(r, arcs); })];
    }
    if (geometry.type === "MultiPolygon") {
      return geometry.arcs.map(function (p) {
        return p.map(function (r) { return ringOf(r, arcs); });
      });
    }
    if (geometry.type === "GeometryCollection") {
      var all = [];
      geometry.geometries.forEach(function (g) { all = all.concat(polygonsOf(g, arcs)); });
      return all;
    }
    return [];
  }

  /* ---- Natural Earth I projection (Šavrič et al. 2011), polynomial form ---- */

  var RAD = Math.PI / 180;
  var XMAX = Math.PI * 0.8707;      // x of lon 180 at the equator
  var SCALE = WIDTH / (2 * XMAX);

  function project(lon, lat) {
    var l = lon * RAD, p = lat * RAD;
    var p2 = p * p, p4 = p2 * p2;
    var x = l * (0.8707 - 0.131979 * p2 + p4 * (-0.013791 + p4 * (0.003971 * p2 - 0.001529 * p4)));
    var y = p * (1.007226 + p2 * (0.015085 + p4 * (-0.044475 + 0.028874 * p2 - 0.005916 * p4)));
    return [(x + XMAX) * SCALE, -y * SCALE];   // y grows downwards; the viewBox fixes the origin
  }

  /* Make longitudes continuous along a ring (Fiji, Chukotka and Antarctica cross the
   * antimeridian in the data). A ring that winds once around the pole is closed along it. */
  function unwrap(ring) {
    var out = [], offset = 0, prev = null;
    ring.forEach(function (p) {
      if (prev !== null) {
        var step = p[0] + offset - prev;
        if (step > 180) { offset -= 360; } else if (step < -180) { offset += 360; }
      }
      prev = p[0] + offset;
      out.push([prev, p[1]]);
    });
    if (out.length > 2 && Math.abs(out[out.length - 1][0] - out[0][0]) > 180) {
      var meanLat = out.reduce(function (a, p) { return a + p[1]; }, 0) / out.length;
      var pole = meanLat < 0 ? -90 : 90;
      out.push([out[out.length - 1][0], pole], [out[0][0], pole]);
    }
    return out;
  }

  function ringPath(ring, shift) {
    return ring.map(function (pt, i) {
      var xy = project(pt[0] + shift, pt[1]);
      return (i ? "L" : "M") + xy[0].toFixed(1) + "," + xy[1].toFixed(1);
    }).join("") + "Z";
  }

  /* SVG path data; a ring reaching past ±180° is drawn again shifted by 360°, and the
   * sphere clip path trims both copies at the map's edge. */
  function pathOf(polygons) {
    var out = [];
    polygons.forEach(function (rings) {
      rings.forEach(function (raw) {
        var ring = unwrap(raw);
        var lo = Infinity, hi = -Infinity;
        ring.forEach(function (p) { lo = Math.min(lo, p[0]); hi = Math.max(hi, p[0]); });
        [-360, 0, 360].forEach(function (shift) {
          if (lo + shift < 180 && hi + shift > -180) { out.push(ringPath(ring, shift)); }
        });
      });
    });
    return out.join("");
  }

  function spherePath() {
    var pts = [], lat;
    for (lat = -90; lat <= 90; lat += 2) { pts.push(project(-180, lat)); }
    for (lat = 90; lat >= -90; lat -= 2) { pts.push(project(180, lat)); }
    return pts.map(function (xy, i) {
      return (i ? "L" : "M") + xy[0].toFixed(1) + "," + xy[1].toFixed(1);
    }).join("") + "Z";
  }

  /* ---- drawing ---- */

  function el(svg, name, attrs, parent) {
    var node = document.createElementNS(svg.namespaceURI, name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    (parent || svg).appendChild(node);
    return node;
  }

  function drawMap() {
    var svg = document.getElementById("nf-map");
    if (!svg) { return; }
    var topology = readJSON("nf-topology");
    var data = readJSON("nf-places") || { places: [], countries: [] };
    var places = data.places || [];
    var named = {};
    (data.countries || []).forEach(function (c) { named[c] = true; });

    var south = SOUTH;
    places.forEach(function (p) { if (p.lat < south + 2) { south = Math.max(-90, p.lat - 5); } });
    var top = project(0, NORTH)[1], bottom = project(0, south)[1];
    var world = [0, top, WIDTH, bottom - top];

    var sphere = spherePath();
    var defs = el(svg, "defs", {});
    var clip = el(svg, "clipPath", { id: "nf-map-clip" }, defs);
    el(svg, "path", { d: sphere }, clip);
    var g = el(svg, "g", { "class": "land", "clip-path": "url(#nf-map-clip)" });
    el(svg, "path", { "class": "sphere", d: sphere }, g);
    if (topology && topology.objects && topology.arcs) {
      var arcs = decodeArcs(topology);
      var countries = topology.objects.countries || topology.objects[Object.keys(topology.objects)[0]];
      (countries.geometries || [countries]).forEach(function (geom) {
        var d = pathOf(polygonsOf(geom, arcs));
        if (!d) { return; }
        var path = el(svg, "path", { "class": "country" + (named[geom.id] ? " named" : ""), d: d }, g);
        if (geom.properties && geom.properties.name) {
          el(svg, "title", {}, path).textContent = geom.properties.name;
        }
      });
    }

    var maxMentions = 1;
    places.forEach(function (p) { maxMentions = Math.max(maxMentions, p.mentions || 0); });
    var dots = el(svg, "g", { "class": "places" });
    var drawn = [];
    // Biggest first, so small dots stay on top and clickable.
    places.slice().sort(function (a, b) { return (b.mentions || 0) - (a.mentions || 0); })
      .forEach(function (p) {
        var xy = project(p.lon, p.lat);
        var r = 3 + 9 * Math.sqrt(Math.max(0, p.mentions || 0) / maxMentions);
        var link = el(svg, "a", { "class": "place", href: "#" + p.anchor }, dots);
        var tip = p.name;
        if (p.aliases && p.aliases.length) { tip += " (" + p.aliases.join(", ") + ")"; }
        if (p.within) { tip += " \u00b7 in " + p.within + ", shown at its point"; }
        if (p.country) { tip += " \u00b7 " + p.country; }
        tip += " \u00b7 " + (p.mentions || 0) + " mention" + (p.mentions === 1 ? "" : "s");
        if (p.events) { tip += " \u00b7 " + p.events + " event" + (p.events === 1 ? "" : "s"); }
        el(svg, "title", {}, link).textContent = tip;
        var circle = el(svg, "circle", { cx: xy[0].toFixed(1), cy: xy[1].toFixed(1), r: r }, link);
        drawn.push({ circle: circle, r: r, x: xy[0], y: xy[1], place: p });
      });

    // Labels for the most mentioned places (all of them when there are few).
    var labels = el(svg, "g", { "class": "labels" });
    drawn.slice(0, 25).forEach(function (d) {
      var t = el(svg, "text", { "class": "place-label", x: d.x, y: d.y, dy: "0.35em" }, labels);
      t.textContent = d.place.name;
      d.label = t;
    });

    function show(view) {
      var k = view[2] / WIDTH;           // user units per world-view unit: keeps dots a constant size
      svg.setAttribute("viewBox", view.map(function (v) { return v.toFixed(1); }).join(" "));
      var taken = [];   // label boxes already shown; a label that would overlap one is hidden
      drawn.forEach(function (d) {
        d.circle.setAttribute("r", (d.r * k).toFixed(2));
        if (!d.label) { return; }
        var size = 11 * k, width = d.place.name.length * size * 0.58;
        var x = d.x + (d.r + 3) * k, anchor = "start";
        if (x + width > view[0] + view[2]) {   // no room on the right: put it on the left
          x = d.x - (d.r + 3) * k;
          anchor = "end";
        }
        var left = anchor === "end" ? x - width : x;
        var box = [left, d.y - size * 0.7, left + width, d.y + size * 0.7];
        var hit = taken.some(function (b) {
          return box[0] < b[2] && box[2] > b[0] && box[1] < b[3] && box[3] > b[1];
        });
        d.label.setAttribute("x", x.toFixed(1));
        d.label.setAttribute("text-anchor", anchor);
        d.label.setAttribute("font-size", size.toFixed(2));
        d.label.setAttribute("stroke-width", (3 * k).toFixed(2));   // the white halo
        d.label.style.display = hit ? "none" : "";
        if (!hit) { taken.push(box); }
      });
    }

    function placesBox() {
      var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
      drawn.forEach(function (d) {
        x0 = Math.min(x0, d.x); y0 = Math.min(y0, d.y);
        x1 = Math.max(x1, d.x); y1 = Math.max(y1, d.y);
      });
      var aspect = world[3] / world[2];
      var w = Math.max(x1 - x0, 60) * 1.4, h = Math.max(y1 - y0, 30) * 1.4;
      if (h / w > aspect) { w = h / aspect; } else { h = w * aspect; }
      w = Math.min(w, world[2]); h = Math.min(h, world[3]);
      var cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
      var bx = Math.min(Math.max(cx - w / 2, world[0]), world[0] + world[2] - w);
      var by = Math.min(Math.max(cy - h / 2, world[1]), world[1] + world[3] - h);
      return [bx, by, w, h];
    }

    show(world);
    svg.setAttribute("data-nf-map", "ok");
    svg.setAttribute("data-nf-places", String(drawn.length));

    var tools = document.getElementById("nf-map-tools");
    var fit = document.getElementById("nf-map-fit");
    var whole = document.getElementById("nf-map-world");
    if (tools && fit && whole && drawn.length) {
      tools.hidden = false;
      fit.setAttribute("aria-pressed", "false");
      whole.setAttribute("aria-pressed", "true");
      fit.addEventListener("click", function () {
        show(placesBox());
        fit.setAttribute("aria-pressed", "true");
        whole.setAttribute("aria-pressed", "false");
      });
      whole.addEventListener("click", function () {
        show(world);
        fit.setAttribute("aria-pressed", "false");
        whole.setAttribute("aria-pressed", "true");
      });
    }
  }

  /* Printing shows every collapsed <details> block. */
  function openDetailsForPrint() {
    window.addEventListener("beforeprint", function () {
      Array.prototype.forEach.call(document.querySelectorAll("details:not([open])"), function (d) {
        d.setAttribute("open", "");
        d.setAttribute("data-nf-print-opened", "");
      });
    });
    window.addEventListener("afterprint", function () {
      Array.prototype.forEach.call(document.querySelectorAll("details[data-nf-print-opened]"), function (d) {
        d.removeAttribute("open");
        d.removeAttribute("data-nf-print-opened");
      });
    });
  }

  function start() {
    openDetailsForPrint();
    try {
      drawMap();
    } catch (err) {
      var svg = document.getElementById("nf-map");
      if (svg) {
        svg.setAttribute("data-nf-map", "error");
        var note = document.createElement("p");
        note.className = "note";
        note.textContent = "The map could not be drawn: " + (err && err.message ? err.message : String(err));
        svg.parentNode.insertBefore(note, svg.nextSibling);
      }
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
}());

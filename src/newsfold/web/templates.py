"""The UI's Jinja2 templates (autoescaped), kept in Python so they ship with the code.

Article-derived text is only ever written as ``{{ value }}`` (escaped). The only values
marked safe are the JSON blobs prepared by :mod:`newsfold.report` for
``<script type="application/json">`` (``<``, ``>``, ``&`` written as ``\\u003c`` …).
"""

from __future__ import annotations

__all__ = ["TEMPLATES", "WEB_CSS", "WEB_JS"]

WEB_CSS = """
/* newsfold web UI: additions to the report's stylesheet. */
.site-nav { display: flex; flex-wrap: wrap; align-items: center; gap: .4rem 1.2rem; padding: .6rem 0 .8rem; border-bottom: 1px solid var(--line); margin-bottom: 1.2rem; }
.site-nav .brand { font-weight: 700; font-size: 1.1rem; color: var(--fg); }
.site-nav a.current { font-weight: 650; text-decoration: underline; }
.site-nav form { margin-left: auto; display: flex; gap: .3rem; }
input[type=search], input[type=text], select { font: inherit; font-size: .92rem; padding: .25rem .5rem; border: 1px solid var(--line); border-radius: 6px; background: #fff; color: var(--fg); }
button { font: inherit; font-size: .9rem; padding: .25rem .8rem; border: 1px solid var(--accent); border-radius: 6px; background: var(--accent); color: #fff; cursor: pointer; }
.filters { display: flex; flex-wrap: wrap; gap: .5rem .8rem; align-items: end; margin: 0 0 1rem; padding: .7rem .9rem; background: var(--panel); border: 1px solid var(--line); border-radius: 8px; }
.filters label { display: flex; flex-direction: column; font-size: .8rem; color: var(--muted); gap: .15rem; }
.pager { display: flex; gap: 1rem; align-items: center; margin: 1rem 0; }
.pager .disabled { color: var(--muted); }
.story-list { list-style: none; padding: 0; margin: 0; }
.story-list h3 a { color: var(--fg); }
.lead { margin: .2rem 0 0; }
.aliases { list-style: none; display: flex; flex-wrap: wrap; gap: .35rem; padding: 0; margin: .4rem 0 1rem; }
.aliases li { background: var(--panel); border: 1px solid var(--line); border-radius: 999px; padding: .05rem .6rem; font-size: .9rem; }
.doc-text { white-space: pre-wrap; font-size: 1rem; line-height: 1.65; max-width: 46rem; padding: 1rem 1.2rem; border: 1px solid var(--line); border-radius: 8px; }
mark.k-event { background: var(--mark-bg); }
mark.k-conflict { background: var(--hard-bg); box-shadow: inset 0 -2px 0 var(--hard); }
mark.k-brief { background: #e3efff; }
mark.k-event.k-brief, mark.k-event.k-conflict { background: #ffe6a8; }
.hits { list-style: none; padding: 0; margin: 0; }
.hits li { border-top: 1px solid var(--line); padding: .6rem 0; }
.hits .snippet { margin: .2rem 0 0; }
.error-page .code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
dl.kv { display: grid; grid-template-columns: max-content 1fr; gap: .15rem .9rem; margin: .5rem 0 1rem; }
dl.kv dt { color: var(--muted); }
dl.kv dd { margin: 0; }
"""

# Small progressive enhancement: keep the focus in the search box, nothing else.
WEB_JS = """
(function () {
  "use strict";
  var box = document.querySelector("input[autofocus]");
  if (box && box.value) { box.setSelectionRange(box.value.length, box.value.length); }
}());
"""

_BASE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="newsfold">
<title>{% block title %}{{ title }}{% endblock %} · newsfold</title>
<link rel="stylesheet" href="/static/report.css">
<link rel="stylesheet" href="/static/web.css">
</head>
<body>
<nav class="site-nav" aria-label="Site">
  <a class="brand" href="/">newsfold</a>
  <a href="/" {% if section == "stories" %}class="current"{% endif %}>Stories</a>
  <a href="/events" {% if section == "events" %}class="current"{% endif %}>Events</a>
  <a href="/entities" {% if section == "entities" %}class="current"{% endif %}>Entities</a>
  <a href="/conflicts" {% if section == "conflicts" %}class="current"{% endif %}>Conflicts</a>
  <a href="/api-docs" {% if section == "api" %}class="current"{% endif %}>API</a>
  <form action="/search" method="get" role="search">
    <input type="search" name="q" value="{{ search_q or '' }}" placeholder="Search articles" aria-label="Search articles" maxlength="500">
    <button type="submit">Search</button>
  </form>
</nav>
<main>
{% block main %}{% endblock %}
</main>
<footer class="page-footer small muted">
  <p>newsfold {{ version }} · {{ store_url }} · works offline: nothing on this page comes from the network. Map data: Natural Earth (public domain), packaged by world-atlas (ISC licence).</p>
</footer>
{% block scripts %}{% endblock %}
<script src="/static/web.js"></script>
</body>
</html>
"""

_MACROS = """
{% macro doc_href(doc_id) %}/documents/{{ doc_id|urlencode }}{% endmacro %}
{% macro cite_link(c) -%}
<a class="cite" href="{{ doc_href(c.id) }}" title="{{ c.title }}">[{{ c.id }}]</a>
{%- endmacro %}
{% macro pager(p) -%}
{% if p.total > p.limit %}
<nav class="pager" aria-label="Pages">
  {% if p.prev is not none %}<a href="{{ p.prev }}" rel="prev">← previous</a>{% else %}<span class="disabled">← previous</span>{% endif %}
  <span class="muted small">{{ p.first }}–{{ p.last }} of {{ p.total }}</span>
  {% if p.next is not none %}<a href="{{ p.next }}" rel="next">next →</a>{% else %}<span class="disabled">next →</span>{% endif %}
</nav>
{% endif %}
{%- endmacro %}
{% macro event_item(e) -%}
    <li class="event" id="{{ e.anchor }}">
      <div class="event-head">
        <span class="date mono">{{ e.date or "undated" }}</span>
        <span class="badge {{ e.type_class }}">{{ e.type }}</span>
        {% if e.status and e.status != "asserted" %}<span class="badge status">{{ e.status }}</span>{% endif %}
        {% if e.plover %}<span class="badge plain">{{ e.plover }}</span>{% endif %}
        {% if e.count %}<strong class="count">{{ e.count }}</strong>{% endif %}
        <span class="mono muted small">{{ e.id }}</span>
      </div>
      <dl class="facts">
        {% if e.locations %}<dt>Where</dt><dd>{% for loc in e.locations %}<a href="/events?place={{ loc|urlencode }}">{{ loc }}</a>{% if not loop.last %}, {% endif %}{% endfor %}{% if e.countries %} <span class="muted">({{ e.countries|join(", ") }})</span>{% endif %}</dd>
        {% elif e.countries %}<dt>Where</dt><dd>{{ e.countries|join(", ") }}</dd>{% endif %}
        {% if e.actors %}<dt>Actors</dt><dd>{{ e.actors|join("; ") }}</dd>{% endif %}
        {% if e.targets %}<dt>Targets</dt><dd>{{ e.targets|join("; ") }}</dd>{% endif %}
        {% if e.documents %}<dt>Reported by</dt><dd>{% for c in e.documents %}{{ cite_link(c) }} {% endfor %}</dd>{% endif %}
        {% if e.confidence %}<dt>Confidence</dt><dd>{{ e.confidence }}</dd>{% endif %}
      </dl>
      {% if e.mentions %}
      <details class="mentions"{% if e.mentions|length <= 3 %} open{% endif %}>
        <summary>{{ e.mentions|length }} mention{{ "s" if e.mentions|length != 1 else "" }}</summary>
        <ul>
          {% for m in e.mentions %}
          <li><blockquote class="quote{% if not m.in_context %} bare{% endif %}">{{ m.before }}<mark>{{ m.mark }}</mark>{{ m.after }}</blockquote>
            <span class="small muted">— {{ cite_link(m.doc) }}{% if m.doc.title %} {{ m.doc.title }}{% endif %}{% if m.span %}, characters {{ m.span }}{% endif %}</span></li>
          {% endfor %}
        </ul>
      </details>
      {% endif %}
    </li>
{%- endmacro %}
{% macro map_figure(r) -%}
  {% if r.places %}
  <div class="map-tools no-print" hidden id="nf-map-tools">
    <button type="button" id="nf-map-fit">Zoom to places</button>
    <button type="button" id="nf-map-world">Whole world</button>
  </div>
  {% endif %}
  <figure class="map-figure">
    <svg id="nf-map" class="map" viewBox="0 0 960 480" role="img" aria-labelledby="map-title">
      <title id="map-title">World map with a dot for every placed entity</title>
    </svg>
    <noscript><p class="note">The map is drawn by JavaScript, which is off; the places are listed below.</p></noscript>
    <figcaption class="small muted">Country outlines: Natural Earth 1:110m (public domain), via world-atlas. Dot area grows with mentions; countries named here are shaded.</figcaption>
  </figure>
  {% if r.places %}
  <table class="places">
    <thead><tr><th>Place</th><th>Country</th><th class="num">Lat</th><th class="num">Lon</th><th class="num">Mentions</th><th class="num">Events</th></tr></thead>
    <tbody>
    {% for p in r.places %}
      <tr><td><a href="/entities/{{ p.id|urlencode }}">{{ p.name }}</a>{% if p.aliases %} <span class="muted small">({{ p.aliases|join(", ") }})</span>{% endif %}</td><td>{{ p.country }}</td><td class="num">{{ "%.3f"|format(p.lat) }}</td><td class="num">{{ "%.3f"|format(p.lon) }}</td><td class="num">{{ p.mentions }}</td><td class="num">{{ p.events }}</td></tr>
    {% endfor %}
    </tbody>
  </table>
  {% else %}
  <p class="empty">No place here has coordinates.</p>
  {% endif %}
{%- endmacro %}
{% macro map_scripts(r) -%}
<script type="application/json" id="nf-topology">{{ r.topo_json }}</script>
<script type="application/json" id="nf-places">{{ r.places_json }}</script>
<script src="/static/report.js"></script>
{%- endmacro %}
{% macro entity_rows(entities) -%}
  <table class="entities">
    <thead><tr><th>Name</th><th>Type</th><th>Aliases</th><th class="num">Documents</th><th class="num">Mentions</th><th>Country</th></tr></thead>
    <tbody>
    {% for e in entities %}
      <tr id="{{ e.anchor }}"><td><a href="/entities/{{ e.id|urlencode }}"><strong>{{ e.name }}</strong></a></td><td><span class="badge plain">{{ e.type }}</span></td><td>{{ e.aliases|join(", ") }}</td><td class="num">{{ e.documents }}</td><td class="num">{{ e.mentions }}</td><td>{{ e.country }}{% if e.lat is not none and e.lon is not none %} <span class="muted small">{{ "%.2f"|format(e.lat) }}, {{ "%.2f"|format(e.lon) }}</span>{% endif %}</td></tr>
    {% endfor %}
    </tbody>
  </table>
{%- endmacro %}
{% macro conflict_cards(conflicts) -%}
  {% for c in conflicts %}
  <article class="card conflict kind-{{ c.kind }}">
    <h3>
      <span class="badge kind-{{ c.kind }}">{% if c.kind == "hard" %}hard · contradiction{% elif c.kind == "soft" %}soft · differs by time or scope{% else %}{{ c.kind_label }}{% endif %}</span>
      {{ c.subject }} <span class="attr">— {{ c.attribute }}</span>
    </h3>
    {% if c.event_href %}<p class="small"><a href="{{ c.event_href }}">event <span class="mono">{{ c.event_id }}</span></a></p>{% elif c.event_id %}<p class="small mono muted">{{ c.event_id }}</p>{% endif %}
    <div class="values" style="--cols: {{ [c["values"]|length, 1]|max }}">
      {% for v in c["values"] %}
      <div class="value">
        <div class="value-head"><span class="v">{{ v.value }}</span>{% if v.qualifier %} <span class="muted">{{ v.qualifier }}</span>{% endif %}{% if v.date %} <span class="when">as of {{ v.date }}</span>{% endif %}</div>
        <div class="small">{% for d in v.documents %}{{ cite_link(d) }} {% endfor %}</div>
        {% for q in v.quotes %}<blockquote class="quote">{{ q }}</blockquote>{% endfor %}
      </div>
      {% endfor %}
    </div>
  </article>
  {% endfor %}
{%- endmacro %}
{% macro source_rows(sources) -%}
  <table class="sources">
    <thead><tr><th>Id</th><th>Title</th><th>Outlet</th><th>Published</th><th>URL</th></tr></thead>
    <tbody>
    {% for d in sources %}
      <tr id="{{ d.anchor }}"><td class="mono small"><a href="{{ doc_href(d.id) }}">{{ d.id }}</a></td><td><a href="{{ doc_href(d.id) }}">{{ d.title }}</a>{% if d.copy_of %} <span class="small muted">(near-copy of {{ cite_link(d.copy_of) }})</span>{% endif %}</td><td>{{ d.outlet }}</td><td class="nowrap">{{ d.published }}</td><td class="url small">{% if d.url_is_link %}<a href="{{ d.url }}" rel="noopener noreferrer nofollow">{{ d.url }}</a>{% else %}{{ d.url }}{% endif %}</td></tr>
    {% endfor %}
    </tbody>
  </table>
{%- endmacro %}
"""

_STORIES = """{% extends "base.html" %}
{% from "macros.html" import pager %}
{% block main %}
<h1>Stories</h1>
<ul class="counts">
  {% for number, label, href in counts %}<li><a href="{{ href }}"><span class="num">{{ number }}</span> <span class="lbl">{{ label }}</span></a></li>{% endfor %}
</ul>
<form class="filters" method="get" action="/">
  <label>Stories about<input type="search" name="q" value="{{ q or '' }}" maxlength="500" autofocus></label>
  <button type="submit">Find</button>{% if q %} <a href="/">all stories</a>{% endif %}
</form>
{% if q %}<p class="muted">{{ page.total }} stor{{ "y" if page.total == 1 else "ies" }} with an article matching <strong>{{ q }}</strong>.</p>{% endif %}
{% if not stories %}<p class="empty">No stories{% if q %} match{% endif %}.</p>{% endif %}
<ol class="story-list">
{% for s in stories %}
  <li class="card story" data-story="{{ s.id }}">
    <h3><a href="/stories/{{ s.id|urlencode }}">{{ s.title or "(untitled story)" }}</a></h3>
    <p class="meta"><span class="mono">{{ s.id }}</span>{% if s.first_seen %} · seen {{ s.first_seen }}{% if s.last_seen and s.last_seen != s.first_seen %} – {{ s.last_seen }}{% endif %}{% endif %} · {{ s.documents|length }} document{{ "s" if s.documents|length != 1 else "" }}</p>
    {% if s.brief %}<p class="lead">{{ s.brief[0].text }}</p>{% endif %}
  </li>
{% endfor %}
</ol>
{{ pager(pager_info) }}
{% endblock %}
"""

_STORY = """{% extends "base.html" %}
{% from "macros.html" import cite_link, event_item, map_figure, map_scripts, entity_rows, conflict_cards, source_rows %}
{% from "figures.html" import timeline_figure %}
{% block main %}
{% set s = r.stories[0] %}
<article class="story-page" id="{{ s.anchor }}">
<h1>{{ s.title }}</h1>
<p class="meta"><span class="mono">{{ s.id }}</span>{% if s.topic %} · topic: {{ s.topic }}{% endif %}{% if s.first_seen or s.last_seen %} · seen {{ s.first_seen or "?" }}{% if s.last_seen and s.last_seen != s.first_seen %} – {{ s.last_seen }}{% endif %}{% endif %} · {{ s.documents|length }} document{{ "s" if s.documents|length != 1 else "" }} · <a href="/api/stories/{{ s.id|urlencode }}">JSON</a></p>
<nav class="toc" aria-label="Sections"><a href="#brief">Brief</a><a href="#timeline">Timeline</a><a href="#map">Map</a><a href="#events">Events</a><a href="#conflicts">Conflicts</a><a href="#entities">Entities</a><a href="#sources">Sources</a></nav>

<section id="brief" aria-labelledby="h-brief">
  <h2 id="h-brief">Brief</h2>
  {% if s.brief %}
  <ol class="brief">
    {% for sentence in s.brief %}
    <li>{{ sentence.text }}{% for c in sentence.cites %} {{ cite_link(c) }}{% endfor %}</li>
    {% endfor %}
  </ol>
  {% else %}<p class="empty">No brief.</p>{% endif %}
</section>

<section aria-labelledby="h-timeline">
  <h2 id="h-timeline">Timeline</h2>
  {% if r.events %}{{ timeline_figure(r.timeline) }}{% else %}<p class="empty" id="timeline">No events.</p>{% endif %}
</section>

<section id="map" aria-labelledby="h-map">
  <h2 id="h-map">Map</h2>
  {{ map_figure(r) }}
</section>

<section id="events" aria-labelledby="h-events">
  <h2 id="h-events">Events ({{ r.events|length }})</h2>
  {% if not r.events %}<p class="empty">No events.</p>{% endif %}
  <ol class="events">{% for e in r.events %}{{ event_item(e) }}{% endfor %}</ol>
  {% if r.plots %}
  <h3 class="subhead">Planned, denied or hypothetical ({{ r.plots|length }})</h3>
  <ol class="events plots">{% for e in r.plots %}{{ event_item(e) }}{% endfor %}</ol>
  {% endif %}
</section>

<section id="conflicts" aria-labelledby="h-conflicts">
  <h2 id="h-conflicts">Conflicts ({{ r.conflicts|length }})</h2>
  {% if not r.conflicts %}<p class="empty">No conflicts: the sources agree wherever they overlap, as far as newsfold can tell.</p>{% endif %}
  {{ conflict_cards(r.conflicts) }}
</section>

<section id="entities" aria-labelledby="h-entities">
  <h2 id="h-entities">Entities ({{ r.entities|length }})</h2>
  {% if r.entities %}{{ entity_rows(r.entities) }}{% else %}<p class="empty">No entities.</p>{% endif %}
</section>

<section id="sources" aria-labelledby="h-sources">
  <h2 id="h-sources">Sources ({{ r.sources|length }})</h2>
  {{ source_rows(r.sources) }}
</section>
</article>
{% endblock %}
{% block scripts %}{{ map_scripts(r) }}{% endblock %}
"""

_ENTITY = """{% extends "base.html" %}
{% from "macros.html" import event_item, map_figure, map_scripts, doc_href %}
{% from "figures.html" import timeline_figure %}
{% block main %}
<h1>{{ entity.name }} <span class="badge plain">{{ entity.type }}</span></h1>
<p class="meta"><span class="mono">{{ entity.id }}</span> · {{ entity.mentions }} mention{{ "s" if entity.mentions != 1 else "" }} in {{ entity.documents|length }} document{{ "s" if entity.documents|length != 1 else "" }} · <a href="/api/entities/{{ entity.id|urlencode }}">JSON</a></p>
<h2>Also written as</h2>
{% if aliases %}<ul class="aliases" id="aliases">{% for a in aliases %}<li>{{ a }}</li>{% endfor %}</ul>{% else %}<p class="empty">No other spelling seen.</p>{% endif %}
{% if entity.country or entity.lat is not none %}
<dl class="kv">
  {% if entity.country %}<dt>Country</dt><dd>{{ entity.country }}</dd>{% endif %}
  {% if entity.lat is not none and entity.lon is not none %}<dt>Coordinates</dt><dd>{{ "%.4f"|format(entity.lat) }}, {{ "%.4f"|format(entity.lon) }}{% if entity.within %} <span class="muted small">(the point of {{ entity.within }}, the town it is in)</span>{% endif %}</dd>{% endif %}
</dl>
{% endif %}
<section aria-labelledby="h-events">
  <h2 id="h-events">Events ({{ r.events|length + r.plots|length }})</h2>
  {% if r.events %}{{ timeline_figure(r.timeline) }}{% endif %}
  {% if not r.events and not r.plots %}<p class="empty">No event names {{ entity.name }} as a place, actor or target.</p>{% endif %}
  <ol class="events">{% for e in r.events %}{{ event_item(e) }}{% endfor %}</ol>
  {% if r.plots %}<h3 class="subhead">Planned, denied or hypothetical</h3><ol class="events plots">{% for e in r.plots %}{{ event_item(e) }}{% endfor %}</ol>{% endif %}
</section>
{% if r.places %}
<section id="map" aria-labelledby="h-map">
  <h2 id="h-map">Map</h2>
  {{ map_figure(r) }}
</section>
{% endif %}
<section aria-labelledby="h-docs">
  <h2 id="h-docs">Documents</h2>
  <ul class="doclist">
  {% for d in documents %}
    <li><a href="{{ doc_href(d.id) }}">{{ d.title or d.id }}</a>{% if d.outlet %} <span class="outlet">{{ d.outlet }}</span>{% endif %}{% if d.published %} <span class="muted">{{ d.published }}</span>{% endif %}{% if d.story %} · <a class="small" href="/stories/{{ d.story|urlencode }}">story</a>{% endif %}</li>
  {% endfor %}
  </ul>
</section>
{% endblock %}
{% block scripts %}{% if r.places %}{{ map_scripts(r) }}{% endif %}{% endblock %}
"""

_ENTITIES = """{% extends "base.html" %}
{% from "macros.html" import pager %}
{% block main %}
<h1>Entities</h1>
<form class="filters" method="get" action="/entities">
  <label>Name or alias<input type="search" name="q" value="{{ q or '' }}" maxlength="300"></label>
  <label>Type<select name="type"><option value="">any</option>{% for t in types %}<option value="{{ t }}"{% if t == type %} selected{% endif %}>{{ t }}</option>{% endfor %}</select></label>
  <button type="submit">Filter</button>
</form>
<p class="muted small">{{ page.total }} entit{{ "y" if page.total == 1 else "ies" }}.</p>
<table class="entities">
  <thead><tr><th>Name</th><th>Type</th><th>Aliases</th><th class="num">Documents</th><th class="num">Mentions</th><th>Country</th></tr></thead>
  <tbody>
  {% for e in entities %}
    <tr><td><a href="/entities/{{ e.id|urlencode }}"><strong>{{ e.name }}</strong></a></td><td><span class="badge plain">{{ e.type }}</span></td><td>{{ e.aliases|reject("equalto", e.name)|join(", ") }}</td><td class="num">{{ e.documents|length }}</td><td class="num">{{ e.mentions }}</td><td>{{ e.country or "" }}</td></tr>
  {% endfor %}
  </tbody>
</table>
{{ pager(pager_info) }}
{% endblock %}
"""

_EVENTS = """{% extends "base.html" %}
{% from "macros.html" import pager, event_item %}
{% block main %}
<h1>Events</h1>
<form class="filters" method="get" action="/events">
  <label>Type<select name="type"><option value="">any</option>{% for t in types %}<option value="{{ t }}"{% if t == f.type %} selected{% endif %}>{{ t }}</option>{% endfor %}</select></label>
  <label>Place<input type="text" name="place" value="{{ f.place or '' }}" maxlength="300"></label>
  <label>Country<input type="text" name="country" value="{{ f.country or '' }}" size="3" maxlength="2" placeholder="MA"></label>
  <label>From<input type="text" name="date_from" value="{{ f.date_from or '' }}" size="10" maxlength="10" placeholder="YYYY-MM-DD"></label>
  <label>To<input type="text" name="date_to" value="{{ f.date_to or '' }}" size="10" maxlength="10" placeholder="YYYY-MM-DD"></label>
  <button type="submit">Filter</button> <a href="/events">clear</a>
</form>
{% if problems %}<p class="note">Ignored: {{ problems|join("; ") }}</p>{% endif %}
<p class="muted small">{{ page.total }} event{{ "s" if page.total != 1 else "" }}.</p>
<ol class="events">{% for e in events %}{{ event_item(e) }}{% endfor %}</ol>
{{ pager(pager_info) }}
{% endblock %}
"""

_CONFLICTS = """{% extends "base.html" %}
{% from "macros.html" import pager, conflict_cards %}
{% block main %}
<h1>Conflicts</h1>
<p class="muted small">{{ page.total }} place{{ "s" if page.total != 1 else "" }} where the sources disagree: hard ones contradict, soft ones differ by time or scope.</p>
{{ conflict_cards(conflicts) }}
{{ pager(pager_info) }}
{% endblock %}
"""

_DOCUMENT = """{% extends "base.html" %}
{% block main %}
<h1>{{ doc.title }}</h1>
<p class="meta"><span class="mono">{{ doc.id }}</span>{% if doc.outlet %} · <span class="outlet">{{ doc.outlet }}</span>{% endif %}{% if doc.published %} · {{ doc.published }}{% endif %}{% if doc.story %} · <a href="/stories/{{ doc.story|urlencode }}">story</a>{% endif %}{% if doc.copy_of %} · near-copy of <a href="/documents/{{ doc.copy_of|urlencode }}">{{ doc.copy_of }}</a>{% endif %} · <a href="/api/documents/{{ doc.id|urlencode }}">JSON</a></p>
{% if url_is_link %}<p class="small url"><a href="{{ doc.url }}" rel="noopener noreferrer nofollow">{{ doc.url }}</a></p>{% elif doc.url %}<p class="small">{{ doc.url }}</p>{% endif %}
<p class="small muted">Highlighted: <mark class="k-event">event mentions</mark> · <mark class="k-conflict">quotes in conflicts</mark> · <mark class="k-brief">sentences in the story's brief</mark> ({{ doc.spans|length }} cited stretch{{ "es" if doc.spans|length != 1 else "" }}).</p>
<div class="doc-text" id="doc-text">{% for seg in segments %}{% if seg.kinds %}<mark class="{% for k in seg.kinds %}k-{{ k }} {% endfor %}" title="{{ seg.refs|join(', ') }}">{{ seg.text }}</mark>{% else %}{{ seg.text }}{% endif %}{% endfor %}</div>
{% endblock %}
"""

_SEARCH = """{% extends "base.html" %}
{% from "macros.html" import pager, doc_href %}
{% block main %}
<h1>Search</h1>
<form class="filters" method="get" action="/search">
  <label>Words in the articles<input type="search" name="q" value="{{ q or '' }}" maxlength="500" autofocus></label>
  <button type="submit">Search</button>
</form>
{% if q %}
<p class="muted">{{ page.total }} article{{ "s" if page.total != 1 else "" }} match <strong>{{ q }}</strong>{% if page.total %} · <a href="/?q={{ q|urlencode }}">their stories</a>{% endif %}.</p>
<ol class="hits">
{% for h in hits %}
  <li data-doc="{{ h.id }}"><a href="{{ doc_href(h.id) }}"><strong>{{ h.title }}</strong></a>{% if h.outlet %} <span class="outlet">{{ h.outlet }}</span>{% endif %}{% if h.published %} <span class="muted">{{ h.published }}</span>{% endif %}{% if h.story %} · <a class="small" href="/stories/{{ h.story|urlencode }}">story</a>{% endif %}
    <p class="snippet small">{% for text, hit in h.parts %}{% if hit %}<mark>{{ text }}</mark>{% else %}{{ text }}{% endif %}{% endfor %}</p></li>
{% endfor %}
</ol>
{{ pager(pager_info) }}
{% endif %}
{% endblock %}
"""

_API_DOCS = """{% extends "base.html" %}
{% block main %}
<h1>JSON API</h1>
<p>The machine-readable description is <a href="/openapi.json">/openapi.json</a> (OpenAPI {{ openapi_version }}). Lists take <code>limit</code> and <code>offset</code> and answer <code>{"total", "limit", "offset", "items"}</code>; every error is <code>{"ok": false, "error": {"code", "message"}, "status"}</code>.</p>
{% for op in operations %}
<article class="card">
  <h3><span class="badge plain">{{ op.method }}</span> <span class="mono">{{ op.path }}</span></h3>
  <p>{{ op.summary }}</p>
  {% if op.description %}<p class="small muted">{{ op.description }}</p>{% endif %}
  {% if op.params %}<p class="small">Parameters: {% for p in op.params %}<code>{{ p }}</code>{% if not loop.last %}, {% endif %}{% endfor %}</p>{% endif %}
</article>
{% endfor %}
{% endblock %}
"""

_ERROR = """{% extends "base.html" %}
{% block main %}
<div class="error-page">
<h1>{{ status_code }} · {{ message }}</h1>
<p class="muted">Error code <span class="code">{{ code }}</span>. <a href="/">Back to the stories</a>.</p>
</div>
{% endblock %}
"""

#: Every template by name, for a :class:`jinja2.DictLoader`.
TEMPLATES: dict[str, str] = {
    "base.html": _BASE,
    "macros.html": _MACROS,
    "stories.html": _STORIES,
    "story.html": _STORY,
    "entity.html": _ENTITY,
    "entities.html": _ENTITIES,
    "events.html": _EVENTS,
    "conflicts.html": _CONFLICTS,
    "document.html": _DOCUMENT,
    "search.html": _SEARCH,
    "api_docs.html": _API_DOCS,
    "error.html": _ERROR,
}

// papergraph explorer. Every label reaches the page through textContent or Cytoscape's canvas,
// never as HTML, so a label such as "<script>" shows as text.
(function () {
  'use strict';

  var CLASSES = { Paper: '#8c8c8c', Method: '#1f77b4', Task: '#ff7f0e', Dataset: '#2ca02c', Metric: '#d62728' };
  // How a link reads from the node shown: "uses method PLATO-2", "used by PLATO-2".
  var OUTGOING = { usesMethod: 'uses method ', addressesTask: 'addresses ', usesDataset: 'uses dataset ',
    usesMetric: 'reports ', proposes: 'proposes ', broader: 'is a kind of ' };
  var INCOMING = { usesMethod: 'used by ', addressesTask: 'addressed by ', usesDataset: 'used by ',
    usesMetric: 'reported by ', proposes: 'proposed by ', broader: 'narrower: ' };
  var explorer = { cy: null, constructCy: null, current: null };
  window.explorer = explorer;

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') { node.textContent = attrs[k]; }
      else if (k === 'className') { node.className = attrs[k]; }
      else if (k.indexOf('on') === 0) { node.addEventListener(k.substring(2), attrs[k]); }
      else { node.setAttribute(k, attrs[k]); }
    });
    (children || []).forEach(function (c) { node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return node;
  }

  function badge(nodeClass, colour) {
    var b = el('span', { className: 'badge', text: nodeClass });
    b.style.background = colour || CLASSES[nodeClass] || '#9467bd';
    return b;
  }

  function getJson(url) {
    return fetch(url, { headers: { Accept: 'application/json' } }).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) { throw new Error(body.error || r.statusText); }
        return body;
      });
    });
  }

  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }

  var graphStyle = [
    { selector: 'node', style: {
      'background-color': 'data(color)', 'label': 'data(label)', 'font-size': 11, 'color': '#222',
      'text-wrap': 'ellipsis', 'text-max-width': '140px', 'text-valign': 'bottom', 'text-margin-y': 3,
      'width': 'mapData(papers, 1, 30, 16, 48)', 'height': 'mapData(papers, 1, 30, 16, 48)',
      'text-background-color': '#fff', 'text-background-opacity': 0.7, 'text-background-padding': '1px' } },
    { selector: 'node.centre', style: { 'border-width': 4, 'border-color': '#20303f', 'font-weight': 'bold', 'font-size': 13 } },
    { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#ffbf00' } },
    { selector: 'edge', style: {
      'width': 'mapData(weight, 1, 10, 1, 6)', 'line-color': '#b7c0c8', 'target-arrow-color': '#b7c0c8',
      'target-arrow-shape': 'triangle', 'curve-style': 'bezier', 'label': 'data(relation)', 'font-size': 9,
      'color': '#667', 'text-rotation': 'autorotate' } }
  ];

  function legend() {
    var box = document.getElementById('legend');
    Object.keys(CLASSES).forEach(function (c) { box.appendChild(badge(c)); box.appendChild(document.createTextNode(' ')); });
  }

  // Search ---------------------------------------------------------------------------------------
  var searchBox = document.getElementById('search');
  var hitList = document.getElementById('hits');
  var searchTimer = null;
  var searchSerial = 0;

  function search(text) {
    var serial = ++searchSerial;
    if (!text.trim()) { clear(hitList); return Promise.resolve(); }
    return getJson('api/search?q=' + encodeURIComponent(text)).then(function (hits) {
      if (serial !== searchSerial) { return; }
      clear(hitList);
      hits.forEach(function (hit) {
        var item = el('li', { role: 'option', 'data-id': hit.id, onclick: function () { choose(hit.id); } }, [
          badge(hit.nodeClass, hit.color), el('span', { className: 'label', text: hit.label }),
          hit.matched !== hit.label ? el('span', { className: 'alias', text: '(' + hit.matched + ')' }) : '',
          el('span', { className: 'count', text: hit.papers + (hit.papers === 1 ? ' paper' : ' papers') })
        ]);
        hitList.appendChild(item);
      });
      if (!hits.length) { hitList.appendChild(el('li', { className: 'hint', text: 'No match' })); }
    });
  }

  function choose(id) {
    clear(hitList);
    showGraph(id);
    showDetails(id);
  }

  searchBox.addEventListener('input', function () {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(function () { search(searchBox.value); }, 120);
  });
  searchBox.addEventListener('keydown', function (e) {
    if (e.key === 'Enter') {
      clearTimeout(searchTimer);
      search(searchBox.value).then(function () {
        var first = hitList.querySelector('li[data-id]');
        if (first) { choose(first.getAttribute('data-id')); }
      });
    } else if (e.key === 'Escape') { clear(hitList); }
  });

  // Neighbourhood graph --------------------------------------------------------------------------
  function showGraph(id) {
    return getJson('api/graph?id=' + encodeURIComponent(id) + '&depth=1').then(function (g) {
      document.getElementById('graph-hint').hidden = true;
      if (explorer.cy) { explorer.cy.destroy(); }
      explorer.cy = cytoscape({
        container: document.getElementById('graph'),
        elements: { nodes: g.nodes, edges: g.edges },
        style: graphStyle,
        // Rings around the chosen node: deterministic, and a neighbourhood reads as a star.
        layout: { name: 'concentric', animate: false, minNodeSpacing: 28, padding: 40,
          concentric: function (n) { return n.id() === g.centre ? 2 : 1; }, levelWidth: function () { return 1; } },
        wheelSensitivity: 0.3
      });
      explorer.cy.getElementById(g.centre).addClass('centre');
      explorer.cy.on('tap', 'node', function (evt) { showDetails(evt.target.id()); });
      explorer.cy.on('dbltap', 'node', function (evt) { showGraph(evt.target.id()); });
      document.getElementById('graph').setAttribute('data-nodes', String(g.nodes.length));
    });
  }

  // Details: the node's links and the evidence behind them ----------------------------------------
  function neighbourList(id) {
    var list = el('ul', { className: 'neighbours' });
    if (!explorer.cy) { return list; }
    var node = explorer.cy.getElementById(id);
    if (node.empty()) { return list; }
    node.connectedEdges().forEach(function (edge) {
      var outgoing = edge.source().id() === id;
      var other = outgoing ? edge.target() : edge.source();
      var phrase = (outgoing ? OUTGOING : INCOMING)[edge.data('relation')] || edge.data('relation');
      list.appendChild(el('li', {}, [
        phrase, badge(other.data('class'), other.data('color')), ' ',
        el('button', { type: 'button', text: other.data('label'), onclick: function () { showDetails(other.id()); } }),
        el('span', { className: 'hint', text: ' (' + edge.data('weight') + (edge.data('weight') === 1 ? ' paper)' : ' papers)') })
      ]));
    });
    return list;
  }

  function sentence(s) {
    return el('li', {}, [
      el('div', { className: 'statement', text: s.subject + ' \u2014 ' + s.relation + ' \u2192 ' + s.object +
        (s.confidence != null ? '  (confidence ' + s.confidence + ', ' + s.section + ')' : '') }),
      el('p', { className: 'sentence' }, [s.before, el('mark', { text: s.mention }), s.after])
    ]);
  }

  function showDetails(id) {
    var panel = document.getElementById('details');
    return getJson('api/node?id=' + encodeURIComponent(id)).then(function (d) {
      clear(panel);
      explorer.current = d;
      panel.appendChild(el('h2', { text: d.label }));
      panel.appendChild(el('div', {}, [badge(d.nodeClass, d.color), ' ',
        el('span', { className: 'hint', text: d.nodeClass === 'Paper' ? '' : 'mentioned in ' + d.papers + (d.papers === 1 ? ' paper' : ' papers') }),
        ' ', el('button', { type: 'button', text: 'Centre graph here', onclick: function () { showGraph(d.id); } })]));
      panel.appendChild(el('h3', { text: 'Links' }));
      panel.appendChild(neighbourList(d.id));
      panel.appendChild(el('h3', { text: 'Papers and evidence (' + d.evidence.length + ')' }));
      d.evidence.forEach(function (paper, i) {
        var box = el('details', { className: 'paper' }, [
          el('summary', { text: paper.title + ' (' + paper.sentences.length + (paper.sentences.length === 1 ? ' sentence)' : ' sentences)') }),
          el('ul', { className: 'evidence' }, paper.sentences.map(sentence))
        ]);
        if (i === 0 && d.evidence.length === 1) { box.open = true; }
        panel.appendChild(box);
      });
      if (explorer.cy) {
        explorer.cy.nodes().unselect();
        explorer.cy.getElementById(id).select();
      }
    }).catch(function (e) { clear(panel); panel.appendChild(el('p', { className: 'error', text: e.message })); });
  }

  // SPARQL box ---------------------------------------------------------------------------------
  var examples = [];
  var exampleSelect = document.getElementById('examples');
  var queryBox = document.getElementById('query');
  var paramBox = document.getElementById('params');

  function loadExample(i) {
    var ex = examples[i];
    queryBox.value = ex.text;
    document.getElementById('example-description').textContent = ex.description;
    clear(paramBox);
    ex.parameters.forEach(function (p) {
      paramBox.appendChild(el('label', { 'for': 'param-' + p, text: '?' + p }));
      paramBox.appendChild(el('input', { id: 'param-' + p, name: 'param.' + p, type: 'text',
        value: /method/.test(p) ? 'curriculum learning' : (/task/.test(p) ? 'machine translation' : '') }));
    });
  }

  function runQuery() {
    var form = new URLSearchParams();
    form.set('query', queryBox.value);
    paramBox.querySelectorAll('input').forEach(function (input) { form.set(input.name, input.value); });
    var status = document.getElementById('status');
    var results = document.getElementById('results');
    var graphBox = document.getElementById('construct-graph');
    status.textContent = 'running\u2026';
    var started = Date.now();
    fetch('api/run', { method: 'POST', body: form, headers: { Accept: 'application/sparql-results+json, application/json' } })
      .then(function (r) {
        var type = r.headers.get('Content-Type') || '';
        return r.json().then(function (body) { return { ok: r.ok, type: type, body: body }; });
      })
      .then(function (res) {
        clear(results);
        if (!res.ok) { throw new Error(res.body.error || 'query failed'); }
        var took = ((Date.now() - started) / 1000).toFixed(2) + ' s';
        if (res.type.indexOf('sparql-results') >= 0) {
          graphBox.hidden = true;
          if (typeof res.body.boolean === 'boolean') {
            results.appendChild(el('p', { text: res.body.boolean ? 'yes' : 'no' }));
            status.textContent = took;
            return;
          }
          var vars = res.body.head.vars;
          var rows = res.body.results.bindings;
          var table = el('table', {}, [el('thead', {}, [el('tr', {}, vars.map(function (v) { return el('th', { text: v }); }))])]);
          var body = el('tbody');
          rows.forEach(function (row) {
            body.appendChild(el('tr', {}, vars.map(function (v) { return el('td', { text: row[v] ? row[v].value : '' }); })));
          });
          table.appendChild(body);
          results.appendChild(table);
          status.textContent = rows.length + (rows.length === 1 ? ' row, ' : ' rows, ') + took;
        } else {
          graphBox.hidden = false;
          if (explorer.constructCy) { explorer.constructCy.destroy(); }
          explorer.constructCy = cytoscape({ container: graphBox, elements: { nodes: res.body.nodes, edges: res.body.edges },
            style: graphStyle, layout: { name: 'cose', animate: false } });
          status.textContent = res.body.triples + ' triples' + (res.body.edges.length < res.body.triples ? ' (first ' + res.body.edges.length + ' drawn)' : '') + ', ' + took;
        }
      })
      .catch(function (e) { status.textContent = ''; clear(results); results.appendChild(el('p', { className: 'error', text: e.message })); });
  }

  document.getElementById('run').addEventListener('click', runQuery);
  exampleSelect.addEventListener('change', function () { loadExample(exampleSelect.selectedIndex); });
  document.getElementById('endpoint').textContent = new URL('papergraph/sparql', document.baseURI).href;

  getJson('api/queries').then(function (list) {
    examples = list;
    list.forEach(function (ex, i) { exampleSelect.appendChild(el('option', { value: String(i), text: ex.name })); });
    if (list.length) { loadExample(0); }
  });
  legend();

  var start = new URLSearchParams(location.search).get('q');
  if (start) {
    searchBox.value = start;
    search(start).then(function () {
      var first = hitList.querySelector('li[data-id]');
      if (first) { choose(first.getAttribute('data-id')); }
    });
  }
})();

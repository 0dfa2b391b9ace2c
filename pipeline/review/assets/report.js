"use strict";
// The review page. Every piece of data goes into the page through
// textContent or createElement, never as markup, so article text is inert.
(function () {
  const data = JSON.parse(document.getElementById("review-data").textContent);
  const events = data.events;
  const byId = (id) => document.getElementById(id);
  const tbody = document.querySelector("#events tbody");
  const filters = {
    doc: byId("f-doc"), type: byId("f-type"), actor: byId("f-actor"),
    partner: byId("f-partner"), modality: byId("f-modality"),
    confidence: byId("f-confidence"), mark: byId("f-mark"),
  };
  let sortKey = null;
  let sortDir = 1;

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  function fillSelect(select, values) {
    for (const value of [...new Set(values)].filter((v) => v !== "").sort()) {
      const option = el("option", value);
      option.value = value;
      select.appendChild(option);
    }
  }

  function party(name, code) {
    return code ? name + " (" + code + ")" : name;
  }

  const markLabel = { right: "juste", wrong: "faux", "": "" };

  function buildRows() {
    events.forEach((event, index) => {
      const row = el("tr");
      row.dataset.index = String(index);
      if (event.mark) row.classList.add(event.mark);
      const link = el("a", event.doc_id);
      link.href = "#article";
      const docCell = el("td");
      docCell.appendChild(link);
      row.appendChild(docCell);
      row.appendChild(el("td", party(event.actor, event.actor_code), "actor"));
      row.appendChild(el("td", event.event_type, "type"));
      row.appendChild(el("td", event.action));
      row.appendChild(el("td", party(event.partner, event.partner_code), "partner"));
      row.appendChild(el("td", event.date));
      row.appendChild(el("td", event.modality));
      row.appendChild(el("td", event.confidence.toFixed(2)));
      const mark = markLabel[event.mark] || "";
      row.appendChild(el("td", event.mark === "right" && !event.date_right ? mark + " (date ≠)" : mark,
                         "mark gold-only"));
      row.addEventListener("click", (e) => { e.preventDefault(); showEvent(index, row); });
      event.row = row;
    });
  }

  function contains(haystack, needle) {
    return haystack.toLowerCase().includes(needle.trim().toLowerCase());
  }

  function visible(event) {
    const f = filters;
    return (!f.doc.value || event.doc_id === f.doc.value)
      && (!f.type.value || event.event_type === f.type.value)
      && (!f.modality.value || event.modality === f.modality.value)
      && (!f.mark.value || event.mark === f.mark.value)
      && contains(party(event.actor, event.actor_code), f.actor.value)
      && contains(party(event.partner, event.partner_code), f.partner.value)
      && event.confidence >= (parseFloat(f.confidence.value) || 0);
  }

  function compare(a, b) {
    if (sortKey === null) return a.order - b.order;
    const x = a[sortKey];
    const y = b[sortKey];
    if (typeof x === "number" && typeof y === "number") return (x - y) * sortDir;
    return String(x).localeCompare(String(y), "fr") * sortDir || a.order - b.order;
  }

  function render() {
    const shown = events.filter(visible).sort(compare);
    tbody.replaceChildren(...shown.map((event) => event.row));
    byId("count").textContent = shown.length + " / " + events.length + " événements";
  }

  function showArticle(docId, start16, end16, pieces, heading) {
    const article = data.articles[docId];
    const section = byId("article");
    const body = byId("article-text");
    section.hidden = false;
    byId("article-title").textContent = heading;
    const meta = article
      ? [docId, article.doc_date && "daté du " + article.doc_date, article.source,
         article.encoding && article.encoding !== "utf-8" && "encodage " + article.encoding]
      : [docId, "texte de l'article introuvable"];
    byId("article-meta").textContent = meta.filter(Boolean).join(" · ");
    body.replaceChildren();
    const text = article ? article.text : "";
    if (!text || start16 < 0) {
      body.appendChild(el("span", text));
      if (!text && pieces.length) body.appendChild(sentence(pieces));
      return null;
    }
    const inner = sentence(pieces.length ? pieces : [[text.slice(start16, end16), ""]]);
    body.append(document.createTextNode(text.slice(0, start16)), inner,
                document.createTextNode(text.slice(end16)));
    return inner;
  }

  function sentence(pieces) {
    const span = el("span", null, "sentence");
    for (const [piece, kind] of pieces) {
      span.appendChild(kind ? el("mark", piece, kind) : document.createTextNode(piece));
    }
    return span;
  }

  function showEvent(index, row) {
    const event = events[index];
    for (const selected of document.querySelectorAll("tr.selected")) selected.classList.remove("selected");
    row.classList.add("selected");
    const heading = party(event.actor, event.actor_code) + " — " + event.event_type + " — "
      + party(event.partner, event.partner_code);
    const inner = showArticle(event.doc_id, event.start16, event.end16, event.segments, heading);
    (inner || byId("article")).scrollIntoView({ block: "center" });
  }

  function buildMissed() {
    if (!data.has_gold) return;
    document.body.classList.add("has-gold");
    byId("f-mark-label").hidden = false;
    byId("missed-section").hidden = false;
    const missedBody = document.querySelector("#missed tbody");
    for (const gold of data.missed) {
      const row = el("tr");
      for (const value of [gold.doc_id, party(gold.actor, gold.actor_code), gold.event_type,
                           party(gold.partner, gold.partner_code), gold.date, gold.modality]) {
        row.appendChild(el("td", value));
      }
      row.addEventListener("click", () => {
        const inner = showArticle(gold.doc_id, gold.start16, gold.end16, [],
                                  "Manqué : " + gold.actor + " — " + gold.event_type + " — " + gold.partner);
        (inner || byId("article")).scrollIntoView({ block: "center" });
      });
      missedBody.appendChild(row);
    }
  }

  events.forEach((event, index) => { event.order = index; });
  fillSelect(filters.doc, events.map((e) => e.doc_id));
  fillSelect(filters.type, events.map((e) => e.event_type));
  fillSelect(filters.modality, events.map((e) => e.modality));
  buildRows();
  buildMissed();
  for (const input of Object.values(filters)) input.addEventListener("input", render);
  for (const th of document.querySelectorAll("#events th[data-key]")) {
    th.addEventListener("click", () => {
      const key = th.dataset.key;
      sortDir = sortKey === key ? -sortDir : 1;
      sortKey = key;
      for (const other of document.querySelectorAll("#events th")) other.removeAttribute("aria-sort");
      th.setAttribute("aria-sort", sortDir > 0 ? "ascending" : "descending");
      render();
    });
  }
  render();
}());

// orgrules serve: the page. Plain JS, no library, nothing fetched but this server's own /v1 API.
// Every text from the data goes in with textContent or as a text node, never parsed as markup, so a name cannot inject any.
"use strict";

const PAGE = 200;           // children fetched per expand ("more" fetches the next page)
const SEARCH_LIMIT = 20;

// ------------------------------------------------------------------ the API

async function api(path, options) {
  const headers = Object.assign({ "Accept": "application/json" }, (options && options.headers) || {});
  const token = sessionStorage.getItem("orgrules-token");
  if (token) headers["Authorization"] = "Bearer " + token;
  const res = await fetch(path, Object.assign({}, options, { headers }));
  let body = null;
  try { body = await res.json(); } catch (e) { body = null; }
  if (res.status === 401 && !(options && options.retried)) {
    const t = prompt("此服务需要令牌 This server needs a token:");
    if (t) {
      sessionStorage.setItem("orgrules-token", t.trim());
      return api(path, Object.assign({}, options, { retried: true }));
    }
  }
  if (!res.ok) {
    const err = new Error(body && body.error ? body.error.message : "HTTP " + res.status);
    err.code = body && body.error ? body.error.code : "http_" + res.status;
    throw err;
  }
  return body;
}

const q = (params) => "?" + Object.entries(params).filter(([, v]) => v !== undefined && v !== null)
  .map(([k, v]) => encodeURIComponent(k) + "=" + encodeURIComponent(v)).join("&");

// ------------------------------------------------------------------ small DOM helpers

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") e.className = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) e.append(c instanceof Node ? c : String(c));
  return e;
}

function personLink(id, label) {
  return el("a", { class: "person", href: "#person=" + encodeURIComponent(id), "data-id": id,
    onclick: (ev) => { ev.preventDefault(); showTab("chart"); openPerson(id); } }, label || id);
}

const SHOWN = 50;           // people shown in one list of a card; "all" shows the rest
function links(ids) {
  if (!ids || ids.length === 0) return el("span", { class: "muted" }, "无 none");
  const span = el("span");
  const show = (upTo) => {
    span.replaceChildren();
    ids.slice(0, upTo).forEach((id, i) => { if (i) span.append(", "); span.append(personLink(id)); });
    if (ids.length > upTo) {
      span.append(" ", el("button", { class: "more", onclick: () => show(ids.length) }, "全部 all " + ids.length));
    }
  };
  show(SHOWN);
  return span;
}

function failure(e) { return el("p", { class: "error", "data-code": e.code || "" }, e.message); }

// ------------------------------------------------------------------ tabs

const loaded = {};
function showTab(name) {
  document.querySelectorAll("nav button").forEach(b => b.classList.toggle("on", b.dataset.tab === name));
  document.querySelectorAll(".tab").forEach(t => t.classList.toggle("on", t.id === "tab-" + name));
  if (!loaded[name] && LOADERS[name]) { loaded[name] = true; LOADERS[name](); }
}
document.querySelectorAll("nav button").forEach(b => b.addEventListener("click", () => showTab(b.dataset.tab)));

// ------------------------------------------------------------------ the org chart, lazily

function brief(p) {
  return [personLink(p.id, p.name && p.name !== p.id ? p.name + " (" + p.id + ")" : p.id), " ",
    el("span", { class: "title" }, p.title || "")];
}

function treeNode(p) {
  const li = el("li", { "data-id": p.id });
  const toggle = el("button", { class: "toggle", title: p.reports ? p.reports + " 下属 reports" : "无下属 no reports" },
    p.reports ? "▸" : "·");
  if (!p.reports) toggle.disabled = true;
  const kids = el("ul", { hidden: "" });
  let fetched = false;
  toggle.addEventListener("click", async () => {
    const open = kids.hasAttribute("hidden");
    if (open && !fetched) { fetched = true; await loadChildren(p.id, kids, 0); }
    kids.toggleAttribute("hidden", !open);
    toggle.textContent = open ? "▾" : "▸";
  });
  li.append(el("div", { class: "node" }, toggle, brief(p),
    p.reports ? el("span", { class: "muted" }, " · " + p.reports) : null), kids);
  return li;
}

async function loadChildren(id, ul, offset) {
  try {
    const page = await api("/v1/people/" + encodeURIComponent(id) + "/reports" + q({ offset, limit: PAGE }));
    page.children.forEach(c => ul.append(treeNode(c)));
    more(ul, page, (next) => loadChildren(id, ul, next));
  } catch (e) { ul.append(el("li", {}, failure(e))); }
}

function more(ul, page, next) {
  const shown = page.offset + (page.children || page.roots).length;
  if (shown < page.total) {
    const b = el("button", { class: "more" }, "更多 more (" + (page.total - shown) + ")");
    b.addEventListener("click", () => { b.remove(); next(shown); });
    ul.append(el("li", {}, b));
  }
}

async function loadTop(offset) {
  const ul = document.getElementById("tree");
  try {
    const page = await api("/v1/org/top" + q({ offset: offset || 0, limit: PAGE }));
    page.roots.forEach(p => ul.append(treeNode(p)));
    more(ul, Object.assign({ children: page.roots }, page), loadTop);
  } catch (e) { ul.append(el("li", {}, failure(e))); }
}

let searchTimer = null, searchSeq = 0;
async function search(text) {
  const ul = document.getElementById("results");
  const seq = ++searchSeq;
  if (!text.trim()) { ul.replaceChildren(); return; }
  try {
    const r = await api("/v1/people" + q({ q: text, limit: SEARCH_LIMIT }));
    if (seq !== searchSeq) return;
    ul.replaceChildren(...r.people.map(p => el("li", { class: "hit" }, brief(p))));
    if (r.people.length === 0) ul.append(el("li", { class: "muted" }, "无结果 no one found"));
    if (r.more) ul.append(el("li", { class: "muted" }, "只显示前 " + SEARCH_LIMIT + " 个 first " + SEARCH_LIMIT + " shown: type more"));
  } catch (e) { ul.replaceChildren(el("li", {}, failure(e))); }
}
document.getElementById("search").addEventListener("input", (ev) => {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(() => search(ev.target.value), 200);
});

function violationItems(vs) {
  return vs.map(v => el("li", { class: "violation" },
    el("span", { class: "sev-" + v.severity }, v.severity === "ERROR" ? "错误 ERROR" : "警告 WARNING"), " ",
    v.message, " ", el("span", { class: "muted" }, "— " + v.rule + (v.source ? " [" + v.source + "]" : "")),
    v.people && v.people.length ? el("div", {}, "涉及 people: ", links(v.people)) : null));
}

async function openPerson(id) {
  const box = document.getElementById("person");
  box.replaceChildren(el("p", { class: "muted" }, "加载中 Loading " + id + "…"));
  const a = q({ a: id });
  try {
    const [p, chain, team, peers] = await Promise.all([api("/v1/people/" + encodeURIComponent(id)),
      api("/v1/chain" + a), api("/v1/team" + a), api("/v1/peers" + a)]);
    const r = p.reading;
    box.replaceChildren(el("div", { class: "card", "data-id": p.id },
      el("h2", {}, (p.name || p.id) + " ", el("span", { class: "muted" }, p.id)),
      el("dl", {},
        el("dt", {}, "职位 Title"), el("dd", {}, p.title || "—"),
        el("dt", {}, "解读 Read as"), el("dd", {}, r.rank ? r.rank + " (level " + r.level + ")" : "—",
          r.function ? " · " + r.function : "", r.unit ? " · " + r.unit : "", " ",
          el("span", { class: r.confidence }, r.confidence), r.doubts && r.doubts.length ? el("div", { class: "muted" }, r.doubts.join("; ")) : null),
        el("dt", {}, "部门 Department"), el("dd", {}, p.department || "—"),
        el("dt", {}, "公司 Company"), el("dd", {}, p.company || "—"),
        el("dt", {}, "上级链 Chain"), el("dd", { class: "chain" }, links(chain.chain), chain.cycle ? " (循环 cycle)" : ""),
        el("dt", {}, "团队 Team"), el("dd", { class: "team" }, links(team.reports)),
        el("dt", {}, "平级 Peers"), el("dd", { class: "peers" }, links(peers.peers))),
      el("h3", {}, "违规 Violations (" + p.violations.length + ")"),
      p.violations.length ? el("ul", {}, violationItems(p.violations)) : el("p", { class: "muted" }, "无 none")));
  } catch (e) { box.replaceChildren(failure(e)); }
}

// ------------------------------------------------------------------ ask

function tree(x) {
  return el("div", { class: "why" },
    el("h3", {}, "为什么 Why ", el("span", { class: "muted" }, x.query)),
    el("ul", { class: "why" }, x.steps.map(s => el("li", {},
      el("strong", {}, s.rule), s.source ? " [" + s.source + "]" : "", " ", el("span", { class: "loc" }, s.location || ""),
      s.statement ? el("div", {}, s.statement.id + ": " + s.statement.english,
        s.statement.chinese ? el("div", { class: "muted" }, s.statement.chinese) : null) : null,
      el("ul", {}, s.because.map(b => el("li", {}, b.text,
        b.facts && b.facts.length ? el("span", { class: "loc" }, " ← " + b.facts.join(", ")) : null)))))));
}

async function ask(question) {
  const box = document.getElementById("answer");
  document.getElementById("question").value = question;
  box.replaceChildren(el("p", { class: "muted" }, "思考中 Thinking…"));
  try {
    const [answer, why] = await Promise.all([api("/v1/ask" + q({ q: question })), api("/v1/explain/ask" + q({ q: question }))]);
    box.replaceChildren(el("div", { class: "answer", id: "answer-text" }, answer.text || why.answer), tree(why));
  } catch (e) { box.replaceChildren(failure(e)); }
}
document.getElementById("ask-form").addEventListener("submit", (ev) => {
  ev.preventDefault();
  const v = document.getElementById("question").value.trim();
  if (v) ask(v);
});
document.querySelectorAll("a.example").forEach(a => a.addEventListener("click", (ev) => { ev.preventDefault(); ask(a.textContent); }));

// ------------------------------------------------------------------ violations, titles, status

async function loadViolations() {
  const box = document.getElementById("violations");
  try {
    const r = await api("/v1/check");
    const errors = r.violations.filter(v => v.severity === "ERROR").length;
    box.replaceChildren(el("p", {}, errors + " 错误 errors, " + (r.violations.length - errors) + " 警告 warnings"),
      el("ul", { id: "violation-list" }, violationItems(r.violations)));
  } catch (e) { box.replaceChildren(failure(e)); }
}

let titleRows = [];
async function loadTitles() {
  const box = document.getElementById("titles");
  try {
    const r = await api("/v1/titles");
    titleRows = r.titles;
    renderTitles("");
  } catch (e) { box.replaceChildren(failure(e)); }
}
function renderTitles(filter) {
  const f = filter.trim().toLowerCase();
  const rows = titleRows.filter(t => !f || [t.title, t.department, t.rank, t.function, t.confidence].join(" ").toLowerCase().includes(f));
  document.getElementById("titles").replaceChildren(el("p", { class: "muted" }, rows.length + " / " + titleRows.length),
    el("table", {}, el("thead", {}, el("tr", {}, ["职位 Title", "部门 Department", "人数 People", "级别 Rank", "职能 Function",
      "单位 Unit", "把握 Confidence", "疑点 Doubts"].map(h => el("th", {}, h)))),
    el("tbody", {}, rows.slice(0, 1000).map(t => el("tr", {}, el("td", {}, t.title), el("td", {}, t.department || ""),
      el("td", {}, links(t.ids), t.people > t.ids.length ? " …" + t.people : ""),
      el("td", {}, t.rank ? t.rank + " (" + t.level + ")" : "—"), el("td", {}, t.function || ""), el("td", {}, t.unit || ""),
      el("td", { class: t.confidence }, t.confidence), el("td", { class: "muted" }, (t.doubts || []).join("; ")))))));
}
document.getElementById("title-filter").addEventListener("input", (ev) => renderTitles(ev.target.value));

async function loadStatus() {
  const box = document.getElementById("status");
  try {
    const s = await api("/v1/status");
    const last = s.lastReload;
    box.replaceChildren(el("dl", {},
      el("dt", {}, "版本 Version"), el("dd", {}, s.version + " (" + s.loaded + ")"),
      el("dt", {}, "人数 People"), el("dd", {}, s.people),
      el("dt", {}, "规则 Rules"), el("dd", {}, s.rules + " · " + (s.rulesFolder || "bundled")),
      el("dt", {}, "事实 Facts"), el("dd", {}, s.facts + (s.watching ? " · 监视中 watching" : "")),
      el("dt", {}, "重载 Reloads"), el("dd", {}, s.reloads.ok + " ok, " + s.reloads.failed + " failed"),
      el("dt", {}, "上次重载 Last reload"), el("dd", {}, last ? (last.reloaded ? "ok" : "拒绝 refused, the previous version answers") : "—",
        last && last.problems.length ? el("ul", {}, last.problems.map(p => el("li", { class: "error" }, p.text))) : null),
      el("dt", {}, "读取问题 Load problems"), el("dd", {}, String(s.loadProblemCount),
        el("ul", {}, s.loadProblems.map(p => el("li", {}, p.text))))));
    document.getElementById("version").textContent = "v" + s.version + " · " + s.people + " 人 people";
  } catch (e) { box.replaceChildren(failure(e)); }
}

const LOADERS = { chart: () => loadTop(0), violations: loadViolations, titles: loadTitles, status: loadStatus };

// ------------------------------------------------------------------ start: #search=…&ask=…&person=…&tab=… as typed

(function start() {
  const h = new URLSearchParams(location.hash.replace(/^#/, ""));
  showTab("chart");
  loadStatus();
  if (h.get("search")) { document.getElementById("search").value = h.get("search"); search(h.get("search")); }
  if (h.get("person")) openPerson(h.get("person"));
  if (h.get("ask")) ask(h.get("ask"));
  if (h.get("violations") !== null || h.get("all") !== null) { loaded.violations = true; loadViolations(); }
  if (h.get("all") !== null) { loaded.titles = true; loadTitles(); }
  if (h.get("tab")) showTab(h.get("tab"));
})();

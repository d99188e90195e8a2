// The explode explorer: asks this instance's explode API with the agent's own credential and draws the answer.
// Every value from the answer is put on the page as text (textContent), never as HTML: a bill's note or an item
// code is the customer's data, not markup.
"use strict";
(function () {
  const EXPLODE = "/v2/pointsLedger/getLedgerExplodeInfo";
  const TOKEN = "/v3/oauth/token/generate";
  const KINDS = ["regular", "promo", "promised"];
  const SOURCE_VALUES_NOT_CAPTURED = 11019;
  const form = document.getElementById("ask");
  const status = document.getElementById("status");
  const events = document.getElementById("events");
  let token = null;
  let tokenFor = null;

  form.addEventListener("change", function () {
    document.getElementById("secret-label").textContent =
      mode() === "till" ? "Password (hex MD5)" : "Secret";
  });
  form.addEventListener("submit", function (submitted) {
    submitted.preventDefault();
    explode().catch(function (failure) { say("The request failed: " + failure.message, true); });
  });

  function mode() { return form.querySelector("input[name=mode]:checked").value; }
  function value(id) { return document.getElementById(id).value.trim(); }

  function say(text, problem) {
    status.textContent = text;
    status.className = problem ? "problem" : "";
  }

  function base64(text) {
    let binary = "";
    new TextEncoder().encode(text).forEach(function (b) { binary += String.fromCharCode(b); });
    return btoa(binary);
  }

  // X-Requested-With tells the service that this page handles a 401 itself (no browser sign-in dialog).
  async function credentialHeaders(fresh) {
    const user = value("user");
    const secret = document.getElementById("secret").value;
    if (mode() === "till") {
      return { "Authorization": "Basic " + base64(user + ":" + secret), "X-Requested-With": "XMLHttpRequest" };
    }
    if (fresh || token === null || tokenFor !== user + "\u0000" + secret) {
      const minted = await fetch(TOKEN, {
        method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ key: user, secret: secret })
      });
      const answer = await minted.json();
      if (!minted.ok || !answer.data) {
        throw new Error("the key and secret were refused (" + minted.status + ")");
      }
      token = answer.data.accessToken;
      tokenFor = user + "\u0000" + secret;
    }
    return { "X-CAP-API-OAUTH-TOKEN": token, "X-Requested-With": "XMLHttpRequest" };
  }

  async function explode() {
    const query = new URLSearchParams({
      identifierName: value("identifierName"), identifierValue: value("identifierValue"), source: value("source"),
      getBillDetails: "true", getPointsEarnedBreakup: "true"
    });
    if (value("eventIds")) {
      query.set("eventIds", value("eventIds"));
    } else if (value("billNumber")) {
      query.set("eventName", "TransactionAdd");
      query.set("eventReferenceIds", value("billNumber"));
    } else {
      say("Give event ids, or a bill number.", true);
      return;
    }
    say("Asking ...", false);
    events.replaceChildren();
    let answered = await ask(query);
    let note = "";
    if (answered.problems.some(function (p) { return p.code === SOURCE_VALUES_NOT_CAPTURED; })) {
      // The breakup (categories, strategies) needs source values, which this org does not keep: ask without it.
      query.delete("getPointsEarnedBreakup");
      answered = await ask(query);
      note = " This org does not capture source values: points are shown by program, without category or strategy.";
    }
    const response = answered.response;
    const answer = answered.answer;
    if (!response.ok || answered.problems.length) {
      say(answered.problems.map(function (e) { return e.code + ": " + e.message; }).join("; ")
        || "Answered " + response.status, true);
      return;
    }
    const warnings = (answer.warnings || []).map(function (w) { return w.code + ": " + w.message; });
    say(answer.events.length + " event(s)" + (warnings.length ? ". Warnings: " + warnings.join("; ") : ".") + note, false);
    answer.events.forEach(function (event) { events.appendChild(drawEvent(event)); });
  }

  async function ask(query) {
    let response = await fetch(EXPLODE + "?" + query, { headers: await credentialHeaders(false) });
    if (response.status === 401 && mode() === "client") {
      response = await fetch(EXPLODE + "?" + query, { headers: await credentialHeaders(true) });
    }
    const answer = await response.json();
    return { response: response, answer: answer, problems: answer.errors || [] };
  }

  // The entries of one breakup ({regular: [...], promised: [...]}), each with its kind: a regular entry naming a
  // promotion is promo points.
  function entries(breakup) {
    const all = [];
    if (!breakup) { return all; }
    KINDS.forEach(function (kind) {
      (breakup[kind] || []).forEach(function (entry) {
        all.push({ kind: kind === "regular" && entry.promotionDetails ? "promo" : kind, entry: entry });
      });
    });
    return all;
  }

  // Sums in thousandths of a point, so that 0.1 + 0.2 is 0.3.
  function sums(list) {
    const total = { regular: 0, promo: 0, promised: 0 };
    list.forEach(function (e) { total[e.kind] += Math.round(Number(e.entry.value) * 1000); });
    return { regular: total.regular / 1000, promo: total.promo / 1000, promised: total.promised / 1000 };
  }

  function element(tag, text, className) {
    const made = document.createElement(tag);
    if (text !== undefined && text !== null) { made.textContent = String(text); }
    if (className) { made.className = className; }
    return made;
  }

  function row(cells, attributes) {
    const tr = document.createElement("tr");
    Object.entries(attributes || {}).forEach(function (pair) { tr.setAttribute(pair[0], pair[1]); });
    cells.forEach(function (cell) { tr.appendChild(cell); });
    return tr;
  }

  function table(headings, numericFrom) {
    const t = document.createElement("table");
    const head = document.createElement("thead");
    head.appendChild(row(headings.map(function (h, i) { return element("th", h, i >= numericFrom ? "number" : ""); })));
    t.appendChild(head);
    t.appendChild(document.createElement("tbody"));
    return t;
  }

  function pointCells(total) {
    return KINDS.map(function (kind) {
      const cell = element("td", total[kind], "number kind-" + kind);
      cell.setAttribute("data-kind", kind);
      return cell;
    });
  }

  // The points of one level as a bar, regular then promo then promised, as long as its share of the most any level
  // earned. Widths are set through the style object, which the page's policy allows (no inline style markup).
  function bar(total, most) {
    const cell = element("td", null, "bar");
    const track = element("div", null, "track");
    KINDS.forEach(function (kind) {
      if (most > 0 && total[kind] > 0) {
        const part = element("span", null, "kind-" + kind);
        part.style.width = (100 * total[kind] / most) + "%";
        part.title = kind + " " + total[kind];
        track.appendChild(part);
      }
    });
    cell.appendChild(track);
    return cell;
  }

  function drawEvent(event) {
    const article = document.createElement("article");
    article.setAttribute("data-event-id", event.eventLogId);
    article.appendChild(element("h2", event.eventName + " \u00b7 event " + event.eventLogId));
    const details = event.eventDetails || {};
    const bill = event.billDetails;
    const facts = [details.eventTimeISO || details.eventTime];
    if (bill) {
      facts.push("bill " + bill.billNumber, "amount " + bill.billAmount + " (gross " + bill.grossAmount
        + ", discount " + bill.discount + ")");
    }
    if (event.orgId !== undefined) { facts.push("org " + event.orgId); }
    article.appendChild(element("p", facts.filter(Boolean).join(" \u00b7 "), "facts"));

    const levels = [];
    if (bill) {
      levels.push({ name: "bill", label: "Bill " + bill.billNumber, breakup: bill.pointsEarnedBreakup || bill.pointsEarned });
      (bill.lineItems || []).forEach(function (line) {
        levels.push({ name: "line", label: line.itemCode, line: line,
          breakup: line.pointsEarnedBreakup || line.pointsEarned });
      });
    } else {
      levels.push({ name: "event", label: event.eventName, breakup: event.pointsEarnedBreakup || event.pointsEarned });
    }

    const points = table(["Earned on", "Qty", "Amount", "Regular", "Promo", "Promised", ""], 1);
    const totals = levels.map(function (level) { return sums(entries(level.breakup)); });
    const most = Math.max.apply(null, totals.map(function (t) { return t.regular + t.promo + t.promised; }).concat([0]));
    levels.forEach(function (level, i) {
      const line = level.line || {};
      points.tBodies[0].appendChild(row([element("td", level.label), element("td", line.qty, "number"),
        element("td", level.line ? line.amount : (bill ? bill.billAmount : ""), "number")]
        .concat(pointCells(totals[i])).concat([bar(totals[i], most)]),
        { "data-level": level.name, "data-label": level.label }));
    });
    article.appendChild(element("h3", "Points by bill and line"));
    article.appendChild(points);

    const why = table(["Earned on", "Kind", "Program", "Category", "Allocation strategy", "Expiry strategy",
      "Promotion", "Expires", "Points"], 8);
    levels.forEach(function (level) {
      entries(level.breakup).forEach(function (e) {
        const a = e.entry;
        const value = element("td", a.value, "number kind-" + e.kind);
        why.tBodies[0].appendChild(row([element("td", level.label), element("td", e.kind, "kind-" + e.kind),
          element("td", a.programName), element("td", a.pointsCategoryName), element("td", a.allocationStrategyName),
          element("td", a.expiryStrategyName),
          element("td", a.promotionDetails ? a.promotionDetails.promotionName : (a.promotionName || "")),
          element("td", a.expiresOnISO || a.conversionDate || ""), value], { "data-kind": e.kind }));
      });
    });
    article.appendChild(element("h3", "Why: every allocation"));
    article.appendChild(why);
    return article;
  }
}());

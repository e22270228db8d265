// The panel page's only script: saves a verdict the moment it changes, and
// keeps what was typed but not yet saved (a refused override, a dropped
// connection) in this browser until the server acknowledges it.
"use strict";

(function () {
  const DRAFT = "approval-engine:draft:";

  function status(form, text, isError) {
    const out = form.querySelector("output.status");
    if (out) {
      out.textContent = text;
      out.classList.toggle("error", Boolean(isError));
    }
  }

  function values(form) {
    const data = {};
    form.querySelectorAll("select, textarea").forEach((el) => { data[el.name] = el.value; });
    return data;
  }

  async function save(form) {
    const key = form.dataset.key ? DRAFT + form.dataset.key : null;
    const select = form.querySelector("select");
    if (select && !select.value) { return; }
    if (key) { localStorage.setItem(key, JSON.stringify(values(form))); }
    status(form, "saving…");
    const token = form.querySelector("input[name=csrf_token]").value;
    let response;
    try {
      response = await fetch(form.action, {
        method: "POST",
        body: new FormData(form),
        headers: { "Accept": "application/json", "X-CSRFToken": token },
        credentials: "same-origin",
      });
    } catch (err) {
      status(form, "not saved (no connection): kept in this browser, it is sent again when you change it", true);
      return;
    }
    let body = {};
    try { body = await response.json(); } catch (err) { body = {}; }
    if (response.ok && body.ok) {
      if (key) { localStorage.removeItem(key); }
      status(form, "saved " + new Date().toLocaleTimeString());
      form.classList.remove("unsaved");
      const scored = document.getElementById("scored");
      if (scored) {  // the requirements with a saved verdict on this page
        const saved = document.querySelectorAll("form.score:not(.unsaved) select");
        scored.textContent = String(Array.from(saved).filter((s) => s.value).length);
      }
    } else {
      form.classList.add("unsaved");
      status(form, body.error || ("not saved (" + response.status + ")"), true);
    }
  }

  function restore(form) {
    if (!form.dataset.key) { return; }
    const raw = localStorage.getItem(DRAFT + form.dataset.key);
    if (!raw) { return; }
    let draft;
    try { draft = JSON.parse(raw); } catch (err) { return; }
    form.querySelectorAll("select, textarea").forEach((el) => {
      if (draft[el.name] !== undefined) { el.value = draft[el.name]; }
    });
    form.classList.add("unsaved");
    status(form, "not saved yet: your last change is kept here; complete it and it saves", true);
  }

  document.addEventListener("DOMContentLoaded", () => {
    document.querySelectorAll("form.score, form.agree").forEach((form) => {
      restore(form);
      form.addEventListener("change", () => { save(form); });
      form.addEventListener("submit", (event) => { event.preventDefault(); save(form); });
    });
  });
})();

// The exam in the browser: the waiting room's countdown to the start, and the exam itself. The server's clock rules:
// the page counts down the time the server said was left (corrected on every save and every minute) and the server
// refuses every answer after the end. Each answer is saved as it is given, with a sequence number; when a save fails
// it waits in a queue in localStorage (shared by the tabs of this browser) and is sent again when the connection
// returns. A reload shows the server's answers, then the queued ones that are newer, at the same question.
"use strict";

(function () {
  var wait = document.getElementById("exam-wait");
  var exam = document.getElementById("exam");
  var scoring = document.getElementById("scoring");
  if (wait) {
    waitingRoom(wait);
  }
  if (exam) {
    takeExam(exam);
  }
  if (scoring) {
    setTimeout(function () { location.reload(); }, 3000);
  }

  function clockText(ms) {
    var total = Math.max(0, Math.ceil(ms / 1000));
    var hours = Math.floor(total / 3600);
    var minutes = Math.floor((total % 3600) / 60);
    var seconds = total % 60;
    var text = (minutes < 10 ? "0" : "") + minutes + ":" + (seconds < 10 ? "0" : "") + seconds;
    return hours > 0 ? hours + ":" + text : text;
  }

  function readClock(attempt) {
    return fetch("/exams/attempts/" + attempt + "/clock", {
      headers: { Accept: "application/json" },
      credentials: "same-origin",
      redirect: "manual",
      cache: "no-store"
    }).then(function (response) {
      return response.ok ? response.json() : null;
    });
  }

  function waitingRoom(root) {
    var attempt = root.dataset.attempt;
    var startsAt = Date.now() + Number(root.dataset.startsInMs);
    var out = document.getElementById("countdown");

    function tick() {
      var left = startsAt - Date.now();
      out.textContent = clockText(left);
      if (left <= 0) {
        location.reload();
        return;
      }
      setTimeout(tick, Math.min(500, left));
    }

    function sync() {
      readClock(attempt).then(function (clock) {
        if (clock === null) {
          return;
        }
        if (clock.state !== "waiting") {
          location.reload();
        }
        startsAt = Date.now() + clock.startsInMs;
      }, function () { /* offline: keep counting */ });
    }

    tick();
    setInterval(sync, 30000);
  }

  function takeExam(root) {
    var attempt = root.dataset.attempt;
    var base = "/exams/attempts/" + attempt;
    var queueKey = "s4c-exam-queue:" + attempt;
    var seqKey = "s4c-exam-seq:" + attempt;
    var positionKey = "s4c-exam-position:" + attempt;
    var endsAt = Date.now() + (Number(root.dataset.endsAt) - Number(root.dataset.serverTime));
    var kept = JSON.parse(root.dataset.kept || "{}");
    var questions = Array.prototype.slice.call(root.querySelectorAll("fieldset.question"));
    var countdown = document.getElementById("countdown");
    var saveStatus = document.getElementById("save-status");
    var offlineBanner = document.getElementById("offline-banner");
    var closedBanner = document.getElementById("closed-banner");
    var closedText = document.getElementById("closed-text");
    var closed = false;
    var sending = false;
    var current = 0;

    function load(key, fallback) {
      try {
        var value = localStorage.getItem(key);
        return value === null ? fallback : JSON.parse(value);
      } catch (e) {
        return fallback;
      }
    }

    function store(key, value) {
      try {
        localStorage.setItem(key, JSON.stringify(value));
      } catch (e) {
        // private mode or full storage: the answer still goes to the server now
      }
    }

    function text(id, count) {
      return document.getElementById(id).textContent.replace("{0}", count);
    }

    function fieldset(key) {
      for (var i = 0; i < questions.length; i++) {
        if (questions[i].dataset.key === key) {
          return questions[i];
        }
      }
      return null;
    }

    function chosen(set) {
      return Array.prototype.slice.call(set.querySelectorAll("input:checked")).map(function (input) {
        return input.value;
      });
    }

    function markAnswered(set) {
      var button = document.getElementById("goto-" + set.dataset.index);
      if (button) {
        button.classList.toggle("answered", chosen(set).length > 0);
      }
    }

    function show(index) {
      current = Math.max(0, Math.min(questions.length - 1, index));
      questions.forEach(function (set, i) {
        set.hidden = i !== current;
        var button = document.getElementById("goto-" + i);
        if (button) {
          button.setAttribute("aria-current", i === current ? "step" : "false");
        }
      });
      store(positionKey, current);
    }

    function lock(message) {
      closed = true;
      root.querySelectorAll("#exam-form input").forEach(function (input) { input.disabled = true; });
      closedText.textContent = message || closedText.dataset.timeUp;
      closedBanner.hidden = false;
      offlineBanner.hidden = true;
      saveStatus.textContent = "";
      countdown.textContent = clockText(0);
      try {
        localStorage.removeItem(queueKey);
      } catch (e) {
        // nothing to clear
      }
    }

    function resync(remainingMs) {
      endsAt = Date.now() + remainingMs;
    }

    function offline() {
      offlineBanner.hidden = false;
      saveStatus.textContent = text("t-queued", load(queueKey, []).length);
    }

    function refused(answer, detail) {
      saveStatus.textContent = detail || String(answer.question);
      saveStatus.classList.add("save-refused");
      questions.forEach(function (set) {
        if (set.dataset.key === answer.question) {
          var button = document.getElementById("goto-" + set.dataset.index);
          if (button) {
            button.classList.remove("answered");
            button.classList.add("refused");
          }
        }
      });
    }

    function drop(answer) {
      store(queueKey, load(queueKey, []).filter(function (queued) {
        return !(queued.question === answer.question && queued.seq <= answer.seq);
      }));
    }

    function send(answer) {
      var controller = new AbortController();
      var timer = setTimeout(function () { controller.abort(); }, 10000);
      var headers = { "Content-Type": "application/json", Accept: "application/json" };
      headers[root.dataset.csrfHeader] = root.dataset.csrfToken;
      return fetch(base + "/answers", {
        method: "POST",
        headers: headers,
        body: JSON.stringify(answer),
        credentials: "same-origin",
        redirect: "manual",
        cache: "no-store",
        signal: controller.signal
      }).then(function (response) {
        clearTimeout(timer);
        var type = response.headers.get("Content-Type") || "";
        if (type.indexOf("json") < 0) {
          return { ok: false, status: response.status };
        }
        return response.json().then(function (body) {
          return { ok: response.ok, status: response.status, body: body };
        });
      });
    }

    function flush() {
      if (sending || closed) {
        return;
      }
      var queue = load(queueKey, []);
      if (queue.length === 0) {
        return;
      }
      sending = true;
      var answer = queue[0];
      saveStatus.textContent = text("t-saving", queue.length);
      send(answer).then(function (result) {
        sending = false;
        if (result.ok) {
          drop(answer);
          resync(result.body.remainingMs);
          offlineBanner.hidden = true;
          saveStatus.classList.remove("save-refused");
          saveStatus.textContent = text("t-saved", 0);
          flush();
        } else if (result.status === 409 && result.body && result.body.closedAt) {
          lock(result.body.detail);
        } else if (result.status === 400 || result.status === 409) {
          // an answer the server will never take: said on the page, never dropped in silence
          drop(answer);
          refused(answer, result.body && result.body.detail);
          flush();
        } else if (result.status === 404) {
          // signed out, or another account signed in meanwhile: kept on this device and sent again later
          refused(answer, result.body && result.body.detail);
        } else {
          offline();
        }
      }, function () {
        sending = false;
        offline();
      });
    }

    function answered(event) {
      var set = event.target.closest("fieldset.question");
      if (closed || !set) {
        return;
      }
      var seq = Math.max(load(seqKey, 0), Number(root.dataset.maxSeq) || 0) + 1;
      store(seqKey, seq);
      var queue = load(queueKey, []).filter(function (queued) { return queued.question !== set.dataset.key; });
      queue.push({ question: set.dataset.key, options: chosen(set), seq: seq });
      store(queueKey, queue);
      markAnswered(set);
      flush();
    }

    function tick() {
      if (closed) {
        return;
      }
      var left = endsAt - Date.now();
      countdown.textContent = clockText(left);
      if (left <= 0) {
        lock();
        return;
      }
      setTimeout(tick, 250);
    }

    function sync() {
      if (closed) {
        return;
      }
      readClock(attempt).then(function (clock) {
        if (clock === null) {
          return;
        }
        if (clock.state === "closed") {
          lock();
        } else {
          resync(clock.remainingMs);
        }
      }, function () { /* offline: the queue waits */ });
    }

    store(seqKey, Math.max(load(seqKey, 0), Number(root.dataset.maxSeq) || 0));
    load(queueKey, []).forEach(function (queued) {
      var set = fieldset(queued.question);
      var server = kept[queued.question];
      if (set && (!server || server.seq < queued.seq)) {
        set.querySelectorAll("input").forEach(function (input) {
          input.checked = queued.options.indexOf(input.value) >= 0;
        });
      }
    });
    questions.forEach(markAnswered);
    show(Number(load(positionKey, 0)) || 0);

    document.getElementById("exam-form").addEventListener("change", answered);
    document.getElementById("prev").addEventListener("click", function () { show(current - 1); });
    document.getElementById("next").addEventListener("click", function () { show(current + 1); });
    root.querySelectorAll("button.goto").forEach(function (button) {
      button.addEventListener("click", function () { show(Number(button.dataset.goto)); });
    });
    window.addEventListener("online", flush);
    setInterval(flush, 5000);
    setInterval(sync, 60000);
    tick();
    flush();
  }
})();

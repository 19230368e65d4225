/*
 * Legible's only script, loaded from this server (no inline script, so the CSP needs no 'unsafe-inline').
 * Everything works without it: the map is an enhancement over the list of checkboxes.
 */
(function () {
  'use strict';
  document.documentElement.classList.add('js');

  // Sign-up: send the browser's time zone so diary days start in the right place.
  document.querySelectorAll('input[data-timezone]').forEach(function (input) {
    if (!input.value && window.Intl) {
      input.value = Intl.DateTimeFormat().resolvedOptions().timeZone || '';
    }
  });

  // An import's page: move the bar as the file is read, and show the result when it is done. The spoken status
  // is updated only every tenth of the way, so a screen reader is not talked over every second.
  document.querySelectorAll('[data-import-progress]').forEach(function (box) {
    var bar = box.querySelector('progress');
    var status = box.querySelector('[role="status"]');
    var spokenAt = Number(bar.value);
    function poll() {
      fetch(box.getAttribute('data-url'), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (job) {
          if (!job) {
            return;
          }
          if (job.finished) {
            window.location.reload();
            return;
          }
          bar.value = job.percent;
          bar.textContent = job.percent + '%';
          if (job.percent - spokenAt >= 10) {
            spokenAt = job.percent;
            status.textContent = job.status;
          }
          window.setTimeout(poll, 1000);
        })
        .catch(function () { window.setTimeout(poll, 5000); });
    }
    window.setTimeout(poll, 500);
  });

  // A note over its limit is not sent: the server would refuse it, and one of megabytes would not come back in the
  // form, so what was typed stays on the page with the reason beside it (the limit: diary.Limits.NOTE_CHARACTERS).
  function limitNote(area) {
    var max = Number(area.getAttribute('data-max-characters'));
    if (!area.form || !(max > 0)) {
      return;
    }
    area.form.addEventListener('submit', function (event) {
      if (area.value.length <= max) {
        return;
      }
      event.preventDefault();
      event.stopImmediatePropagation();
      var error = document.getElementById(area.id + '-error');
      if (!error) {
        error = document.createElement('p');
        error.className = 'error';
        error.id = area.id + '-error';
        area.parentNode.insertBefore(error, area);
      }
      error.textContent = area.getAttribute('data-too-long');
      area.setAttribute('aria-invalid', 'true');
      area.setAttribute('aria-describedby', error.id + ' ' + (area.id + '-hint'));
      var section = area.closest('details');
      if (section) {
        section.open = true;
      }
      area.focus();
    }, true);
  }
  document.querySelectorAll('textarea[data-max-characters]').forEach(limitNote);

  // htmx requests carry the CSRF token from the page's meta tags.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="csrf-token"]');
    var header = document.querySelector('meta[name="csrf-header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  // Someone typing into a long form is not idle: while there is activity, keep the session alive (at most every
  // four minutes), so a slow check-in is not lost to the idle timeout. No activity, no ping: an unattended page
  // still times out.
  if (document.querySelector('form[data-keep-alive]')) {
    var active = false;
    ['keydown', 'pointerdown', 'input', 'change'].forEach(function (type) {
      document.addEventListener(type, function () {
        active = true;
      }, true);
    });
    window.setInterval(function () {
      if (active) {
        active = false;
        fetch('/session/alive', { credentials: 'same-origin', cache: 'no-store' });
      }
    }, 4 * 60 * 1000);
  }

  // Focus the error summary so a screen reader announces the problems first.
  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
  }

  // The save bar sticks to the bottom; a focused control must scroll clear of it (legible.css, scroll-padding), and
  // its height depends on the width (buttons wrap), so the page is told the tallest bar's height as it changes.
  var saveBars = document.querySelectorAll('main .form-actions');
  if (saveBars.length && 'ResizeObserver' in window) {
    var observer = new ResizeObserver(function () {
      var tallest = 0;
      saveBars.forEach(function (bar) {
        tallest = Math.max(tallest, bar.offsetHeight);
      });
      document.documentElement.style.setProperty('--save-bar-height', tallest + 'px');
    });
    saveBars.forEach(function (bar) {
      observer.observe(bar);
    });
  }

  // A place's 17 words are one Tab stop: the arrow keys move between them (a roving tabindex), Space chooses. Without
  // script each word is its own Tab stop, as the markup says.
  function rove(group) {
    var boxes = Array.prototype.slice.call(group.querySelectorAll('input[type="checkbox"]'));
    if (!boxes.length || group.hasAttribute('data-roving-on')) {
      return;
    }
    group.setAttribute('data-roving-on', '');
    var current = boxes.filter(function (box) { return box.checked; })[0] || boxes[0];
    boxes.forEach(function (box) {
      box.tabIndex = box === current ? 0 : -1;
    });
    var hint = group.querySelector('[data-roving-hint]');
    if (hint) {
      hint.hidden = false;
    }
    group.addEventListener('keydown', function (event) {
      var at = boxes.indexOf(event.target);
      if (at < 0) {
        return;
      }
      var to = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0,
        End: boxes.length - 1 }[event.key];
      if (to === undefined) {
        return;
      }
      event.preventDefault();
      to = (to + boxes.length) % boxes.length;
      boxes[at].tabIndex = -1;
      boxes[to].tabIndex = 0;
      boxes[to].focus();
    });
  }
  document.querySelectorAll('[data-roving]').forEach(rove);

  // A row's fields cloned from a <template> rendered with the index {index}, given the row's own index.
  function fromTemplate(template, index) {
    var clone = template.content.firstElementChild.cloneNode(true);
    clone.querySelectorAll('*').forEach(function (element) {
      ['name', 'id', 'for', 'aria-describedby'].forEach(function (attribute) {
        var value = element.getAttribute(attribute);
        if (value && value.indexOf('{index}') >= 0) {
          element.setAttribute(attribute, value.split('{index}').join(index));
        }
      });
    });
    return clone;
  }

  // A strategy ticked on the page gets its minutes and "did it help?", cloned from the page's template; the button
  // that does this without script is then not needed.
  function withScript(root) {
    root.querySelectorAll('[data-without-script]').forEach(function (element) {
      element.hidden = true;
    });
  }
  withScript(document);
  document.addEventListener('change', function (event) {
    var box = event.target;
    var row = box.closest && box.closest('.strategy');
    if (!row || !box.classList.contains('strategy-toggle') || !box.checked || row.querySelector('.strategy-detail')) {
      return;
    }
    var code = row.querySelector('input[type="hidden"][name$=".code"]');
    var exercise = code && code.value === 'low_impact_exercise';
    var template = document.getElementById(exercise ? 'strategy-detail-template-exercise' : 'strategy-detail-template');
    if (!template) {
      return;
    }
    row.appendChild(fromTemplate(template, /\[(\d+)\]/.exec(box.name)[1]));
  });

  // A blank check-in's page holds its first part; the folded sections after it (and the template a chosen place's
  // fields come from) are asked for at once and put in place of their stand-ins, keeping whatever was opened.
  document.querySelectorAll('form[data-deferred-from]').forEach(function (form) {
    var standIns = Array.prototype.slice.call(form.querySelectorAll('details[data-deferred]'));
    // Said in each stand-in, read when it is opened; not a live region, which would speak it seven times at once.
    standIns.forEach(function (standIn) {
      var note = document.createElement('p');
      note.setAttribute('data-deferred-note', '');
      standIn.insertBefore(note, standIn.querySelector('button'));
    });

    function show(which) {
      standIns.forEach(function (standIn) {
        var note = standIn.querySelector('[data-deferred-note]');
        note.className = which === 'failed' ? 'error' : 'hint';
        note.textContent = form.getAttribute('data-deferred-' + which);
        // Without the sections, the way on is the one that works without script: send what was typed.
        standIn.querySelector('button').hidden = which !== 'failed';
      });
    }

    function place(html) {
      var sent = new DOMParser().parseFromString(html, 'text/html');
      var template = sent.getElementById('site-detail-template');
      if (!template || standIns.some(function (standIn) {
        return !sent.querySelector('details[data-section="' + standIn.getAttribute('data-deferred') + '"]');
      })) {
        throw new Error('incomplete');
      }
      form.appendChild(document.importNode(template, true));
      standIns.forEach(function (standIn) {
        var section = document.importNode(
          sent.querySelector('details[data-section="' + standIn.getAttribute('data-deferred') + '"]'), true);
        var focused = standIn.contains(document.activeElement);
        section.open = section.open || standIn.open;
        standIn.replaceWith(section);
        section.querySelectorAll('textarea[data-max-characters]').forEach(limitNote);
        withScript(section);
        // What other modules add to a section (today's experiment block) loads as on any page.
        if (window.htmx) {
          window.htmx.process(section);
        }
        if (focused) {
          section.querySelector('summary').focus();
        }
      });
      form.dispatchEvent(new CustomEvent('legible:sections', { bubbles: true }));
    }

    function load() {
      show('loading');
      fetch(form.getAttribute('data-deferred-from'), { credentials: 'same-origin', cache: 'no-store' })
        .then(function (response) {
          if (!response.ok || response.redirected) {
            throw new Error(String(response.status));
          }
          return response.text();
        })
        .then(place)
        .catch(function () { show('failed'); });
    }

    load();
  });

  document.querySelectorAll('[data-bodymap]').forEach(function (map) {
    var form = map.closest('form');
    var list = form.querySelector('[data-site-list]');
    var toggle = map.querySelector('[data-bodymap-toggle]');
    var svg = map.querySelector('svg');

    function checkbox(site) {
      return list.querySelector('input.site-toggle[data-site="' + site + '"]');
    }

    function intensityOf(site) {
      var row = list.querySelector('[data-site-row="' + site + '"]');
      var chosen = row && row.querySelector('.scale input[type="radio"]:checked');
      return chosen ? chosen.value : '';
    }

    function paint(region) {
      var site = region.getAttribute('data-site');
      var box = checkbox(site);
      var on = !!(box && box.checked);
      region.setAttribute('aria-checked', on ? 'true' : 'false');
      region.classList.toggle('selected', on);
      var mark = region.querySelector('.region-mark');
      var label = region.querySelector('.region-label');
      var intensity = on ? intensityOf(site) : '';
      if (mark) {
        mark.textContent = on ? (intensity || '\u2713') : '';
        // The name moves up a line to make room for the mark under it (bodymap.MapRegion#labelY).
        label.setAttribute('y', Number(mark.getAttribute('y')) - (on ? 18 : 10));
      }
      if (intensity === '') {
        region.removeAttribute('data-level');
      } else {
        region.setAttribute('data-level', String(Math.floor((Number(intensity) + 1) / 2)));
      }
    }

    var status = form.querySelector('[data-bodymap-status]');

    // A newly chosen site gets its intensity and descriptor fields, cloned from the page's one template (on a blank
    // check-in it comes with the deferred sections; places chosen before it came get theirs then).
    function ensureDetail(row) {
      var template = document.getElementById('site-detail-template');
      if (!row || row.querySelector('.site-detail') || !template) {
        return;
      }
      var box = row.querySelector('input.site-toggle');
      var label = row.querySelector('.site-choice span').textContent;
      var detail = fromTemplate(template, /\[(\d+)\]/.exec(box.name)[1]);
      detail.querySelectorAll('legend').forEach(function (legend) {
        legend.textContent = legend.textContent.split('{label}').join(label);
      });
      row.appendChild(detail);
      detail.querySelectorAll('[data-roving]').forEach(rove);
    }

    function announce(region, on) {
      if (status) {
        var pattern = status.getAttribute(on ? 'data-selected' : 'data-unselected');
        status.textContent = pattern.replace('{0}', region.getAttribute('aria-label'));
      }
    }

    function flip(region) {
      var box = checkbox(region.getAttribute('data-site'));
      if (!box) {
        return;
      }
      box.checked = !box.checked;
      box.dispatchEvent(new Event('change', { bubbles: true }));
      announce(region, box.checked);
    }

    svg.querySelectorAll('.region').forEach(function (region) {
      var box = checkbox(region.getAttribute('data-site'));
      region.setAttribute('role', 'checkbox');
      region.setAttribute('tabindex', '0');
      region.setAttribute('aria-label', box ? box.closest('label').textContent.trim() : '');
      region.addEventListener('click', function () {
        flip(region);
      });
      region.addEventListener('keydown', function (event) {
        if (event.key === ' ' || event.key === 'Enter') {
          event.preventDefault();
          flip(region);
        }
      });
    });

    list.addEventListener('change', function (event) {
      var row = event.target.closest('[data-site-row]');
      if (!row) {
        return;
      }
      if (event.target.classList.contains('site-toggle') && event.target.checked) {
        ensureDetail(row);
      }
      var region = svg.querySelector('.region[data-site="' + row.getAttribute('data-site-row') + '"]');
      if (region) {
        paint(region);
      }
    });

    form.addEventListener('legible:sections', function () {
      list.querySelectorAll('input.site-toggle:checked').forEach(function (box) {
        ensureDetail(box.closest('[data-site-row]'));
      });
    });

    toggle.addEventListener('click', function () {
      var mapMode = list.classList.toggle('map-mode');
      svg.style.display = mapMode ? '' : 'none';
      map.querySelector('#bodymap-help').style.display = mapMode ? '' : 'none';
      toggle.textContent = mapMode ? toggle.getAttribute('data-label-list') : toggle.getAttribute('data-label-map');
    });

    map.hidden = false;
    list.classList.add('map-mode');
    svg.querySelectorAll('.region').forEach(paint);
  });
  // Reminders by notification: the browser asks for permission when the person saves with notifications chosen (a
  // tap, as browsers require); this browser's subscription goes to the server before the form itself is sent.
  var reminderForm = document.querySelector('form[data-reminder-form]');
  if (reminderForm && 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window) {
    reminderNotifications(reminderForm);
  }

  function applicationServerKey(base64url) {
    var text = window.atob(base64url.replace(/-/g, '+').replace(/_/g, '/'));
    var bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) {
      bytes[i] = text.charCodeAt(i);
    }
    return bytes;
  }

  function reminderNotifications(form) {
    var box = form.querySelector('input[name="byPush"]');
    var problem = document.querySelector('[data-push-denied]');
    var token = document.querySelector('meta[name="csrf-token"]');
    var header = document.querySelector('meta[name="csrf-header"]');
    document.querySelector('[data-push-unavailable]').hidden = true;
    document.querySelectorAll('[data-push-choice]').forEach(function (element) { element.hidden = false; });

    function refuse(text) {
      box.checked = false;
      if (text) {
        problem.textContent = text;
      }
      problem.hidden = false;
      box.focus();
    }

    form.addEventListener('submit', function (event) {
      if (!box.checked || form.hasAttribute('data-subscribed')) {
        return;
      }
      event.preventDefault();
      Notification.requestPermission().then(function (permission) {
        if (permission !== 'granted') {
          refuse(null);
          return null;
        }
        return navigator.serviceWorker.ready
          .then(function (registration) {
            return registration.pushManager.getSubscription().then(function (existing) {
              return existing || registration.pushManager.subscribe({
                userVisibleOnly: true,
                applicationServerKey: applicationServerKey(form.getAttribute('data-push-key'))
              });
            });
          })
          .then(function (subscription) {
            var headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
            headers[header.content] = token.content;
            return fetch('/reminders/devices', {
              method: 'POST', body: JSON.stringify(subscription), headers: headers, credentials: 'same-origin'
            });
          })
          .then(function (response) {
            if (response.status === 201) {
              form.setAttribute('data-subscribed', '');
              form.submit();
              return null;
            }
            return response.json().then(function (answer) { refuse(answer.detail); });
          });
      }).catch(function () {
        refuse(problem.getAttribute('data-failed'));
      });
    });
  }

  // The installable app: a service worker keeps the shell (never a page with health data) and the blank check-in
  // page, so a check-in can be made without a connection. Those are kept on this device (offline-queue.js) and sent
  // here, once, when a page of the signed-in person loads with a connection.
  if ('serviceWorker' in navigator && window.LegibleQueue) {
    navigator.serviceWorker.register('/sw.js').catch(function () {});
    deviceQueue();
  }

  function deviceQueue() {
    var queue = window.LegibleQueue;
    var status = document.querySelector('[data-device-queue-status]');
    var me = document.querySelector('meta[name="legible-device"]');
    var token = document.querySelector('meta[name="csrf-token"]');
    var header = document.querySelector('meta[name="csrf-header"]');
    var tag = me ? me.content : null;

    function say(text) {
      if (status && text) {
        status.textContent = text;
        status.hidden = false;
      }
    }

    function when(entry) {
      return new Date(entry.madeAt).toLocaleString([], { weekday: 'long', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
    }

    function waiting(count) {
      return count === 1
        ? status.getAttribute('data-one')
        : status.getAttribute('data-many').replace('{0}', String(count));
    }

    // The blank page kept on the device lists what waits there, and keeps a new check-in rather than posting it.
    function showKept() {
      var box = document.querySelector('[data-device-queue]');
      if (!box) {
        return Promise.resolve();
      }
      return queue.entries().then(function (entries) {
        var list = box.querySelector('[data-device-queue-list]');
        list.textContent = '';
        entries.forEach(function (entry) {
          var item = document.createElement('li');
          item.textContent = when(entry);
          list.appendChild(item);
        });
        box.hidden = entries.length === 0;
        if (entries.length) {
          say(waiting(entries.length));
        }
      });
    }

    var deviceForm = document.querySelector('form[data-offline-queue="device"]');
    if (deviceForm) {
      deviceForm.addEventListener('submit', function (event) {
        event.preventDefault();
        queue.keep(new FormData(deviceForm)).then(function () {
          deviceForm.reset();
          deviceForm.querySelectorAll('input').forEach(function (input) {
            input.dispatchEvent(new Event('change', { bubbles: true }));
          });
          window.scrollTo(0, 0);
          return showKept();
        });
      });
      showKept();
    }

    // "Same as last time" without a connection, for a person who chose to keep their last check-in here: the copy
    // is the server's own "same as last time" form, read when online (at most every ten minutes, and after a save).
    var FIELDS_NOT_REPEATED = ['_csrf', 'idempotencyKey', 'diaryDay', 'timeOfDay', 'note', 'redFlags', 'interference',
        'morningStiffnessMinutes'];

    function answers(form) {
      var fields = [];
      new FormData(form).forEach(function (value, name) {
        if (typeof value === 'string' && FIELDS_NOT_REPEATED.indexOf(name) < 0) {
          fields.push([name, value]);
        }
      });
      return fields;
    }

    function refreshLast(force) {
      if (!tag || deviceForm || navigator.onLine === false) {
        return Promise.resolve();
      }
      return queue.keepsLast().then(function (on) {
        return on ? queue.last(tag) : undefined;
      }).then(function (kept) {
        if (kept === undefined || (!force && kept && Date.now() - kept.keptAt < 10 * 60 * 1000)) {
          return null;
        }
        return fetch('/check-ins/new?copy=last', { credentials: 'same-origin', cache: 'no-store', redirect: 'manual' })
          .then(function (response) { return response.status === 200 ? response.text() : null; })
          .then(function (html) {
            if (html === null) {
              return null;
            }
            var page = new DOMParser().parseFromString(html, 'text/html');
            var copied = page.querySelector('[data-copied-from]');
            var form = page.getElementById('check-in-form');
            return copied && form
              ? queue.keepLast(tag, answers(form), copied.getAttribute('data-copied-from'))
              : queue.forgetLast();
          });
      }).catch(function () { return null; });
    }

    // Chosen places first, so each gets its detail fields; then every other answer. Hidden fields stay as drawn.
    // The blank form holds no one's own things to track, so their answers come along as hidden fields of their own.
    var OWN_ANSWER = /^ownItems\[\d+\]\.(item|value)$/;

    function fill(form, fields) {
      form.reset();
      form.querySelectorAll('[data-copied-own]').forEach(function (copied) { copied.remove(); });
      var own = 0;
      var chosen = /^sites\[\d+\]\.selected$/;
      fields.filter(function (field) { return chosen.test(field[0]); }).forEach(function (field) {
        var box = form.elements.namedItem(field[0]);
        if (box && box.type === 'checkbox') {
          box.checked = true;
          box.dispatchEvent(new Event('change', { bubbles: true }));
        }
      });
      fields.filter(function (field) { return !chosen.test(field[0]); }).forEach(function (field) {
        var found = form.elements.namedItem(field[0]);
        if (!found && OWN_ANSWER.test(field[0])) {
          var copied = document.createElement('input');
          copied.type = 'hidden';
          copied.name = field[0];
          copied.value = field[1];
          copied.setAttribute('data-copied-own', '');
          form.appendChild(copied);
          own += /\.value$/.test(field[0]) ? 1 : 0;
          return;
        }
        var controls = !found ? [] : (found.tagName ? [found] : Array.prototype.slice.call(found));
        controls.forEach(function (control) {
          if (control.type === 'hidden') {
            return;
          }
          if (control.type === 'checkbox' || control.type === 'radio') {
            if (control.value === field[1]) {
              control.checked = true;
            }
          } else {
            control.value = field[1];
          }
        });
      });
      form.querySelectorAll('input, select, textarea').forEach(function (control) {
        control.dispatchEvent(new Event('change', { bubbles: true }));
      });
      return own;
    }

    function offerLast() {
      var offer = document.querySelector('[data-same-as-last]');
      var done = document.querySelector('[data-same-as-last-done]');
      if (!offer || !done) {
        return;
      }
      Promise.all([queue.keepsLast(), queue.owner().then(queue.last)]).then(function (found) {
        var kept = found[0] ? found[1] : null;
        if (!kept) {
          return;
        }
        var hint = offer.querySelector('[data-same-as-last-hint]');
        hint.textContent = hint.getAttribute('data-pattern').replace('{0}', when({ madeAt: kept.recordedAt }));
        offer.hidden = false;
        offer.querySelector('button').addEventListener('click', function () {
          var own = fill(deviceForm, kept.fields);
          var ownSaid = done.querySelector('[data-same-as-last-own]');
          if (ownSaid) {
            ownSaid.textContent = ownSaid.getAttribute('data-pattern').replace('{0}', own);
            ownSaid.hidden = own === 0;
          }
          offer.hidden = true;
          done.hidden = false;
          done.querySelector('button').focus();
        });
        deviceForm.addEventListener('reset', function () {
          offer.hidden = false;
          done.hidden = true;
        });
      });
    }

    var keepLastChoice = document.querySelector('[data-keep-last]');
    if (keepLastChoice) {
      var box = keepLastChoice.querySelector('input[type="checkbox"]');
      var said = keepLastChoice.querySelector('[data-keep-last-status]');
      queue.keepsLast().then(function (on) {
        box.checked = on;
        keepLastChoice.hidden = false;
      });
      box.addEventListener('change', function () {
        queue.setKeepsLast(box.checked)
          .then(function () { return box.checked ? refreshLast(true) : null; })
          .then(function () {
            said.textContent = said.getAttribute(box.checked ? 'data-on' : 'data-off');
          });
      });
    }

    // The form a real fix needs: the kept check-in posted as the ordinary form, so its problems come back next to
    // their fields with everything kept (and its key, so it is still recorded once).
    function openToFix(entry) {
      var form = document.createElement('form');
      form.method = 'post';
      form.action = '/check-ins';
      form.hidden = true;
      var fields = entry.fields.concat([['idempotencyKey', entry.key], ['_csrf', token.content]]);
      fields.forEach(function (field) {
        var input = document.createElement('input');
        input.type = 'hidden';
        input.name = field[0];
        input.value = field[1];
        form.appendChild(input);
      });
      document.body.appendChild(form);
      form.submit();
    }

    function showProblem(entry) {
      say(status.getAttribute('data-problem').replace('{0}', when(entry)).replace('{1}', entry.problems.join(' ')));
      var fix = document.createElement('button');
      fix.type = 'button';
      fix.className = 'button secondary';
      fix.textContent = status.getAttribute('data-fix');
      fix.addEventListener('click', function () { openToFix(entry); });
      status.appendChild(document.createTextNode(' '));
      status.appendChild(fix);
    }

    // Sends what this person kept, oldest first. Saved or already saved: gone from the device. Problems: kept, with
    // a way to fix them. Anything else (no connection, session ended, server away): kept for next time.
    function send(entries) {
      if (!entries.length) {
        return Promise.resolve();
      }
      var entry = entries[0];
      var body = new URLSearchParams(entry.fields);
      body.append('idempotencyKey', entry.key);
      body.append('madeAt', entry.madeAt);
      var headers = { Accept: 'application/json' };
      headers[header.content] = token.content;
      return fetch('/check-ins/queued', {
        method: 'POST', body: body, headers: headers, credentials: 'same-origin', redirect: 'manual', cache: 'no-store'
      }).then(function (response) {
        if (response.status === 200 || response.status === 201) {
          return response.json().then(function (answer) {
            if (answer.status !== 'saved' && answer.status !== 'already-saved') {
              return null;
            }
            return queue.remove(entry.key).then(function () {
              sentAny = true;
              say(status.getAttribute('data-sent').replace('{0}', when(entry)));
              return send(entries.slice(1));
            });
          });
        }
        if (response.status === 422) {
          return response.json().then(function (problem) {
            entry.problems = (problem.errors || []).map(function (error) { return error.message; });
            return queue.update(entry).then(function () {
              showProblem(entry);
              return send(entries.slice(1));
            });
          });
        }
        return null;
      }).catch(function () { return null; });
    }

    var sentAny = false;

    function flush() {
      if (!tag || !token || !header || !status || navigator.onLine === false) {
        return Promise.resolve();
      }
      return queue.entries(tag).then(function (entries) {
        return send(entries.filter(function (entry) { return !entry.problems; }))
          .then(function () {
            entries.filter(function (entry) { return entry.problems; }).forEach(showProblem);
          });
      });
    }

    function flushThenRefresh() {
      return flush().then(function () {
        var changed = sentAny || !!document.querySelector('[data-diary-changed]');
        sentAny = false;
        return refreshLast(changed);
      });
    }

    if (tag) {
      queue.setOwner(tag).then(flushThenRefresh);
      window.addEventListener('online', flushThenRefresh);
    }
    offerLast();

    // Signing out clears this device's storage; a check-in not yet sent would go with it, so ask first.
    document.querySelectorAll('form[action="/logout"]').forEach(function (form) {
      form.addEventListener('submit', function (event) {
        if (form.hasAttribute('data-confirmed') || !tag) {
          return;
        }
        event.preventDefault();
        flush().then(function () { return queue.entries(tag); }).then(function (left) {
          if (!left.length || window.confirm(status.getAttribute('data-sign-out'))) {
            form.setAttribute('data-confirmed', '');
            form.submit();
          }
        });
      });
    });
  }
})();

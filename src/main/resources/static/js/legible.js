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
      if (mark) {
        mark.textContent = on ? (intensityOf(site) || '\u2713') : '';
      }
    }

    var template = document.getElementById('site-detail-template');
    var status = form.querySelector('[data-bodymap-status]');

    // A newly chosen site gets its intensity and descriptor fields, cloned from the page's one template.
    function ensureDetail(row) {
      if (!row || row.querySelector('.site-detail') || !template) {
        return;
      }
      var box = row.querySelector('input.site-toggle');
      var index = /\[(\d+)\]/.exec(box.name)[1];
      var label = row.querySelector('.site-choice span').textContent;
      var detail = template.content.firstElementChild.cloneNode(true);
      detail.querySelectorAll('*').forEach(function (element) {
        ['name', 'id', 'for', 'aria-describedby'].forEach(function (attribute) {
          var value = element.getAttribute(attribute);
          if (value && value.indexOf('{index}') >= 0) {
            element.setAttribute(attribute, value.split('{index}').join(index));
          }
        });
      });
      detail.querySelectorAll('legend').forEach(function (legend) {
        legend.textContent = legend.textContent.split('{label}').join(label);
      });
      row.appendChild(detail);
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
})();

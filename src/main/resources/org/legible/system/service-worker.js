/*
 * Legible's service worker (served as /sw.js by AppShellController, which fills in the shell's hashed addresses and
 * this file's version). It keeps the app shell, which holds no one's data: styles, scripts, icons and the blank
 * offline check-in page. It never stores a page with health data. When a check-in form is sent without a connection,
 * it keeps the check-in on the device (offline-queue.js) and the page sends it when the connection is back. It shows
 * reminders pushed by the server (reminders.internal.ReminderMessages: a greeting and a link, never health data).
 */
'use strict';

var VERSION = '/*VERSION*/';
var SHELL = '/*SHELL*/';
var OFFLINE_PAGE = '/*OFFLINE*/';
var CACHE = 'legible-shell-' + VERSION;

importScripts('/*QUEUE*/');

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE)
    .then(function (cache) { return cache.addAll(SHELL); })
    .then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys()
    .then(function (keys) {
      return Promise.all(keys
        .filter(function (key) { return key.indexOf('legible-shell-') === 0 && key !== CACHE; })
        .map(function (key) { return caches.delete(key); }));
    })
    .then(function () { return self.clients.claim(); }));
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    return;
  }
  if (request.method === 'POST' && request.mode === 'navigate' && url.pathname === '/check-ins') {
    event.respondWith(sendOrKeep(request));
    return;
  }
  if (request.method !== 'GET') {
    return;
  }
  if (request.mode === 'navigate') {
    // Pages always come from the network; without one, the blank check-in page stands in for any of them.
    event.respondWith(fetch(request).catch(function () {
      return caches.match(OFFLINE_PAGE);
    }));
    return;
  }
  if (SHELL.indexOf(url.pathname) >= 0) {
    event.respondWith(caches.match(request).then(function (kept) {
      return kept || fetch(request);
    }));
  }
});

/* A new check-in sent while the connection drops: nothing typed is lost, it waits on the device. */
function sendOrKeep(request) {
  var copy = request.clone();
  return fetch(request).catch(function () {
    return copy.formData()
      .then(function (form) { return LegibleQueue.keep(form); })
      .then(function () { return Response.redirect(OFFLINE_PAGE + '?kept', 303); });
  });
}

/* A reminder: its title, its one sentence and where tapping it leads, all from the server. */
self.addEventListener('push', function (event) {
  var message = {};
  try {
    message = event.data ? event.data.json() : {};
  } catch (e) {
    message = {};
  }
  var icon = SHELL.filter(function (path) { return path.indexOf('/static/icons/icon-192') === 0; })[0];
  event.waitUntil(self.registration.showNotification(message.title || 'Legible', {
    body: message.body || '',
    tag: message.tag || 'legible-reminder',
    icon: icon,
    badge: icon,
    data: { url: ownPage(message.url) }
  }));
});

/* Tapping it opens the page it names in Legible's window if one is open, else in a new one. */
self.addEventListener('notificationclick', function (event) {
  event.notification.close();
  var target = new URL(ownPage(event.notification.data && event.notification.data.url), self.location.origin).href;
  event.waitUntil(self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then(function (windows) {
    var open = windows.filter(function (w) { return new URL(w.url).origin === self.location.origin; })[0];
    if (open && open.navigate) {
      return open.navigate(target).then(function (w) { return (w || open).focus(); })
        .catch(function () { return self.clients.openWindow(target); });
    }
    return self.clients.openWindow(target);
  }));
});

/* Only a path of this site: a message can never send the person elsewhere. */
function ownPage(url) {
  return typeof url === 'string' && url.charAt(0) === '/' && url.charAt(1) !== '/' && url.charAt(1) !== '\\' ? url : '/';
}

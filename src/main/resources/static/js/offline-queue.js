/*
 * Check-ins kept on this device while there is no connection, shared by the page (legible.js) and the service
 * worker (/sw.js). Each keeps the form's fields as typed (never the session's token), a key made once, so sending it
 * twice records it once, the time it was made, so it lands on that diary day, and the tag of the person signed in on
 * this device, so it is sent only for them. Signing out clears the device's storage (Clear-Site-Data), so nothing
 * health-related outlives the session there.
 */
(function (global) {
  'use strict';

  var DATABASE = 'legible-device';
  var CHECK_INS = 'checkIns';
  var DEVICE = 'device';

  function open() {
    return new Promise(function (resolve, reject) {
      var request = global.indexedDB.open(DATABASE, 1);
      request.onupgradeneeded = function () {
        request.result.createObjectStore(CHECK_INS, { keyPath: 'key' });
        request.result.createObjectStore(DEVICE, { keyPath: 'name' });
      };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { reject(request.error); };
    });
  }

  /* One transaction on one store; resolves with what the last request read. */
  function transact(store, mode, work) {
    return open().then(function (db) {
      return new Promise(function (resolve, reject) {
        var transaction = db.transaction(store, mode);
        var request = work(transaction.objectStore(store));
        transaction.oncomplete = function () {
          db.close();
          resolve(request ? request.result : undefined);
        };
        transaction.onerror = function () {
          db.close();
          reject(transaction.error);
        };
      });
    });
  }

  function owner() {
    return transact(DEVICE, 'readonly', function (store) { return store.get('owner'); })
      .then(function (row) { return row ? row.tag : null; });
  }

  function newKey() {
    if (global.crypto && global.crypto.randomUUID) {
      return global.crypto.randomUUID();
    }
    var bytes = global.crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(bytes, function (b) { return (b + 0x100).toString(16).slice(1); }).join('');
    return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' + hex.slice(16, 20) + '-' + hex.slice(20);
  }

  global.LegibleQueue = {
    /* Keeps the fields of a check-in form (a FormData); resolves with the kept entry. */
    keep: function (form) {
      var fields = [];
      var key = null;
      form.forEach(function (value, name) {
        if (typeof value !== 'string' || name === '_csrf') {
          return;
        }
        if (name === 'idempotencyKey') {
          key = value;
        } else {
          fields.push([name, value]);
        }
      });
      return owner().then(function (tag) {
        var entry = { key: key || newKey(), madeAt: new Date().toISOString(), fields: fields, owner: tag, problems: null };
        return transact(CHECK_INS, 'readwrite', function (store) { return store.put(entry); })
          .then(function () { return entry; });
      });
    },
    /* The entries kept for this person (all of them when tag is undefined), oldest first. */
    entries: function (tag) {
      return transact(CHECK_INS, 'readonly', function (store) { return store.getAll(); })
        .then(function (all) {
          return (all || [])
            .filter(function (entry) { return tag === undefined || entry.owner === tag; })
            .sort(function (a, b) { return a.madeAt < b.madeAt ? -1 : 1; });
        });
    },
    update: function (entry) {
      return transact(CHECK_INS, 'readwrite', function (store) { return store.put(entry); });
    },
    remove: function (key) {
      return transact(CHECK_INS, 'readwrite', function (store) { return store.delete(key); });
    },
    /* Whether the person chose to keep their last check-in here, so "Same as last time" works offline. */
    keepsLast: function () {
      return transact(DEVICE, 'readonly', function (store) { return store.get('keepLast'); })
        .then(function (row) { return !!(row && row.on); });
    },
    /* Turning it off deletes the kept copy at once. */
    setKeepsLast: function (on) {
      return transact(DEVICE, 'readwrite', function (store) {
        if (on) {
          return store.put({ name: 'keepLast', on: true });
        }
        store.delete('last');
        return store.delete('keepLast');
      });
    },
    /* The answers of this person's last check-in (name and value pairs, as its form would post them). */
    keepLast: function (tag, fields, recordedAt) {
      return transact(DEVICE, 'readwrite', function (store) {
        return store.put({ name: 'last', owner: tag, fields: fields, recordedAt: recordedAt, keptAt: Date.now() });
      });
    },
    forgetLast: function () {
      return transact(DEVICE, 'readwrite', function (store) { return store.delete('last'); });
    },
    /* The kept last check-in of this person, or null. */
    last: function (tag) {
      return transact(DEVICE, 'readonly', function (store) { return store.get('last'); })
        .then(function (row) { return row && tag && row.owner === tag ? row : null; });
    },
    /* Who is signed in on this device now (a one-way tag from the page). */
    setOwner: function (tag) {
      return transact(DEVICE, 'readwrite', function (store) { return store.put({ name: 'owner', tag: tag }); });
    },
    owner: owner
  };
}(self));

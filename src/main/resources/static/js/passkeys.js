/*
 * Passkeys: signing in, confirming it is you and adding one, through Spring Security's WebAuthn addresses
 * (accounts.internal.PasskeySecurityConfiguration). Loaded only by the pages that offer a passkey; their buttons stay
 * hidden where the browser has no passkeys, and what goes wrong is said in the page's own words (data-* messages).
 */
(function () {
  'use strict';
  if (!window.PublicKeyCredential || !window.fetch) {
    return;
  }

  function encode(buffer) {
    var text = String.fromCharCode.apply(null, new Uint8Array(buffer));
    return window.btoa(text).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  }

  function decode(base64url) {
    var text = window.atob(base64url.replace(/-/g, '+').replace(/_/g, '/'));
    var bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) {
      bytes[i] = text.charCodeAt(i);
    }
    return bytes.buffer;
  }

  function post(url, body) {
    var headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
    var token = document.querySelector('meta[name="csrf-token"]');
    var header = document.querySelector('meta[name="csrf-header"]');
    if (token && header) {
      headers[header.content] = token.content;
    }
    return fetch(url, {
      method: 'POST',
      headers: headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    });
  }

  function say(box, message) {
    box.hidden = false;
    box.querySelector('[data-passkey-message]').textContent = message;
    box.focus();
  }

  // Sign in (or confirm it is you) with a passkey: the browser asks for the fingerprint, face or screen lock.
  async function signIn(button) {
    var box = document.getElementById(button.getAttribute('data-passkey-error'));
    box.hidden = true;
    var options = await post('/webauthn/authenticate/options');
    options.challenge = decode(options.challenge);
    options.allowCredentials = (options.allowCredentials || []).map(function (credential) {
      return Object.assign({}, credential, { id: decode(credential.id) });
    });
    var credential = await navigator.credentials.get({ publicKey: options });
    var response = credential.response;
    var query = new URLSearchParams();
    var remember = document.querySelector('input[name="remember"]');
    if (remember && remember.checked) {
      query.set('remember', 'on');
    }
    if (button.getAttribute('data-next')) {
      query.set('next', button.getAttribute('data-next'));
    }
    var result = await post('/login/webauthn?' + query.toString(), {
      id: credential.id,
      rawId: encode(credential.rawId),
      response: {
        authenticatorData: encode(response.authenticatorData),
        clientDataJSON: encode(response.clientDataJSON),
        signature: encode(response.signature),
        userHandle: response.userHandle ? encode(response.userHandle) : undefined
      },
      credType: credential.type,
      clientExtensionResults: credential.getClientExtensionResults(),
      authenticatorAttachment: credential.authenticatorAttachment
    });
    window.location.assign(result.redirectUrl);
  }

  // Add a passkey under the name the person gave it.
  async function add(form) {
    var box = document.getElementById(form.getAttribute('data-passkey-error'));
    box.hidden = true;
    var options = await post('/webauthn/register/options');
    options.challenge = decode(options.challenge);
    options.user = Object.assign({}, options.user, { id: decode(options.user.id) });
    options.excludeCredentials = (options.excludeCredentials || []).map(function (credential) {
      return Object.assign({}, credential, { id: decode(credential.id) });
    });
    var credential = await navigator.credentials.create({ publicKey: options });
    var response = credential.response;
    await post('/webauthn/register', {
      publicKey: {
        label: form.querySelector('[name="label"]').value,
        credential: {
          id: credential.id,
          rawId: encode(credential.rawId),
          response: {
            attestationObject: encode(response.attestationObject),
            clientDataJSON: encode(response.clientDataJSON),
            transports: response.getTransports ? response.getTransports() : []
          },
          type: credential.type,
          clientExtensionResults: credential.getClientExtensionResults(),
          authenticatorAttachment: credential.authenticatorAttachment
        }
      }
    });
    window.location.assign(form.getAttribute('data-next'));
  }

  document.querySelectorAll('[data-passkey-only]').forEach(function (element) {
    element.hidden = false;
  });
  document.querySelectorAll('[data-passkey-none]').forEach(function (element) {
    element.hidden = true;
  });

  document.querySelectorAll('button[data-passkey-sign-in]').forEach(function (button) {
    button.addEventListener('click', function () {
      button.disabled = true;
      signIn(button).catch(function () {
        button.disabled = false;
        say(document.getElementById(button.getAttribute('data-passkey-error')),
          button.getAttribute('data-passkey-failed'));
      });
    });
  });

  document.querySelectorAll('form[data-passkey-add]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var button = form.querySelector('button[type="submit"]');
      button.disabled = true;
      add(form).catch(function () {
        button.disabled = false;
        say(document.getElementById(form.getAttribute('data-passkey-error')), form.getAttribute('data-passkey-failed'));
      });
    });
  });
})();

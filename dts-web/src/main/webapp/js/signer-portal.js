/*
 * DTS signer portal: the browser side of the signer's key (DtsKeys, from dts-keys.js, does the crypto).
 *
 * Guarantees: the secret key is generated here; localStorage holds it only as an EIP-2335 keystore
 * encrypted under the passphrase; once unlocked, it lives only in the variable `unlocked` of this
 * closure (never a form field, cookie or storage) until the page is left or "Lock" is pressed. The
 * passphrase fields have no name and sit outside every form. The server receives the public key,
 * the proof of possession, the stake and partial signatures: nothing else.
 */
var DtsPortal = (function () {
    'use strict';

    var unlocked = null; // Uint8Array(32) secret key, for this page only

    function el(id) {
        return document.getElementById(id);
    }

    function portal() {
        return el('signer-portal');
    }

    function user() {
        return portal().dataset.user;
    }

    function registeredKey() {
        return portal().dataset.publicKey || '';
    }

    /** Shows a message in the labelled note {@code id}; kind: info, ok or error. */
    function say(id, text, kind) {
        var note = el(id);
        if (!note) {
            return;
        }
        note.textContent = text || '';
        note.className = 'dts-note dts-note-' + (kind || 'info');
        note.hidden = !text;
    }

    /** Shows the progress dialog, then yields a moment so that it paints before the CPU-heavy work. */
    function busy(text) {
        el('busy-text').textContent = text;
        el('busy-progress').textContent = '';
        PF('busy').show();
        return new Promise(function (resolve) {
            setTimeout(resolve, 50);
        });
    }

    /** The key derivation's progress (0..1), which is what takes the time. */
    function progress(fraction) {
        el('busy-progress').textContent = Math.floor(fraction * 100) + ' %';
    }

    function idle() {
        PF('busy').hide();
    }

    function cryptoLoaded(noteId) {
        if (typeof DtsKeys === 'undefined') {
            say(noteId, 'The browser cryptography (dts-keys.js) did not load: reload the page.', 'error');
            return false;
        }
        return true;
    }

    function isWrongPassphrase(error) {
        return /wrong passphrase/i.test(String(error && error.message));
    }

    function abbreviated(hex) {
        return hex ? hex.slice(0, 12) + '…' + hex.slice(-8) : '(none)';
    }

    function clear(id) {
        var input = el(id);
        if (input) {
            input.value = '';
        }
    }

    /** Registration: key, proof and keystore made here; only the public key and proof are submitted. */
    async function register() {
        var note = 'register-message';
        if (!cryptoLoaded(note)) {
            return;
        }
        var passphrase = el('new-passphrase').value;
        if (passphrase.length < 8) {
            say(note, 'Choose a keystore passphrase of at least 8 characters.', 'error');
            return;
        }
        if (passphrase !== el('new-passphrase-again').value) {
            say(note, 'The passphrases differ: type the same passphrase twice.', 'error');
            return;
        }
        if (!el('register:stake').value) {
            say(note, 'Choose a stake.', 'error');
            return;
        }
        await busy('Generating your key and encrypting it into a keystore…');
        var secretKey = null;
        try {
            secretKey = DtsKeys.generateSecretKey();
            var publicKey = DtsKeys.publicKey(secretKey);
            var proof = DtsKeys.proofOfPossession(secretKey);
            var keystore = await DtsKeys.encryptKeystore(secretKey, passphrase,
                {path: '', description: 'DTS signer ' + user(), onProgress: progress});
            DtsKeys.saveKeystore(user(), keystore);
            clear('new-passphrase');
            clear('new-passphrase-again');
            el('register:publicKey').value = publicKey;
            el('register:proofOfPossession').value = proof;
            el('busy-text').textContent = 'Keystore saved in this browser. Registering your public key…';
            el('register:submit').click();
        } catch (e) {
            idle();
            say(note, 'Your key could not be made: ' + e.message, 'error');
        } finally {
            if (secretKey) {
                secretKey.fill(0);
            }
        }
    }

    /** Decrypts the stored keystore with the passphrase field, once per page; answers the key or null. */
    async function unlock() {
        var note = 'key-message';
        if (unlocked) {
            return unlocked;
        }
        if (!cryptoLoaded(note)) {
            return null;
        }
        var keystore = DtsKeys.loadKeystore(user());
        if (!keystore) {
            say(note, 'No keystore for ' + user() + ' in this browser: import your keystore file first.', 'error');
            return null;
        }
        var passphrase = el('passphrase').value;
        if (!passphrase) {
            say(note, 'Type your keystore passphrase first.', 'error');
            el('passphrase').focus();
            return null;
        }
        await busy('Decrypting your keystore…');
        try {
            var secretKey = await DtsKeys.decryptKeystore(keystore, passphrase, {onProgress: progress});
            var publicKey = DtsKeys.publicKey(secretKey);
            if (publicKey !== registeredKey()) {
                secretKey.fill(0);
                say(note, 'Wrong key: the keystore in this browser holds public key ' + abbreviated(publicKey)
                    + ', but you are registered with ' + abbreviated(registeredKey()) + '. Import the right keystore.', 'error');
                return null;
            }
            unlocked = secretKey;
            clear('passphrase');
            startMember();
            say(note, 'Key unlocked for this page. It is forgotten when you leave the page or press Lock.', 'ok');
            showKeystore();
            return unlocked;
        } catch (e) {
            say(note, isWrongPassphrase(e)
                ? 'Wrong passphrase: your keystore does not open with it. Nothing was unlocked.'
                : 'Your keystore could not be opened: ' + e.message, 'error');
            return null;
        } finally {
            idle();
        }
    }

    function lock() {
        if (typeof DtsMember !== 'undefined') {
            DtsMember.stop(); // before the key is zeroed under it
        }
        if (unlocked) {
            unlocked.fill(0);
        }
        unlocked = null;
        say('key-message', 'Key locked. The passphrase is asked again before the next signature.', 'info');
        showKeystore();
    }

    /** Threshold mode: the unlocked key also does the member's DKG duties (signer-member.js). */
    function startMember() {
        if (typeof DtsMember !== 'undefined') {
            DtsMember.start(unlocked);
        }
    }

    /**
     * Signs the request's 32-byte message hash here and submits only the signature: with my key, or
     * for a threshold request (it names a group key) with my share x_j of the request's epoch.
     */
    async function sign(messageHash, epoch, groupPublicKey) {
        var secretKey = await unlock();
        if (!secretKey) {
            el('keystore').scrollIntoView();
            return;
        }
        await busy('Signing the request…');
        try {
            el('requests:messageHash').value = messageHash;
            el('requests:signature').value = groupPublicKey
                ? await DtsMember.signWithShare(epoch, messageHash)
                : DtsKeys.sign(secretKey, messageHash);
            submitPartialSignature(); // p:remoteCommand; signed() runs when the answer is shown
        } catch (e) {
            idle();
            say('key-message', 'The request could not be signed: ' + e.message, 'error');
        }
    }

    function signed() {
        clear('requests:signature');
        idle();
    }

    /** Reads a keystore file, checks it with the passphrase and against my registered key, then keeps it. */
    async function importKeystore() {
        var note = 'key-message';
        if (!cryptoLoaded(note)) {
            return;
        }
        var file = el('keystore-file').files[0];
        if (!file) {
            say(note, 'Choose your keystore file first.', 'error');
            return;
        }
        var passphrase = el('passphrase').value;
        if (!passphrase) {
            say(note, 'Type the passphrase of the keystore first.', 'error');
            return;
        }
        var keystore;
        try {
            keystore = JSON.parse(await file.text());
        } catch (e) {
            say(note, 'Not a keystore: ' + file.name + ' is not JSON.', 'error');
            return;
        }
        await busy('Checking the keystore…');
        try {
            var secretKey = await DtsKeys.decryptKeystore(keystore, passphrase, {onProgress: progress});
            var publicKey = DtsKeys.publicKey(secretKey);
            if (publicKey !== registeredKey()) {
                secretKey.fill(0);
                say(note, 'Wrong key: this keystore holds public key ' + abbreviated(publicKey)
                    + ', but you are registered with ' + abbreviated(registeredKey()) + '. Nothing was imported.', 'error');
                return;
            }
            DtsKeys.saveKeystore(user(), keystore);
            if (unlocked) {
                if (typeof DtsMember !== 'undefined') {
                    DtsMember.stop(); // before the key is zeroed under it
                }
                unlocked.fill(0);
            }
            unlocked = secretKey;
            clear('passphrase');
            el('keystore-file').value = '';
            startMember();
            say(note, 'Keystore imported into this browser, and your key is unlocked for this page.', 'ok');
            showKeystore();
        } catch (e) {
            say(note, isWrongPassphrase(e)
                ? 'Wrong passphrase: this keystore does not open with it. Nothing was imported.'
                : 'Not a usable keystore: ' + e.message, 'error');
        } finally {
            idle();
        }
    }

    /** Says whether a keystore is here and offers it for download as keystore-<user>.json. */
    function showKeystore() {
        var state = el('keystore-state');
        if (!state || typeof DtsKeys === 'undefined') {
            return;
        }
        var keystore = DtsKeys.loadKeystore(user());
        var link = el('keystore-download');
        if (link.href.indexOf('blob:') === 0) {
            URL.revokeObjectURL(link.href);
        }
        if (!keystore) {
            state.textContent = 'No keystore for ' + user() + ' in this browser. Import your keystore file to sign here.';
            link.hidden = true;
            link.removeAttribute('href');
        } else {
            var other = keystore.pubkey && keystore.pubkey.toLowerCase() !== registeredKey();
            state.textContent = other
                ? 'The keystore in this browser holds another key (' + abbreviated(keystore.pubkey) + ') than the one you'
                    + ' registered (' + abbreviated(registeredKey()) + '): import your keystore file to sign here.'
                : 'Your encrypted keystore is in this browser'
                    + (unlocked ? ', and your key is unlocked for this page.' : '; your key is locked.');
            var json = JSON.stringify(keystore, null, 2);
            link.href = URL.createObjectURL(new Blob([json], {type: 'application/json'}));
            link.download = 'keystore-' + user() + '.json';
            link.hidden = false;
        }
        el('unlock').hidden = !!unlocked;
        el('lock').hidden = !unlocked;
    }

    document.addEventListener('DOMContentLoaded', function () {
        if (el('keystore')) {
            cryptoLoaded('key-message');
            showKeystore();
        }
    });

    return {register: register, unlock: unlock, lock: lock, sign: sign, signed: signed,
        importKeystore: importKeystore, showKeystore: showKeystore,
        el: el, portal: portal, user: user}; // the page's lookups, shared with signer-member.js
}());

/*
 * DTS signer portal, threshold mode: the browser takes the member's part in every DKG session while
 * this page is open and the key unlocked (THRESHOLD.md), as dts-signer's Member does unattended.
 * Every ~2 s it reads the current session (public REST reads), does what is due — deal, open the
 * deals and complain about bad ones, compute and check x_j — and shows the session's progress.
 *
 * Guarantees: received shares and x_j live only in this closure and in localStorage as the sealed
 * vault of DtsKeys.vault (AES-GCM under a key derived from the signing key, so they open with the
 * keystore passphrase only). The server receives deal bundles and complaints (public by design),
 * posted through the page's JSF remote commands, and partial signatures. Nothing secret is logged.
 */
var DtsMember = (function () {
    'use strict';

    var POLL_MILLIS = 2000;
    var MAX_ATTEMPTS = 3; // a post the server refuses is retried at most this often per session and task

    var secretKey = null; // the unlocked signing key, shared with DtsPortal (which zeroes it on Lock)
    var memory = null; // the opened vault: {epochs: {...}}
    var timer = null;
    var working = false;
    var pending = null; // resolves the remote command in flight
    var attempts = {};
    var actions = null; // what this page did, newest first, for the record on screen; kept for the tab's reloads
    var shown = {session: null, height: null, problem: null};

    var el = DtsPortal.el; // signer-portal.js loads first
    var portal = DtsPortal.portal;
    var user = DtsPortal.user;

    function text(id, value) {
        var node = el(id);
        if (node) {
            node.textContent = value;
        }
    }

    function abbreviated(hex) {
        return hex ? hex.slice(0, 12) + '…' + hex.slice(-8) : '(none)';
    }

    function member() {
        return DtsKeys.member;
    }

    // ---- I/O: public reads over REST, posts through the page's remote commands -------------------

    async function read(path) {
        var response = await fetch(portal().dataset.api + path, {headers: {Accept: 'application/json'}, credentials: 'omit'});
        if (response.status === 404) {
            return null;
        }
        if (!response.ok) {
            throw new Error('the server answered ' + response.status + ' to ' + path);
        }
        return response.json();
    }

    /** Runs the remote command `name` (dkgDeal or dkgComplain); answers {ok, message}. */
    function post(name, epoch, body) {
        return new Promise(function (resolve) {
            pending = resolve;
            window[name]([{name: 'epoch', value: String(epoch)}, {name: 'body', value: JSON.stringify(body)}]);
        });
    }

    /** oncomplete of the remote commands. */
    function answered(args) {
        var resolve = pending;
        pending = null;
        if (resolve) {
            resolve(args && typeof args.ok !== 'undefined' ? {ok: args.ok, message: args.message}
                : {ok: false, message: 'no answer from the server'});
        }
    }

    function recordKey() {
        return 'dts.member-log.' + user();
    }

    /** The record on screen, as this tab left it before a reload (sessionStorage; it holds no secret). */
    function record() {
        if (actions === null) {
            try {
                actions = JSON.parse(sessionStorage.getItem(recordKey())) || [];
            } catch (e) {
                actions = [];
            }
        }
        return actions;
    }

    function did(line) {
        var lines = record();
        lines.unshift(new Date().toLocaleTimeString() + ' — ' + line);
        lines.length = Math.min(lines.length, 20);
        try {
            sessionStorage.setItem(recordKey(), JSON.stringify(lines));
        } catch (e) {
            // storage full or disabled: the record stays on screen for this page only
        }
    }

    function save() {
        DtsKeys.vault.saveMemory(secretKey, user(), memory);
    }

    // ---- the duties ------------------------------------------------------------------------------

    async function poll() {
        if (working || !secretKey) {
            return;
        }
        working = true;
        try {
            var network = await read('network');
            shown.height = network ? network.blockHeight : null;
            var session = await read('dkg/sessions/current');
            shown.session = session;
            shown.problem = null;
            if (session) {
                await perform(session);
            }
        } catch (e) {
            shown.problem = e.message;
        } finally {
            working = false;
            render();
            if (secretKey) {
                timer = setTimeout(poll, POLL_MILLIS);
            }
        }
    }

    async function perform(session) {
        var duty = member().dutyOf(session, user(), memory);
        if (duty.task === 'blocked' && session.kind === 'RESHARE' && session.previousEpoch != null) {
            // The page was closed when the previous session completed: its share may still be computed.
            await ensureShare(session.previousEpoch);
            duty = member().dutyOf(session, user(), memory);
        }
        var key = session.epoch + '/' + duty.task;
        if ((attempts[key] || 0) >= MAX_ATTEMPTS) {
            return;
        }
        if (duty.task === 'deal') {
            await deal(session, duty, key);
        } else if (duty.task === 'check') {
            await checkDeals(session, duty.receiverIndex, key);
        } else if (duty.task === 'store') {
            await storeShare(session, duty.receiverIndex);
        } else if (duty.task === 'blocked') {
            shown.problem = duty.problem;
        }
    }

    async function deal(session, duty, key) {
        var bundle = member().dealFor(secretKey, session, duty, memory);
        var answer = await post('dkgDeal', session.epoch, DtsKeys.dkg.dealRequestBody(bundle));
        if (answer.ok) {
            did('dealt for epoch ' + session.epoch + ' as dealer ' + duty.dealerIndex
                + (duty.oldShareEpoch === undefined ? '' : ' (resharing my share of epoch ' + duty.oldShareEpoch + ')'));
        } else {
            attempts[key] = (attempts[key] || 0) + 1;
            did('the deal for epoch ' + session.epoch + ' was refused: ' + answer.message);
        }
    }

    async function checkDeals(session, j, key) {
        var epoch = session.epoch;
        var accepted = member().acceptedBundles(session, await read('dkg/sessions/' + epoch + '/deals') || []);
        accepted.problems.forEach(did);
        var filed = (await read('dkg/sessions/' + epoch + '/complaints') || [])
            .filter(function (c) { return c.receiverIndex === j; })
            .map(function (c) { return c.dealerIndex; });
        var result = member().checkDeals(secretKey, accepted.bundles, j, filed);
        var refused = false;
        for (var k = 0; k < result.complaints.length; k++) {
            var body = result.complaints[k];
            var answer = await post('dkgComplain', epoch, body);
            did(answer.ok ? 'complained about dealer ' + body.dealerIndex + ' in epoch ' + epoch + ' (' + answer.message + ')'
                : 'the complaint about dealer ' + body.dealerIndex + ' was refused: ' + answer.message);
            refused = refused || !answer.ok;
        }
        if (refused) {
            attempts[key] = (attempts[key] || 0) + 1;
        }
        var mine = member().epochMemory(memory, epoch);
        mine.kind = session.kind;
        mine.receiverIndex = j;
        mine.received = result.received;
        mine.checked = !refused || attempts[key] >= MAX_ATTEMPTS;
        save();
        did('checked ' + accepted.bundles.length + ' deals of epoch ' + epoch + ': ' + Object.keys(result.received).length
            + ' shares verify and are kept encrypted, ' + result.failures.length + ' do not');
    }

    async function storeShare(session, j) {
        var epoch = session.epoch;
        var accepted = member().acceptedBundles(session, await read('dkg/sessions/' + epoch + '/deals') || []);
        var mine = member().epochMemory(memory, epoch);
        var x = member().groupShare(secretKey, session, accepted.bundles, j, mine.received || {});
        mine.kind = session.kind;
        mine.receiverIndex = j;
        mine.share = x.share;
        mine.publicShare = x.publicShare;
        mine.groupPublicKey = session.groupPublicKey;
        save();
        did('my share of epoch ' + epoch + ' is stored (its public share ' + abbreviated(x.publicShare)
            + ' matches the session\'s)');
    }

    /** Makes sure x_j of `epoch` is stored when that session completed with me as a receiver; answers it or null. */
    async function ensureShare(epoch) {
        var mine = memory && memory.epochs[String(epoch)];
        if (mine && mine.share) {
            return mine.share;
        }
        var session = await read('dkg/sessions/' + epoch);
        var seats = session ? member().seatsOf(session, user()) : null;
        if (!session || session.phase !== 'COMPLETE' || seats.receiverIndex === null) {
            return null;
        }
        await storeShare(session, seats.receiverIndex);
        return memory.epochs[String(epoch)].share;
    }

    // ---- what the page calls ---------------------------------------------------------------------

    /** Starts the duties with the key DtsPortal just unlocked. */
    function start(key) {
        if (!el('dkg') || typeof DtsKeys === 'undefined') {
            return;
        }
        stop();
        secretKey = key;
        try {
            memory = DtsKeys.vault.loadMemory(secretKey, user());
        } catch (e) {
            memory = DtsKeys.vault.emptyVault();
            did('the stored DKG memory did not open (' + e.message + '): starting afresh');
        }
        poll();
    }

    /** Forgets the key and the opened memory (Lock); the sealed vault stays. */
    function stop() {
        clearTimeout(timer);
        timer = null;
        secretKey = null;
        memory = null;
        render();
    }

    /** The partial σ_j = x_j·H(m) for a threshold request of `epoch`. */
    async function signWithShare(epoch, messageHash) {
        if (!secretKey) {
            throw new Error('your key is locked');
        }
        var share = await ensureShare(epoch);
        if (!share) {
            throw new Error('this browser holds no share of epoch ' + epoch + ', so it cannot sign this threshold request');
        }
        return DtsKeys.dkg.signWithShare(share, messageHash);
    }

    /** The newest stored share as an EIP-2335 file (pubkey: the public share), encrypted under the typed passphrase. */
    async function exportShare() {
        var note = el('share-export-message');
        var epochs = memory ? Object.keys(memory.epochs).filter(function (e) { return memory.epochs[e].share; }) : [];
        if (!epochs.length) {
            note.textContent = 'No share stored yet: unlock your key and let a session complete.';
            return;
        }
        var passphrase = el('share-passphrase').value;
        if (passphrase.length < 8) {
            note.textContent = 'Choose a passphrase of at least 8 characters for the share file.';
            return;
        }
        var epoch = epochs.map(Number).sort(function (a, b) { return b - a; })[0];
        var mine = memory.epochs[String(epoch)];
        note.textContent = 'Encrypting the share of epoch ' + epoch + '…';
        var keystore;
        try {
            keystore = await DtsKeys.dkg.exportShareKeystore(mine.share, passphrase, {
                publicShare: mine.publicShare, path: '', description: 'DTS group share of ' + user() + ', epoch ' + epoch,
                onProgress: function (f) { note.textContent = 'Encrypting the share of epoch ' + epoch + '… ' + Math.floor(f * 100) + ' %'; }
            });
        } catch (e) {
            note.textContent = 'The share could not be exported: ' + e.message;
            return;
        }
        el('share-passphrase').value = '';
        var link = el('share-download');
        if (link.href.indexOf('blob:') === 0) {
            URL.revokeObjectURL(link.href);
        }
        link.href = URL.createObjectURL(new Blob([JSON.stringify(keystore, null, 2)], {type: 'application/json'}));
        link.download = 'share-' + user() + '-epoch-' + epoch + '.json';
        link.hidden = false;
        note.textContent = 'Your share of epoch ' + epoch + ' is ready to download (its pubkey is your public share).';
    }

    // ---- what the page shows ---------------------------------------------------------------------

    function render() {
        if (!el('dkg')) {
            return;
        }
        var session = shown.session;
        text('dkg-state', !secretKey ? 'Your key is locked: unlock it and keep this page open to take your part in the'
                + ' network\'s key generation.'
            : session ? 'Taking part: this page checks the session every 2 s and does what is due.'
            : 'Taking part when a session opens (the network signs in aggregate mode for now).');
        el('dkg-session').hidden = !session;
        var log = el('dkg-log');
        log.replaceChildren.apply(log, record().map(function (line) {
            var item = document.createElement('li');
            item.textContent = line;
            return item;
        }));
        text('dkg-problem', shown.problem || '');
        el('dkg-problem').hidden = !shown.problem;
        if (!session) {
            return;
        }
        var seats = member().seatsOf(session, user());
        var mine = memory && memory.epochs[String(session.epoch)];
        text('dkg-epoch', 'epoch ' + session.epoch + ', ' + session.kind + ', ' + session.threshold + ' of '
            + session.receivers.length + ' sign');
        text('dkg-phase', session.phase + (session.failureReason ? ': ' + session.failureReason : ''));
        text('dkg-window', windowText(session));
        text('dkg-role', [seats.dealerIndex === null ? null : 'dealer ' + seats.dealerIndex,
            seats.receiverIndex === null ? null : 'receiver ' + seats.receiverIndex]
            .filter(Boolean).join(', ') || 'no part in this session');
        text('dkg-dealt', session.dealt.length + ' of ' + session.dealers.length + ' dealers'
            + (session.dealt.length ? ' (' + session.dealt.slice().sort(function (a, b) { return a - b; }).join(', ') + ')' : ''));
        text('dkg-qualified', session.qualified.length ? session.qualified.join(', ') : 'not yet');
        text('dkg-share', !memory ? 'locked' : mine && mine.share ? 'stored, encrypted in this browser (public share '
            + abbreviated(mine.publicShare) + ')' : mine && mine.checked ? 'deals checked; waiting for the session to complete'
            : 'not yet');
        text('dkg-group-key', session.groupPublicKey || 'not yet');
        text('dkg-shares', storedShares());
    }

    /** The epochs whose x_j this browser holds, newest first, e.g. "epoch 7 (public share …), epoch 5 (…)". */
    function storedShares() {
        if (!memory) {
            return 'locked';
        }
        var epochs = Object.keys(memory.epochs).filter(function (e) { return memory.epochs[e].share; })
            .map(Number).sort(function (a, b) { return b - a; });
        return epochs.length ? epochs.map(function (e) {
            return 'epoch ' + e + ' (public share ' + abbreviated(memory.epochs[String(e)].publicShare) + ')';
        }).join(', ') : 'none yet';
    }

    function windowText(session) {
        if (shown.height === null) {
            return '';
        }
        var w = member().windowOf(session, shown.height);
        if (!w.window) {
            return 'closed (height ' + shown.height + ')';
        }
        var seconds = Math.round(w.blocksLeft * Number(portal().dataset.blockSeconds || 5));
        return w.window + ' window: ' + w.blocksLeft + (w.blocksLeft === 1 ? ' block' : ' blocks') + ' left (about '
            + seconds + ' s), until height ' + w.endHeight;
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', render);
    } else {
        render();
    }

    return {start: start, stop: stop, answered: answered, signWithShare: signWithShare, exportShare: exportShare};
}());

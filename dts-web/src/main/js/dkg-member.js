// What a browser member owes a DKG session now, and its computations as a receiver (THRESHOLD.md
// "Deal", "Complain", "Finalize"): the same decisions as dts-signer's DkgDuty and DkgComputation.
// Pure: the session and its deals as GET /api/v1/dkg/sessions/{epoch}[/deals] answer them, plus the
// member's memory (share-vault.js), in; decisions and results out. The page does the I/O.
//
// Memory: {epochs: {"<epoch>": {kind, receiverIndex, received: {"<dealer>": s_ij}, checked, share,
// publicShare, groupPublicKey}}} — shares are 64 hex digits, keys 96.
import {
  FRESH, RESHARE, complaint, deal, finalizeShare, openShare, reshareContributors, verifyDealSignature,
} from './dkg.js';

/** The member's seats in `session`: dealer and receiver index (or null) and, resharing, its old public share. */
export function seatsOf(session, me) {
  const dealer = (session.dealers || []).find((d) => d.name === me) || null;
  const receiver = (session.receivers || []).find((r) => r.name === me) || null;
  return {
    dealerIndex: dealer ? dealer.index : null,
    receiverIndex: receiver ? receiver.index : null,
    oldPublicShare: dealer && dealer.oldPublicShare ? normalized(dealer.oldPublicShare) : null,
  };
}

/** The remembered state of `epoch`, created empty when absent. */
export function epochMemory(memory, epoch) {
  const key = String(epoch);
  if (!memory.epochs[key]) memory.epochs[key] = { received: {}, checked: false };
  return memory.epochs[key];
}

/**
 * The one task due now: {task: 'deal', dealerIndex, oldShareEpoch?} | {task: 'check', receiverIndex}
 * | {task: 'store', receiverIndex} | {task: 'idle', reason} | {task: 'blocked', problem}.
 */
export function dutyOf(session, me, memory) {
  const epoch = session.epoch;
  const seats = seatsOf(session, me);
  const mine = memory.epochs[String(epoch)] || {};
  switch (session.phase) {
    case 'DEAL': {
      if (seats.dealerIndex === null) return idle(`not a dealer of epoch ${epoch}`);
      if ((session.dealt || []).includes(seats.dealerIndex)) return idle(`dealt for epoch ${epoch}`);
      if (session.kind === FRESH) return { task: 'deal', dealerIndex: seats.dealerIndex };
      const old = oldShareEpoch(memory, epoch, seats.oldPublicShare);
      return old === null
        ? { task: 'blocked', problem: `cannot reshare for epoch ${epoch}: no stored share matches my old public share` }
        : { task: 'deal', dealerIndex: seats.dealerIndex, oldShareEpoch: old };
    }
    case 'COMPLAIN':
      if (seats.receiverIndex === null) return idle(`not a receiver of epoch ${epoch}`);
      return mine.checked ? idle(`deals of epoch ${epoch} checked`) : { task: 'check', receiverIndex: seats.receiverIndex };
    case 'COMPLETE':
      if (seats.receiverIndex === null) return idle(`not a receiver of epoch ${epoch}`);
      return mine.share ? idle(`share for epoch ${epoch} stored`) : { task: 'store', receiverIndex: seats.receiverIndex };
    case 'FAILED':
      return idle(`session of epoch ${epoch} failed${session.failureReason ? ': ' + session.failureReason : ''}`);
    default:
      return idle(`session of epoch ${epoch} is in no phase this page knows`);
  }
}

/** Resharing: the newest earlier epoch whose stored share has `oldPublicShare` as its public share, or null. */
export function oldShareEpoch(memory, epoch, oldPublicShare) {
  const candidates = Object.entries(memory.epochs)
    .filter(([e, m]) => Number(e) < epoch && m.share && normalized(m.publicShare) === oldPublicShare)
    .map(([e]) => Number(e)).sort((a, b) => b - a);
  return candidates.length ? candidates[0] : null;
}

/** The dealer's bundle, for the session's receivers and threshold (the constant x_i when resharing). */
export function dealFor(secretKey, session, task, memory) {
  const oldShare = task.oldShareEpoch === undefined ? undefined : memory.epochs[String(task.oldShareEpoch)].share;
  return deal({
    dealerSecretKey: secretKey, epoch: session.epoch, dealerIndex: task.dealerIndex, threshold: session.threshold,
    receivers: session.receivers.map(({ index, publicKey }) => ({ index, publicKey })), oldShare,
  });
}

/** A posted deal (GET …/deals) as the bundle dkg.js takes. */
export function bundleOf(session, posted) {
  return {
    epoch: session.epoch, dealerIndex: posted.dealerIndex, threshold: session.threshold,
    commitments: posted.commitments, shares: posted.shares, signature: posted.signature,
  };
}

/**
 * The posted deals this page accepts: signed by their dealer, and resharing, committed to the dealer's
 * old public share. The server checks the same; a deal failing here is reported, never complained about
 * (a complaint proves a bad share, not a bad signature). Answers {bundles, problems}.
 */
export function acceptedBundles(session, posted) {
  const dealers = new Map((session.dealers || []).map((d) => [d.index, d]));
  const bundles = [];
  const problems = [];
  for (const p of posted) {
    const dealer = dealers.get(p.dealerIndex);
    const bundle = bundleOf(session, p);
    const ok = dealer && verifyDealSignature(dealer.publicKey, bundle)
      && (session.kind !== RESHARE || normalized(bundle.commitments[0]) === normalized(dealer.oldPublicShare));
    if (ok) bundles.push(bundle);
    else problems.push(`the deal of dealer ${p.dealerIndex} in epoch ${session.epoch} does not pass this page's checks`);
  }
  return { bundles, problems };
}

/**
 * Receiver j opens every accepted bundle: the shares that verify ({dealer: s_ij}) and the complaints
 * due for the others, skipping dealers in `alreadyComplained`. Answers {received, complaints, failures}.
 */
export function checkDeals(secretKey, bundles, receiverIndex, alreadyComplained = []) {
  const received = {};
  const complaints = [];
  const failures = [];
  for (const bundle of bundles) {
    const opened = openShare(secretKey, bundle, receiverIndex);
    if (!opened.shouldComplain) {
      received[bundle.dealerIndex] = opened.share;
      continue;
    }
    failures.push({ dealerIndex: bundle.dealerIndex, failure: opened.failure });
    const hasEntry = bundle.shares.some((s) => s.receiverIndex === receiverIndex);
    if (hasEntry && !alreadyComplained.includes(bundle.dealerIndex)) {
      complaints.push(complaint(secretKey, bundle, receiverIndex));
    }
  }
  return { received, complaints, failures };
}

/**
 * Receiver j's group share of a COMPLETE session: x_j = Σ s_ij over QUAL (fresh) or Σ λ_i·s_ij over
 * the t_old lowest QUAL indices (reshare), checked against the session's public share Y_j (throws if
 * it does not match). `received` are the shares already opened; missing ones are opened from `bundles`.
 * Answers {share, publicShare}.
 */
export function groupShare(secretKey, session, bundles, receiverIndex, received = {}) {
  const contributors = session.kind === RESHARE
    ? reshareContributors(session.qualified, session.previousThreshold)
    : [...session.qualified].sort((a, b) => a - b);
  const sharesByDealer = {};
  for (const i of contributors) {
    let share = received[i];
    if (!share) {
      const bundle = bundles.find((b) => b.dealerIndex === i);
      const opened = bundle ? openShare(secretKey, bundle, receiverIndex) : { share: null };
      share = opened.share;
    }
    if (!share) throw new Error(`cannot compute my share of epoch ${session.epoch}: dealer ${i}'s share does not open`);
    sharesByDealer[i] = share;
  }
  const expected = (session.publicShares || []).find((p) => p.index === receiverIndex);
  return finalizeShare({
    kind: session.kind, sharesByDealer, contributors, publicShare: expected ? expected.publicShare : undefined,
  });
}

/**
 * Where the session stands at `height`: the open window and the blocks left in it.
 * {window: 'deal'|'complain'|null, endHeight, blocksLeft}.
 */
export function windowOf(session, height) {
  const open = session.phase === 'DEAL' ? ['deal', session.dealEndHeight]
    : session.phase === 'COMPLAIN' ? ['complain', session.complaintEndHeight] : [null, null];
  const [window, endHeight] = open;
  return { window, endHeight, blocksLeft: endHeight === null ? 0 : Math.max(0, endHeight - height) };
}

function idle(reason) {
  return { task: 'idle', reason };
}

function normalized(hex) {
  if (typeof hex !== 'string') return '';
  return (hex.startsWith('0x') || hex.startsWith('0X') ? hex.slice(2) : hex).toLowerCase();
}

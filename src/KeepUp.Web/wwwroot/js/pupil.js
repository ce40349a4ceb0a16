// Pupil pages: the PIN pad, and the end-of-lesson check with an answer queue kept on the device
// until the server acknowledges each answer (a dropped connection or a reload loses nothing).
(function () {
  const pad = document.querySelector('[data-pin-pad]');
  if (pad) {
    const pin = pad.querySelector('.pin-input');
    pad.querySelectorAll('[data-digit]').forEach(key => key.addEventListener('click', () => {
      if (pin.value.length < 4) pin.value += key.dataset.digit;
      if (pin.value.length === 4) pad.requestSubmit();
    }));
    pad.querySelector('[data-back]').addEventListener('click', () => { pin.value = pin.value.slice(0, -1); });
  }

  const root = document.querySelector('[data-check]');
  if (!root) return;
  const checkId = root.dataset.check;
  const storeKey = 'keepup.answers.' + checkId;
  const questions = Array.from(root.querySelectorAll('.pupil-question'));
  const progress = root.querySelector('[data-progress]');
  const done = root.querySelector('[data-done]');
  const saving = root.querySelector('[data-saving]');
  const answeredOnServer = new Set((root.dataset.answered || '').split(',').filter(Boolean).map(Number));

  const load = () => { try { return JSON.parse(localStorage.getItem(storeKey)) || {}; } catch { return {}; } };
  const save = state => localStorage.setItem(storeKey, JSON.stringify(state));
  const newId = () => {
    if (crypto.randomUUID) return crypto.randomUUID();
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40; b[8] = (b[8] & 0x3f) | 0x80;
    const h = Array.from(b, x => x.toString(16).padStart(2, '0')).join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  };

  let state = load();
  let shownAt = 0;
  let sending = false;
  let retryDelay = 1000;

  const isDone = q => answeredOnServer.has(Number(q.dataset.index)) || state[q.dataset.index];
  const pending = () => Object.values(state).filter(a => !a.acknowledged);

  function showNext() {
    questions.forEach(q => { q.hidden = true; });
    const next = questions.find(q => !isDone(q));
    const position = questions.filter(isDone).length;
    if (!next) {
      progress.textContent = '';
      done.hidden = false;
      updateSaving();
      return;
    }
    progress.textContent = `Question ${position + 1} of ${questions.length}`;
    next.hidden = false;
    shownAt = performance.now();
    const input = next.querySelector('input');
    if (input) input.focus();
  }

  function updateSaving() {
    if (done.hidden) return;
    saving.textContent = pending().length === 0
      ? 'Your answers are saved. You can sign out now.'
      : 'Saving your answers… If this stays, your teacher will help: your answers are kept on this device.';
  }

  function answer(question, text) {
    const index = question.dataset.index;
    if (state[index]) return;
    state[index] = { id: newId(), index: Number(index), answer: text, millisecondsTaken: Math.round(performance.now() - shownAt), acknowledged: false };
    save(state);
    showNext();
    flush();
  }

  async function flush() {
    if (sending) return;
    const batch = pending();
    if (batch.length === 0) { updateSaving(); return; }
    sending = true;
    try {
      const response = await fetch('/api/v1/pupil/answers', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify({ checkId, answers: batch.map(({ id, index, answer, millisecondsTaken }) => ({ id, index, answer, millisecondsTaken })) }),
      });
      if (response.status === 401) { saving && (saving.textContent = 'Please sign in again: your answers are kept on this device.'); return; }
      if (!response.ok) throw new Error('HTTP ' + response.status);
      const receipt = await response.json();
      const acknowledged = new Set(receipt.acknowledged);
      state = load();
      Object.values(state).forEach(a => { if (acknowledged.has(a.id)) a.acknowledged = true; });
      save(state);
      retryDelay = 1000;
    } catch {
      setTimeout(flush, retryDelay);
      retryDelay = Math.min(retryDelay * 2, 30000);
    } finally {
      sending = false;
      updateSaving();
      if (pending().length > 0 && retryDelay === 1000) setTimeout(flush, 500);
    }
  }

  questions.forEach(q => {
    q.querySelectorAll('.pupil-choice').forEach(b => b.addEventListener('click', () => answer(q, b.dataset.answer)));
    const form = q.querySelector('form');
    if (form) form.addEventListener('submit', e => {
      e.preventDefault();
      const text = form.querySelector('input').value.trim();
      if (text.length > 0) answer(q, text);
    });
  });
  window.addEventListener('online', flush);
  showNext();
  flush();
})();

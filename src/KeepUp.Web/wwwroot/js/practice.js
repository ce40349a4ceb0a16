// Daily fact practice: one fact at a time, a number pad and the keyboard, gentle feedback, and a
// queue of answers kept on the device (per pupil and day) until the server acknowledges each one,
// so a dropped connection or a reload loses nothing. Time taken is measured with performance.now().
(function () {
  const root = document.querySelector('[data-practice]');
  if (!root) return;
  const pupil = root.dataset.pupil;
  const day = root.dataset.day;
  const prefix = 'keepup.facts.' + pupil + '.';
  const facts = Array.from(root.querySelectorAll('[data-facts] li')).map(li => ({
    position: Number(li.dataset.position), factId: li.dataset.fact, answer: li.dataset.answer, gap: li.dataset.gap === '1', prompt: li.textContent,
  }));
  const progress = root.querySelector('[data-progress]');
  const card = root.querySelector('[data-card]');
  const prompt = root.querySelector('[data-prompt]');
  const typed = root.querySelector('[data-typed]');
  const feedback = root.querySelector('[data-feedback]');
  const pad = root.querySelector('[data-pad]');
  const go = root.querySelector('[data-go]');
  const done = root.querySelector('[data-done]');
  const doneTitle = root.querySelector('[data-done-title]');
  const saving = root.querySelector('[data-saving]');
  const answeredOnServer = new Set((root.dataset.answered || '').split(',').filter(Boolean).map(Number));
  const maxDigits = 4;

  const load = key => { try { return JSON.parse(localStorage.getItem(key)) || {}; } catch { return {}; } };
  const save = (key, state) => localStorage.setItem(key, JSON.stringify(state));
  const todayKey = prefix + day;
  const newId = () => {
    if (crypto.randomUUID) return crypto.randomUUID();
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40; b[8] = (b[8] & 0x3f) | 0x80;
    const h = Array.from(b, x => x.toString(16).padStart(2, '0')).join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  };

  let current = null;
  let shownAt = 0;
  let waitingForNext = false;
  let sending = false;
  let retryDelay = 1000;

  const isDone = f => answeredOnServer.has(f.position) || load(todayKey)[f.position];
  const queueKeys = () => Object.keys(localStorage).filter(k => k.startsWith(prefix));
  const pendingIn = key => Object.values(load(key)).filter(a => !a.acknowledged);
  const pendingCount = () => queueKeys().reduce((n, k) => n + pendingIn(k).length, 0);

  function showNext() {
    waitingForNext = false;
    feedback.textContent = '';
    feedback.className = 'fact-feedback';
    typed.textContent = '';
    go.textContent = 'Go';
    current = facts.find(f => !isDone(f)) || null;
    if (!current) {
      const practised = facts.filter(isDone).length;
      card.hidden = true; pad.hidden = true; progress.textContent = '';
      doneTitle.textContent = `You practised ${practised} ${practised === 1 ? 'fact' : 'facts'} today`;
      done.hidden = false;
      updateSaving();
      return;
    }
    progress.textContent = `Fact ${facts.filter(isDone).length + 1} of ${facts.length}`;
    prompt.textContent = current.gap ? current.prompt : current.prompt + ' =';
    shownAt = performance.now();
  }

  function press(digit) {
    if (waitingForNext || !current || typed.textContent.length >= maxDigits) return;
    typed.textContent += digit;
  }

  function back() {
    if (waitingForNext) return;
    typed.textContent = typed.textContent.slice(0, -1);
  }

  function submit() {
    if (!current) return;
    if (waitingForNext) { showNext(); return; }
    const text = typed.textContent;
    if (text.length === 0) return;
    const milliseconds = Math.round(performance.now() - shownAt);
    const state = load(todayKey);
    state[current.position] = { id: newId(), factId: current.factId, position: current.position, answer: text, milliseconds, acknowledged: false };
    save(todayKey, state);
    flush();
    // Right: a tick and on we go. Not yet: the right answer, calmly, and the pupil moves on when ready.
    if (Number(text) === Number(current.answer)) {
      feedback.textContent = '✓ Yes!';
      feedback.className = 'fact-feedback fact-right';
      waitingForNext = true;
      setTimeout(() => { if (waitingForNext) showNext(); }, 700);
    } else {
      feedback.textContent = `${current.gap ? current.prompt.replace('□', current.answer) : current.prompt + ' = ' + current.answer}`;
      feedback.className = 'fact-feedback fact-not-yet';
      go.textContent = 'Next';
      waitingForNext = true;
    }
  }

  function updateSaving() {
    if (done.hidden) return;
    saving.textContent = pendingCount() === 0
      ? 'Your answers are saved.'
      : 'Saving your answers… They are kept on this device until they are saved.';
  }

  async function flushKey(key) {
    const batch = pendingIn(key);
    if (batch.length === 0) return true;
    const response = await fetch('/api/v1/pupil/facts', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify({ day: key.slice(prefix.length), answers: batch.map(({ id, factId, position, answer, milliseconds }) => ({ id, factId, position, answer, milliseconds })) }),
    });
    if (response.status === 401) { saving.textContent = 'Please sign in again: your answers are kept on this device.'; return false; }
    if (!response.ok) throw new Error('HTTP ' + response.status);
    const acknowledged = new Set((await response.json()).acknowledged);
    const state = load(key);
    Object.values(state).forEach(a => { if (acknowledged.has(a.id)) a.acknowledged = true; });
    // Earlier days' queues are dropped once saved; today's stays so the page knows what was answered.
    if (key !== todayKey && Object.values(state).every(a => a.acknowledged)) localStorage.removeItem(key); else save(key, state);
    return true;
  }

  async function flush() {
    if (sending) return;
    sending = true;
    try {
      for (const key of queueKeys()) {
        if (!(await flushKey(key))) return;
      }
      retryDelay = 1000;
    } catch {
      setTimeout(flush, retryDelay);
      retryDelay = Math.min(retryDelay * 2, 30000);
    } finally {
      sending = false;
      updateSaving();
      if (pendingCount() > 0 && retryDelay === 1000) setTimeout(flush, 500);
    }
  }

  pad.querySelectorAll('[data-digit]').forEach(key => key.addEventListener('click', () => press(key.dataset.digit)));
  pad.querySelector('[data-back]').addEventListener('click', back);
  go.addEventListener('click', submit);
  document.addEventListener('keydown', e => {
    if (e.ctrlKey || e.metaKey || e.altKey || done.hidden === false) return;
    if (/^[0-9]$/.test(e.key)) { press(e.key); e.preventDefault(); }
    else if (e.key === 'Backspace') { back(); e.preventDefault(); }
    // Enter always answers, even with a pad key focused after a tap (Space still presses that key).
    else if (e.key === 'Enter') { submit(); e.preventDefault(); }
  });
  window.addEventListener('online', flush);
  showNext();
  flush();
})();

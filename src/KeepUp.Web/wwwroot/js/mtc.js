// The multiplication tables check on a pupil's device (/pupil/mtc), and the live status on the
// teacher's page (/class/{id}/mtc).
//
// Pupil side, as in the official check: the whole check is fetched once at the start; every
// question is timed here, on performance.now() (a monotonic clock: the wall clock can jump); every
// answer is written to IndexedDB as it happens; the finished check is sent once at the end with
// retries. A reload mid-question records that question as blank and carries on from the next one.
// A check that could not be sent stays on the device and is sent the next time the page is opened.
// Tablets are shared: the device keeps each check under its pupil and only ever loads, shows or
// sends the checks of the pupil signed in now.
(function () {
  'use strict';

  const statusTable = document.querySelector('[data-mtc-status]');
  if (statusTable) {
    // Teacher's live status: refresh the table from the page itself, so no extra endpoint is needed.
    setInterval(async () => {
      try {
        const response = await fetch(location.href, { credentials: 'same-origin' });
        if (!response.ok) return;
        const fresh = new DOMParser().parseFromString(await response.text(), 'text/html').querySelector('[data-mtc-status]');
        if (fresh) statusTable.innerHTML = fresh.innerHTML;
      } catch { /* offline for a moment: try again next time */ }
    }, 15000);
  }

  const root = document.querySelector('[data-mtc]');
  if (!root) return;

  const pupilId = root.dataset.pupil;
  const isOpen = root.dataset.open === 'true';
  const $ = selector => root.querySelector(selector);
  const input = $('[data-answer]');
  const form = $('[data-answer-form]');
  const sum = $('[data-sum]');
  const progress = $('[data-progress]');
  const pauseText = $('[data-pause-text]');
  const nextButton = $('[data-next]');
  const sendStatus = $('[data-send-status]');
  const retryButton = $('[data-retry]');
  const assistantForm = $('[data-assistant-form]');
  const assistantName = $('#mtc-assistant');
  const assistantError = $('[data-assistant-error]');
  const idlePrompt = $('[data-idle]');

  // ---- IndexedDB: one record per attempt, rewritten after every step, found by its pupil.
  const openDb = () => new Promise((resolve, reject) => {
    const request = indexedDB.open('keepup-mtc', 2);
    request.onupgradeneeded = event => {
      const checks = event.oldVersion < 1
        ? request.result.createObjectStore('checks', { keyPath: 'attemptId' })
        : request.transaction.objectStore('checks');
      if (!checks.indexNames.contains('pupil')) checks.createIndex('pupil', 'pupilId');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  let dbPromise = null;
  const db = () => (dbPromise = dbPromise || openDb());
  const store = async mode => (await db()).transaction('checks', mode).objectStore('checks');
  const asPromise = request => new Promise((resolve, reject) => { request.onsuccess = () => resolve(request.result); request.onerror = () => reject(request.error); });
  // Only this pupil's checks: another pupil's check waiting on a shared tablet is never read here.
  const recordsOf = async pupil => asPromise((await store('readonly')).index('pupil').getAll(pupil));
  const forget = async attemptId => asPromise((await store('readwrite')).delete(attemptId));

  let rec = null;
  let sessionStart = performance.now();
  let elapsedBase = 0;
  const elapsed = () => elapsedBase + (performance.now() - sessionStart);

  const save = async () => {
    rec.elapsedMs = elapsed();
    const os = await store('readwrite');
    return new Promise((resolve, reject) => {
      const r = os.put(rec);
      r.onsuccess = () => resolve();
      r.onerror = () => reject(r.error);
    });
  };

  // ---- Screens. The root's data-screen says which is shown; tests time the screens by it.
  function setScreen(name) {
    root.querySelectorAll('.mtc-screen').forEach(s => { s.hidden = s.dataset.for !== name; });
    root.dataset.screen = name;
  }

  function showMessage(title, text) {
    $('[data-message-title]').textContent = title;
    $('[data-message]').textContent = text;
    setScreen('message');
  }

  // ---- Access arrangements.
  function applyArrangements(a) {
    root.classList.add('mtc-colours-' + a.colourScheme, 'mtc-font-' + a.fontSize);
    if (a.removeNumberPad) root.classList.add('mtc-no-pad');
    input.inputMode = a.removeNumberPad ? 'numeric' : 'none';
  }

  let audio = null;
  function beep(frequency, milliseconds) {
    try {
      audio = audio || new AudioContext();
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      oscillator.frequency.value = frequency;
      gain.gain.value = 0.2;
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start();
      oscillator.stop(audio.currentTime + milliseconds / 1000);
    } catch { /* no sound on this device: the check goes on */ }
  }

  // Read-aloud extras: each digit typed is spoken back and Tab repeats the question. Queued behind
  // any reading in progress, never cancelling it (cancelling would start the question's timer early).
  let spokenQuestion = null;
  function say(text) {
    if (!rec || !rec.arrangements.readAloud || !('speechSynthesis' in window)) return;
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = 'en-GB';
    speechSynthesis.speak(utterance);
  }

  function speak(text, done) {
    let called = false;
    const go = () => { if (!called) { called = true; done(); } };
    if (!('speechSynthesis' in window)) { go(); return; }
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = 'en-GB';
    utterance.onend = go;
    utterance.onerror = go;
    // Some browsers never fire 'end' (no voices installed): the question must still start.
    setTimeout(go, 8000);
    speechSynthesis.cancel();
    speechSynthesis.speak(utterance);
  }

  // ---- Input: digits only, at most 5; Enter with nothing typed does nothing.
  let onEnter = null;
  const clean = () => { input.value = input.value.replace(/\D/g, '').slice(0, 5); };
  input.addEventListener('input', clean);
  input.addEventListener('keydown', e => {
    if (e.key === 'Tab' && rec && rec.arrangements.readAloud && spokenQuestion) {
      e.preventDefault();
      say(spokenQuestion);
      return;
    }
    if (e.key.length === 1 && !/[0-9]/.test(e.key)) { e.preventDefault(); return; }
    if (/^[0-9]$/.test(e.key) && input.value.length < 5) say(e.key);
  });
  form.addEventListener('submit', e => {
    e.preventDefault();
    clean();
    if (input.value.length > 0 && onEnter) onEnter();
  });
  root.querySelectorAll('[data-digit]').forEach(key => key.addEventListener('click', () => {
    if (input.value.length < 5) { input.value += key.dataset.digit; say(key.dataset.digit); }
    input.focus();
  }));
  $('[data-back]').addEventListener('click', () => { input.value = input.value.slice(0, -1); input.focus(); });
  $('[data-enter]').addEventListener('click', () => { if (input.value.length > 0 && onEnter) onEnter(); });

  // ---- One round: the pause (or Next button), then the question for its 6 seconds.
  const limitPassed = () => rec.arrangements.nextBetweenQuestions && elapsed() > rec.timing.overallLimitMinutes * 60000;

  // ---- With next-between-questions, a calm prompt when Next has waited 30 seconds; any key or tap
  // clears it and the wait starts again.
  let idleTimer = null;
  const armIdle = () => {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => {
      idlePrompt.hidden = false;
      say(idlePrompt.textContent);
    }, (rec.timing.idlePromptSeconds || 30) * 1000);
  };
  const stopIdle = () => { clearTimeout(idleTimer); idleTimer = null; idlePrompt.hidden = true; };
  const stillThere = () => { if (idleTimer !== null) { idlePrompt.hidden = true; armIdle(); } };
  document.addEventListener('keydown', stillThere, true);
  document.addEventListener('pointerdown', stillThere, true);

  function pause(label, then) {
    setScreen('pause');
    pauseText.textContent = label;
    nextButton.hidden = true;
    if (rec.arrangements.nextBetweenQuestions) {
      const shownAt = performance.now();
      const reveal = () => {
        if (performance.now() - shownAt >= rec.timing.nextButtonSeconds * 1000) { nextButton.hidden = false; nextButton.focus(); }
        else setTimeout(reveal, 50);
      };
      setTimeout(reveal, rec.timing.nextButtonSeconds * 1000);
      armIdle();
      // The 30-minute limit ends the check even if Next is never pressed.
      const limit = setTimeout(() => { nextButton.onclick = null; stopIdle(); run(); }, Math.max(0, rec.timing.overallLimitMinutes * 60000 - elapsed()) + 50);
      nextButton.onclick = () => { nextButton.onclick = null; clearTimeout(limit); stopIdle(); then(); };
      return;
    }

    const start = performance.now();
    const wait = rec.timing.pauseSeconds * 1000;
    const tick = () => {
      const left = wait - (performance.now() - start);
      if (left <= 0) then(); else setTimeout(tick, Math.min(left, 100));
    };
    setTimeout(tick, Math.min(wait, 100));
  }

  function ask(item, label, answered) {
    setScreen('question');
    progress.textContent = label;
    sum.textContent = `${item.a} × ${item.b}`;
    input.value = '';
    input.focus();
    spokenQuestion = `${item.a} times ${item.b}`;
    const begin = () => {
      const shownAt = performance.now();
      const shownSinceStart = elapsed();
      const limit = rec.timing.questionSeconds * 1000;
      const alertAt = limit - rec.timing.alertSecondsBeforeEnd * 1000;
      let alerted = false;
      let finished = false;
      const finish = () => {
        if (finished) return;
        finished = true;
        onEnter = null;
        clean();
        answered({ answer: input.value, shownAt: Math.round(shownSinceStart), onScreen: Math.round(performance.now() - shownAt) });
      };
      onEnter = finish;
      const tick = () => {
        if (finished) return;
        const on = performance.now() - shownAt;
        if (rec.arrangements.audibleAlert && !alerted && on >= alertAt) { alerted = true; beep(880, 150); }
        if (on >= limit) {
          if (rec.arrangements.audibleAlert) beep(440, 400);
          finish();
          return;
        }
        const alertPending = rec.arrangements.audibleAlert && !alerted;
        setTimeout(tick, Math.max(1, Math.min(100, limit - on, alertPending ? alertAt - on : Infinity)));
      };
      setTimeout(tick, 100);
    };
    if (rec.arrangements.readAloud) speak(spokenQuestion, begin); else begin();
  }

  // ---- The check, resumable from the record at any point.
  async function run() {
    if (limitPassed() && rec.phase !== 'sending' && rec.phase !== 'sent') {
      // Nothing answered yet: nothing to send; as in the official check, the teacher restarts it.
      if (rec.phase !== 'check' || rec.answers.every(a => !a)) {
        rec.phase = 'expired';
        await save();
        showMessage('Time is up', 'The time for the check is over. Ask your teacher.');
        return;
      }
      // The 30 minutes are over mid-check: what was answered is sent, the questions not reached count as blank.
      rec.answers = rec.answers.map(a => a || { answer: '', shownAt: null, onScreen: null, byAssistant: false, notReached: true });
      rec.showing = null;
      rec.phase = 'sending';
      await save();
    }

    if (rec.phase === 'assistant') {
      setScreen('assistant');
      assistantName.value = rec.assistantName || '';
      assistantName.focus();
      return;
    }

    if (rec.phase === 'practice' || rec.phase === 'check') {
      if (rec.showing !== null) {
        // Reloaded while a question was on screen: that question counts as blank (as in the official check).
        if (rec.phase === 'check' && !rec.answers[rec.showing]) {
          rec.answers[rec.showing] = { answer: '', shownAt: null, onScreen: null, byAssistant: false, reloaded: true };
        }
        rec.next = rec.showing + 1;
        rec.showing = null;
        await save();
      }
    }

    if (rec.phase === 'practice') {
      if (rec.next >= rec.practice.length) { rec.phase = 'ready'; rec.next = 0; await save(); run(); return; }
      const item = rec.practice[rec.next];
      pause(`Practice question ${rec.next + 1}`, async () => {
        rec.showing = rec.next;
        await save();
        ask(item, `Practice ${rec.showing + 1} of ${rec.practice.length}`, async () => {
          // Practice answers are never kept or sent.
          rec.next = rec.showing + 1;
          rec.showing = null;
          await save();
          run();
        });
      });
      return;
    }

    if (rec.phase === 'ready') {
      setScreen('ready');
      return;
    }

    if (rec.phase === 'check') {
      if (rec.next >= rec.questions.length) { rec.phase = 'sending'; await save(); run(); return; }
      const position = rec.next;
      pause(`Question ${position + 1}`, async () => {
        rec.showing = position;
        await save();
        ask(rec.questions[position], `Question ${position + 1} of ${rec.questions.length}`, async answer => {
          rec.answers[position] = { ...answer, byAssistant: !!rec.arrangements.inputAssistant };
          rec.next = position + 1;
          rec.showing = null;
          await save();
          run();
        });
      });
      return;
    }

    if (rec.phase === 'sending') { send(); return; }
    if (rec.phase === 'sent') setScreen('done');
  }

  // ---- Sending: up to 10 tries with growing waits, at once when the network comes back; if it
  // still fails the check stays in IndexedDB for the next time the page is opened.
  let sending = false;
  let wake = null;
  window.addEventListener('online', () => { if (wake) wake(); else if (rec && rec.phase === 'sending' && !sending) send(); });
  retryButton.addEventListener('click', () => send());
  const sleep = ms => new Promise(resolve => { const t = setTimeout(resolve, ms); wake = () => { clearTimeout(t); resolve(); }; });

  async function send() {
    if (sending) return;
    sending = true;
    setScreen('sending');
    retryButton.hidden = true;
    sendStatus.textContent = 'Please wait.';
    const body = JSON.stringify({
      token: rec.token,
      inputAssistantName: rec.assistantName || null,
      answers: rec.answers.map((a, i) => ({
        position: i + 1,
        answer: a ? a.answer : '',
        shownAtMilliseconds: a ? a.shownAt : null,
        millisecondsOnScreen: a ? a.onScreen : null,
        byInputAssistant: a ? !!a.byAssistant : false,
      })),
    });
    try {
      for (let attempt = 0; attempt < 10; attempt++) {
        try {
          const response = await fetch('/api/v1/pupil/mtc/submit', { method: 'POST', headers: { 'Content-Type': 'application/json' }, credentials: 'same-origin', body });
          if (response.ok) {
            rec.phase = 'sent';
            // The server has it: nothing of this pupil's check is left on a shared tablet.
            try { await forget(rec.attemptId); } catch { await save(); }
            setScreen('done');
            return;
          }
          if (response.status === 403) {
            // Someone else is signed in now (a shared tablet): keep the check for its owner.
            sendStatus.textContent = 'Please ask your teacher to sign you in again. Your answers are kept on this device.';
            retryButton.hidden = false;
            return;
          }
          if (response.status === 400) {
            const problem = await response.json().catch(() => ({}));
            rec.phase = 'rejected';
            await save();
            showMessage('Ask your teacher', problem.title || 'Your check could not be accepted.');
            return;
          }
          sendStatus.textContent = response.status === 401
            ? 'Please ask your teacher to sign you in again. Your answers are kept on this device.'
            : 'Still trying to send your answers…';
        } catch {
          sendStatus.textContent = 'Waiting for the internet. Your answers are kept on this device.';
        }
        await sleep(Math.min(1000 * 2 ** attempt, 15000));
      }
      sendStatus.textContent = 'We could not send your answers yet. They are kept on this device and will be sent the next time this page is opened.';
      retryButton.hidden = false;
    } finally {
      sending = false;
      wake = null;
    }
  }

  // ---- Starting.
  $('[data-start]').addEventListener('click', async () => {
    const button = $('[data-start]');
    const error = $('[data-start-error]');
    button.disabled = true;
    // Created on a tap, as browsers require, so the audible alert can sound later.
    try { audio = audio || new AudioContext(); } catch { audio = null; }
    try {
      const response = await fetch('/api/v1/pupil/mtc/start', { method: 'POST', credentials: 'same-origin' });
      const body = await response.json();
      if (!response.ok) { error.textContent = body.title || 'The check could not start. Ask your teacher.'; error.hidden = false; button.disabled = false; return; }
      rec = {
        attemptId: body.attemptId, pupilId, token: body.token, practice: body.practice, questions: body.questions,
        arrangements: body.arrangements, timing: body.timing, phase: body.arrangements.inputAssistant ? 'assistant' : 'practice', next: 0, showing: null,
        answers: body.questions.map(() => null), assistantName: null, elapsedMs: 0,
      };
      sessionStart = performance.now();
      elapsedBase = 0;
      await save();
      applyArrangements(rec.arrangements);
      run();
    } catch {
      error.textContent = 'The check could not load. Check the internet and try again.';
      error.hidden = false;
      button.disabled = false;
    }
  });

  // The input assistant's name is required before the practice, so it is always kept with the check.
  assistantForm.addEventListener('submit', async e => {
    e.preventDefault();
    const name = assistantName.value.trim().slice(0, 100);
    assistantError.hidden = name.length > 0;
    assistantName.setAttribute('aria-invalid', name.length > 0 ? 'false' : 'true');
    if (name.length === 0) { assistantName.focus(); return; }
    rec.assistantName = name;
    rec.phase = 'practice';
    rec.next = 0;
    await save();
    run();
  });

  $('[data-begin]').addEventListener('click', async () => {
    try { if (audio && audio.state === 'suspended') audio.resume(); } catch { /* no sound */ }
    rec.phase = 'check';
    rec.next = 0;
    await save();
    run();
  });

  (async () => {
    let waiting = [];
    try {
      waiting = (await recordsOf(pupilId)).filter(r => r.pupilId === pupilId && ['assistant', 'practice', 'ready', 'check', 'sending'].includes(r.phase));
    } catch {
      showMessage('This device cannot run the check', 'This browser does not let the check keep answers on the device. Ask your teacher.');
      return;
    }
    // A check waiting to be sent goes first, then one in progress.
    waiting.sort((x, y) => (y.phase === 'sending') - (x.phase === 'sending'));
    if (waiting.length > 0) {
      rec = waiting[0];
      elapsedBase = rec.elapsedMs || 0;
      sessionStart = performance.now();
      applyArrangements(rec.arrangements);
      run();
      return;
    }
    setScreen(isOpen ? 'intro' : 'closed');
  })();
})();

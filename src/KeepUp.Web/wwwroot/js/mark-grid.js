// Keyboard marking for the paper grid: 1/0 (or y/n) fill a cell and move on; arrows move around.
(function () {
  const grid = document.querySelector('[data-mark-grid]');
  if (!grid) return;
  const rows = Array.from(grid.querySelectorAll('tbody tr')).map(r => Array.from(r.querySelectorAll('input.mark-input')));
  const inputs = rows.flat();
  const position = input => {
    for (let r = 0; r < rows.length; r++) {
      const c = rows[r].indexOf(input);
      if (c >= 0) return [r, c];
    }
    return [-1, -1];
  };
  const show = input => {
    const cell = input.closest('td');
    const v = input.value.trim().toLowerCase();
    cell.classList.toggle('cell-right', ['1', 'y', 'r', 't'].includes(v));
    cell.classList.toggle('cell-wrong', ['0', 'n', 'x', 'w', 'f'].includes(v));
  };
  const focus = input => { if (input) { input.focus(); input.select(); } };
  inputs.forEach(input => {
    input.addEventListener('input', () => {
      show(input);
      if (input.value.length === 1) focus(inputs[inputs.indexOf(input) + 1]);
    });
    input.addEventListener('keydown', event => {
      const [r, c] = position(input);
      let next = null;
      if (event.key === 'ArrowRight') next = rows[r][c + 1];
      else if (event.key === 'ArrowLeft') next = rows[r][c - 1];
      else if (event.key === 'ArrowDown') next = rows[r + 1] && rows[r + 1][c];
      else if (event.key === 'ArrowUp') next = rows[r - 1] && rows[r - 1][c];
      if (next) { event.preventDefault(); focus(next); }
    });
  });
})();

// KeepUp's only script. Pages work without it; it adds conveniences that need no server.
// (Kept in a file because the Content-Security-Policy allows no inline script.)
document.querySelectorAll("[data-print]").forEach((button) => {
  button.addEventListener("click", () => window.print());
});

// Copy buttons: shown only when this script runs (the pages work without it). Same-origin, no inline code.
document.querySelectorAll('button[data-copy]').forEach(function (button) {
  if (!navigator.clipboard) return;
  button.hidden = false;
  button.addEventListener('click', function () {
    var source = document.getElementById(button.getAttribute('data-copy'));
    if (!source) return;
    var text = source.tagName === 'A' ? source.href : source.textContent;
    navigator.clipboard.writeText(text).then(function () {
      button.textContent = 'Copied';
      setTimeout(function () { button.textContent = 'Copy'; }, 2000);
    });
  });
});

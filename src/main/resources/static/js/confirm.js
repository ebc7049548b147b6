// Asks before an action that cannot be taken back (產製正式報告): any form or button with a
// data-confirm attribute. A file, not inline onclick, because the console's CSP allows no inline script.
document.addEventListener('submit', function (e) {
	var el = e.submitter && e.submitter.dataset.confirm ? e.submitter : e.target;
	if (el.dataset && el.dataset.confirm && !confirm(el.dataset.confirm)) e.preventDefault();
});
document.addEventListener('click', function (e) {
	var el = e.target.closest ? e.target.closest('a[data-confirm]') : null;
	if (el && !confirm(el.dataset.confirm)) e.preventDefault();
});

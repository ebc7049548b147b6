// Asks before a form marked data-confirm is sent (removing an uploaded file): the console's
// Content-Security-Policy allows no inline onclick, so the question is wired here.
document.addEventListener('submit', function (event) {
	var form = event.target;
	var question = form.getAttribute && form.getAttribute('data-confirm');
	if (question && !window.confirm(question)) {
		event.preventDefault();
	}
});

// 確認對話框: a button or form with data-confirm asks before it submits (the console's
// Content-Security-Policy forbids inline onclick handlers).
document.addEventListener('submit', function (event) {
	var button = event.submitter;
	var question = (button && button.dataset.confirm) || event.target.dataset.confirm;
	if (question && !window.confirm(question)) {
		event.preventDefault();
	}
});

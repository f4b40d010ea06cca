// Keeps a job's progress page current: asks for the job's status every two seconds, moves the bar and the
// "n of N" text (a live region), and reloads the page once the job has finished so its result or error shows.
(function () {
    "use strict";
    const panel = document.querySelector("[data-job-status-url]");
    if (!panel) {
        return;
    }
    const bar = panel.querySelector("progress");
    const text = panel.querySelector("[data-job-text]");

    async function poll() {
        try {
            const response = await fetch(panel.dataset.jobStatusUrl, {
                headers: { Accept: "application/json" },
                credentials: "same-origin",
            });
            if (response.ok) {
                const job = await response.json();
                if (job.finished) {
                    window.location.reload();
                    return;
                }
                bar.max = Math.max(job.total, 1);
                bar.value = job.done;
                if (text.textContent !== job.text) {
                    text.textContent = job.text;
                }
            }
        } catch (error) {
            // A dropped connection on slow data: try again at the next tick.
        }
        window.setTimeout(poll, 2000);
    }

    window.setTimeout(poll, 2000);
})();

/*
 * Plainly safety: the one script of every site page (issue 10, "Leave fast" and "Offline when it
 * matters"). It must stay under 2 KB compressed (lib/build/budget.ts). Without it the page still
 * works: "Leave this site" is a plain link, and nothing is kept offline.
 *
 * 1. Quick exit. The link (components/layout/quick-exit.tsx) or Escape pressed twice hides the page
 *    at once and replaces it with a neutral site. location.replace takes this page out of the back
 *    history; the pages read before it stay (docs/architecture.md says what this cannot hide).
 * 2. Offline. Registers the service worker (built by lib/build/offline-worker.ts) and asks it to
 *    keep this language's emergency pages. Nothing is stored about the reader.
 */
;(function () {
  // The worker's address comes from lib/routes.ts, through the script tag (components/layout/safety-script.tsx).
  var workerUrl = document.currentScript && document.currentScript.getAttribute('data-worker')
  var link = document.querySelector('[data-quick-exit]')
  var lastEscape = 0
  function leave(event) {
    if (event) event.preventDefault()
    document.body.hidden = true
    document.title = ''
    location.replace(link.href)
  }
  if (link) {
    link.addEventListener('click', leave)
    document.addEventListener('keydown', function (event) {
      if (event.key !== 'Escape' || event.repeat) return
      var now = Date.now()
      // Two presses within a second and a half: one press still closes menus and dialogs as usual.
      if (now - lastEscape < 1500) leave()
      lastEscape = now
    })
  }

  var worker = navigator.serviceWorker
  if (!worker || !workerUrl) return
  worker
    .register(workerUrl)
    .then(function () {
      return worker.ready
    })
    .then(function (registration) {
      registration.active.postMessage({ keep: document.documentElement.lang })
    })
    .catch(function () {
      // Private windows and some browsers refuse workers: the site still works online.
    })
})()

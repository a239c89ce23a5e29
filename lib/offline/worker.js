/*
 * Plainly's service worker: keeps the emergency pages of a reader's language readable without a
 * connection (issue 10, "Offline when it matters"). lib/build/offline-worker.ts writes it to
 * out/sw.js with OFFLINE set above this text: { version, pages: { <locale>: [paths] }, assets }.
 *
 * - It keeps only those pages and their script, for the languages a page asked for
 *   (public/safety.js sends { keep: <lang> }); it tracks nothing and sends nothing anywhere.
 * - It answers only requests for those paths: from the network first, so an online reader always
 *   gets the current page, and from its copy when the network fails or takes over 4 seconds.
 * - A new content version is a new file, so the browser installs it on the next visit: it fills a
 *   new cache for the same languages and deletes the old one.
 */
/* global OFFLINE */
var PREFIX = 'plainly-offline-'
var CACHE = PREFIX + OFFLINE.version
var WAIT_MS = 4000

function localeOf(path) {
  for (var locale in OFFLINE.pages) if (OFFLINE.pages[locale].indexOf(path) >= 0) return locale
}
var KEPT = {}
for (var l in OFFLINE.pages)
  OFFLINE.pages[l].concat(OFFLINE.assets).forEach(function (p) {
    KEPT[p] = true
  })

// Adds what is missing of a language's pages, so a visit to a page costs nothing once they are kept.
function keep(locale) {
  var paths = OFFLINE.pages[locale]
  if (!paths) return Promise.resolve()
  return caches.open(CACHE).then(function (cache) {
    var wanted = paths.concat(OFFLINE.assets)
    return Promise.all(
      wanted.map(function (p) {
        return cache.match(p)
      }),
    ).then(function (found) {
      var missing = wanted.filter(function (_, i) {
        return !found[i]
      })
      return missing.length ? cache.addAll(missing) : undefined
    })
  })
}

// The languages an older version kept, read from its cache's paths.
function keptLocales() {
  return caches.keys().then(function (names) {
    var old = names.filter(function (n) {
      return n.indexOf(PREFIX) === 0 && n !== CACHE
    })
    return Promise.all(
      old.map(function (n) {
        return caches.open(n).then(function (c) {
          return c.keys()
        })
      }),
    ).then(function (lists) {
      var locales = {}
      lists.forEach(function (requests) {
        requests.forEach(function (r) {
          var locale = localeOf(new URL(r.url).pathname)
          if (locale) locales[locale] = true
        })
      })
      return Object.keys(locales)
    })
  })
}

self.addEventListener('install', function (event) {
  event.waitUntil(
    keptLocales()
      .then(function (locales) {
        return Promise.all(locales.map(keep))
      })
      .then(function () {
        return self.skipWaiting()
      }),
  )
})

self.addEventListener('activate', function (event) {
  event.waitUntil(
    caches
      .keys()
      .then(function (names) {
        return Promise.all(
          names
            .filter(function (n) {
              return n.indexOf(PREFIX) === 0 && n !== CACHE
            })
            .map(function (n) {
              return caches.delete(n)
            }),
        )
      })
      .then(function () {
        return self.clients.claim()
      }),
  )
})

self.addEventListener('message', function (event) {
  var locale = event.data && event.data.keep
  if (typeof locale === 'string') event.waitUntil(keep(locale))
})

self.addEventListener('fetch', function (event) {
  var request = event.request
  var url = new URL(request.url)
  if (request.method !== 'GET' || url.origin !== self.location.origin || !KEPT[url.pathname]) return
  event.respondWith(
    caches.match(url.pathname, { cacheName: CACHE }).then(function (saved) {
      var network = fetch(request)
      if (!saved) return network
      return new Promise(function (resolve) {
        var timer = setTimeout(function () {
          resolve(saved)
        }, WAIT_MS)
        network.then(
          function (response) {
            clearTimeout(timer)
            resolve(response.ok || response.type === 'opaqueredirect' ? response : saved)
          },
          function () {
            clearTimeout(timer)
            resolve(saved)
          },
        )
      })
    }),
  )
})

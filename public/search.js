/*
 * Plainly search: the enhancement of /search/ (components/views/search.tsx). It loads Pagefind
 * from our own origin (/pagefind/, built by lib/build/search-index.ts) and lists the pages that
 * match. The query stays on the device: it is never sent, stored, or written into the address.
 * Without this script the page is the full topic index.
 */
;(function () {
  var form = document.getElementById('search-form')
  var input = document.getElementById('search-q')
  var out = document.getElementById('search-results')
  var config = JSON.parse(document.getElementById('search-data').textContent)
  var engine = null
  var latest = 0

  function load() {
    if (!engine)
      engine = import(config.bundle + 'pagefind.js').then(function (pagefind) {
        return pagefind.init().then(function () {
          return pagefind
        })
      })
    return engine
  }
  function fill(text, values) {
    return text.replace(/\{(\w+)\}/g, function (_, key) {
      return String(values[key])
    })
  }
  // Pagefind's excerpt is HTML with <mark> around the words found: keep the marks, take the
  // rest as text (parsed inertly, never inserted as HTML).
  function excerpt(html) {
    var p = document.createElement('p')
    var parsed = new DOMParser().parseFromString(html, 'text/html').body.childNodes
    for (var i = 0; i < parsed.length; i++) {
      var node = parsed[i]
      if (node.nodeName === 'MARK') {
        var mark = document.createElement('mark')
        mark.textContent = node.textContent
        p.appendChild(mark)
      } else p.appendChild(document.createTextNode(node.textContent))
    }
    return p
  }
  function show(query, pages, total) {
    out.textContent = ''
    var summary = document.createElement('p')
    summary.textContent = pages.length
      ? fill(config.results, { query: query, count: total })
      : fill(config.noResults, { query: query })
    out.appendChild(summary)
    if (!pages.length) return
    var list = document.createElement('ol')
    list.className = 'search-list'
    pages.forEach(function (page) {
      var item = document.createElement('li')
      var link = document.createElement('a')
      link.href = page.url
      link.textContent = page.meta.title
      item.appendChild(link)
      item.appendChild(excerpt(page.excerpt))
      list.appendChild(item)
    })
    out.appendChild(list)
  }
  function run(raw) {
    var query = raw.trim()
    var mine = ++latest
    var total = 0
    if (!query) {
      out.textContent = ''
      return
    }
    out.textContent = config.loading
    load()
      .then(function (pagefind) {
        return pagefind.search(query)
      })
      .then(function (found) {
        total = found.results.length
        // The best ten: each result's text is one more small download on a paid-data phone.
        return Promise.all(
          found.results.slice(0, 10).map(function (r) {
            return r.data()
          }),
        )
      })
      .then(function (pages) {
        if (mine === latest) show(query, pages, total)
      })
      .catch(function () {
        // No connection for the index, or an old browser: the topic index below still works.
        if (mine === latest) out.textContent = config.failed
      })
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault()
    run(input.value)
  })
  // A search sent without JavaScript (?q=…) is answered here, then taken out of the address.
  var sent = new URLSearchParams(location.search).get('q')
  if (sent) {
    input.value = sent
    history.replaceState(null, '', location.pathname)
    run(sent)
  }
})()

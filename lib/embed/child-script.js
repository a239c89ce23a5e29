/*
 * Plainly embed, child side (runs inside the iframe; inlined and hashed in the page's CSP).
 * CONFIG is prepended by components/embed/embed-script.tsx from lib/embed/protocol.ts; the page's
 * slug, content version and canonical URL are data attributes on <html>.
 * 1. Theming from an allow-list of query parameters; anything else is ignored.
 * 2. Auto-height: posts the document height to the parent (our protocol) and, when framed by
 *    WordPress (secret in the hash), speaks WordPress's embed protocol too.
 * Without JavaScript none of this runs: the frame keeps its fixed height and scrolls.
 */
;(function (CONFIG) {
  var doc = document
  var root = doc.documentElement
  var opts = CONFIG.options
  var page = {
    slug: root.getAttribute('data-slug'),
    rev: root.getAttribute('data-rev'),
    canonical: root.getAttribute('data-canonical'),
  }
  var query = new URLSearchParams(location.search)

  // --- theming ---------------------------------------------------------------------------
  // The same rule as parseEmbedOption in lib/embed/protocol.ts: a value counts only if it is whole
  // and valid (one of `values`, or matching all of `pattern` and within min–max); otherwise null.
  function option(name) {
    var spec = opts[name]
    var raw = query.get(name)
    if (raw === null) return null
    if (spec.values) return spec.values.indexOf(raw) >= 0 ? raw : null
    if (spec.pattern && !new RegExp(spec.pattern).test(raw)) return null
    if (spec.min === undefined || spec.max === undefined) return raw
    var n = Number(raw)
    return n >= spec.min && n <= spec.max ? n : null
  }

  var theme = option('theme')
  if (theme !== null) root.setAttribute('data-theme', theme)

  var fs = option('fs')
  if (fs !== null) root.style.setProperty('--fs', String(fs))

  if (option('compact') !== null) root.classList.add('compact')

  function luminance(rgb) {
    var c = rgb.map(function (v) {
      v = v / 255
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4)
    })
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]
  }
  function parseHex(hex) {
    var h = hex.slice(1)
    if (h.length === 3) h = h.replace(/./g, '$&$&')
    return [0, 2, 4].map(function (i) {
      return parseInt(h.slice(i, i + 2), 16)
    })
  }
  var accent = option('accent')
  if (accent !== null) {
    var bg = getComputedStyle(doc.body).backgroundColor.match(/\d+(\.\d+)?/g)
    if (bg) {
      var l1 = luminance(parseHex(accent))
      var l2 = luminance(bg.slice(0, 3).map(Number))
      var ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05)
      // An accent readers cannot read is ignored: the default stays (WCAG 1.4.3).
      if (ratio >= CONFIG.minContrast) root.style.setProperty('--accent', accent)
    }
  }

  var hl = option('hl')
  if (hl !== null && hl !== opts.hl.default) {
    var shift = hl - opts.hl.default
    var headings = doc.querySelectorAll('h1, h2, h3, h4, h5, h6')
    for (var i = 0; i < headings.length; i++) {
      var old = headings[i]
      var level = Math.min(6, Math.max(1, Number(old.tagName.slice(1)) + shift))
      var next = doc.createElement('h' + level)
      for (var a = 0; a < old.attributes.length; a++) next.setAttribute(old.attributes[a].name, old.attributes[a].value)
      while (old.firstChild) next.appendChild(old.firstChild)
      old.parentNode.replaceChild(next, old)
    }
  }

  // --- sizing ----------------------------------------------------------------------------
  if (window.parent === window) return
  // WordPress's server writes a 10-character secret; its wp-embed.js makes one of up to 10 when the
  // markup has none, and accepts any letters and digits: so do we.
  var wpSecret = (location.hash.match(/secret=([A-Za-z0-9]{1,64})/) || [])[1]
  var lastHeight = 0

  function height() {
    return Math.ceil(root.getBoundingClientRect().height)
  }
  // The frame drops its own scrollbar only once the host has confirmed a height that shows all of
  // it; a host that caps the height (WordPress at 1000 px, resize.js at its limit) or ignores our
  // messages leaves the frame scrolling, so nothing is ever cut off out of reach.
  var confirmed = 0
  function fit() {
    root.classList.toggle('sized', confirmed > 0 && confirmed >= height())
  }
  function post(force) {
    var h = height()
    if (!force && h === lastHeight) return
    lastHeight = h
    fit()
    window.parent.postMessage(
      { type: CONFIG.type, v: CONFIG.v, event: 'height', height: h, slug: page.slug, rev: page.rev },
      '*',
    )
    if (wpSecret) window.parent.postMessage({ message: 'height', value: h, secret: wpSecret }, '*')
  }

  window.addEventListener('message', function (e) {
    if (e.source !== window.parent || !e.data) return
    var d = e.data
    if (d.type === CONFIG.type && d.v === CONFIG.v && d.event === 'init') {
      post(true)
    } else if (d.type === CONFIG.type && d.v === CONFIG.v && d.event === 'resized' && typeof d.height === 'number') {
      confirmed = d.height
      fit()
    } else if (wpSecret && d.message === 'ready' && d.secret === wpSecret) {
      post(true)
    }
  })

  if (wpSecret) {
    // WordPress caps the frame at 1000 px and turns its scrolling off, so a whole long page cannot
    // be read there: it shows a card (title, summary, the help box with its numbers, the
    // attribution and a link to the whole page; styles/embed.css), which fits at 360 px. WordPress
    // sends no confirmation: the card counts as shown when it fits under that cap.
    root.classList.add('wp-card')
    confirmed = CONFIG.wordpressMaxHeight
    // tel: links cannot open from WordPress's sandbox (scripts only): the number becomes large
    // text to read or copy, next to its country's link to our help page.
    var tels = doc.querySelectorAll('a[href^="tel:"]')
    for (var t = 0; t < tels.length; t++) {
      var text = doc.createElement('span')
      text.className = 'tel-text'
      text.textContent = tels[t].textContent
      tels[t].parentNode.replaceChild(text, tels[t])
    }
    // WordPress sandboxes the frame without popups: send every link to the host, which opens
    // links to our site. Citations therefore point at our canonical page's list of sources.
    var links = doc.querySelectorAll('a[href]')
    for (var k = 0; k < links.length; k++) {
      var link = links[k]
      var target = link.getAttribute('data-wp-href')
      // A link to another site cannot open from WordPress's sandbox: send it to our page instead.
      if (!target && link.host !== location.host && !/^sms:/.test(link.href)) target = page.canonical
      if (target) link.setAttribute('href', target)
      link.removeAttribute('target')
      link.addEventListener('click', function (e) {
        var href = e.currentTarget.href
        var raw = e.currentTarget.getAttribute('href') || ''
        if (raw.charAt(0) === '#' || /^(tel|sms):/.test(href)) return
        e.preventDefault()
        window.parent.postMessage({ message: 'link', value: href, secret: wpSecret }, '*')
      })
    }
  }

  // In a frame sized to its content, a jump to #ref-3 cannot scroll the frame: ask the host to scroll.
  doc.addEventListener('click', function (e) {
    var a = e.target.closest && e.target.closest('a[href^="#"]')
    if (!a || !root.classList.contains('sized') || wpSecret) return
    var el = doc.getElementById(decodeURIComponent(a.getAttribute('href').slice(1)))
    if (!el) return
    e.preventDefault()
    if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1')
    el.focus({ preventScroll: true })
    window.parent.postMessage(
      { type: CONFIG.type, v: CONFIG.v, event: 'scrollTo', top: Math.round(el.getBoundingClientRect().top) },
      '*',
    )
  })

  var scheduled = false
  function schedule() {
    if (scheduled) return
    scheduled = true
    requestAnimationFrame(function () {
      scheduled = false
      post(false)
    })
  }
  if (window.ResizeObserver) new ResizeObserver(schedule).observe(root)
  window.addEventListener('load', schedule)
  doc.addEventListener('toggle', schedule, true)
  window.parent.postMessage({ type: CONFIG.type, v: CONFIG.v, event: 'ready', slug: page.slug, rev: page.rev }, '*')
  if (wpSecret) window.parent.postMessage({ message: 'ready', secret: wpSecret }, '*')
  post(true)
})(CONFIG)

/*! Plainly embed resizer v1 (public domain / MIT). Sizes iframe[data-plainly-embed] to its
 * content. It accepts only messages from its own iframes' windows and from our document in them
 * (origin "null" when sandboxed, else the iframe src's origin); it reads and stores nothing else. */
;(function () {
  var TYPE = 'plainly-embed'
  var MIN = 150
  var MAX = 150000
  function frames() {
    return document.querySelectorAll('iframe[data-plainly-embed]')
  }
  function originOf(frame) {
    try {
      return new URL(frame.src).origin
    } catch {
      return ''
    }
  }
  function init(frame) {
    if (frame.contentWindow) frame.contentWindow.postMessage({ type: TYPE, v: 1, event: 'init' }, '*')
  }
  window.addEventListener('message', function (e) {
    var d = e.data
    if (!d || d.type !== TYPE || d.v !== 1) return
    var list = frames()
    for (var i = 0; i < list.length; i++) {
      var frame = list[i]
      // Our iframe's window, and a document from our site in it: a sandboxed frame's origin is
      // "null"; an unsandboxed one's is its src's. A page that took over the frame fails this.
      if (e.source !== frame.contentWindow || (e.origin !== 'null' && e.origin !== originOf(frame))) continue
      if (d.event === 'ready') init(frame)
      else if (d.event === 'height' && typeof d.height === 'number' && isFinite(d.height)) {
        var h = Math.min(MAX, Math.max(MIN, Math.ceil(d.height)))
        frame.style.height = h + 'px'
        // Tell the page the height it got: it hides its own scrollbar only when that fits it all.
        frame.contentWindow.postMessage({ type: TYPE, v: 1, event: 'resized', height: h }, '*')
      } else if (d.event === 'scrollTo' && typeof d.top === 'number' && isFinite(d.top)) {
        var top = Math.min(frame.offsetHeight, Math.max(0, d.top))
        window.scrollTo(0, frame.getBoundingClientRect().top + window.pageYOffset + top)
      }
    }
  })
  var list = frames()
  for (var i = 0; i < list.length; i++) {
    list[i].addEventListener('load', init.bind(null, list[i]))
    init(list[i])
  }
})()

/*! Plainly embed resizer v1 (public domain / MIT). Sizes iframe[data-plainly-embed] to its
 * content. It accepts only messages from its own iframes, reads nothing else and stores nothing. */
;(function () {
  var TYPE = 'plainly-embed'
  var MIN = 150
  var MAX = 30000
  function frames() {
    return document.querySelectorAll('iframe[data-plainly-embed]')
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
      // The sandboxed frame's origin is "null", so trust only our own iframe's window.
      if (e.source !== frame.contentWindow) continue
      if (d.event === 'ready') init(frame)
      else if (d.event === 'height' && typeof d.height === 'number' && isFinite(d.height)) {
        frame.style.height = Math.min(MAX, Math.max(MIN, Math.ceil(d.height))) + 'px'
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

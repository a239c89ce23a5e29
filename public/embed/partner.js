/* Plainly partner page: live preview and copy for the embed builder. A progressive enhancement:
 * without it the page shows the default code. Everything it knows comes from the page's JSON
 * data block (components/embed/embed-builder.tsx, partnerScriptData): the snippet template from
 * lib/embed/snippet.ts, the options, defaults and accent pattern from lib/embed/protocol.ts, the
 * preview address from lib/routes.ts and the status messages from the catalogue. It only fills in. */
;(function () {
  var form = document.getElementById('eb-form')
  var data = document.getElementById('embed-data')
  if (!form || !data) return
  var conf = JSON.parse(data.textContent)
  var opts = conf.options
  var preview = document.getElementById('eb-preview')
  var code = document.getElementById('eb-snippet')
  code.setAttribute('tabindex', '-1')
  var copy = document.getElementById('eb-copy')
  var status = document.getElementById('eb-status')
  document.getElementById('eb-nojs').hidden = true
  copy.hidden = false

  function esc(s) {
    return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  }
  function fill(template, slug, title) {
    return template.split('__SLUG__').join(slug).split('__TITLE__').join(title)
  }
  // Only values that differ from the protocol's defaults go into the address.
  function query() {
    var q = new URLSearchParams()
    var theme = form.querySelector('input[name="theme"]:checked').value
    if (theme !== opts.theme.default) q.set('theme', theme)
    if (Number(form.fs.value) !== opts.fs.default) q.set('fs', form.fs.value)
    if (Number(form.hl.value) !== opts.hl.default) q.set('hl', form.hl.value)
    if (new RegExp(opts.accent.pattern).test(form.accent.value)) q.set('accent', form.accent.value)
    if (form.compact.checked) q.set('compact', form.compact.value)
    return q.toString()
  }
  function update() {
    var option = form.page.options[form.page.selectedIndex]
    var q = query()
    var snippet = fill(conf.template, option.value, esc(option.text))
      .split(q ? '__QUERY__' : '?__QUERY__')
      .join(q)
    if (!form.script.checked) snippet = snippet.replace(/\n<script[^\n]*<\/script>/, '')
    code.textContent = snippet
    var src = fill(conf.preview, option.value, '') + (q ? '?' + q : '')
    if (preview.getAttribute('src') !== src) {
      preview.setAttribute('title', fill(conf.title, option.value, option.text))
      preview.setAttribute('src', src)
    }
    status.textContent = ''
  }
  form.addEventListener('change', update)
  form.addEventListener('input', update)
  form.addEventListener('submit', function (e) {
    e.preventDefault()
    update()
    code.focus()
  })
  copy.addEventListener('click', function () {
    var done = function () {
      status.textContent = conf.messages.copied
    }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(code.textContent).then(done, function () {
        status.textContent = conf.messages.copyFailed
      })
    } else {
      var range = document.createRange()
      range.selectNodeContents(code)
      var sel = getSelection()
      sel.removeAllRanges()
      sel.addRange(range)
      status.textContent = conf.messages.selected
    }
  })
  update()
})()

/* Plainly partner page: live preview and copy for the embed builder. A progressive enhancement:
 * without it the page shows the default code. The snippet's shape comes from the server
 * (lib/embed/snippet.ts) as a template; this only fills in the page and options. */
;(function () {
  var form = document.getElementById('eb-form')
  var data = document.getElementById('embed-data')
  if (!form || !data) return
  var conf = JSON.parse(data.textContent)
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
  function query() {
    var q = new URLSearchParams()
    var theme = form.querySelector('input[name="theme"]:checked').value
    if (theme !== 'light') q.set('theme', theme)
    if (form.fs.value !== '1') q.set('fs', form.fs.value)
    if (form.hl.value !== '2') q.set('hl', form.hl.value)
    if (/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/.test(form.accent.value)) q.set('accent', form.accent.value)
    if (form.compact.checked) q.set('compact', '1')
    return q.toString()
  }
  function update() {
    var option = form.page.options[form.page.selectedIndex]
    var q = query()
    var snippet = conf.template
      .split('__SLUG__').join(option.value)
      .split('__TITLE__').join(esc(option.text))
      .split(q ? '__QUERY__' : '?__QUERY__').join(q)
    if (!form.script.checked) snippet = snippet.replace(/\n<script[^\n]*<\/script>/, '')
    code.textContent = snippet
    var src = '/embed/v1/' + option.value + '/' + (q ? '?' + q : '')
    if (preview.getAttribute('src') !== src) {
      preview.setAttribute('title', option.text + ' – plain-language guide from Plainly')
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
      status.textContent = 'Copied. Paste it into your page.'
    }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(code.textContent).then(done, function () {
        status.textContent = 'Copy did not work here: select the code and copy it by hand.'
      })
    } else {
      var range = document.createRange()
      range.selectNodeContents(code)
      var sel = getSelection()
      sel.removeAllRanges()
      sel.addRange(range)
      status.textContent = 'The code is selected: press Ctrl+C (or ⌘+C) to copy it.'
    }
  })
  update()
})()

// solieu review app: the little JavaScript there is (upload with live status, the review form).
// Everything shown from the server goes through textContent: never innerHTML.
(function () {
  'use strict';
  var csrf = (document.querySelector('meta[name="csrf-token"]') || {}).content || '';
  var TERMINAL = { extracted: true, flagged: true, failed: true };

  function cell(row, text, cls) {
    var td = document.createElement('td');
    if (cls) td.className = cls;
    td.textContent = text;
    row.appendChild(td);
    return td;
  }

  function renderRows(tbody, files, refused) {
    tbody.textContent = '';
    files.forEach(function (f) {
      var tr = document.createElement('tr');
      tr.dataset.id = String(f.id);
      var name = document.createElement('td');
      var a = document.createElement('a');
      a.href = f.url;
      a.textContent = f.fileName;
      name.appendChild(a);
      tr.appendChild(name);
      var st = cell(tr, f.statusLabel);
      st.className = 'status status-' + f.status;
      st.dataset.status = f.status;
      var detail = f.reason || '';
      if (!detail && f.flags && f.status === 'flagged') {
        detail = f.flags.error + ' lỗi, ' + f.flags.warning + ' cảnh báo, ' + f.flags.info + ' thông tin';
      }
      if (f.created === false) detail = 'Tệp này đã được tải lên trước đây. ' + detail;
      cell(tr, detail);
      tbody.appendChild(tr);
    });
    refused.forEach(function (r) {
      var tr = document.createElement('tr');
      cell(tr, r.fileName);
      cell(tr, 'Bị từ chối', 'status status-failed');
      cell(tr, r.message);
      tbody.appendChild(tr);
    });
  }

  function poll(tbody, files, refused) {
    var ids = files.map(function (f) { return f.id; });
    if (ids.length === 0) return;
    fetch('/upload/status?ids=' + ids.join(','), { headers: { accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.json(); })
      .then(function (data) {
        var created = {};
        files.forEach(function (f) { created[f.id] = f.created; });
        var merged = data.files.map(function (f) { f.created = created[f.id]; return f; });
        renderRows(tbody, merged, refused);
        var done = merged.every(function (f) { return TERMINAL[f.status]; });
        if (!done) setTimeout(function () { poll(tbody, merged, refused); }, 1000);
        else document.getElementById('upload-status').dataset.done = 'true';
      })
      .catch(function () { setTimeout(function () { poll(tbody, files, refused); }, 3000); });
  }

  function setupUpload() {
    var form = document.getElementById('upload-form');
    if (!form) return;
    var input = document.getElementById('file-input');
    var zone = document.getElementById('drop-zone');
    var table = document.getElementById('upload-status');
    var tbody = table.querySelector('tbody');
    var chosen = [];

    function choose(list) {
      chosen = Array.prototype.slice.call(list);
      var p = zone.querySelector('.chosen') || zone.appendChild(document.createElement('p'));
      p.className = 'chosen';
      p.textContent = 'Đã chọn ' + chosen.length + ' tệp: ' + chosen.map(function (f) { return f.name; }).join(', ');
    }
    input.addEventListener('change', function () { choose(input.files); });
    ['dragenter', 'dragover'].forEach(function (ev) {
      zone.addEventListener(ev, function (e) { e.preventDefault(); zone.classList.add('over'); });
    });
    ['dragleave', 'drop'].forEach(function (ev) {
      zone.addEventListener(ev, function (e) { e.preventDefault(); zone.classList.remove('over'); });
    });
    zone.addEventListener('drop', function (e) { if (e.dataTransfer) choose(e.dataTransfer.files); });

    form.addEventListener('submit', function (e) {
      e.preventDefault();
      if (chosen.length === 0) return;
      var data = new FormData();
      chosen.forEach(function (f) { data.append('files', f, f.name); });
      var button = document.getElementById('upload-button');
      button.disabled = true;
      table.hidden = false;
      delete table.dataset.done;
      tbody.textContent = '';
      var tr = document.createElement('tr');
      cell(tr, 'Đang gửi ' + chosen.length + ' tệp…');
      tbody.appendChild(tr);
      fetch('/upload', { method: 'POST', body: data, credentials: 'same-origin', headers: { 'x-csrf-token': csrf, accept: 'application/json' } })
        .then(function (r) {
          return r.json().then(function (body) { return { ok: r.ok, body: body }; });
        })
        .then(function (res) {
          button.disabled = false;
          if (!res.ok) {
            tbody.textContent = '';
            var row = document.createElement('tr');
            cell(row, (res.body.error && res.body.error.message) || 'Tải lên không thành công.', 'error-message');
            tbody.appendChild(row);
            return;
          }
          renderRows(tbody, res.body.files, res.body.refused);
          poll(tbody, res.body.files, res.body.refused);
        })
        .catch(function () {
          button.disabled = false;
          tbody.textContent = '';
          var row = document.createElement('tr');
          cell(row, 'Mất kết nối khi tải lên. Hãy thử lại.', 'error-message');
          tbody.appendChild(row);
        });
    });
  }

  function setupReview() {
    var form = document.getElementById('review-form');
    if (!form) return;
    var value = form.querySelector('.value-field');
    var reason = form.querySelector('textarea[name="reason"]');
    function update() {
      var checked = form.querySelector('input[name="decision"]:checked');
      var d = checked ? checked.value : '';
      value.hidden = d !== 'corrected';
      reason.required = d === 'dismissed';
    }
    form.addEventListener('change', update);
    update();
  }

  document.addEventListener('DOMContentLoaded', function () {
    setupUpload();
    setupReview();
  });
})();

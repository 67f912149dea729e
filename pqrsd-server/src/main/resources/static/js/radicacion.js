// Radicación screen enhancements: directory autocomplete, drag and drop, duplicate warning. The form works without them.
(function () {
  var nombre = document.getElementById('nombre');
  var lista = document.getElementById('sugerencias-terceros');
  var documento = document.getElementById('numeroDocumento');
  var encontrados = {};
  // Only who may read the directory gets suggestions (the server refuses, and audits, the rest).
  var usaDirectorio = nombre && nombre.getAttribute('data-directorio') === 'true';
  function buscar(q) {
    if (!usaDirectorio || !q || q.length < 3) return;
    fetch('terceros?q=' + encodeURIComponent(q), { credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (terceros) {
        lista.innerHTML = '';
        encontrados = {};
        terceros.forEach(function (t) {
          var o = document.createElement('option');
          o.value = t.nombre;
          o.label = (t.tipoDocumento || '') + ' ' + (t.numeroDocumento || '');
          lista.appendChild(o);
          encontrados[t.nombre] = t;
        });
      });
  }
  function completar() {
    var t = encontrados[nombre.value];
    if (!t) return;
    [['tipoPersona', 'tipoPersona'], ['tipoDocumento', 'tipoDocumento'], ['numeroDocumento', 'numeroDocumento'], ['direccion', 'direccion'],
     ['municipio', 'municipio'], ['correo', 'correo'], ['telefono', 'telefono']].forEach(function (p) {
      var campo = document.getElementById(p[0]);
      if (campo && t[p[1]]) campo.value = t[p[1]];
    });
  }
  if (nombre) {
    nombre.addEventListener('input', function () { buscar(nombre.value); });
    nombre.addEventListener('change', completar);
  }
  if (documento) documento.addEventListener('input', function () { buscar(documento.value); });

  var asunto = document.getElementById('asunto');
  var aviso = document.getElementById('aviso-duplicado');
  if (asunto && aviso) {
    asunto.addEventListener('blur', function () {
      if (!documento.value || !asunto.value) return;
      fetch('duplicados?numeroDocumento=' + encodeURIComponent(documento.value) + '&asunto=' + encodeURIComponent(asunto.value), { credentials: 'same-origin' })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (numeros) {
          aviso.hidden = numeros.length === 0;
          // The text comes from the message bundle, through the template (data-plantilla).
          aviso.textContent = numeros.length ? aviso.getAttribute('data-plantilla').replace('{numeros}', numeros.join(', ')) : '';
        });
    });
  }

  var zona = document.getElementById('zona-soltar');
  var archivos = document.getElementById('documentos');
  if (zona && archivos) {
    ['dragenter', 'dragover'].forEach(function (ev) {
      zona.addEventListener(ev, function (e) { e.preventDefault(); zona.classList.add('sobre'); });
    });
    ['dragleave', 'drop'].forEach(function (ev) {
      zona.addEventListener(ev, function (e) { e.preventDefault(); zona.classList.remove('sobre'); });
    });
    zona.addEventListener('drop', function (e) { archivos.files = e.dataTransfer.files; });
  }
})();
// "Radicar como PQRSD": the section only for an ENTRADA, its details only when ticked; a felicitación has no modality.
(function () {
  var seccion = document.getElementById('seccion-pqrsd');
  var como = document.getElementById('comoPqrsd');
  var detalle = document.getElementById('pqrsd-detalle');
  var tipo = document.getElementById('tipo');
  var etiqueta = document.getElementById('etiqueta');
  var modalidad = document.getElementById('modalidad');
  if (!seccion || !como || !detalle) return;
  function actualizar() {
    seccion.hidden = !!tipo && tipo.value !== 'ENTRADA';
    detalle.hidden = !como.checked;
  }
  como.addEventListener('change', actualizar);
  if (tipo) tipo.addEventListener('change', actualizar);
  if (etiqueta && modalidad) {
    etiqueta.addEventListener('change', function () {
      if (etiqueta.value === 'FELICITACION') modalidad.value = '';
      else if (!modalidad.value) modalidad.value = 'GENERAL';
    });
  }
  actualizar();
})();

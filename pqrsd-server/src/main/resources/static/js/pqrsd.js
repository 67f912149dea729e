// Progressive enhancement only: every page works without JavaScript.
document.addEventListener('click', function (e) {
  var boton = e.target.closest('[data-alternar]');
  if (!boton) return;
  var objetivo = document.getElementById(boton.getAttribute('data-alternar'));
  var abierto = objetivo.classList.toggle('abierto');
  boton.setAttribute('aria-expanded', abierto ? 'true' : 'false');
});

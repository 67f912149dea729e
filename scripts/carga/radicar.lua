-- Request generator for scripts/carga-http.sh (wrk): each POST radicates with its own sender and subject.
local contador = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Basic Y2xlcms6VmVudGFuaWxsYTIwMjY="
request = function()
  contador = contador + 1
  local id = math.random(1, 1000000000)
  local cuerpo = string.format('{"tipo":"ENTRADA","asunto":"Solicitud %d sobre servicios publicos","dependencia":"%s","medio":"PRESENCIAL","folios":2,"remitente":{"tipoDocumento":"CC","numeroDocumento":"%d","nombre":"Ciudadano %d"}}', id, (contador % 2 == 0) and "100" or "200", id, id)
  return wrk.format(nil, "/api/v1/radicados", nil, cuerpo)
end

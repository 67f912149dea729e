/**
 * Shared controller of the pqrsd dashlets. Share asks the pqrsd server, server to server
 * through its "pqrsd" endpoint (declared identity: the shared secret, never sent to the
 * browser), for a short-lived signed ficha for the current Alfresco user, and the template
 * frames the server's dashlet view with it (docs/alfresco.md, «Confianza con Share»).
 */
function pqrsdDashlet(nombre)
{
   var servidor = config.scoped["pqrsd"]["servidor"];
   var base = String(servidor.getChildValue("url")).replace(/\/+$/, "");
   model.dashlet = nombre;
   model.servidor = base;
   model.src = null;
   model.error = null;
   var conexion = remote.connect("pqrsd");
   var respuesta = conexion.post("/confianza/share/ficha?usuario=" + encodeURIComponent(user.id), "", "application/x-www-form-urlencoded");
   if (respuesta.status == 200)
   {
      var ficha = JSON.parse(respuesta.response).ficha;
      model.src = base + "/tableros/dashlets/" + nombre + "?ficha=" + encodeURIComponent(ficha);
   }
   else if (respuesta.status == 403)
   {
      model.error = "error.sinUsuario";
   }
   else
   {
      model.error = "error.servidor";
   }
}

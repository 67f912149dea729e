<#-- Shared template of the pqrsd dashlets: the server's view in a frame, or why it is not there. -->
<#macro pqrsdDashlet>
<@markup id="css">
   <#-- No CSS dependencies: the framed view brings its own. -->
</@>
<@markup id="js">
   <#-- No JavaScript dependencies. -->
</@>
<@markup id="html">
   <@uniqueIdDiv>
      <div class="dashlet pqrsd-dashlet">
         <div class="title">${msg("header.titulo")?html}</div>
         <div class="body" style="height: 400px;">
         <#if src??>
            <iframe src="${src?html}" title="${msg("header.titulo")?html}" style="width: 100%; height: 100%; border: 0;" referrerpolicy="no-referrer"></iframe>
         <#else>
            <div class="dashlet-padding">
               <p>${msg(error!"error.servidor")?html}</p>
               <p><a href="${servidor?html}" target="_blank" rel="noopener">${msg("enlace.servidor")?html}</a></p>
            </div>
         </#if>
         </div>
      </div>
   </@>
</@>
</#macro>

<import resource="classpath:alfresco/web-extension/site-webscripts/co/pqrsd/dashlets/pqrsd-dashlet.lib.js">

pqrsdDashlet("pqrsd-semaforo");

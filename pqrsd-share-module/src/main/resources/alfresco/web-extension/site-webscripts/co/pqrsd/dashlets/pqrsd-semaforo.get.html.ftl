<#include "pqrsd-dashlet.lib.ftl">
<@pqrsdDashlet/>

-- GET /api/v1/tareas reads a page of the user's open engine tasks by assignee (MotorPqrsd.tareasDe); the engine's
-- own schema has no index on the assignee, so with 100 000 cases each funcionario's page read every open task.
CREATE INDEX pqrsd_motor_tarea_asignado ON act_ru_task (assignee_, due_date_, create_time_);

-- The jefe's bandeja filtered by ROJO (and Control Interno's): the dependencia's open cases whose semáforo turned
-- ROJO, without reading the dependencia's whole list (BandejaPqrsd adds rojo_desde <= hoy to the filter).
CREATE INDEX pqrsd_caso_bandeja_dependencia_rojo ON pqrsd_caso (dependencia, rojo_desde, vencimiento)
    WHERE estado NOT IN ('RESPONDIDA', 'TRASLADADA', 'DESISTIDA', 'CERRADA');

-- MigracionesTest data, V8: the BPMN engine's tables (Flowable 8.0.0, created by V8__motor_bpmn from Flowable's own
-- scripts). The engine owns them; what our later migrations touch (V25 indexes act_ru_task) must keep its rows, so
-- here is a running case as the engine stores it: deployment, definition, the process instance with its two
-- branches (the open step and the aviso timer), its task, variables, candidate group, a failed job, and history.
INSERT INTO act_re_deployment (id_, name_, category_, key_, tenant_id_, deploy_time_, engine_version_)
VALUES ('d0000000-0000-0000-0000-000000000001', 'SpringBootAutoDeployment', NULL, NULL, '', '2026-01-05 07:59:00',
        NULL);
INSERT INTO act_ge_bytearray (id_, rev_, name_, deployment_id_, bytes_, generated_)
VALUES ('b0000000-0000-0000-0000-000000000001', 1, 'procesos/pqrsd.bpmn20.xml', 'd0000000-0000-0000-0000-000000000001',
        convert_to('<definitions><process id="pqrsd" name="Trámite de una PQRSD"/></definitions>', 'UTF8'), false);
INSERT INTO act_re_procdef (id_, rev_, category_, name_, key_, version_, deployment_id_, resource_name_,
                            has_start_form_key_, has_graphical_notation_, suspension_state_, tenant_id_)
VALUES ('pqrsd:1:p0000000-0000-0000-0000-000000000001', 1, 'https://pqrsd.co/procesos', 'Trámite de una PQRSD', 'pqrsd',
        1, 'd0000000-0000-0000-0000-000000000001', 'procesos/pqrsd.bpmn20.xml', false, false, 1, '');
INSERT INTO act_ru_execution (id_, rev_, proc_inst_id_, business_key_, parent_id_, proc_def_id_, root_proc_inst_id_,
                              act_id_, is_active_, is_concurrent_, is_scope_, is_event_scope_, is_mi_root_,
                              suspension_state_, tenant_id_, start_act_id_, start_time_, start_user_id_,
                              is_count_enabled_, task_count_, timer_job_count_, var_count_, id_link_count_)
VALUES ('e0000000-0000-0000-0000-000000000001', 3, 'e0000000-0000-0000-0000-000000000001', '20261000000011', NULL,
        'pqrsd:1:p0000000-0000-0000-0000-000000000001', 'e0000000-0000-0000-0000-000000000001', NULL, true, false,
        true, false, false, 1, '', 'radicada', '2026-01-05 09:00:01', 'ventanilla1', true, 0, 0, 4, 1),
       ('e0000000-0000-0000-0000-000000000002', 2, 'e0000000-0000-0000-0000-000000000001', NULL,
        'e0000000-0000-0000-0000-000000000001', 'pqrsd:1:p0000000-0000-0000-0000-000000000001',
        'e0000000-0000-0000-0000-000000000001', 'tramite', true, false, false, false, false, 1, '', NULL,
        '2026-01-05 09:00:01', NULL, true, 1, 0, 0, 0),
       ('e0000000-0000-0000-0000-000000000003', 1, 'e0000000-0000-0000-0000-000000000001', NULL,
        'e0000000-0000-0000-0000-000000000001', 'pqrsd:1:p0000000-0000-0000-0000-000000000001',
        'e0000000-0000-0000-0000-000000000001', 'esperaAviso', true, false, false, false, false, 1, '', NULL,
        '2026-01-05 09:00:01', NULL, true, 0, 1, 0, 0);
INSERT INTO act_ru_task (id_, rev_, execution_id_, proc_inst_id_, proc_def_id_, name_, task_def_key_, assignee_,
                         priority_, create_time_, due_date_, suspension_state_, tenant_id_, is_count_enabled_,
                         var_count_, id_link_count_, sub_task_count_)
VALUES ('t0000000-0000-0000-0000-000000000001', 1, 'e0000000-0000-0000-0000-000000000002',
        'e0000000-0000-0000-0000-000000000001', 'pqrsd:1:p0000000-0000-0000-0000-000000000001',
        'Trámite y proyección de la respuesta', 'tramite', 'jefe.gobierno', 50, '2026-01-06 08:00:00',
        '2026-01-27 17:00:00', 1, '', true, 0, 1, 0);
INSERT INTO act_ru_variable (id_, rev_, type_, name_, execution_id_, proc_inst_id_, text_, long_)
VALUES ('v0000000-0000-0000-0000-000000000001', 1, 'string', 'siguiente', 'e0000000-0000-0000-0000-000000000001',
        'e0000000-0000-0000-0000-000000000001', 'tramite', NULL),
       ('v0000000-0000-0000-0000-000000000002', 1, 'string', 'dependencia', 'e0000000-0000-0000-0000-000000000001',
        'e0000000-0000-0000-0000-000000000001', '200', NULL),
       ('v0000000-0000-0000-0000-000000000003', 1, 'string', 'asignado', 'e0000000-0000-0000-0000-000000000001',
        'e0000000-0000-0000-0000-000000000001', 'jefe.gobierno', NULL),
       ('v0000000-0000-0000-0000-000000000004', 1, 'string', 'proximoAviso', 'e0000000-0000-0000-0000-000000000001',
        'e0000000-0000-0000-0000-000000000001', '2026-01-20T13:00:00Z', NULL);
INSERT INTO act_ru_identitylink (id_, rev_, group_id_, type_, user_id_, task_id_, proc_inst_id_)
VALUES ('i0000000-0000-0000-0000-000000000001', 1, NULL, 'participant', 'jefe.gobierno', NULL,
        'e0000000-0000-0000-0000-000000000001'),
       ('i0000000-0000-0000-0000-000000000002', 1, 'JEFE_200', 'candidate', NULL, 't0000000-0000-0000-0000-000000000001',
        NULL);
INSERT INTO act_ru_timer_job (id_, rev_, type_, exclusive_, execution_id_, process_instance_id_, proc_def_id_,
                              element_id_, element_name_, retries_, duedate_, handler_type_, handler_cfg_,
                              create_time_, tenant_id_)
VALUES ('j0000000-0000-0000-0000-000000000001', 1, 'timer', true, 'e0000000-0000-0000-0000-000000000003',
        'e0000000-0000-0000-0000-000000000001', 'pqrsd:1:p0000000-0000-0000-0000-000000000001', 'esperaAviso',
        'Próximo aviso', 3, '2026-01-20 13:00:00', 'trigger-timer', '{"activityId":"esperaAviso"}',
        '2026-01-05 09:00:01', '');
INSERT INTO act_ru_deadletter_job (id_, rev_, type_, exclusive_, execution_id_, process_instance_id_, proc_def_id_,
                                   element_id_, exception_msg_, duedate_, handler_type_, handler_cfg_, create_time_,
                                   tenant_id_)
VALUES ('j0000000-0000-0000-0000-000000000002', 1, 'timer', true, 'e0000000-0000-0000-0000-000000000003',
        'e0000000-0000-0000-0000-000000000001', 'pqrsd:1:p0000000-0000-0000-0000-000000000001', 'esperaAviso',
        'Conexión rechazada', '2026-01-12 13:00:00', 'trigger-timer', '{"activityId":"esperaAviso"}',
        '2026-01-05 09:00:01', '');
INSERT INTO act_ru_actinst (id_, rev_, proc_def_id_, proc_inst_id_, execution_id_, act_id_, task_id_, act_name_,
                            act_type_, assignee_, start_time_, transaction_order_, tenant_id_)
VALUES ('a0000000-0000-0000-0000-000000000001', 1, 'pqrsd:1:p0000000-0000-0000-0000-000000000001',
        'e0000000-0000-0000-0000-000000000001', 'e0000000-0000-0000-0000-000000000002', 'tramite',
        't0000000-0000-0000-0000-000000000001', 'Trámite y proyección de la respuesta', 'userTask', 'jefe.gobierno',
        '2026-01-06 08:00:00', 1, '');
INSERT INTO act_hi_procinst (id_, rev_, proc_inst_id_, business_key_, proc_def_id_, start_time_, start_user_id_,
                             start_act_id_, tenant_id_)
VALUES ('e0000000-0000-0000-0000-000000000001', 1, 'e0000000-0000-0000-0000-000000000001', '20261000000011',
        'pqrsd:1:p0000000-0000-0000-0000-000000000001', '2026-01-05 09:00:01', 'ventanilla1', 'radicada', '');
INSERT INTO act_hi_taskinst (id_, rev_, proc_def_id_, task_def_key_, proc_inst_id_, execution_id_, name_, assignee_,
                             start_time_, end_time_, duration_, completed_by_, priority_, due_date_, tenant_id_,
                             last_updated_time_)
VALUES ('t0000000-0000-0000-0000-000000000000', 2, 'pqrsd:1:p0000000-0000-0000-0000-000000000001', 'reparto',
        'e0000000-0000-0000-0000-000000000001', 'e0000000-0000-0000-0000-000000000002', 'Reparto', NULL,
        '2026-01-05 09:00:01', '2026-01-06 08:00:00', 82799000, 'jefe.gobierno', 50, NULL, '', '2026-01-06 08:00:00'),
       ('t0000000-0000-0000-0000-000000000001', 1, 'pqrsd:1:p0000000-0000-0000-0000-000000000001', 'tramite',
        'e0000000-0000-0000-0000-000000000001', 'e0000000-0000-0000-0000-000000000002',
        'Trámite y proyección de la respuesta', 'jefe.gobierno', '2026-01-06 08:00:00', NULL, NULL, NULL, 50,
        '2026-01-27 17:00:00', '', '2026-01-06 08:00:00');
INSERT INTO act_hi_actinst (id_, rev_, proc_def_id_, proc_inst_id_, execution_id_, act_id_, act_name_, act_type_,
                            start_time_, end_time_, duration_, transaction_order_, tenant_id_)
VALUES ('a0000000-0000-0000-0000-000000000000', 1, 'pqrsd:1:p0000000-0000-0000-0000-000000000001',
        'e0000000-0000-0000-0000-000000000001', 'e0000000-0000-0000-0000-000000000001', 'radicada', 'PQRSD radicada',
        'startEvent', '2026-01-05 09:00:01', '2026-01-05 09:00:01', 0, 1, '');
INSERT INTO act_hi_varinst (id_, rev_, proc_inst_id_, execution_id_, name_, var_type_, text_, create_time_,
                            last_updated_time_)
VALUES ('v0000000-0000-0000-0000-000000000001', 1, 'e0000000-0000-0000-0000-000000000001',
        'e0000000-0000-0000-0000-000000000001', 'siguiente', 'string', 'tramite', '2026-01-05 09:00:01',
        '2026-01-06 08:00:00');
INSERT INTO act_hi_identitylink (id_, group_id_, type_, user_id_, task_id_, create_time_, proc_inst_id_)
VALUES ('i0000000-0000-0000-0000-000000000001', NULL, 'participant', 'jefe.gobierno', NULL, '2026-01-06 08:00:00',
        'e0000000-0000-0000-0000-000000000001');

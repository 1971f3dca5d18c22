namespace IacTest.Harness.Drift;

/// <summary>
/// An Ansible callback plugin that keeps every task in check mode. A task written with <c>check_mode: false</c> would
/// otherwise really run during a drift check and could change the host; the plugin sets check mode on it just before
/// Ansible queues it (task-start callbacks run first, in the controller) and lists it, so the report calls it unknown.
/// </summary>
internal static class ConfigurationCheckModeGuard
{
    /// <summary>The plugin's name, for <c>ANSIBLE_CALLBACKS_ENABLED</c>.</summary>
    public const string Name = "iactest_check_mode_guard";

    /// <summary>The environment variable naming the file the plugin lists forced tasks in (one JSON object a line).</summary>
    public const string ListFileVariable = "IACTEST_FORCED_CHECK_MODE_FILE";

    /// <summary>The plugin's source, written into the run's private callback folder.</summary>
    public const string Source = """
        # Keeps every task in check mode during a drift check and lists the tasks that had turned it off.
        from __future__ import annotations

        import json
        import os

        from ansible.plugins.callback import CallbackBase

        DOCUMENTATION = '''
            name: iactest_check_mode_guard
            type: aggregate
            short_description: keeps every task in check mode
            description: Sets check mode on tasks that turn it off, so a drift check cannot change a host.
        '''


        class CallbackModule(CallbackBase):
            CALLBACK_VERSION = 2.0
            CALLBACK_TYPE = 'aggregate'
            CALLBACK_NAME = 'iactest_check_mode_guard'
            CALLBACK_NEEDS_ENABLED = True

            def _guard(self, task):
                if task.check_mode is True:
                    return
                task.check_mode = True
                with open(os.environ['IACTEST_FORCED_CHECK_MODE_FILE'], 'a', encoding='utf-8') as listing:
                    listing.write(json.dumps({'path': task.get_path() or '', 'name': task.get_name()}) + '\n')

            def v2_playbook_on_task_start(self, task, is_conditional):
                self._guard(task)

            def v2_playbook_on_handler_task_start(self, task):
                self._guard(task)
        """;
}

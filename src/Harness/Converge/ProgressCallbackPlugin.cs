using System.Diagnostics;
using System.Text;
using IacTest.Harness.Progress;

namespace IacTest.Harness.Converge;

/// <summary>
/// An Ansible callback (aggregate: the JSON stdout callback the results are parsed from is unchanged) that appends one
/// line per task start and per host result to a file, which the harness reads while <c>ansible-playbook</c> runs and
/// turns into <see cref="LiveProgress"/> lines. Ansible's JSON callback only prints at the end of the run.
/// </summary>
internal static class ProgressCallbackPlugin
{
    public const string Name = "iactest_progress";

    private const string Source = """
        # Written by IacTest for one run: one line per task start and host result, for live progress.
        from __future__ import annotations

        import os

        from ansible.plugins.callback import CallbackBase


        class CallbackModule(CallbackBase):
            CALLBACK_VERSION = 2.0
            CALLBACK_TYPE = "aggregate"
            CALLBACK_NAME = "iactest_progress"
            CALLBACK_NEEDS_ENABLED = True

            def _line(self, *fields):
                text = "\t".join(str(field).replace("\t", " ").replace("\n", " ") for field in fields)
                with open(os.environ["IACTEST_PROGRESS_FILE"], "a", encoding="utf-8") as progress:
                    progress.write(text + "\n")

            def v2_playbook_on_task_start(self, task, is_conditional):
                self._line("task", task.get_name())

            def v2_playbook_on_handler_task_start(self, task):
                self._line("handler", task.get_name())

            def _result(self, status, result):
                changed = status == "ok" and result._result.get("changed", False)
                self._line("changed" if changed else status, result._host.get_name(), result._task.get_name())

            def v2_runner_on_ok(self, result):
                self._result("ok", result)

            def v2_runner_on_failed(self, result, ignore_errors=False):
                self._result("ignored" if ignore_errors else "failed", result)

            def v2_runner_on_skipped(self, result):
                self._result("skipped", result)

            def v2_runner_on_unreachable(self, result):
                self._result("unreachable", result)
        """;

    /// <summary>Writes the plugin under <paramref name="workDirectory"/> and sets the variables that enable it.</summary>
    public static string Install(string workDirectory, IDictionary<string, string> environment)
    {
        var folder = Path.Combine(workDirectory, "callback-plugins");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, Name + ".py"), Source);
        var progressFile = Path.Combine(workDirectory, "progress.tsv");
        File.WriteAllText(progressFile, string.Empty);
        environment["ANSIBLE_CALLBACK_PLUGINS"] = folder;
        environment["ANSIBLE_CALLBACKS_ENABLED"] = Name;
        environment["IACTEST_PROGRESS_FILE"] = progressFile;
        return progressFile;
    }

    /// <summary>Forwards the file's new lines to <see cref="LiveProgress"/> until <paramref name="run"/> ends.</summary>
    public static async Task<T> FollowAsync<T>(string progressFile, string step, Task<T> run)
    {
        var watch = Stopwatch.StartNew();
        long offset = 0;
        var pending = new StringBuilder();
        while (true)
        {
            var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromMilliseconds(250))).ConfigureAwait(false) == run;
            offset = Forward(progressFile, offset, pending, step, watch.Elapsed);
            if (finished)
            {
                return await run.ConfigureAwait(false);
            }
        }
    }

    private static long Forward(string progressFile, long offset, StringBuilder pending, string step, TimeSpan elapsed)
    {
        try
        {
            using var stream = new FileStream(progressFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            stream.Seek(offset, SeekOrigin.Begin);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            pending.Append(reader.ReadToEnd());
            offset = stream.Length;
        }
        catch (IOException)
        {
            return offset; // Gone with the workspace, or not written yet: the run's own result is what counts.
        }

        var text = pending.ToString();
        var end = text.LastIndexOf('\n');
        if (end < 0)
        {
            return offset;
        }

        foreach (var line in text[..end].Split('\n'))
        {
            var fields = line.Split('\t');
            LiveProgress.Report(step, elapsed, fields switch
            {
                ["task", var name] => $"TASK {name}",
                ["handler", var name] => $"HANDLER {name}",
                [var status, var host, var task] => $"{status}: [{host}] {task}",
                _ => line,
            });
        }

        pending.Remove(0, end + 1);
        return offset;
    }
}

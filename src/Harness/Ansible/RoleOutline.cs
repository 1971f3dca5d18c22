using System.Text;
using System.Text.Json;
using IacTest.Harness.Modules;

namespace IacTest.Harness.Ansible;

/// <summary>
/// A stable text outline of a role (variables, tasks with their module, tags and file:line, handlers, templates,
/// files, argument specs) with paths relative to the role folder: what a snapshot of a role's model holds.
/// </summary>
public static class RoleOutline
{
    /// <summary>The outline of <paramref name="role"/>.</summary>
    public static string Describe(AnsibleRole role)
    {
        var builder = new StringBuilder();
        builder.Append("role ").Append(role.Name).Append('\n');
        Variables("defaults", role.Defaults.Values);
        Variables("vars", role.Vars.Values);
        builder.Append("tasks:\n");
        Tasks(role.Tasks, 1);
        builder.Append("handlers:\n");
        Tasks(role.Handlers, 1);
        List("templates", role.Templates.Select(t => t.RelativePath));
        List("files", role.Files.Select(f => f.RelativePath));
        foreach (var entryPoint in role.ArgumentSpecs.Values)
        {
            builder.Append("argument_specs ").Append(entryPoint.Name).Append(":\n");
            Options(entryPoint.Options.Values, 1);
        }

        foreach (var diagnostic in role.Diagnostics)
        {
            builder.Append("diagnostic ").Append(Where(diagnostic.Location)).Append(": ").Append(diagnostic.Message).Append('\n');
        }

        return builder.ToString();

        void List(string title, IEnumerable<string> items)
        {
            builder.Append(title).Append(':');
            foreach (var item in items)
            {
                builder.Append(' ').Append(item);
            }

            builder.Append('\n');
        }

        void Variables(string title, IEnumerable<RoleVariable> variables)
        {
            builder.Append(title).Append(":\n");
            foreach (var variable in variables)
            {
                builder.Append("  ").Append(variable.Name).Append(" = ").Append(JsonSerializer.Serialize(variable.PlainValue))
                    .Append(" (").Append(Where(variable.Location)).Append(")\n");
            }
        }

        void Tasks(IEnumerable<AnsibleTask> tasks, int depth)
        {
            foreach (var task in tasks)
            {
                builder.Append(' ', depth * 2).Append("- ").Append(task.Name ?? "(unnamed)").Append(" [").Append(task.Action).Append(']');
                if (task.Tags.Count > 0)
                {
                    builder.Append(" tags=").Append(string.Join(',', task.Tags));
                }

                builder.Append(" (").Append(Where(task.Location)).Append(")\n");
                Tasks(task.Block.Concat(task.Rescue).Concat(task.Always).Concat(task.Included), depth + 1);
            }
        }

        void Options(IEnumerable<ArgumentOption> options, int depth)
        {
            foreach (var option in options)
            {
                builder.Append(' ', depth * 2).Append(option.Name).Append(": ").Append(option.Type);
                if (option.Elements is not null)
                {
                    builder.Append(" of ").Append(option.Elements);
                }

                if (option.Required)
                {
                    builder.Append(", required");
                }

                if (option.Choices.Count > 0)
                {
                    builder.Append(", choices ").Append(JsonSerializer.Serialize(option.Choices));
                }

                builder.Append(" (").Append(Where(option.Location)).Append(")\n");
                Options(option.Options.Values, depth + 1);
            }
        }

        string Where(SourceLocation location) =>
            $"{Path.GetRelativePath(role.Directory, location.File).Replace('\\', '/')}:{location.Line}";
    }
}
